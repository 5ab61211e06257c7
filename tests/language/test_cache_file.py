"""The marshal cache files: kept whole, read back, a damaged or foreign file ignored, older
versions dropped when asked, and a folder that takes nothing costs only speed."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.language import jotted
from afterword.language.cache_file import CacheFile


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_value_written_is_read_back_and_nothing_else_is_left_beside_it(cache: Path) -> None:
    kept = CacheFile("tables", "2-py312")
    assert kept.read(dict) is None  # nothing yet
    assert kept.write({"santa cruz": "Santa Cruz"})
    assert kept.read(dict) == {"santa cruz": "Santa Cruz"}
    assert [p.name for p in cache.iterdir()] == ["tables-2-py312.marshal"]


def test_a_damaged_or_foreign_file_reads_as_nothing(cache: Path) -> None:
    kept = CacheFile("tables", "1")
    kept.path.write_bytes(b"not marshal data")
    assert kept.read(dict) is None
    kept.write(["a list, not the dict asked for"])
    assert kept.read(dict) is None
    assert kept.read(list) == ["a list, not the dict asked for"]


def test_older_versions_are_dropped_only_when_asked(cache: Path) -> None:
    CacheFile("tables", "1").write({})
    CacheFile("other", "1").write({})
    CacheFile("tables", "2").write({})
    assert sorted(p.name for p in cache.iterdir()) == [
        "other-1.marshal", "tables-1.marshal", "tables-2.marshal"]
    CacheFile("tables", "3").write({}, drop_older=True)
    assert sorted(p.name for p in cache.iterdir()) == ["other-1.marshal", "tables-3.marshal"]


def test_a_folder_that_takes_nothing_gives_false_not_an_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(blocker / "cache"))
    kept = CacheFile("tables", "1")
    assert kept.write({"a": "b"}) is False
    assert kept.read(dict) is None


def test_the_place_names_are_kept_and_read_back_the_same(cache: Path) -> None:
    built = jotted._places.__wrapped__()
    [kept] = cache.glob("places-*.marshal")
    assert jotted._places.__wrapped__() == built
    assert built["santa cruz"] == "Santa Cruz"
    assert kept.stat().st_size > 0
