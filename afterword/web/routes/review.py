"""Review: paste any note (written anywhere) and see what the review finds, live."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from afterword.config import Config
from afterword.errors import InvalidInput
from afterword.model import limits
from afterword.web import highlight
from afterword.web.deps import ConfigDep, PostedDep, fragment, is_htmx, page

router = APIRouter()
FIELDS = ("body", "subject", "recipient", "company", "role", "channel", "kind")


def _review(config: Config, values: dict[str, str]) -> highlight.View:
    from afterword.review import Context, Message, Recipient, review
    from afterword.review.message import CHANNELS, KINDS
    from afterword.review.service import options_from_config

    for name, allowed in (("channel", CHANNELS), ("kind", KINDS)):
        if values[name] not in allowed:
            raise InvalidInput(f"{values[name]!r} is not a {name}",
                               hint="Use one of: " + ", ".join(allowed) + ".")
    if len(values["body"]) > limits.BODY:
        raise InvalidInput(f"that is far longer than a note ({len(values['body']):,} "
                           f"characters; at most {limits.BODY:,}): paste one note at a time")
    email = values["channel"] == "email"
    subject = values["subject"].strip() or None
    context = Context(
        candidate=config.get("profile.name") or None,
        recipient=Recipient(values["recipient"].strip()) if values["recipient"].strip() else None,
        company=values["company"].strip() or None,
        role=values["role"].strip() or None,
    )
    # With no subject typed the subject is unknown, as for `afterword review` on a text file.
    message = Message(body=values["body"], kind=values["kind"], channel=values["channel"],
                      subject=subject if email else None,
                      subject_known=bool(subject) or not email, context=context)
    report = review(message, options_from_config(config))
    return highlight.view(report.findings, message.body, message.subject)


def _values(posted: dict[str, str]) -> dict[str, str]:
    values = {name: posted.get(name, "") for name in FIELDS}
    values["body"] = values["body"].replace("\r\n", "\n")
    values["channel"] = values["channel"] or "email"
    values["kind"] = values["kind"] or "thank-you"
    return values


@router.get("/review")
def review_form(request: Request) -> Response:
    return page(request, "review.html", {"values": _values({}), "view": None, "error": None})


@router.post("/review")
def review_text(request: Request, config: ConfigDep, posted: PostedDep) -> Response:
    values = _values(posted)
    view: highlight.View | None = None
    error: str | None = None
    status = 200
    context: dict[str, Any] = {"values": values}
    try:
        if values["body"].strip():
            view = _review(config, values)
            key = posted.get("accept")
            if key:
                values, view = _accept(config, values, view, key)
    except InvalidInput as exc:
        error, status = exc.message[:1].upper() + exc.message[1:] + ".", 400
    context.update(values=values, view=view, error=error)
    if is_htmx(request) and not posted.get("accept"):
        return fragment(request, "_review_result.html", context, status=status)
    return page(request, "review.html", context, status=status)


def _accept(config: Config, values: dict[str, str], view: highlight.View,
            key: str) -> tuple[dict[str, str], highlight.View]:
    found = highlight.find([s.finding for s in view.findings], key)
    if found is None or found.replacement is None or found.start is None or found.end is None:
        raise InvalidInput("that suggestion no longer applies: the text has changed")
    name = "subject" if found.field == "subject" else "body"
    text = values[name]
    values = {**values, name: text[:found.start] + found.replacement + text[found.end:]}
    return values, _review(config, values)
