"""Tables that fit the terminal: columns fold into a neighbour or drop before a word is cut.

Rich shares out a narrow terminal's width by shrinking the widest columns, whatever they
hold, so "Acme Analytics" became "Acme Analyti…" and an id the user must type broke in
two. Here each column gets at least its longest word (a name, an id, a command kept
whole); when the columns cannot all have that, the table gives up a column, in an order
each table chooses, until they can. On a terminal too narrow even for the last layout,
each row becomes a small block of "Header  value" lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.table import Table


@dataclass(frozen=True, slots=True)
class Column:
    """One column. `whole`: each line of its cells stays on one line (commands to copy);
    `longest_word`: the narrowest it may get, for free text whose long tokens (a server's
    reply) may fold rather than cost the table a column."""

    header: str
    style: str | None = None
    whole: bool = False
    longest_word: int | None = None


@dataclass(frozen=True, slots=True)
class Fold:
    """Show column `column` as another line under `into`'s value (header "Into / Column")."""

    column: str
    into: str


@dataclass(frozen=True, slots=True)
class Drop:
    """Leave column `column` out (what it shows is one command away)."""

    column: str


@dataclass(frozen=True, slots=True)
class Unwhole:
    """Let column `column`'s lines wrap at spaces after all."""

    column: str


Reduction = Fold | Drop | Unwhole

# What a bordered table adds per column (a space each side and a rule) and once (the edge).
_PER_COLUMN, _EDGE = 3, 1


def fitted(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    width: int,
    reductions: Sequence[Reduction] = (),
    title: str | None = None,
    show_lines: bool = False,
) -> Table:
    """A Rich table of `rows` (markup strings) no wider than `width`, words and ids whole.

    The first layout that fits wins: every column, then each reduction applied in turn.
    """
    layout = (list(columns), [list(r) for r in rows])
    candidates = [layout]
    for step in reductions:
        layout = _reduce(layout, step)
        candidates.append(layout)
    for cols, cells in candidates:
        widths = _allocate(cols, cells, width)
        if widths is not None:
            return _table(cols, cells, widths, title=title, show_lines=show_lines)
    return _stacked(columns, rows, title=title)


def _reduce(layout: tuple[list[Column], list[list[str]]],
            step: Reduction) -> tuple[list[Column], list[list[str]]]:
    cols, rows = layout
    names = [c.header.split(" / ")[0] for c in cols]
    if step.column not in names:
        return layout
    i = names.index(step.column)
    if isinstance(step, Unwhole):
        return [replace(c, whole=False) if j == i else c for j, c in enumerate(cols)], rows
    if isinstance(step, Drop):
        return ([c for j, c in enumerate(cols) if j != i],
                [[v for j, v in enumerate(r) if j != i] for r in rows])
    if step.into not in names:
        return layout
    k = names.index(step.into)
    folded = replace(cols[k], header=f"{cols[k].header} / {cols[i].header}")
    new_cols = [folded if j == k else c for j, c in enumerate(cols) if j != i]
    new_rows = []
    for r in rows:
        extra = r[i]
        merged = r[k] + (f"\n[dim]{extra}[/]" if extra and extra != "—" else "")
        new_rows.append([merged if j == k else v for j, v in enumerate(r) if j != i])
    return new_cols, new_rows


def _measure(column: Column, cells: list[str]) -> tuple[int, int]:
    """The column's narrowest width (its longest word) and its natural width (longest line)."""
    from rich.cells import cell_len
    from rich.text import Text

    narrowest = natural = 0
    for cell in [column.header, *cells]:
        for line in Text.from_markup(cell).plain.splitlines() or [""]:
            natural = max(natural, cell_len(line))
            if column.whole:
                narrowest = max(narrowest, cell_len(line))
            else:
                words = [cell_len(w) for w in line.split()]
                narrowest = max(narrowest, *words, 0)
    if column.longest_word is not None and not column.whole:
        narrowest = min(narrowest, column.longest_word)
    return narrowest, max(natural, narrowest)


def _allocate(cols: list[Column], rows: list[list[str]], width: int) -> list[int] | None:
    """Widths giving each column at least its longest word, or None if they don't fit.

    The room left over goes first to the columns that need least to show whole (ids,
    states, dates), then in equal shares to the long text.
    """
    sizes = [_measure(c, [r[i] for r in rows]) for i, c in enumerate(cols)]
    room = width - _EDGE - _PER_COLUMN * len(cols)
    widths = [low for low, _ in sizes]
    spare = room - sum(widths)
    if spare < 0:
        return None
    wanting = sorted(range(len(cols)), key=lambda i: sizes[i][1] - sizes[i][0])
    for n, i in enumerate(wanting):
        share = spare // (len(wanting) - n)
        give = min(sizes[i][1] - sizes[i][0], share)
        widths[i] += give
        spare -= give
    return widths


def _stacked(cols: Sequence[Column], rows: Sequence[Sequence[str]], *,
             title: str | None) -> Table:
    """Each row as a small block of "Header  value" lines: for a terminal too narrow for
    columns side by side, where only Rich's sharing would be left, cutting words."""
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_header=False, show_lines=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for row in rows:
        shown = [(c, value) for c, value in zip(cols, row, strict=True) if value not in ("", "—")]
        for n, (column, value) in enumerate(shown):
            table.add_row(column.header, value, end_section=n == len(shown) - 1)
    return table


def _table(cols: list[Column], rows: list[list[str]], widths: list[int] | None, *,
           title: str | None, show_lines: bool) -> Table:
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=show_lines)
    for i, c in enumerate(cols):
        if widths is None:
            table.add_column(c.header, style=c.style, overflow="fold")
        else:
            table.add_column(c.header, style=c.style, width=widths[i], overflow="fold")
    for r in rows:
        table.add_row(*r)
    return table
