"""The language layer is a ground floor: compose and review stand on it, it stands on neither.

Each module of `afterword/language/` imports on its own in a fresh interpreter, and loads
nothing of `afterword.review` or `afterword.compose` (nor does its source name them, lazily
or not). Review reads only the layer's tokens, lexicons and cheap analyses: reviewing a note
loads no tagger.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import afterword.language

LANGUAGE = Path(afterword.language.__file__).parent
UPSTAIRS = ("afterword.review", "afterword.compose")
# NLP libraries a tagger would come from: compose may load one, review never.
TAGGERS = ("spacy", "nltk", "lemminflect", "stanza", "textblob", "flair")


def _modules() -> list[str]:
    names = ["afterword.language"]
    for info in pkgutil.walk_packages([str(LANGUAGE)], "afterword.language."):
        names.append(info.name)
    return names


def test_the_layer_has_the_text_analysis() -> None:
    names = set(_modules())
    for module in ("text", "structure", "wordscan", "placeholders", "mentions", "spelling",
                   "message", "lexicon"):
        assert f"afterword.language.{module}" in names


@pytest.mark.parametrize("module", _modules())
def test_each_module_imports_alone_and_loads_nothing_upstairs(module: str) -> None:
    code = (
        f"import sys, {module}; "
        f"print([m for m in sys.modules if m.startswith({UPSTAIRS!r})])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", f"{module} loads {done.stdout.strip()}"


def _imported_names(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for node in ast.walk(tree):  # imports inside functions and TYPE_CHECKING blocks too
        if isinstance(node, ast.Import):
            out += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append(node.module)
    return out


@pytest.mark.parametrize(
    "path", sorted(LANGUAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(LANGUAGE))
)
def test_no_source_in_the_layer_names_review_or_compose(path: Path) -> None:
    upstairs = [n for n in _imported_names(path) if n.startswith(UPSTAIRS)]
    assert upstairs == [], f"{path.name} imports {upstairs}: the layer must not stand on them"


def test_reviewing_a_note_loads_no_tagger() -> None:
    code = (
        "import sys\n"
        "from afterword.review import Context, Message, Recipient, review\n"
        "body = 'Dear Ana,\\n\\nThank you for the interview w/ the team.\\n\\nBest,\\nSam'\n"
        "review(Message(body, context=Context(recipient=Recipient('Ana Ruiz'))))\n"
        f"print([m for m in {TAGGERS!r} if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def _runtime_imports(path: Path) -> set[str]:
    """The afterword.language modules a file imports when it runs (in functions too), leaving
    out `if TYPE_CHECKING:` blocks, which are read by type checkers only."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    out = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("afterword.language"))
        elif (isinstance(node, ast.ImportFrom) and node.module and node.level == 0
              and node.module.startswith("afterword.language")):
            out.add(node.module)
    return out


def _module_name(path: Path) -> str:
    parts = ["afterword", "language", *path.relative_to(LANGUAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_the_layer_imports_in_no_circle() -> None:
    graph = {_module_name(p): _runtime_imports(p) for p in LANGUAGE.rglob("*.py")}
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        if module in path:
            raise AssertionError("import circle: " + " -> ".join((*path, module)))
        if module in done:
            return
        for other in sorted(graph.get(module, ())):
            if other != module and not module.startswith(other + "."):  # a package's own parent
                visit(other, (*path, module))
        done.add(module)

    for module in sorted(graph):
        visit(module, ())
