"""Jinja filters for the pages: times in a zone, words for states and kinds. Display only."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from jinja2 import pass_context

# Words a job seeker reads, for the vocabularies the services speak. A "due" step's window
# is open, though its best time may be tomorrow morning: "due now" beside that time, under
# "This week" and below "Nothing due today", read as a contradiction.
STATE_WORDS = {
    "upcoming": "upcoming", "due": "ready to send", "overdue": "overdue", "scheduled": "scheduled",
    "done": "done", "skipped": "resting", "paused": "paused", "draft": "draft",
    "queued": "queued", "sending": "sending", "sent": "sent", "failed": "failed",
    "unknown": "unknown: check", "held": "held by the review", "cancelled": "cancelled",
}
KIND_WORDS = {
    "thank-you": "Thank-you note", "follow-up": "Follow-up", "rejection-reply":
    "Reply to the decision", "networking": "Networking invitation", "let-it-rest":
    "Let it rest",
}
# What a note leads with (`--angle` in the CLI), in words: "concern-answering" is an id.
ANGLE_WORDS = {
    "specific-topic": "Leads with what you discussed",
    "shared-values": "Leads with the company's values",
    "concern-answering": "Leads with your answer to their concern",
    "elaboration": "Leads with what you would add to an answer",
}
CHANNEL_WORDS = {
    "email": "E-mail", "handwritten": "Handwritten card", "linkedin-message":
    "LinkedIn message", "linkedin-invite": "LinkedIn invitation",
}


def moment_text(value: str | datetime | None, zone_name: str | None = None,
                locale: str | None = None) -> str:
    """"Tue, 3 Mar 2026, 09:30 EST" in `zone_name` (default: as given), as `locale` writes it."""
    if value is None or value == "":
        return ""
    from afterword.dates import zoned_moment
    from afterword.timezones import zone

    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if zone_name:
        moment = moment.astimezone(zone(zone_name))
    return zoned_moment(moment, locale)


@pass_context
def when(ctx: Any, value: str | datetime | None, zone_name: str | None = None) -> str:
    """The `when` filter: `moment_text` in the page's locale."""
    return moment_text(value, zone_name, ctx.get("locale"))


@pass_context
def day(ctx: Any, value: str | datetime | None, zone_name: str | None = None) -> str:
    """"Tuesday 3 March 2026", as the user's locale writes it."""
    if value is None or value == "":
        return ""
    from afterword.dates import long_date
    from afterword.timezones import zone

    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if zone_name:
        moment = moment.astimezone(zone(zone_name))
    return long_date(moment, ctx.get("locale"))


def same_zone(a: str | None, b: str | None) -> bool:
    return (a or "") == (b or "")


def words(value: Any, table: str) -> str:
    vocab = {"state": STATE_WORDS, "kind": KIND_WORDS, "channel": CHANNEL_WORDS,
             "angle": ANGLE_WORDS}[table]
    return vocab.get(str(value), str(value))


def step_state(step: dict[str, Any]) -> str:
    """A planned step's state in words: a step that is due is "ready to send" only when its
    note is written; before that it is "time to write" (and "due now" for letting it rest)."""
    if step.get("state") == "due":
        command = step.get("command") or ""
        if command.startswith("afterword draft"):
            return "time to write"
        if command.startswith("afterword skip"):
            return "due now"
    return words(step.get("state"), "state")


def dispatched_text(report: Any, message_id: int) -> tuple[str, str]:
    """What happened to one note a dispatch run tried to send, as a flash (kind, text)."""
    if message_id in report.sent:
        return "success", "Sent. Your mail server accepted it."
    if message_id in report.held:
        return "error", ("Held at the moment of sending (by the review, or because another "
                         "note for the same step went first). The outbox says why.")
    if message_id in report.unknown:
        return "error", ("The connection broke just after the note was handed over: it may or "
                         "may not have gone out. Check, then confirm it in the outbox.")
    if message_id in report.retry:
        reason = f" ({report.error})" if report.error else ""
        return "notice", f"Not sent yet{reason}: Afterword will try again in a few minutes."
    if message_id in report.failed:
        return "error", "Not sent: the mail server refused it. The outbox shows its reply."
    return "notice", "Queued: it goes out with the next dispatch."


def example_context(key: str, value: Any) -> str:
    """One item of a rule example's context in words: "other companies: Acme, Target",
    "previous: a thank-you sent 2026-03-02 18:00 (to Priya Raman), replied"."""
    def one(item: Any) -> str:
        if isinstance(item, dict):
            if "kind" in item:  # a note sent earlier
                moment = str(item.get("sent_at", ""))[:16].replace("T", " ")
                to = f" (to {item['to']})" if item.get("to") else ""
                replied = ", replied" if item.get("replied") else ""
                return f"a {item['kind']} sent {moment}{to}{replied}"
            return " ".join(str(v) for v in item.values())
        return str(item)

    shown = "; ".join(one(v) for v in value) if isinstance(value, list | tuple) else one(value)
    return f"{key.replace('_', ' ')}: {shown}"


def field_id(key: str) -> str:
    """An HTML id for a field's key: "interviewers[2].email" -> "f-interviewers-2-email"."""
    import re

    return "f-" + re.sub(r"[^A-Za-z0-9]+", "-", key).strip("-")


def install(env: Any) -> None:
    from afterword.model import limits
    from afterword.web.hints import PLACES, message_for_web
    from afterword.web.interview_form import label

    env.globals["fid"] = field_id
    env.globals["example_context"] = example_context
    env.globals["limits"] = limits
    env.globals["places"] = PLACES
    env.globals["field_label"] = label
    env.filters["when"] = when
    env.filters["day"] = day
    env.filters["words"] = words
    env.filters["step_state"] = step_state
    env.filters["for_web"] = message_for_web
    env.filters["channel_choice"] = lambda c: (c, CHANNEL_WORDS.get(c, c))
    env.tests["same_zone"] = same_zone
