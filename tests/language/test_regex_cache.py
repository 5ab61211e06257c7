"""The compiled regular expressions kept between runs: a pattern made from the kept code is
the very one `re.compile` makes (`re.Pattern`'s equality compares the compiled code), from a
fresh file, a kept one, a damaged one; the file stays bounded."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]

import pytest

from afterword.language import regex_cache

_STATIC = regex_cache._static

SOURCES = [
    (r"(?P<word>\w+)\s+(?P=word)", 0),
    (r"(?i)caf[eé]s?\b", 0),
    (r"(?<![\w'’])(?:I(?:['’]ve|\s+have)?\s+(?:led|built|ran))\b", re.IGNORECASE),
    (r"""
        (\d{1,3})   # a number
        \s*[-–]\s*  # a dash
        (\d{1,3})%  # another, in per cent
     """, re.VERBOSE),
    (r"^\s*(?:dear|hi|hello)\b.*$", re.MULTILINE | re.IGNORECASE),
    (r"[^\W\d_]+(?:-[^\W\d_]+)*", 0),
    (r"(a)|(b)(?(2)c|d)", re.ASCII),
    (r"Zoë|Ñandú|東京", 0),
    (r"x*?y{2,}?(?=z)(?!q)", re.DOTALL),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache in an empty folder, the module's state reset (not installed: this test
    process's `re` is left alone)."""
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_original", _compiler.compile)
    monkeypatch.setattr(regex_cache, "_owner", __import__("os").getpid())
    monkeypatch.setattr(regex_cache, "_WORTH_WRITING", 0.0)
    # Every pattern of these tests may be kept (which are: the last test).
    monkeypatch.setattr(regex_cache, "_static", lambda source: True)
    _fresh(monkeypatch)
    return tmp_path


