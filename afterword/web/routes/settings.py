"""Settings: profile, mail server (password to the keyring only), holidays, rules, dictionary.

Every value goes through the settings file's own checks (`config.parse_value`); a section
is saved only when all its fields are valid, and each error is shown next to its field.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from afterword.config import Config
from afterword.errors import AfterwordError, ConfigError
from afterword.web.deps import (
    ConfigDep,
    PostedDep,
    error_text,
    fragment,
    is_htmx,
    page,
    redirect,
)

router = APIRouter()

SECTIONS: dict[str, tuple[str, ...]] = {
    "profile": ("profile.name", "profile.email", "profile.phone", "profile.linkedin",
                "profile.signature", "profile.timezone"),
    "smtp": ("smtp.host", "smtp.port", "smtp.security", "smtp.user", "smtp.from",
             "smtp.bcc_self"),
    "plan": ("plan.country",),
}
PASSWORD_FIELD = "smtp.password"
# The common providers' submission servers, as their help pages give them (docs/sending.md).
PRESETS = (
    {"name": "Gmail", "host": "smtp.gmail.com", "port": 587, "security": "starttls"},
    {"name": "Outlook", "host": "smtp-mail.outlook.com", "port": 587, "security": "starttls"},
    {"name": "iCloud", "host": "smtp.mail.me.com", "port": 587, "security": "starttls"},
    {"name": "Fastmail", "host": "smtp.fastmail.com", "port": 465, "security": "tls"},
    {"name": "Yahoo", "host": "smtp.mail.yahoo.com", "port": 465, "security": "tls"},
)


def _shown(config: Config) -> dict[str, str]:
    from afterword.config import KEYS, format_value

    return {name: format_value(config.get(name)) for name in KEYS}


def _has_password(config: Config) -> bool:
    """Whether a password can be found (keyring or environment); the password stays here."""
    from afterword.deliver.smtp import MailError, password

    user = config.get("smtp.user")
    if not user:
        return False
    try:
        password(user)
    except MailError:
        return False
    return True


def _rules(config: Config) -> list[dict[str, Any]]:
    from afterword.review.registry import all_rules

    off = set(config.get("review.ignore"))
    return [{"id": r.id, "family": r.family, "summary": r.summary, "on": r.id not in off}
            for r in all_rules()]


def _page(request: Request, config: Config, *, values: dict[str, str] | None = None,
          errors: dict[str, str] | None = None, status: int = 200,
          **extra: Any) -> Response:
    from zoneinfo import available_timezones

    from afterword.config import KEYS
    from afterword.timezones import local_zone_name

    return page(request, "settings.html", {
        "values": {**_shown(config), **(values or {})}, "errors": errors or {},
        "keys": KEYS, "rules": _rules(config), "has_password": _has_password(config),
        "zones": sorted(available_timezones()), "local_zone": local_zone_name(),
        "dictionary": "\n".join(config.get("review.dictionary")),
        "presets": PRESETS, **extra,
    }, status=status)


# The page's sections; "?at=NAME" shows an action's result beside that section's button.
RESULT_PLACES = ("profile", "smtp", "plan", "rules", "dictionary", "backup")


def at_section(name: str) -> str:
    """Settings, scrolled to section `name`, with the result of its button shown there."""
    return f"/settings?at={name}#{name}"


@router.get("/settings")
def settings_page(request: Request, config: ConfigDep) -> Response:
    at = request.query_params.get("at", "")
    return _page(request, config, flash_at=at if at in RESULT_PLACES else None)


def _apply(config: Config, raw: dict[str, str]) -> dict[str, str]:
    """Check every value, then store them all; returns the errors by key (nothing stored)."""
    from afterword.config import key_spec, parse_value

    errors: dict[str, str] = {}
    for name, value in raw.items():
        try:
            parse_value(key_spec(name), value)
        except ConfigError as exc:
            errors[name] = error_text(exc).removeprefix(f"{name.capitalize()}: ")
    if errors:
        return errors
    for name, value in raw.items():
        if value.strip() == "":
            config.unset(name)
        else:
            config.set(name, value)
    return {}


@router.post("/settings/{section}")
def save(request: Request, section: str, config: ConfigDep, posted: PostedDep) -> Response:
    from afterword.deliver.smtp import MailError, store_password

    if section not in SECTIONS:
        from fastapi import HTTPException

        raise HTTPException(status_code=404)
    raw = {name: posted.get(name, "").replace("\r\n", "\n") for name in SECTIONS[section]}
    if section == "smtp":
        raw["smtp.bcc_self"] = "true" if posted.get("smtp.bcc_self") else "false"
    if section == "profile":
        raw["profile.signature"] = raw["profile.signature"].replace("\n", "\\n")
    errors = _apply(config, raw)
    secret = posted.get(PASSWORD_FIELD, "")
    if not errors and secret:
        user = config.get("smtp.user")
        try:
            if not user:
                raise MailError("set your login (the user name) first, then the password",
                                hint="The keyring keeps the password under that login.")
            place = store_password(user, secret)
        except AfterwordError as exc:
            errors[PASSWORD_FIELD] = error_text(exc)
    if errors:
        shown = {k: v.replace("\\n", "\n") for k, v in raw.items()}
        return _page(request, config, values=shown, errors=errors, status=400)
    flashes = [("success", "Saved.")]
    if secret:
        flashes.append(("success", f"Your mail password is in {place.name}."))
        if not place.safe:
            flashes.append(("notice", place.meaning))
    return redirect(request, at_section(section), *flashes)


@router.post("/settings-rules")
def save_rules(request: Request, config: ConfigDep, posted: PostedDep) -> Response:
    """Turn rules on or off: the ones not ticked go to `review.ignore`."""
    from afterword.review.registry import rule_ids

    off = [r for r in rule_ids() if posted.get(f"rule.{r}") != "on"]
    errors = _apply(config, {"review.ignore": ",".join(off)})
    if errors:
        return _page(request, config, errors=errors, status=400)
    return redirect(request, at_section("rules"),
                    ("success", f"Saved: {len(off)} rule{'s' if len(off) != 1 else ''} off."))


@router.post("/settings-dictionary")
def save_dictionary(request: Request, config: ConfigDep, posted: PostedDep) -> Response:
    """Your personal dictionary, one word per line."""
    words = [w.strip() for line in posted.get("words", "").splitlines()
             for w in line.split(",") if w.strip()]
    errors = _apply(config, {"review.dictionary": ",".join(dict.fromkeys(words))})
    if errors:
        return _page(request, config, errors={"dictionary": errors["review.dictionary"]},
                     status=400)
    return redirect(request, at_section("dictionary"),
                    ("success", f"Saved: {len(words)} word{'s' if len(words) != 1 else ''}."))


@router.post("/settings-mail-test")
def mail_test(request: Request, config: ConfigDep, _posted: PostedDep) -> Response:
    """Connect to the mail server and log in; sends nothing. The result shows beside the button
    (this route runs in the thread pool: a silent server holds up no other page)."""
    from afterword.deliver.service import mail_test as service_mail_test

    try:
        kind, text = "success", f"Connected and logged in to {service_mail_test(config)}."
    except AfterwordError as exc:
        kind, text = "error", f"The test failed: {error_text(exc)}"
    if is_htmx(request):
        return fragment(request, "_banner.html", {"kind": kind, "text": text})
    return _page(request, config, mail_result=True, kind=kind, text=text)
