"""lemminflect's tables kept in buckets: the answers of the tables built from lemminflect,
the version read without `importlib.metadata`, and only the buckets asked for read."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest

from afterword.language import inflections


@pytest.fixture(scope="module")
def built() -> tuple[dict[str, str], dict[str, str]]:
    return inflections._build()  # lemminflect's own tables (a few seconds)


def test_the_version_is_the_installed_one() -> None:
    assert inflections._version() == version("lemminflect")


def test_a_table_in_buckets_answers_as_the_whole_table(
    built: tuple[dict[str, str], dict[str, str]],
) -> None:
    for whole in built:
        table = inflections._Table(inflections._Table.coded(whole))
        words = sorted(whole)[::397] + ["xqzvbnm", "", "Handling", "café"]
        assert [table.get(w) for w in words] == [whole.get(w) for w in words]
        assert len(table._read) <= len(words) < inflections._BUCKETS  # only those read


def test_lookups_through_a_fresh_cache_and_a_kept_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built: tuple[dict[str, str], dict[str, str]],
) -> None:
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(inflections, "_build", lambda: built)
    for _ in range(2):  # built and written, then read back from the file
        inflections._tables.cache_clear()
        inflections.lemmas.cache_clear()
        assert inflections.lemmas("handling")["VERB"] == ("handle",)
        assert inflections.lemmas("Handling") == inflections.lemmas("handling")
        assert inflections.lemmas("xqzvbnm") == {}
        assert inflections.gerund_of("run") == "running"
        assert inflections.gerund_of("zorbe") == "zorbing"  # not in the table: the rules
        assert [p.name for p in tmp_path.iterdir()] == [inflections._cache_file().path.name]
    inflections._tables.cache_clear()
    inflections.lemmas.cache_clear()
