"""Markdown written for people (a rule's docs) as HTML for a page: raw HTML in it is shown
as text, never run, and links to `javascript:` and the like are refused (markdown-it-py's
"js-default" preset, the CommonMark reference's safe defaults)."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _renderer() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("js-default")


def to_html(text: str) -> str:
    """`text` (Markdown) as safe HTML."""
    from markupsafe import Markup

    return Markup(_renderer().render(text))
