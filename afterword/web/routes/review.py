"""Review: paste any note (written anywhere) and see what the review finds, live."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from afterword.config import Config
from afterword.errors import InvalidInput, NotFound
from afterword.model import limits
from afterword.store.db import Store
from afterword.web import highlight
from afterword.web.deps import ConfigDep, PostedDep, StoreDep, fragment, is_htmx, now, page

if TYPE_CHECKING:
    from afterword.review import Context

router = APIRouter()
# "for" names a stored interviewer ("3:7": interview 3, interviewer 7); empty: the typed fields.
FIELDS = ("body", "subject", "for", "recipient", "company", "role", "channel", "kind")
_FOR = re.compile(r"(\d{1,10}):(\d{1,10})")


def _context(store: Store, config: Config, values: dict[str, str]) -> Context:
    """The review context: the chosen interviewer's from the store, else the typed fields."""
    from afterword.review import Context, Recipient
    from afterword.review.service import context_for_interviewer

    candidate = config.get("profile.name") or None
    chosen = _FOR.fullmatch(values["for"])
    if values["for"] and chosen is None:
        raise InvalidInput("that choice of person is not one the page offered",
                           hint="Reload the page and choose again.")
    if chosen:
        interview_id, person_id = (int(n) for n in chosen.groups())
        try:
            return context_for_interviewer(store, interview_id, person_id, candidate=candidate,
                                           now=now(), kind=values["kind"], config=config,
                                           channel=values["channel"] or "email")
        except NotFound:
            raise InvalidInput("that interview or person is no longer stored",
                               hint="Reload the page and choose again.") from None
    return Context(
        candidate=candidate,
        recipient=Recipient(values["recipient"].strip()) if values["recipient"].strip() else None,
        company=values["company"].strip() or None,
        role=values["role"].strip() or None,
    )


def _review(store: Store, config: Config, values: dict[str, str]) -> highlight.View:
    from afterword.review import Message, review
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
    context = _context(store, config, values)
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


def _people(store: Store) -> list[dict[str, Any]]:
    from afterword.review.service import people_to_write_to

    return people_to_write_to(store)


@router.get("/review")
def review_form(request: Request, store: StoreDep) -> Response:
    values = _values({})
    # From a note's page or a link: "/review?for=3:7" starts with that person chosen.
    chosen = request.query_params.get("for", "")
    if _FOR.fullmatch(chosen):
        values["for"] = chosen
    return page(request, "review.html", {"values": values, "view": None, "error": None,
                                         "people": _people(store)})


@router.post("/review")
def review_text(request: Request, store: StoreDep, config: ConfigDep,
                posted: PostedDep) -> Response:
    from afterword.web.deps import error_text

    values = _values(posted)
    view: highlight.View | None = None
    error: str | None = None
    status = 200
    context: dict[str, Any] = {"values": values}
    try:
        if values["body"].strip():
            view = _review(store, config, values)
            key = posted.get("accept")
            if key:
                values, view = _accept(store, config, values, view, key)
    except InvalidInput as exc:
        error, status = error_text(exc), 400
    context.update(values=values, view=view, error=error)
    if is_htmx(request) and not posted.get("accept"):
        return fragment(request, "_review_result.html", context, status=status)
    return page(request, "review.html", {**context, "people": _people(store)}, status=status)


def _accept(store: Store, config: Config, values: dict[str, str], view: highlight.View,
            key: str) -> tuple[dict[str, str], highlight.View]:
    found = highlight.find([s.finding for s in view.findings], key)
    if found is None or found.replacement is None or found.start is None or found.end is None:
        raise InvalidInput("that suggestion no longer applies: the text has changed")
    name = "subject" if found.field == "subject" else "body"
    text = values[name]
    values = {**values, name: text[:found.start] + found.replacement + text[found.end:]}
    return values, _review(store, config, values)
