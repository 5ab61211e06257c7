"""Short step ids, the ones a person types: "thank-you-2", "follow-up-1", "let-it-rest", "reply".

A step's own id ("12:thank-you:interviewer:34") is stable and stays what Afterword stores
(skipped steps, calendar events); it is long and wraps in a table. The short id is unique
within one application's plan, which is all `afterword skip INTERVIEW STEP` needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from afterword.plan.schedule import Step, StepKind

# Rejection replies are "reply": shorter, and there is one per application.
_NAMES = {StepKind.FOLLOW_UP: "follow-up", StepKind.LET_IT_REST: "let-it-rest",
          StepKind.REJECTION_REPLY: "reply"}


def short_ids(steps: Sequence[Step]) -> dict[str, str]:
    """Each step's id -> its short id within this plan.

    Thank-you notes are numbered in interview order, then in the order the interviewers
    were recorded, so the numbers don't move as notes go out. Follow-ups keep their number.
    """
    out: dict[str, str] = {}
    thanks = sorted((s for s in steps if s.kind is StepKind.THANK_YOU), key=_thank_you_order)
    for n, step in enumerate(thanks, 1):
        out[step.id] = f"thank-you-{n}"
    for step in steps:
        if step.kind is StepKind.THANK_YOU:
            continue
        name = _NAMES[step.kind]
        if step.kind is StepKind.FOLLOW_UP:
            name += "-" + step.id.rsplit("-", 1)[1]
        # Two cycles' follow-ups never share a plan today; should they, the long id serves.
        out[step.id] = name if name not in out.values() else step.id
    return out


def _thank_you_order(step: Step) -> tuple[int, int, str]:
    key = step.to or ""
    number = key.rsplit(":", 1)[-1]
    return step.interview_id, int(number) if number.isdigit() else 0, key
