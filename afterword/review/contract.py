"""The spec's JSON contract: one input object to a `Message`, and a report back to JSON.

`parse_message` is strict about what is there and silent about what is not: unknown keys
are ignored, a missing optional field is left unknown, and a field of the wrong shape
raises `ContractError` naming the field ("context.sent_at: not an ISO 8601 time with an
offset"), so batch mode can report the line and go on.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterword.review.findings import Report
from afterword.review.message import CHANNELS, KINDS, Context, Message, Previous, Recipient

if TYPE_CHECKING:
    from afterword.review.registry import Example


class ContractError(ValueError):
    """An input object that does not follow the spec's contract; the message names the field."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


_LIST_FIELDS = ("topics", "concerns", "other_companies", "other_roles", "siblings", "dictionary")


def parse_message(obj: Any) -> Message:
    """One spec input object (decoded JSON) as a `Message`; raises `ContractError`.

    In this JSON input an email whose `subject` is absent, null or empty has no subject
    (`subject_known=True`, `subject=None`); other channels have no subject at all.
    """
    if not isinstance(obj, Mapping):
        raise ContractError("message", "expected a JSON object")
    msg_id = _id(obj.get("id"))
    kind = _choice(obj, "kind", KINDS, "thank-you")
    channel = _choice(obj, "channel", CHANNELS, "email")
    if "body" not in obj or obj["body"] is None:
        raise ContractError("body", "missing; the message's text is required")
    body = obj["body"]
    if not isinstance(body, str):
        raise ContractError("body", "expected a string")
    subject = _opt_str(obj.get("subject"), "subject")
    if channel != "email" or not (subject or "").strip():
        subject = None
    context = parse_context(obj.get("context"))
    return Message(
        body=body,
        kind=kind,
        channel=channel,
        subject=subject,
        subject_known=True,
        id=msg_id,
        context=context,
    )


def parse_line(line: str) -> Message:
    """One line of a `.jsonl` batch as a `Message`; bad JSON is a `ContractError` too."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ContractError("line", f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    return parse_message(obj)


def line_id(line: str) -> str | None:
    """The `id` of a batch line if it can be read at all, for the error object of a bad line."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError:
        return None
    if isinstance(obj, Mapping):
        value = obj.get("id")
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return str(value)
    return None


def _locale(value: Any) -> str | None:
    """An optional locale for the dates in findings; one Babel does not know is an error."""
    from afterword.dates import check_locale

    text = _opt_str(value, "context.locale")
    if text is None:
        return None
    known = check_locale(text)
    if known is None:
        raise ContractError("context.locale", f"{text!r} is not a locale (e.g. en_US, en_GB)")
    return known


def parse_context(obj: Any) -> Context:
    """The spec's `context` object as a `Context`; None or absent gives an empty one."""
    if obj is None:
        return Context()
    if not isinstance(obj, Mapping):
        raise ContractError("context", "expected a JSON object")
    lists = {name: _str_list(obj.get(name), f"context.{name}") for name in _LIST_FIELDS}
    return Context(
        candidate=_opt_str(obj.get("candidate"), "context.candidate"),
        recipient=_recipient(obj.get("recipient")),
        company=_opt_str(obj.get("company"), "context.company"),
        role=_opt_str(obj.get("role"), "context.role"),
        interview_end=_time(obj.get("interview_end"), "context.interview_end"),
        sent_at=_time(obj.get("sent_at"), "context.sent_at"),
        recipient_timezone=_zone(obj.get("recipient_timezone")),
        stated_timeframe_days=_days(obj.get("stated_timeframe_days")),
        decision_by=_date(obj.get("decision_by"), "context.decision_by"),
        previous=_previous(obj.get("previous")),
        locale=_locale(obj.get("locale")),
        **lists,
    )


def message_from_example(example: Example) -> Message:
    """A rule's documented `Example` as a `Message`.

    An example's `subject` of None means "unknown" (like a plain text file reviewed on its
    own: the subject rules stay silent); `""` means the email has no subject.
    """
    message = parse_message(
        {
            "body": example.body,
            "kind": example.kind,
            "channel": example.channel,
            "subject": example.subject,
            "context": example.context,
        }
    )
    if example.subject is None:
        return Message(
            body=message.body,
            kind=message.kind,
            channel=message.channel,
            subject=None,
            subject_known=False,
            id=message.id,
            context=message.context,
        )
    return message


