"""The services' hints speak to the command line ("afterword config set smtp.host ...");
a web user gets the same advice in the app's own words, with a link to the place to act.

Each rule matches the CLI hint (or the message, for the few that name a command there);
a hint that names a command no rule knows is dropped rather than shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class WebHint:
    text: str
    href: str | None = None


# Where a link goes, and what it says (the banner shows it after the sentence).
PLACES = {
    "/settings#smtp": "Open the mail settings",
    "/settings#profile": "Open your profile",
    "/settings#rules": "Open the review rules",
    "/interviews": "Open Interviews",
    "/outbox": "Open the outbox",
    "/messages": "Open your notes",
    "/guide/sending": "Read the sending guide",
}

_RULES: tuple[tuple[re.Pattern[str], WebHint], ...] = tuple(
    (re.compile(pattern), hint) for pattern, hint in (
        (r"Leave out --repeat-of",
         WebHint("Untick \u201cYes, send this one as well\u201d, then send it.")),
        (r"afterword send \d+ --repeat-of",
         WebHint("If you do mean to send it again, tick \u201cYes, send this one as well\u201d "
                 "beside the note, then send it.")),
        (r"smtp\.host|mail password|mail test",
         WebHint("Set up your mail account in Settings, under \u201cSending e-mail\u201d, or "
                 "download the note (.eml) and send it from your own mail program.",
                 "/settings#smtp")),
        (r"profile set email",
         WebHint("Add your e-mail address to your profile in Settings.", "/settings#profile")),
        (r"edit-message|--as-is",
         WebHint("Finish it in the editor (the list above it says what is missing), or add "
                 "it to the interview and write the note again.")),
        (r"afterword export \d+; then",
         WebHint("Print or copy it from its page, then press \u201cMark as sent\u201d once "
                 "it has gone out.")),
        (r"afterword outbox",
         WebHint("The outbox shows where it stands.", "/outbox")),
        (r"afterword messages",
         WebHint("Your notes lists them all.", "/messages")),
        (r"afterword (?:list|plan)",
         WebHint("Interviews lists them, each with its notes and plan.", "/interviews")),
        (r"afterword edit\b",
         WebHint("Add it on the interview's page (Edit), then write the note again.")),
        (r"afterword rules",
         WebHint("Settings lists every rule.", "/settings#rules")),
        (r"--now\b",
         WebHint("Press \u201cSend now\u201d, or pick a time still to come.")),
    ))


def for_web(hint: str | None) -> WebHint | None:
    """The web's version of a service's hint (None: nothing worth saying)."""
    if not hint:
        return None
    for pattern, web in _RULES:
        if pattern.search(hint):
            return web
    if re.search(r"\bafterword [a-z]|--[a-z]", hint):
        return None  # a command line the web user has no use for
    return WebHint(hint)


def message_for_web(message: str) -> str:
    """A service message without its command-line asides."""
    message = re.sub(r"\s*\((?:see )?docs/sending\.md\)", "", message)
    message = re.sub(r";?\s*see docs/sending\.md", "", message)
    # The dispatcher's reason for holding a second note ends in the command that sends it.
    message = re.sub(r";?\s*send it again only if you mean to: afterword send \d+ --repeat-of \d+",
                     "", message)
    message = re.sub(r"^--repeat-of \d+: ", "", message)
    message = re.sub(r"`afterword (\w+)`", r"\1", message)
    # The app calls them notes.
    message = re.sub(r"\bmessage (\d+)|\b(earlier|second) message\b",
                     lambda m: f"note {m[1]}" if m[1] else f"{m[2]} note", message)
    return message.replace("--cc", "the copy address")
