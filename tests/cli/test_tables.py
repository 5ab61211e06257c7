"""`cli/tables.py`: columns fold or drop, in the order given, before a word is cut."""

from __future__ import annotations

from rich.console import Console

from afterword.cli.tables import Column, Drop, Fold, Unwhole, fitted

COLUMNS = [Column("ID"), Column("Company"), Column("Role"), Column("Status"),
           Column("Do", whole=True)]
ROWS = [["12", "Harbor & Finch Architects", "Project Coordinator", "interviewing",
         "afterword export 3 --as card"]]
REDUCTIONS = [Unwhole("Do"), Fold("Status", into="Role"), Drop("Do")]


def render(width: int, reductions=REDUCTIONS) -> str:
    console = Console(width=width, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(fitted(COLUMNS, ROWS, width=width, reductions=reductions))
    return console.export_text()


def words(text: str) -> set[str]:
    return set(text.replace("│", " ").replace("┃", " ").split())


def test_a_wide_terminal_shows_every_column_and_the_command_on_one_line() -> None:
    text = render(100)
    assert "afterword export 3 --as card" in text
    assert {"Status", "Architects", "Coordinator", "interviewing"} <= words(text)


def test_a_narrower_terminal_wraps_the_command_at_spaces_first() -> None:
    text = render(72)
    assert max(len(line) for line in text.splitlines()) <= 72
    assert "afterword export 3 --as card" not in text
    assert {"afterword", "export", "--as", "card", "Status", "interviewing"} <= words(text)


def test_then_a_column_folds_under_its_neighbour() -> None:
    text = render(56)
    assert max(len(line) for line in text.splitlines()) <= 56
    assert "Role / Status" in text
    assert {"Architects", "Coordinator", "interviewing", "afterword"} <= words(text)


def test_then_a_column_drops() -> None:
    text = render(40)
    assert max(len(line) for line in text.splitlines()) <= 40
    assert "afterword" not in text
    assert {"Architects", "Coordinator", "interviewing"} <= words(text)


def test_too_narrow_for_any_layout_each_row_becomes_a_block() -> None:
    text = render(30)
    assert max(len(line) for line in text.splitlines()) <= 30
    assert "…" not in text
    assert {"Company", "Architects", "Coordinator", "interviewing"} <= words(text)


def test_rich_alone_would_cut_the_company_which_is_why_this_exists() -> None:
    from rich.table import Table

    table = Table()
    for c in COLUMNS:
        table.add_column(c.header)
    table.add_row(*ROWS[0])
    console = Console(width=50, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(table)
    assert "Architects" not in words(console.export_text())
