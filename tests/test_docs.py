"""The docs are true: every command and config key documented, generated pages up to date."""

from __future__ import annotations

import re
from pathlib import Path

from afterword.config import KEYS
from afterword.docgen import DOCS, cli_reference, command_names, rule_pages

REPO = Path(__file__).resolve().parents[1]


def test_cli_reference_is_up_to_date() -> None:
    assert (DOCS / "cli.md").read_text() == cli_reference(), "run `make docs`"


def test_every_command_is_in_the_cli_reference_with_an_example() -> None:
    text = (DOCS / "cli.md").read_text()
    for name in command_names():
        assert f"## `{name}`" in text
    # Every leaf command's help shows an example.
    sections = re.split(r"^## ", text, flags=re.M)[1:]
    for section in sections:
        name = section.split("`")[1]
        if "Commands:" not in section and name != "afterword":
            assert "Example: afterword" in section, f"{name} has no example"


def test_every_config_key_is_documented() -> None:
    text = (DOCS / "config.md").read_text()
    for key in [*KEYS, "review.severity.RULE"]:
        assert f"`{key}`" in text, f"{key} is not in docs/config.md"


def test_rule_pages_are_up_to_date() -> None:
    pages = rule_pages()
    on_disk = {p.name for p in (DOCS / "rules").glob("*.md")}
    assert on_disk == set(pages), "run `make docs`"
    for name, text in pages.items():
        assert (DOCS / "rules" / name).read_text() == text, f"docs/rules/{name} is stale"


def test_readme_quick_start_has_exactly_the_two_commands() -> None:
    readme = (REPO / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^\s*(make \w+)", quick, flags=re.M)
    assert commands == ["make demo", "make test"]
