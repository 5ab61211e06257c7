"""The settings file: one TOML file (profile and settings under dotted keys), edited without losing comments.

Where it lives: `--config`, else `AFTERWORD_CONFIG`, else the platform config dir
(platformdirs). Every key is declared in `KEYS` with its kind and help, so an unknown
key or a bad value is refused with the valid ones listed, and `docs/config.md` can be
checked against it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from afterword.errors import ConfigError, InvalidInput

APP_NAME = "afterword"
# Control characters and forced text-direction changes (U+202E and kin, see model/checks.py).
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


class Key(NamedTuple):
    """One setting: its dotted name, kind, default and a sentence of help.

    (A named tuple: a dataclass costs about half a millisecond to create at import, which
    every command pays.)
    """

    name: str
    kind: str  # text, email, url, timezone, country, locale, list, choice, bool, int, days, multiline
    help: str
    default: Any = None
    choices: tuple[str, ...] = ()
    item_check: Callable[[str], None] | None = None


def _rule_id_check(value: str) -> None:
    from afterword.review.registry import rule_ids

    ids = rule_ids()
    if value not in ids:
        raise ConfigError(
            f"{value!r} is not a review rule",
            hint="Valid rules: " + ", ".join(ids) + ". See `afterword rules`.",
        )


def _country_check(value: str) -> None:
    import holidays

    if value.upper() not in holidays.list_supported_countries():
        raise ConfigError(
            f"{value!r} is not a country code Afterword knows holidays for",
            hint="Use a two-letter code such as US, GB, DE, FR, CA, AU or IN.",
        )


SEVERITIES = ("info", "warning", "error")

KEYS: dict[str, Key] = {
    k.name: k
    for k in [
        Key("profile.name", "text", "Your name, as you sign your notes."),
        Key("profile.email", "email", "Your e-mail address (the sender of your notes)."),
        Key("profile.phone", "text", "Your phone number, for the signature."),
        Key("profile.linkedin", "url", "Your LinkedIn profile URL, for the signature."),
        Key(
            "profile.signature",
            "multiline",
            "Lines under your name in a signature (contact details); empty: built from the above.",
        ),
        Key(
            "profile.timezone",
            "timezone",
            "Your home time zone (IANA name); default: this computer's.",
        ),
        Key(
            "profile.locale",
            "locale",
            "How dates are written, e.g. en_US (Thursday, April 30) or en_GB (Thursday 30 "
            "April); default: this computer's.",
        ),
        Key(
            "review.ignore",
            "list",
            "Review rules to turn off, comma-separated.",
            default=[],
            item_check=_rule_id_check,
        ),
        Key(
            "review.select",
            "list",
            "If set, only these review rules run, comma-separated.",
            default=[],
            item_check=_rule_id_check,
        ),
        Key(
            "review.fail_on",
            "choice",
            "Lowest severity that makes `afterword review` exit 1.",
            default="error",
            choices=SEVERITIES,
        ),
        Key(
            "plan.country",
            "country",
            "Country whose public holidays the plan avoids (two letters, e.g. US); "
            "an interviewer's own country wins. Default: from your time zone.",
        ),
        Key(
            "plan.reply_pause_days",
            "days",
            "Days follow-ups pause after a reply that gave no timeframe, before one gentle "
            "check-in.",
            default=21,
        ),
        Key("smtp.host", "text", "Your mail server for sending, e.g. smtp.gmail.com."),
        Key("smtp.port", "int", "Its port: 587 for starttls (default), 465 for tls.",
            default=587),
        Key(
            "smtp.security",
            "choice",
            "How the connection is protected: starttls, tls, or none (a server on this "
            "computer only).",
            default="starttls",
            choices=("starttls", "tls", "none"),
        ),
        Key("smtp.user", "text", "Your login on the mail server (often your e-mail address)."),
        Key("smtp.from", "email", "The sender address; default: your profile's e-mail."),
        Key(
            "smtp.bcc_self",
            "bool",
            "Send yourself a copy of every note (SMTP does not file one in your Sent folder).",
            default=True,
        ),
        Key("imap.host", "text", "Your mail server for reading replies (`afterword inbox`), "
            "e.g. imap.gmail.com."),
        Key("imap.port", "int", "Its port; default: 993 for tls, 143 for starttls or none."),
        Key(
            "imap.security",
            "choice",
            "How the connection is protected: tls (default), starttls, or none (a server on "
            "this computer only).",
            default="tls",
            choices=("tls", "starttls", "none"),
        ),
        Key("imap.user", "text", "Your login on that server; default: smtp.user."),
        Key(
            "imap.folders",
            "list",
            "Folders to read replies from, comma-separated (add the ones your mail rules file "
            "replies into).",
            default=["INBOX"],
        ),
        Key(
            "review.dictionary",
            "list",
            "Your personal dictionary: words the spelling rule accepts (`afterword dictionary add`).",
            default=[],
        ),
    ]
}
# `review.severity.RULE`: one per rule; checked against the registry when set.
SEVERITY_PREFIX = "review.severity."


def config_path(explicit: Path | str | None = None) -> Path:
    """The settings file in use: `--config`, then `AFTERWORD_CONFIG`, then the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("AFTERWORD_CONFIG")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def default_db_url() -> str:
    """SQLite in the platform data dir."""
    import platformdirs

    data = Path(platformdirs.user_data_dir(APP_NAME))
    return f"sqlite:///{data / 'afterword.db'}"