def report_to_json(report: Report) -> str:
    """A report as one line of the spec's output JSON."""
    return json.dumps(report.to_dict(), ensure_ascii=False)


def error_to_json(msg_id: str | None, error: Exception) -> str:
    """The output line for an input line that could not be reviewed."""
    return json.dumps({"id": msg_id, "error": str(error)}, ensure_ascii=False)


# -- fields ------------------------------------------------------------------------------------


def _id(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ContractError("id", "expected a string")
    return str(value)


def _choice(obj: Mapping[str, Any], name: str, allowed: tuple[str, ...], default: str) -> str:
    value = obj.get(name)
    if value is None or value == "":
        return default
    if not isinstance(value, str) or value.strip().lower() not in allowed:
        raise ContractError(name, f"{value!r} is not one of {', '.join(allowed)}")
    return value.strip().lower()


def _opt_str(value: Any, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ContractError(field, "expected a string")
    return value if value.strip() else None


def _str_list(value: Any, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):  # one topic given bare: read it as a list of one
        return (value,) if value.strip() else ()
    if not isinstance(value, list):
        raise ContractError(field, "expected a list of strings")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise ContractError(f"{field}[{i}]", "expected a string")
        if item.strip():
            out.append(item)
    return tuple(out)


def _recipient(value: Any) -> Recipient | None:
    if value is None:
        return None
    if isinstance(value, str):  # "recipient": "Priya Raman"
        return Recipient(value.strip()) if value.strip() else None
    if not isinstance(value, Mapping):
        raise ContractError("context.recipient", "expected an object with a name")
    name = _opt_str(value.get("name"), "context.recipient.name")
    title = _opt_str(value.get("title"), "context.recipient.title")
    if name is None:
        if title is None:
            return None
        raise ContractError("context.recipient.name", "missing; a recipient needs a name")
    return Recipient(name.strip(), title.strip() if title else None)


def _time(value: Any, field: str) -> datetime | None:
    if value is None or value == "":
        return None
    problem = "not an ISO 8601 time with an offset (e.g. 2026-03-02T15:00:00-05:00)"
    if not isinstance(value, str):
        raise ContractError(field, problem)
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ContractError(field, problem) from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ContractError(field, problem)
    return parsed


def _zone(value: Any) -> str | None:
    field = "context.recipient_timezone"
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ContractError(field, "expected a time zone name such as America/New_York")
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ContractError(
            field, f"{value!r} is not a known time zone (use a name such as America/New_York)"
        ) from None
    return value.strip()


def _date(value: Any, field: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value) if isinstance(value, str) else _bad_date(field)
    except ValueError:
        return _bad_date(field)


def _bad_date(field: str) -> date:
    raise ContractError(field, "expected a date such as \"2026-04-30\"")


def _days(value: Any) -> int | None:
    field = "context.stated_timeframe_days"
    if value is None:
        return None
    if isinstance(value, bool):
        raise ContractError(field, "expected a whole number of days")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or value < 0:
        raise ContractError(field, "expected a whole number of days, 0 or more")
    return value


def _previous(value: Any) -> tuple[Previous, ...] | None:
    field = "context.previous"
    if value is None:
        return None
    if not isinstance(value, list):
        raise ContractError(field, "expected a list of earlier messages")
    out = []
    for i, item in enumerate(value):
        where = f"{field}[{i}]"
        if not isinstance(item, Mapping):
            raise ContractError(where, "expected an object with kind and sent_at")
        kind = item.get("kind")
        if not isinstance(kind, str) or kind.strip().lower() not in KINDS:
            raise ContractError(f"{where}.kind", f"{kind!r} is not one of {', '.join(KINDS)}")
        sent_at = _time(item.get("sent_at"), f"{where}.sent_at")
        if sent_at is None:
            raise ContractError(f"{where}.sent_at", "missing; when was it sent?")
        replied = item.get("replied", False)
        if replied is None:
            replied = False
        if not isinstance(replied, bool):
            raise ContractError(f"{where}.replied", "expected true or false")
        texts = {}
        for key in ("to", "body"):
            text = item.get(key)
            if text is not None and not isinstance(text, str):
                raise ContractError(f"{where}.{key}", "expected text")
            texts[key] = text or None
        out.append(Previous(kind.strip().lower(), sent_at, replied, **texts))
    return tuple(out)
