"""A batch review keeps nothing of a note once it is reviewed (peak memory stays flat)."""

from __future__ import annotations

import gc
import weakref

from afterword.language.message import Message
from afterword.language.text import Note
from afterword.review import review
from afterword.review.moves import analyse
from afterword.review.rules.draft._running import running

BODY = (
    "Dear Ms. Vega,\n\nThank you for meeting with me. I enjoyed hearing about her plan "
    "for the float pool and I am excited to join.\n\nBest regards,\nAna Ruiz"
)


def test_a_note_and_its_analyses_go_when_the_note_goes() -> None:
    note = Note(Message(BODY))
    # The per-note analyses refer back to their note: they must not keep it alive.
    assert analyse(note).note is note and running(note).note is note
    assert analyse(note) is analyse(note)  # worked out once per note
    gone = weakref.ref(note)
    del note
    gc.collect()
    assert gone() is None


def test_reviewing_many_notes_keeps_none_of_them() -> None:
    kept: list[weakref.ref[Note]] = []
    original = Note.__init__

    def tracked(self: Note, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        kept.append(weakref.ref(self))

    Note.__init__ = tracked  # type: ignore[method-assign]
    try:
        for i in range(20):
            report = review(Message(BODY.replace("Vega", f"Vega{i}")))
            assert report.findings is not None
    finally:
        Note.__init__ = original  # type: ignore[method-assign]
    gc.collect()
    assert len(kept) == 20
    assert all(ref() is None for ref in kept)


def test_a_review_leaves_no_garbage_for_the_cycle_collector() -> None:
    # Each note used to leave ~240 objects in reference cycles (its analyses refer to it),
    # which only the cyclic collector frees, at a cost that grows with the program's heap.
    bodies = [BODY.replace("Vega", f"Vega{i}") for i in range(20)]
    for body in bodies:  # warm up: lazily compiled patterns, caches
        review(Message(body))
    gc.collect()
    gc.disable()
    try:
        for body in bodies:
            review(Message(body))
        assert gc.collect() == 0
    finally:
        gc.enable()