def key_spec(name: str) -> Key:
    """The declared key `name`; refuses an unknown one, listing the valid keys."""
    if name in KEYS:
        return KEYS[name]
    if name.startswith(SEVERITY_PREFIX):
        rule_id = name[len(SEVERITY_PREFIX) :]
        _rule_id_check(rule_id)
        return Key(name, "choice", f"Severity of the `{rule_id}` rule.", choices=SEVERITIES)
    import difflib

    close = difflib.get_close_matches(name, list(KEYS), n=1, cutoff=0.75)
    raise ConfigError(
        f"{name!r} is not a setting" + (f"; did you mean {close[0]}?" if close else ""),
        hint="Valid keys: " + ", ".join([*KEYS, SEVERITY_PREFIX + "RULE"]) + ".",
    )


def parse_value(key: Key, raw: str) -> Any:
    """Turn what the user typed into the key's value; raises ConfigError with what is valid."""
    raw_stripped = raw.strip()
    if key.kind == "list":
        items = [item.strip() for item in raw.split(",") if item.strip()]
        for item in items:
            _check_text(key.name, item)
            if key.item_check:
                key.item_check(item)
        return items
    if key.kind == "choice":
        if raw_stripped not in key.choices:
            raise ConfigError(
                f"{key.name}: {raw!r} is not allowed",
                hint="Valid values: " + ", ".join(key.choices) + ".",
            )
        return raw_stripped
    if key.kind == "int":
        if not re.fullmatch(r"\d{1,5}", raw_stripped) or not 0 < int(raw_stripped) < 65536:
            raise ConfigError(f"{key.name}: {raw!r} is not a port number",
                              hint="Use a number such as 587 or 465.")
        return int(raw_stripped)
    if key.kind == "days":
        if not re.fullmatch(r"\d{1,3}", raw_stripped) or not 0 < int(raw_stripped) <= 365:
            raise ConfigError(f"{key.name}: {raw!r} is not a number of days",
                              hint="Use a whole number of days from 1 to 365, such as 21.")
        return int(raw_stripped)
    if key.kind == "bool":
        low = raw_stripped.lower()
        if low in ("true", "yes", "on", "1"):
            return True
        if low in ("false", "no", "off", "0"):
            return False
        raise ConfigError(f"{key.name}: {raw!r} is not true or false", hint="Use true or false.")
    if key.kind == "multiline":
        value = raw.replace("\\n", "\n")
        if re.search(r"[\x00-\x09\x0b-\x1f\x7f]", value):
            raise ConfigError(f"{key.name}: control characters are not allowed")
        return value
    _check_text(key.name, raw_stripped)
    if key.kind == "email" and raw_stripped:
        from afterword.model.checks import check_email

        try:
            return check_email(raw_stripped, field=key.name)
        except InvalidInput as exc:
            raise ConfigError(exc.message, hint=exc.hint) from None
    if key.kind == "timezone" and raw_stripped:
        from afterword.timezones import zone

        try:
            zone(raw_stripped, field=key.name)
        except InvalidInput as exc:
            raise ConfigError(exc.message, hint=exc.hint) from None
    if key.kind == "locale" and raw_stripped:
        from afterword.dates import check_locale

        found = check_locale(raw_stripped)
        if found is None:
            raise ConfigError(
                f"{key.name}: {raw!r} is not a locale",
                hint="Use a language and country code such as en_US, en_GB, en_CA or de_DE.",
            )
        return found
    if key.kind == "country" and raw_stripped:
        _country_check(raw_stripped)
        return raw_stripped.upper()
    if key.kind == "url" and raw_stripped and not re.match(r"https?://\S+$", raw_stripped):
        raise ConfigError(
            f"{key.name}: {raw!r} is not a web address",
            hint="Use the full address, starting with https://",
        )
    return raw_stripped


