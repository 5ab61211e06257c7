"""The IMAP settings (`imap.*`) and the IMAP password: its own variable and keyring entry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from afterword.deliver.smtp import (
    KEYRING_SERVICE as SMTP_KEYRING_SERVICE,
)
from afterword.deliver.smtp import (
    LOOPBACK,
    MailError,
    stored_password,
)
from afterword.deliver.smtp import (
    PASSWORD_ENV as SMTP_PASSWORD_ENV,
)

if TYPE_CHECKING:
    from afterword.config import Config

KEYRING_SERVICE = "afterword-imap"
PASSWORD_ENV = "AFTERWORD_IMAP_PASSWORD"
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "none": 143}


class InboxError(MailError):
    """The IMAP settings or the server refused, or the connection broke: said in words."""

    exit_code = 1


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    security: str  # tls, starttls, none
    user: str
    folders: tuple[str, ...]

    @property
    def account(self) -> str:
        """The key the per-folder reading state is kept under."""
        return f"{self.user}@{self.host}:{self.port}"

    @classmethod
    def from_config(cls, config: Config) -> ImapSettings:
        host = (config.get("imap.host") or "").strip()
        if not host:
            raise InboxError("no mail server is set up for reading replies",
                             hint="afterword config set imap.host imap.example.com "
                                  "(see docs/inbox.md)")
        security = config.get("imap.security") or "tls"
        if security == "none" and host not in LOOPBACK:
            raise InboxError(
                f"imap.security none sends your password and mail unencrypted to {host}",
                hint="Use tls or starttls; none is only for a server on this computer.",
            )
        user = config.get("imap.user") or config.get("smtp.user")
        if not user:
            raise InboxError("no login is set for reading replies",
                             hint="afterword config set imap.user you@example.com")
        folders = tuple(f for f in (config.get("imap.folders") or ["INBOX"]) if f) or ("INBOX",)
        port = config.get("imap.port") or DEFAULT_PORTS[security]
        return cls(host=host, port=int(port), security=security, user=user, folders=folders)


def is_configured(config: Config) -> bool:
    """Whether the user set up reading replies at all (the dispatcher checks only then)."""
    return bool((config.get("imap.host") or "").strip())


def password(settings: ImapSettings, config: Config) -> str:
    """AFTERWORD_IMAP_PASSWORD, else the keyring's IMAP entry; else, when the IMAP login is
    the sending login, the sending password (one app password serves both at most providers)."""
    found = stored_password(settings.user, service=KEYRING_SERVICE, env=PASSWORD_ENV)
    if not found and settings.user == config.get("smtp.user"):
        found = stored_password(settings.user, service=SMTP_KEYRING_SERVICE,
                                env=SMTP_PASSWORD_ENV)
    if not found:
        raise InboxError(f"no password is stored for reading the mail of {settings.user}",
                         hint=f"Run `afterword mail password --imap`, or set {PASSWORD_ENV}.")
    return found
