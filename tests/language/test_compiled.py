"""Compiled patterns kept between runs: the same pattern as `re.compile`'s, read back from the
cache file without parsing, and plain `re.compile` when `re`'s internals surprise us."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterword.language import compiled
from afterword.language.patterns import lazy_compile

# Invented patterns with what the engine's code carries: named groups, flags given and set
# inside, look-behind, a Unicode class, an alternation of phrases.
SOURCES = [
    (r"(?P<verb>shipped|built)\s+(?P<what>\w+)", 0),
    (r"\bre-?tiled (?:the )?(?:roof|porch)s?\b", re.IGNORECASE),
    (r"(?i)caf[eé] au lait", 0),
    (r"(?<![\w-])forklift(?:s|ing)?(?!\w)", re.I | re.M),
    (r"(?a)\w+@\w+\.org", 0),
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder and a module that has read nothing from it yet."""
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compiled, "_kept", None)
    monkeypatch.setattr(compiled, "_new", {})
    monkeypatch.setattr(compiled, "_working", True)
    return tmp_path


@pytest.mark.parametrize(("source", "flags"), SOURCES)
def test_the_pattern_is_the_one_re_compiles(fresh: Path, source: str, flags: int) -> None:
    # `==` on patterns compares their source, flags and the engine's code.
    assert compiled.compile_kept(source, flags) == re.compile(source, flags)


def test_a_later_run_reads_the_code_back_without_parsing(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [compiled.compile_kept(s, f) for s, f in SOURCES]
    compiled.remember()
    assert [p.name for p in fresh.glob("regex-*.marshal")]
    # A new run: nothing in memory, and parsing would fail the test.
    monkeypatch.setattr(compiled, "_kept", None)

    def no_parsing(source: str, flags: int) -> compiled._Entry:
        raise AssertionError(f"parsed {source!r} again")

    monkeypatch.setattr(compiled, "_code", no_parsing)
    again = [compiled.compile_kept(s, f) for s, f in SOURCES]
    assert again == first
    assert again[0].match("shipped crates").group("what") == "crates"  # type: ignore[union-attr]


def test_a_lazy_pattern_compiles_through_the_kept_code(fresh: Path) -> None:
    pattern = lazy_compile(r"\bhalf-?day\b", re.I)
    assert pattern.search("a Half-day shift") is not None
    assert (r"\bhalf-?day\b", int(re.I)) in compiled._new


def test_other_internals_fall_back_to_re_compile(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import _sre

    def other_signature(*args: object) -> re.Pattern[str]:
        raise TypeError("compile() takes 5 arguments")

    monkeypatch.setattr(_sre, "compile", other_signature)
    source, flags = SOURCES[1]
    assert compiled.compile_kept(source, flags).search("Re-tiled the porch") is not None
    assert not compiled._working
    compiled.remember()
    assert not list(fresh.glob("regex-*.marshal"))  # nothing kept from a run that gave up


def test_a_bad_pattern_is_still_an_error(fresh: Path) -> None:
    with pytest.raises(re.error):
        compiled.compile_kept(r"(unclosed", 0)
