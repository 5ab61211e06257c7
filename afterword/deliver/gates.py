"""What stops a message on its way out, each with a reason the user can act on: no mail
server, a time in the past, an incomplete draft, a second note for the same step, the review."""

from __future__ import annotations

import mimetypes
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afterword.deliver.mime import Part
from afterword.deliver.smtp import Settings
from afterword.errors import InvalidInput, Refused
from afterword.files import read_bytes

if TYPE_CHECKING:
    from afterword.config import Config
    from afterword.model.record import Message
    from afterword.review.findings import Finding

# Mail servers commonly refuse messages over 25 MB once encoded; stay well under.
MAX_ATTACHMENTS = 10 * 1024 * 1024
# A time this little in the past (typed a moment ago) means "at once"; more is a mistake.
PAST_GRACE = timedelta(minutes=1)


class AlreadySent(Refused):
    """Another message already went (or is going) to the same person for the same plan step."""

    def __init__(self, message: str, earlier: list[int], **kw: Any) -> None:
        super().__init__(message, **kw)
        self.earlier = earlier


class Incomplete(Refused):
    """The draft is marked incomplete; `gaps` say what is missing."""

    def __init__(self, message: str, gaps: list[str], **kw: Any) -> None:
        super().__init__(message, **kw)
        self.gaps = gaps


class ReviewRefused(Refused):
    """The review found an error-level problem; `findings` say which."""

    def __init__(self, message: str, findings: list[Finding], **kw: Any) -> None:
        super().__init__(message, **kw)
        self.findings = findings


def home_zone(config: Config) -> str:
    from afterword.timezones import local_zone_name

    return str(config.get("profile.timezone") or local_zone_name())


def mail_server_ready(config: Config, message_id: int) -> None:
    """Refuse to queue what nothing could send: no mail server, or settings it would refuse."""
    if not config.get("smtp.host"):
        raise Refused(
            f"no mail server is set up, so Afterword cannot send message {message_id}",
            hint="Set up your mail account (docs/sending.md): afterword config set smtp.host "
                 "smtp.gmail.com, then afterword mail password and afterword mail test. Or send "
                 f"it from your own mail program: afterword export {message_id} --as eml, then "
                 f"afterword mark-sent {message_id}.")
    Settings.from_config(config)  # the sender address, and no password sent in the clear


def check_not_past(at: datetime | None, now: datetime, config: Config) -> None:
    if at is not None and at < now - PAST_GRACE:
        from afterword.dates import user_locale, zoned_moment
        from afterword.timezones import zone

        home, loc = zone(home_zone(config)), user_locale(config)
        raise Refused(f"{zoned_moment(at.astimezone(home), loc)} is in the past (it is now "
                      f"{zoned_moment(now.astimezone(home), loc)})",
                      hint="Send it at once with --now, or give a time still to come.")


def drafting_gaps(message: Message) -> list[str]:
    """What the drafter said is missing from a note (not the review's findings, which the
    review gate judges on its own, honouring the findings the user ignored)."""
    import re

    from afterword.review.registry import all_rules

    rule_ids = {spec.id for spec in all_rules()}
    found = (re.search(r" \(([a-z][a-z-]*)\)$", reason) for reason in message.incomplete or ())
    return [reason for reason, m in zip(message.incomplete or (), found, strict=True)
            if not (m and m.group(1) in rule_ids)]


def blocking(session: Any, message: Message, config: Config, at: datetime) -> list[Finding]:
    """Error-level findings from non-timing rules: what stops a message (a late thank-you never).

    A finding the user ignored for this note (that rule, those exact words) does not stop it.
    """
    from afterword.review import review
    from afterword.review.ignored import is_ignored
    from afterword.review.message import Message as ReviewMessage
    from afterword.review.registry import get_rule
    from afterword.review.service import options_from_config, stored_context

    context = stored_context(session, message.interview, message.interviewer,
                             candidate=config.get("profile.name") or None, now=at,
                             kind=message.kind, config=config, sent_at=at,
                             recipient_name=message.to_name, channel=message.channel)
    report = review(ReviewMessage(body=message.body, kind=message.kind, channel=message.channel,
                                  subject=message.subject, subject_known=True, context=context),
                    options_from_config(config))
    return [f for f in report.findings
            if f.severity == "error" and get_rule(f.rule).family != "timing"
            and not is_ignored(f, message.body, message.subject, message.ignored or ())]


def read_attachments(paths: list[Path]) -> list[Part]:
    parts, total = [], 0
    for path in paths:
        data = read_bytes(path)
        total += len(data)
        if total > MAX_ATTACHMENTS:
            raise InvalidInput(
                f"the attachments come to {total / 1048576:.1f} MB; the limit is "
                f"{MAX_ATTACHMENTS // 1048576} MB",
                hint="Share a link to large files instead.")
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        parts.append(Part(path.name, mime, data))
    return parts
