"""The spelling lexicon: what it knows, what it suggests, and its cached index."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.language.spelling import RUN_TOGETHER, Lexicon, lexicon
from afterword.language.spelling import index as spelling_index


@pytest.fixture(scope="module")
def words() -> Lexicon:
    return lexicon()


@pytest.mark.parametrize(
    "word",
    [
        "received",
        "colour",
        "organisation",
        "monetisation",  # a rarer British form, through the -ise rule
        "prioritising",
        "paediatrics",
        "workflow",
        "onboarding",
        "LinkedIn",
        "Kubernetes",
        "stakeholders",
        "employer's",
        "shouldn’t",
        "café",
        "résumé",
        "precepted",  # precept + ed
        "preboarded",  # pre + boarded
        "stormwater",  # storm + water
        "cross-functional",
    ],
)
def test_known_words(words: Lexicon, word: str) -> None:
    assert words.knows(word)


@pytest.mark.parametrize(
    "word",
    [
        "recieved",
        "occured",
        "begining",
        "prefered",
        "writeing",
        "studys",
        "untill",
        "publically",
        "posession",
        "fourty",
        "eachother",
        "thankyou",
        "alot",
    ],
)
def test_misspellings_are_unknown_even_when_a_rule_could_build_them(
    words: Lexicon, word: str
) -> None:
    assert not words.knows(word)


@pytest.mark.parametrize(
    ("word", "best"),
    [
        ("recieved", "received"),
        ("oppurtunity", "opportunity"),
        ("accomodate", "accommodate"),
        ("definately", "definitely"),
        ("definatly", "definitely"),
        ("dissapointed", "disappointed"),
        ("repetion", "repetition"),
        ("interveiw", "interview"),
    ],
)
def test_suggestions_put_the_likely_word_first(words: Lexicon, word: str, best: str) -> None:
    found = words.suggest(word)
    assert found.best == best
    assert found.confident


def test_run_together_words_suggest_the_two_words(words: Lexicon) -> None:
    for wrong, right in RUN_TOGETHER.items():
        assert words.suggest(wrong).best == right


def test_an_unrecognisable_word_gets_no_suggestion(words: Lexicon) -> None:
    found = words.suggest("xqzvbnmlkjhgfdsa")
    assert found.words == () and not found.confident


def test_the_lexicon_is_usable_and_ranks_common_words_higher(words: Lexicon) -> None:
    assert words.usable
    assert words.zipf("the") > words.zipf("received") > words.zipf("repletion") > 0
    assert words.zipf("recieved") == 0


def test_the_index_is_cached_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(tmp_path))
    first = spelling_index.load()
    cached = list(tmp_path.glob("spelling-*.index"))
    assert len(cached) == 1
    assert spelling_index.load() == first


def test_a_damaged_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(tmp_path))
    good = spelling_index.load()
    (cached,) = tmp_path.glob("spelling-*.index")
    cached.write_bytes(b"not an index")
    assert spelling_index.load() == good
    assert cached.read_bytes() != b"not an index"


def test_a_cache_damaged_inside_a_bucket_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(tmp_path))
    good = spelling_index.load()
    (cached,) = tmp_path.glob("spelling-*.index")
    data = bytearray(cached.read_bytes())
    data[-200:] = b"\xff" * 200  # the head is intact, the last buckets are not marshal data
    cached.write_bytes(bytes(data))
    assert spelling_index.load() == good
    assert cached.read_bytes() != bytes(data)


@pytest.mark.parametrize("damage", ["count", "offsets"])
def test_a_cache_with_a_damaged_head_is_rebuilt_not_read_as_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(tmp_path))
    good = spelling_index.load()
    (cached,) = tmp_path.glob("spelling-*.index")
    data = bytearray(cached.read_bytes())
    at = len(spelling_index.MAGIC)
    if damage == "count":
        data[at:at + 4] = bytes(4)  # no words: spelling would go silent for good
    else:
        data[at + 8:at + 12], data[at + 12:at + 16] = data[at + 12:at + 16], data[at + 8:at + 12]
    cached.write_bytes(bytes(data))
    assert spelling_index.load() == good
    assert cached.read_bytes() != bytes(data)


def test_the_index_reads_only_the_buckets_of_the_words_looked_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(tmp_path))
    built = dict(spelling_index.load())
    index = spelling_index.load()  # from the file this time
    words = ["the", "received", "interview", "stormwater", "xqzvbnm", "café"]
    assert [index.get(w) for w in words] == [built.get(w) for w in words]
    assert ("interview" in index, "xqzvbnm" in index) == (True, False)
    assert len(index) == len(built)
    assert index._whole is None and index._read <= len(words)  # noqa: SLF001
    assert dict(index) == built  # every bucket, merged
    assert index._whole is not None and index.get("the") == built["the"]  # noqa: SLF001


def test_an_old_cache_file_is_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(tmp_path))
    stale = [tmp_path / "spelling-0000.marshal", tmp_path / "spelling-0000.index"]
    for path in stale:
        path.write_bytes(b"")
    spelling_index.load()
    assert not any(path.exists() for path in stale)


def test_an_unwritable_cache_dir_still_gives_an_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(blocker / "cache"))
    assert len(spelling_index.load()) > 100_000


def test_without_word_lists_the_lexicon_says_it_is_unusable() -> None:
    assert not Lexicon({"workflow": 200}).usable


def test_load_all_reads_every_word_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(tmp_path))
    built = dict(spelling_index.load())
    words = Lexicon(spelling_index.load())  # from the file: a bucket at a time
    assert isinstance(words._index, spelling_index.WordIndex)  # noqa: SLF001
    words.load_all()
    assert type(words._index) is dict and words._index == built  # noqa: SLF001
    words.load_all()  # already whole: nothing to do
    assert words.zipf("the") == built["the"] and words.knows("interview")


def test_a_pasted_run_of_letters_gets_no_suggestion(words: Lexicon) -> None:
    # Its edits would number in the hundreds of thousands (seconds of work for one word):
    # no English word is that long.
    from afterword.language.spelling import LONGEST_TO_SUGGEST

    assert words.suggest("accomodate" * (LONGEST_TO_SUGGEST // 10 + 1)).words == ()
