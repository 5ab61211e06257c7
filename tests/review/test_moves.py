"""The per-note analysis of moves and tone cues (`review/moves.py`) and its lexicon files."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.language.text import Note
from afterword.review import Context, Message
from afterword.review.moves import CUES, LEXICON_FILES, MOVES, Lexicon, analyse, lexicon


def analysed(body: str, **ctx: object) -> list[str]:
    """The names of the moves and cues found anywhere in `body`."""
    note = Note(Message(body, context=Context(**ctx)))  # type: ignore[arg-type]
    analysis = analyse(note)
    return [name for name in (*MOVES, *CUES) if analysis.spans(name)]


def test_every_lexicon_file_reads_and_compiles() -> None:
    for name in LEXICON_FILES:
        found = lexicon(name)
        assert found.phrases, name
        assert found.compiled, name


def test_the_analysis_is_built_once_per_note() -> None:
    note = Note(Message("Dear Ana,\n\nI am very interested in the role.\n\nBest,\nJo"))
    assert analyse(note) is analyse(note)
    assert analyse(note).spans("interest") is analyse(note).spans("interest")


def test_sentence_moves_names_each_sentence_s_moves() -> None:
    note = Note(
        Message(
            "Dear Ana,\n\nI would very much like this job. I led the move to Postgres.\n\n"
            "Would you be open to a short call next month?\n\nBest,\nJo"
        )
    )
    moves = {span.text: names for span, names in analyse(note).sentence_moves()}
    assert "interest" in moves["I would very much like this job."]
    assert "qualification" in moves["I led the move to Postgres."]
    assert "forward" in moves["Would you be open to a short call next month?"]


# Interest said without "I + feeling" (issue 14's kinds of text; the sentences are ours).
@pytest.mark.parametrize(
    "sentence",
    [
        "The warehouse team sounds like exactly where I want to grow.",
        "Everything you described makes me want this role more.",
        "I enjoyed our talk and am very interested.",
        "I would very much like this job.",
        "I have always wanted to work at a press like yours.",
        "I wanted to restate my interest in the opening.",
    ],
)
def test_interest_without_i_and_a_feeling_is_an_interest_move(sentence: str) -> None:
    assert "interest" in analysed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Other bakeries are interested in me.",
        "I am passionate about my work.",
        "I am not interested in relocating.",
        "I was excited to hear about the new kiln.",
        "I believe I would be a natural fit.",
    ],
)
def test_what_is_no_wish_for_the_job_is_no_interest_move(sentence: str) -> None:
    assert "interest" not in analysed(sentence)


# A forward close phrased as a question or a wish.
@pytest.mark.parametrize(
    "sentence",
    [
        "Would you be open to a short call next month?",
        "I would welcome another conversation.",
        "Could it help if I walked your editors through the draft?",
        "If a similar post opens, I'd love to be considered.",
    ],
)
def test_a_close_as_a_question_or_a_wish_is_a_forward_move(sentence: str) -> None:
    assert "forward" in analysed(sentence)


# Pressure said politely; hedges without "I"; intensified pleading; apologies for the interview.
@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("If you could tell me why I haven't heard back yet, I would be grateful.", "pressure"),
        ("Could you bring my file to the director this week?", "pressure"),
        ("I would like a short explanation of the outcome by Friday.", "pressure"),
        ("Just wanted to check in on the shop assistant opening.", "hedge"),
        ("No pressure at all, of course.", "hedge"),
        ("I hope I didn't mess up the SQL question.", "hedge"),
        ("I am so sorry I arrived late to the panel.", "hedge"),
        ("I really, really need this.", "pleading"),
        ("My manager is pretty disorganized, so I keep the rota myself.", "negativity"),
        ("Could I be reimbursed for the train fare?", "perk"),
        ("Would two remote days a week be possible?", "perk"),
        ("Is there free parking on site?", "perk"),
    ],
)
def test_tone_cues_said_in_other_words(sentence: str, cue: str) -> None:
    assert cue in analysed(sentence)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("I wanted to send you my thanks as soon as possible.", "pressure"),
        ("When can I expect to hear about next steps?", "pressure"),
        ("I will send the portfolio by Friday.", "pressure"),
        ("I led the commissioning of two bottling lines.", "perk"),
        ("I was sorry to learn the role went to another candidate.", "hedge"),
    ],
)
def test_what_only_looks_like_a_cue_is_none(sentence: str, cue: str) -> None:
    assert cue not in analysed(sentence)


def test_a_lexicon_file_s_format(tmp_path: Path) -> None:
    path = tmp_path / "demo.txt"
    path.write_text(
        "# a comment\n"
        "define WHO = (?:you|we)\n"
        "{WHO} can't wait\n"
        "contribut*\n"
        "section other\n"
        "apologi[sz]e\n"
        "unless-before: not\\s+\n",
        encoding="utf-8",
    )
    lex = Lexicon.read("demo", path)
    assert lex.phrases == ("{WHO} can't wait", "contribut*", "apologi[sz]e")
    note = Note(Message("We can’t\nwait. I will contribute. I do not apologise. I apologize."))
    found = [m.group() for m in lex.matches(note)]
    # a curly apostrophe and a line break match; a prefix goes on; the exception is
    # the second section's only
    assert found == ["We can’t\nwait", "contribute", "apologize"]


def test_a_broken_phrase_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_text("fine\n(unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.txt, line 2"):
        Lexicon.read("broken", path)


def test_the_first_notes_of_a_process_find_what_later_notes_would() -> None:
    # The first notes read compile only the phrases they can match (what `afterword review
    # FILE` and `afterword draft ID` do); later notes use each word's whole alternation.
    # Same spans, every note, whether the phrases were compiled for an earlier note or not.
    from afterword.language.patterns import FIRST_NOTES
    from afterword.review.contract import parse_message
    from afterword.review.moves import _StartIndex
    from tests.review.corpus import load_corpus

    warm = _StartIndex()
    warm.lean_left = 0
    lines = load_corpus()
    assert len(lines) > 100
    lean = _StartIndex()  # reads lean its first FIRST_NOTES notes, then as `warm` does
    for n, line in enumerate(lines):
        note = Note(parse_message(line))
        fresh = _StartIndex()
        assert fresh.lean_left == FIRST_NOTES
        first = fresh.find(note)
        assert fresh.lean_left == FIRST_NOTES - 1
        whole = warm.find(note)
        assert first == whole, line["id"]
        assert lean.find(note) == whole, line["id"]
        assert lean.lean_left == max(FIRST_NOTES - n - 1, 0)


def test_a_lexicon_kept_from_an_earlier_run_is_the_lexicon_in_its_file() -> None:
    # `Lexicon.read` takes a file's reading from the kept table (`moves._READ`, written to
    # the cache folder) when the file's text is the one it was read from.
    from afterword.review import moves

    for name, file in moves.LEXICON_FILES.items():
        path = moves.RULES_DIR / file
        parsed = moves.Lexicon.parse(name, path, path.read_text(encoding="utf-8"))
        moves.Lexicon.read(name, path)  # kept, if it was not already
        assert name in moves._READ
        kept = moves.Lexicon.read(name, path)
        assert kept.phrases == parsed.phrases
        assert kept.parts == parsed.parts


def test_a_changed_lexicon_file_is_read_again(tmp_path: Path) -> None:
    from afterword.review import moves

    path = tmp_path / "words.txt"
    path.write_text("look forward to\n", encoding="utf-8")
    assert moves.Lexicon.read("test-words", path).phrases == ("look forward to",)
    path.write_text("look forward to\nhope to hear\n", encoding="utf-8")
    assert moves.Lexicon.read("test-words", path).phrases == ("look forward to", "hope to hear")
    moves._READ.pop("test-words")


def test_the_lexicons_are_kept_on_disk_and_read_back(tmp_path: Path, monkeypatch) -> None:
    # What a later process does: no reading in memory, the file in the cache folder instead.
    from afterword.review import moves

    monkeypatch.setenv("AFTERWORD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(moves, "_READ", {})
    monkeypatch.setattr(moves, "_READ_LOADED", True)
    name, path = "forward", moves.RULES_DIR / moves.LEXICON_FILES["forward"]
    first = moves.Lexicon.read(name, path)
    moves.keep_lexicons()
    assert list(tmp_path.glob("lexicons-*.marshal"))
    monkeypatch.setattr(moves, "_READ", {})
    monkeypatch.setattr(moves, "_READ_LOADED", False)
    again = moves.Lexicon.read(name, path)
    assert not moves._READ_CHANGED  # taken from the file, not read anew
    assert (again.phrases, again.parts) == (first.phrases, first.parts)


# Notes of my own, in other trades, where phrases that open with any word ("\w+ is my ...")
# meet, overlap and sit beside phrases tried at their first words.
_ANYWHERE_NOTES = [
    "Dear Rosa,\n\nThank you for the kitchen tour. Spanish is my native language, and "
    "I ran a brigade of twelve cooks for three years.\n\nBest,\nTomas",
    "Hi Mr. Okafor,\n\nWelsh is my first language and my English is fluent: I have taught "
    "both for six years. My apprenticeship was in joinery.\n\nKind regards,\nBethan",
    "Dear Ines,\n\nI was able to visit the site. Teaching is my home and my mother tongue "
    "is Tagalog; Tagalog is my mother tongue.\n\nThanks,\nPaulo",
]


@pytest.mark.parametrize("body", _ANYWHERE_NOTES)
def test_a_part_with_phrases_that_open_with_any_word_finds_what_its_whole_alternation_finds(
    body: str,
) -> None:
    from afterword.review import moves

    index = moves._index()
    assert index.anywhere, "no lexicon part has a phrase that opens with any word"
    for lean in (1, 0):  # one of the first notes of a process, and a later one
        index.lean_left = lean
        note = Note(Message(body))
        found = analyse(note)
        for k in index.anywhere:
            name, part = index.parts[k]
            whole = [
                (m.start(), m.end())
                for m in part.scan.pattern.compiled.finditer(note.body)
                if moves._keep(note, m, part)
            ]
            got = [(s.start, s.end) for s in found.spans(name)]
            assert set(whole) <= set(got)
            # Only this part's own matches: other parts of the same name add theirs.
            assert [s for s in got if s in set(whole)] == whole


def test_a_batch_reads_only_its_first_note_lean() -> None:
    # `review --batch` (review_lines) says thousands of notes are coming: after the first,
    # notes compile each word's whole alternation once for all, as before FIRST_NOTES.
    from afterword.language import wordscan
    from afterword.review import moves, reading_many

    reading_many()
    assert moves._index().lean_left <= 1
    assert wordscan._LEAN_LEFT <= 1
