"""Checks at the door for strings that later become mail headers: no control characters, real addresses."""

from __future__ import annotations

import re

from afterword.errors import InvalidInput

# CR, LF, tabs and other C0/C1 controls: a name with a line break would become a
# second mail header (header injection), so refuse them wherever a name is typed.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def check_line(value: str, *, field: str) -> str:
    """`value` stripped; raises InvalidInput naming `field` if it holds a control character."""
    if CONTROL.search(value):
        raise InvalidInput(
            f"{field}: line breaks, tabs and other control characters are not allowed",
            hint="Put the whole value on one line.",
        )
    return value.strip()


def check_email(value: str, *, field: str) -> str:
    """A syntactically valid e-mail address (no network look-up), normalized; else InvalidInput."""
    check_line(value, field=field)
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InvalidInput(f"{field}: {value!r} is not a valid e-mail address ({exc})") from None
