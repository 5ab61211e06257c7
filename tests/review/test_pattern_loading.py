"""Loading the review fast: patterns compiled on first use, and what wordscan read kept between runs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from afterword.language.patterns import LazyPattern, lazy_compile
from afterword.review.matchers import GroupedPhrases

# Reviews one note and prints what it found and how many answers came from the file.
SCRIPT = """
import json
from afterword.language import wordscan
from afterword.review import Message, review
report = review(Message("Dear Priya,\\n\\nThanks for the tour. I wanna join ASAP.\\n\\nBest,\\nJo"))
print(json.dumps({
    "findings": [[f.rule, f.start, f.end] for f in report.findings],
    "from_file": wordscan.loaded,
}))
"""


def run(cache: Path) -> dict[str, object]:
    env = dict(os.environ, AFTERWORD_CACHE_DIR=str(cache))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_a_second_run_reads_its_plans_from_the_file_and_finds_the_same(tmp_path: Path) -> None:
    first = run(tmp_path)
    assert first["from_file"] == 0
    assert first["findings"], "the note has findings to compare"
    assert list(tmp_path.glob("wordscan-*.marshal")), "the first run keeps what it read"
    second = run(tmp_path)
    assert second["from_file"] > 100
    assert second["findings"] == first["findings"]


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    first = run(tmp_path)
    (kept,) = tmp_path.glob("wordscan-*.marshal")
    kept.write_bytes(b"not marshal data")
    again = run(tmp_path)
    assert again["from_file"] == 0
    assert again["findings"] == first["findings"]
    assert run(tmp_path)["from_file"] > 100


def test_a_lazy_pattern_compiles_on_first_use_and_answers_as_re_does() -> None:
    lazy = lazy_compile(r"\b(as)ap\b", re.IGNORECASE)
    assert isinstance(lazy, LazyPattern) and not lazy.is_compiled
    assert lazy.pattern == r"\b(as)ap\b"
    assert lazy.flags == re.compile(r"\b(as)ap\b", re.IGNORECASE).flags
    found = lazy.search("send it ASAP please")
    assert lazy.is_compiled
    assert found is not None and found.span() == (8, 12) and found.group(1) == "AS"
    assert lazy.sub("soon", "asap, ASAP") == "soon, soon"
    assert [m.span() for m in lazy.finditer("asap asap")] == [(0, 4), (5, 9)]
    assert lazy.groups == 1


def test_grouped_phrases_find_what_the_whole_alternation_finds() -> None:
    from afterword.language.message import Message
    from afterword.language.text import Note

    alternatives = sorted(
        [r"I (?:am|was) keen\w*", r"I am\b", r"look(?:ing)? forward", r"\d+ years", r"lo\w*"],
        key=len,
        reverse=True,
    )
    grouped = GroupedPhrases(alternatives, re.IGNORECASE)
    whole = re.compile(GroupedPhrases.PREFIX + "(?:" + "|".join(alternatives) + ")", re.I)
    text = "I am keen. I was keener; I am. Looking forward to 5 years, lovely. Ilook xlo"
    note = Note(Message(text))
    found = [m.span() for m in grouped.finditer(text, note.word_starts)]
    assert found == [m.span() for m in whole.finditer(text)]
    assert len(found) == 6


# What the composer does before any review: reads the review's phrase lists (the moves).
COMPOSER_FIRST = """
import json
from afterword.language import wordscan
from afterword.review.moves import _index
_index()
print(json.dumps({"from_file": wordscan.loaded, "starts": len(wordscan.KNOWN_STARTS)}))
"""


def test_the_phrase_lists_read_before_any_review_use_the_kept_answers(tmp_path: Path) -> None:
    run(tmp_path)  # a review keeps what it worked out
    env = dict(os.environ, AFTERWORD_CACHE_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", COMPOSER_FIRST], env=env, capture_output=True,
                          text=True, check=True)
    answers = json.loads(done.stdout)
    assert answers["starts"] > 100
    assert answers["from_file"] > 100