def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a new process finds the module: nothing read, nothing compiled."""
    monkeypatch.setattr(regex_cache, "_index", None)
    monkeypatch.setattr(regex_cache, "_entries", b"")
    monkeypatch.setattr(regex_cache, "_new", {})
    monkeypatch.setattr(regex_cache, "_new_cost", 0.0)
    monkeypatch.setattr(regex_cache, "_used", {})


def _same_as_re(source: str, flags: int) -> None:
    made = regex_cache.compile_cached(source, flags)
    expected = _compiler.compile(source, flags)
    assert made == expected  # the same source, flags and compiled code
    assert (made.groups, dict(made.groupindex)) == (expected.groups, dict(expected.groupindex))


def test_patterns_made_fresh_and_from_the_file_are_re_s_own(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for source, flags in SOURCES:
        _same_as_re(source, flags)
    regex_cache.save()
    assert len(list(cache.glob("regex-*.marshal"))) == 1
    _fresh(monkeypatch)
    for source, flags in reversed(SOURCES):
        _same_as_re(source, flags)
    assert regex_cache._new == {}  # every one came from the file
    made = regex_cache.compile_cached(r"(?P<word>\w+)\s+(?P=word)", 0)
    assert made.sub(r"\g<word>", "the the end") == "the end"


def test_the_same_source_with_other_flags_is_another_pattern(cache: Path) -> None:
    plain = regex_cache.compile_cached("abc", 0)
    caseless = regex_cache.compile_cached("abc", re.IGNORECASE)
    assert plain.match("ABC") is None and caseless.match("ABC")


def test_a_damaged_file_is_ignored_and_bytes_patterns_compile_as_before(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regex_cache._file().path.write_bytes(b"not marshal data")
    _same_as_re(r"\bdamaged\b", 0)
    assert regex_cache.compile_cached(rb"\d+", 0) == re.compile(rb"\d+")
    regex_cache.save()  # the damaged file is replaced
    _fresh(monkeypatch)
    _same_as_re(r"\bdamaged\b", 0)
    assert regex_cache._new == {}


def test_the_file_keeps_at_most_the_limit_the_first_used_first(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "_LIMIT", 5)
    for n in range(8):
        regex_cache.compile_cached(f"word{n}", 0)
    regex_cache.save()
    _fresh(monkeypatch)
    assert len(regex_cache._load() or {}) == 5
    for n in range(5):
        regex_cache.compile_cached(f"word{n}", 0)
    assert regex_cache._new == {}


def test_the_command_line_s_patterns_come_from_the_file_on_the_second_run(
        tmp_path: Path) -> None:
    """Installed as `afterword` installs it, in a process of its own: the second run makes
    every pattern from the file, each equal to the one `re` makes without it."""
    script = (
        "import re, sys\n"
        "from re import _compiler\n"
        "original = _compiler.compile\n"
        "from afterword.language import regex_cache\n"
        "assert regex_cache.install()\n"
        "regex_cache._WORTH_WRITING = 0.0  # (these few compile in less than a write costs)\n"
        "regex_cache._static = lambda source: True  # (not literals of this script's code)\n"
        f"sources = {SOURCES!r}\n"
        "for source, flags in sources:\n"
        "    assert re.compile(source, flags) == original(source, flags)\n"
        "print(len(regex_cache._new))\n"
    )
    env = {"AFTERWORD_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                           text=True, check=True).stdout.split() for _ in range(2)]
    assert int(runs[0][-1]) >= len(SOURCES)
    assert runs[1][-1] == "0"


@pytest.mark.parametrize("xdg", [None, "/srv/cache", "  "])
def test_the_cache_folder_is_platformdirs_one_without_importing_it(
        xdg: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """(The regex cache reads it in every command; platformdirs brings tempfile and random.)"""
    import platformdirs

    from afterword.language.cache_file import cache_dir

    monkeypatch.delenv("AFTERWORD_CACHE_DIR", raising=False)
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cache_dir() == Path(platformdirs.user_cache_dir("afterword"))


def test_a_truncated_file_costs_only_compiling_again(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for source, flags in SOURCES:
        regex_cache.compile_cached(source, flags)
    regex_cache.save()
    [kept] = cache.glob("regex-*.marshal")
    kept.write_bytes(kept.read_bytes()[: kept.stat().st_size // 2])  # its last entries cut
    _fresh(monkeypatch)
    for source, flags in SOURCES:
        _same_as_re(source, flags)
    assert 0 < len(regex_cache._new) < len(SOURCES)  # the entries cut off, compiled again
    kept.write_bytes(b"")
    _fresh(monkeypatch)
    _same_as_re(*SOURCES[0])


def test_a_cache_folder_that_takes_nothing_costs_only_speed(
        tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(blocker / "cache"))
    _same_as_re(*SOURCES[1])
    regex_cache.save()  # nothing written, nothing raised
    assert blocker.is_file() and regex_cache._new  # kept in memory for this run


def test_a_python_whose_re_differs_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "_original", None)
    monkeypatch.setattr(regex_cache, "_sre", object())  # no `compile`
    before = _compiler.compile
    assert regex_cache.install() is False
    assert _compiler.compile is before and regex_cache._original is None


def test_two_commands_writing_at_once_leave_one_whole_file(tmp_path: Path) -> None:
    """Each writes beside the file and renames into place: the file read afterwards is one
    of theirs, whole, and serves every pattern it holds."""
    script = (
        "import re, sys\n"
        "from afterword.language import regex_cache\n"
        "assert regex_cache.install()\n"
        "regex_cache._WORTH_WRITING = 0.0\n"
        "regex_cache._static = lambda source: True\n"
        "for n in range(300):\n"
        "    re.compile(f'(?:{sys.argv[1]}|x){n}\\\\b[a-z]+')\n"
    )
    env = {"AFTERWORD_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    writers = [subprocess.Popen([sys.executable, "-c", script, word], env=env)
               for word in ("alpha", "beta", "gamma")]
    assert all(w.wait() == 0 for w in writers)
    [kept] = tmp_path.glob("regex-*.marshal")
    assert not list(tmp_path.glob(".regex-*"))  # no temporary file left
    check = (
        "import re\n"
        "from re import _compiler\n"
        "original = _compiler.compile\n"
        "from afterword.language import regex_cache\n"
        "assert regex_cache.install()\n"
        "found = 0\n"
        "for word in ('alpha', 'beta', 'gamma'):\n"
        "    for n in range(300):\n"
        "        source = f'(?:{word}|x){n}\\\\b[a-z]+'\n"
        "        assert re.compile(source) == original(source, 0)\n"
        "print(len(regex_cache._index or {}))\n"
    )
    held = subprocess.run([sys.executable, "-c", check], env=env, capture_output=True,
                          text=True, check=True).stdout.split()[-1]
    assert int(held) >= 300  # one writer's whole file


def test_an_entry_with_damaged_code_is_compiled_again(cache: Path) -> None:
    source, flags = SOURCES[0]
    good = regex_cache._entry(source, flags)
    digest = regex_cache._digest(source, flags)
    regex_cache._new[digest] = (*good[:3], b"\xff\xff\xff\x7f" * 5, *good[4:])
    _same_as_re(source, flags)
    assert regex_cache._new[digest] == good


def _built_from(words: list[str]) -> str:
    return r"\b(?:" + "|".join(words) + r")\b"


def test_a_pattern_built_from_what_the_user_wrote_is_never_written(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only literals of the code and patterns compiled at import are kept: the file outlives
    a record, and no backup or `delete` reaches it."""
    monkeypatch.setattr(regex_cache, "_static", _STATIC)
    source = _built_from(["gallegos", "sweet", "old", "guy"])  # as if from a record's aside
    assert regex_cache.compile_cached(source, 0) == _compiler.compile(source, 0)
    literal = regex_cache.compile_cached(r"\bliteral\s+in\s+the\s+code\b", 0)
    assert literal.search("a literal  in the code")
    regex_cache.save()
    [kept] = cache.glob("regex-*.marshal")
    data = kept.read_bytes()
    assert b"gallegos" not in data and b"literal" in data


