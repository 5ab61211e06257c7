# Afterword: `make demo` shows the main job; `make test` runs every test.
# Both create .venv and install from the lock file; `make test` also installs the
# Debian packages the tests need when run as root (else it says what to install).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint install system-deps lock docs screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

demo: install
	@bash scripts/demo.sh

lint: install
	$(BIN)/ruff check afterword tests bench
	$(BIN)/mypy

test: system-deps install lint
	$(BIN)/python -m pytest -q

# Regenerate the lock file after changing dependencies in pyproject.toml.
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes \
		--python-version 3.11 --quiet -o requirements.lock

# Regenerate the generated docs (CLI reference, rule pages); tests fail when they are stale.
docs: install
	$(BIN)/python -m afterword.docgen

# Take the screenshots of the web app in docs/web.md (needs Debian's chromium).
screenshots: install
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
