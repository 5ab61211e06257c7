"""The `too-many-follow-ups` rule: a third follow-up with no reply to the first two."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule
from afterword.review.rules.timing._history import earlier, since_last_reply

MAX_UNANSWERED = 2  # a third unanswered follow-up is one too many

_BODY = (
    "Dear Ms. Lee,\n\nI wanted to check in once more about the Analyst role. I remain very "
    "interested and would be glad to hear about next steps.\n\nBest,\nSam Ortiz"
)
_ORDINALS = {3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}


def _history(replied: list[bool]) -> list[dict[str, object]]:
    days = ["2026-03-03T16:00:00-05:00", "2026-03-13T10:00:00-04:00", "2026-03-27T10:00:00-04:00"]
    kinds = ["thank-you", "follow-up", "follow-up"]
    rows = zip(kinds, days, replied, strict=True)
    return [{"kind": k, "sent_at": d, "replied": r} for k, d, r in rows]


@rule(
    "too-many-follow-ups",
    severity=Severity.WARNING,
    needs=("previous",),
    kinds=("follow-up",),
    fires=[
        Example(
            _BODY,
            kind="follow-up",
            context={
                "sent_at": "2026-04-08T10:00:00-04:00",
                "previous": _history([False, False, False]),
            },
            note="Two follow-ups already went unanswered: this would be the third.",
        ),
        Example(
            _BODY,
            kind="follow-up",
            context={"previous": _history([True, False, False])},
            note="The thank-you was answered, but neither follow-up since.",
        ),
    ],
    passes=[
        Example(
            _BODY,
            kind="follow-up",
            context={
                "sent_at": "2026-04-08T10:00:00-04:00",
                "previous": _history([False, True, False]),
            },
            note="The first follow-up got a reply; only one since went unanswered.",
        ),
        Example(
            _BODY,
            kind="follow-up",
            context={"previous": _history([False, False, False])[:2]},
            note="The second follow-up: still fine.",
        ),
    ],
)
def too_many_follow_ups(note: Note) -> Iterator[Hit]:
    """Flag a third (or later) follow-up when the earlier ones got no reply.

    ## What it flags
    A follow-up that would be the third or later in a row with no reply. A recorded
    reply (`"replied": true` on an earlier message) starts the count afresh.

    ## Why it matters
    Two polite follow-ups show persistence; a third with no answer starts to feel like
    pressure. At that point silence is an answer of sorts, and your energy is better
    spent on other applications, perhaps with one last short note later on.

    ## Known limits
    Counts only the earlier messages you recorded; a reply that was not recorded is
    unknown to it.
    """
    counting = since_last_reply(earlier(note.context.previous, note.context.sent_at))
    unanswered = sum(1 for p in counting if p.kind == "follow-up")
    if unanswered >= MAX_UNANSWERED:
        nth = unanswered + 1
        ordinal = _ORDINALS.get(nth, f"{nth}th")
        yield Hit(
            None,
            f"This would be your {ordinal} follow-up in a row with no reply",
            suggestion="Consider waiting for an answer, or send one last short note and "
            "focus on your other applications.",
        )