def test_a_lazy_pattern_is_kept_when_a_module_or_the_lexicons_made_it(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from afterword.language.patterns import lazy_compile

    monkeypatch.setattr(regex_cache, "_static", _STATIC)
    monkeypatch.setattr(regex_cache, "_from_code", set())
    monkeypatch.setattr(_compiler, "compile", regex_cache.compile_cached)  # as installed
    words = ["perio", "maint", "gallegos"]  # as if from a record, in a function
    from_record = lazy_compile(_built_from(words))
    from_lexicons = lazy_compile(_built_from(["decent", "conversational"]), from_code=True)
    assert from_record.search("mr gallegos") and from_lexicons.search("decent")
    regex_cache.save()
    data = next(cache.glob("regex-*.marshal")).read_bytes()
    assert b"gallegos" not in data and b"conversational" in data


def test_another_python_s_file_is_left_until_it_is_stale(cache: Path) -> None:
    import os
    import time

    other, old = cache / "regex-2-0badcafe.marshal", cache / "regex-1-00000000.marshal"
    other.write_bytes(b"another Python's")
    old.write_bytes(b"a month old")
    month_ago = time.time() - 31 * 86400
    os.utime(old, (month_ago, month_ago))
    _same_as_re(*SOURCES[2])
    regex_cache.save()
    assert other.exists() and not old.exists()
    assert regex_cache._file().path.exists()


def test_a_damaged_bucket_of_a_table_reads_as_no_words() -> None:
    from afterword.language.cache_file import BucketTable

    coded = list(BucketTable.coded({"santa cruz": "Santa Cruz", "laredo": "Laredo"}, 4))
    table = BucketTable(tuple(coded))
    assert table.get("laredo") == "Laredo"
    damaged = BucketTable(tuple(b"\x00garbage" if b else b for b in coded))
    assert damaged.get("laredo") is None and damaged.get("santa cruz") is None
    assert BucketTable(tuple(b"i\x05\x00\x00\x00" for _ in coded)).get("laredo") is None  # an int