def _check_text(name: str, value: str) -> None:
    if _CONTROL.search(value):
        raise ConfigError(f"{name}: control characters (line breaks, tabs, hidden "
                          "text-direction marks) are not allowed")


def format_value(value: Any) -> str:
    """A value as the user would type it back (lists comma-separated)."""
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


class Config:
    """The settings file, read with tomlkit so that saving keeps the user's comments and layout."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._doc: Any = None

    @property
    def doc(self) -> Any:
        if self._doc is None:
            self._doc = self._load()
        return self._doc

    def _load(self) -> Any:
        import tomlkit
        from tomlkit.exceptions import ParseError

        if not self.path.exists():
            return tomlkit.document()
        try:
            text = self.path.read_text(encoding="utf-8-sig")  # Notepad may add a BOM
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the settings file {self.path}: {exc}") from None
        try:
            doc = tomlkit.parse(text)
        except ParseError as exc:
            raise ConfigError(
                f"{self.path}, line {exc.line}: {_parse_reason(exc)}",
                hint="Fix the file by hand, or move it away to start afresh.",
            ) from None
        self._validate(doc, text)
        return doc

    def _validate(self, doc: Any, text: str) -> None:
        from afterword.model.lines import line_of

        for name, value in _flatten(doc.unwrap()):
            try:
                spec = key_spec(name)
            except ConfigError as exc:
                raise ConfigError(
                    f"{self.path}, line {line_of(text, name)}: {exc.message}", hint=exc.hint
                ) from None
            try:
                shown = format_value(value)
                if spec.kind == "list" and not isinstance(value, list):
                    raise ConfigError(f"{name}: expected a list such as [\"a\", \"b\"]")
                if spec.kind != "list":
                    if spec.kind == "bool" and not isinstance(value, bool):
                        raise ConfigError(f"{name}: expected true or false")
                    if spec.kind in ("int", "days") and (isinstance(value, bool)
                                               or not isinstance(value, int)):
                        raise ConfigError(f"{name}: expected a number")
                    if spec.kind not in ("bool", "int", "days") and not isinstance(value, str):
                        raise ConfigError(f"{name}: expected text in quotes")
                parse_value(spec, shown)
            except ConfigError as exc:
                raise ConfigError(
                    f"{self.path}, line {line_of(text, name)}: {exc.message}", hint=exc.hint
                ) from None

    def get(self, name: str) -> Any:
        """The value of `name`, or its default; refuses an unknown key."""
        spec = key_spec(name)
        if self._absent():
            return spec.default
        node: Any = self.doc
        for part in name.split("."):
            if not hasattr(node, "get") or part not in node:
                return spec.default
            node = node[part]
        return node.unwrap() if hasattr(node, "unwrap") else node

    def set(self, name: str, raw: str) -> Any:
        """Validate and store `name`; the file is written at once, comments kept."""
        import tomlkit

        spec = key_spec(name)
        value = parse_value(spec, raw)
        parts = name.split(".")
        node: Any = self.doc
        for part in parts[:-1]:
            if part not in node:
                node[part] = tomlkit.table()
            node = node[part]
        node[parts[-1]] = value
        self.save()
        return value

    def unset(self, name: str) -> None:
        key_spec(name)
        parts = name.split(".")
        node: Any = self.doc
        for part in parts[:-1]:
            if part not in node:
                return
            node = node[part]
        if parts[-1] in node:
            del node[parts[-1]]
            self.save()

    def items(self) -> list[tuple[str, Any]]:
        """Every key set in the file, flattened to dotted names."""
        if self._absent():
            return []
        return list(_flatten(self.doc.unwrap()))

    def _absent(self) -> bool:
        # No settings file, and none read or made yet: every key has its default, and
        # nothing needs tomlkit (about 5 ms to import, for `afterword review FILE` on a
        # machine where nothing was ever set).
        return self._doc is None and not self.path.exists()

    def save(self) -> None:
        import tomlkit

        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = tomlkit.dumps(self.doc)
        if not self.path.exists() and not text.startswith("#"):
            text = "# Afterword settings: edit with `afterword config set KEY VALUE` or by hand.\n" + text
        tmp = self.path.with_suffix(".toml.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, self.path)  # atomic: a crash leaves the old file or the new one


def _flatten(data: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.extend(_flatten(value, name + "."))
        else:
            out.append((name, value))
    return out


def _parse_reason(exc: Exception) -> str:
    text = str(exc)
    return re.sub(r"\s+at line \d+ col \d+$", "", text)
