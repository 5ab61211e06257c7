"""Checks at the door for strings that later become mail headers: no control characters, real addresses."""

from __future__ import annotations

import re

from afterword.errors import InvalidInput

# CR, LF, tabs and other C0/C1 controls: a name with a line break would become a
# second mail header (header injection), so refuse them wherever a name is typed.
# Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are
# refused too: U+202E shows "moc.elpmaxe" as "example.com", so a name or subject would read
# differently from what it says ("Trojan Source"). The plain marks U+200E/U+200F stay
# allowed: names in right-to-left scripts need them, and they reorder nothing by force.
BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def control_reason(value: str) -> str | None:
    """Why `value` may not be a name or subject line, in plain words; None when it may."""
    if BIDI.search(value):
        return ("hidden text-direction characters (such as U+202E) are not allowed: they make "
                "text display differently from what it says")
    if CONTROL.search(value):
        return "line breaks, tabs and other control characters are not allowed"
    return None


def check_line(value: str, *, field: str) -> str:
    """`value` stripped; raises InvalidInput naming `field` if it holds a control character."""
    reason = control_reason(value)
    if reason:
        raise InvalidInput(f"{field}: {reason}", hint="Type the value again on one line.")
    return value.strip()


def check_email(value: str, *, field: str) -> str:
    """A syntactically valid e-mail address (no network look-up), normalized; else InvalidInput."""
    check_line(value, field=field)
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InvalidInput(f"{field}: {value!r} is not a valid e-mail address ({exc})") from None
