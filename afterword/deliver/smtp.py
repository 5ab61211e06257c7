"""Talking to the mail server: settings, the password, and one delivery with its outcome.

The outcome says what the store must do: `sent`, `temporary` (try again later),
`permanent` (failed, with the server's reply) or `unknown` (the connection was lost after
the message's final "." with no reply: it may have been sent, so it is never resent
blindly).
"""

from __future__ import annotations

import os
import re
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from enum import StrEnum
from typing import TYPE_CHECKING

from afterword.errors import AfterwordError

if TYPE_CHECKING:
    from afterword.config import Config
    from afterword.deliver.keyring_place import Place

KEYRING_SERVICE = "afterword-smtp"
PASSWORD_ENV = "AFTERWORD_SMTP_PASSWORD"
# Long enough for a slow server, short enough that a dead one does not hold the outbox.
TIMEOUT = 30.0
# A connection test answers quickly or not at all; the person is waiting in front of it.
CHECK_TIMEOUT = 10.0
LOOPBACK = ("localhost", "127.0.0.1", "::1")


class MailError(AfterwordError):
    """The mail settings or the server refused: the message says which, never the password."""


class Outcome(StrEnum):
    SENT = "sent"
    TEMPORARY = "temporary"
    PERMANENT = "permanent"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    reply: str  # the server's last reply, or what went wrong


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    security: str  # starttls, tls, none
    user: str | None
    sender: str  # the envelope and From address
    sender_name: str | None
    bcc_self: bool

    @classmethod
    def from_config(cls, config: Config) -> Settings:
        host = config.get("smtp.host")
        sender = config.get("smtp.from") or config.get("profile.email")
        if not host:
            raise MailError("no mail server is set up",
                            hint="Set up your mail account (docs/sending.md): afterword config "
                                 "set smtp.host smtp.gmail.com, then afterword mail password "
                                 "and afterword mail test.")
        if not sender:
            raise MailError("no sender address is set",
                            hint="afterword profile set email you@example.com")
        security = config.get("smtp.security")
        if security == "none" and host not in LOOPBACK:
            raise MailError(
                f"smtp.security none sends your password and notes unencrypted to {host}",
                hint="Use starttls or tls; none is only for a server on this computer.",
            )
        return cls(host=host, port=int(config.get("smtp.port")), security=security,
                   user=config.get("smtp.user") or None, sender=sender,
                   sender_name=config.get("profile.name") or None,
                   bcc_self=bool(config.get("smtp.bcc_self")))


def password(user: str, *, service: str = KEYRING_SERVICE, env: str = PASSWORD_ENV,
             command: str = "afterword mail password") -> str:
    """The SMTP password (or, with the IMAP service and variable, the IMAP one): the
    environment variable, else the OS keyring. Never stored elsewhere."""
    found = stored_password(user, service=service, env=env)
    if not found:
        raise MailError(f"no password is stored for {user}",
                        hint=f"Run `{command}`, or set {env}.")
    return found


def stored_password(user: str, *, service: str = KEYRING_SERVICE,
                    env: str = PASSWORD_ENV) -> str | None:
    """The password from `env`, else the keyring entry of `service`; None when neither has
    one. Raises MailError when there is no keyring at all or it cannot be read."""
    from_env = os.environ.get(env)
    if from_env:
        return from_env
    try:
        import keyring
        from keyring.errors import KeyringError, NoKeyringError

        try:
            return keyring.get_password(service, user) or None
        except NoKeyringError:
            raise MailError(
                "this computer has no keyring to keep your mail password in",
                hint=f"Set the {env} environment variable instead.",
            ) from None
        except KeyringError as exc:
            raise MailError(f"the keyring could not be read ({type(exc).__name__})",
                            hint=f"Set the {env} environment variable instead.") from None
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None


def store_password(user: str, secret: str, *, service: str = KEYRING_SERVICE,
                   env: str = PASSWORD_ENV) -> Place:
    """Keep the password in the OS keyring; returns which backend holds it, in words."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    from afterword.deliver.keyring_place import describe, holder

    try:
        backend = keyring.get_keyring()
        backend.set_password(service, user, secret)
        return describe(holder(backend, service, user), env)
    except NoKeyringError:
        raise MailError("this computer has no keyring to keep your mail password in",
                        hint=f"Set the {env} environment variable instead.") from None
    except KeyringError as exc:
        raise MailError(f"the keyring refused the password ({type(exc).__name__})",
                        hint=f"Set the {env} environment variable instead.") from None


def connect(settings: Settings, *, timeout: float = TIMEOUT) -> smtplib.SMTP:
    """An open, authenticated connection; raises MailError with a plain reason."""
    context = ssl.create_default_context()
    try:
        if settings.security == "tls":
            conn: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port,
                                                  timeout=timeout, context=context)
        else:
            conn = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
            if settings.security == "starttls":
                conn.starttls(context=context)
        if settings.user:
            conn.login(settings.user, password(settings.user))
        return conn
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"the server refused your login: {_reply(exc)}",
                        hint="Check smtp.user and the password (an app password for Gmail; "
                             "see docs/sending.md).") from None
    except smtplib.SMTPNotSupportedError:
        raise MailError(f"{settings.host} does not offer login on this connection",
                        hint="Try smtp.security starttls (port 587) or tls (port 465).") from None
    except ssl.SSLError as exc:
        raise MailError(f"the secure connection to {settings.host} failed: {exc.reason}",
                        hint="Check smtp.security and smtp.port.") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(f"cannot reach {settings.host}:{settings.port}: {_reason(exc)}",
                        hint="Check smtp.host and smtp.port, and your connection.") from None


def deliver(conn: smtplib.SMTP, msg: EmailMessage, *, sender: str, recipients: list[str],
            before_data: Callable[[], None]) -> Result:
    """Send one message on an open connection. `before_data` runs (and must commit) just
    before the message data goes out, so a crash after it is known to be ambiguous."""
    try:
        conn.ehlo_or_helo_if_needed()
        code, reply = conn.mail(sender)
        if code != 250:
            return _refused(code, reply)
        for rcpt in recipients:
            code, reply = conn.rcpt(rcpt)
            if code not in (250, 251):
                conn.rset()
                return _refused(code, reply)
        code, reply = conn.docmd("DATA")
        if code != 354:
            return _refused(code, reply)
    except (smtplib.SMTPServerDisconnected, smtplib.SMTPHeloError, OSError) as exc:
        return Result(Outcome.TEMPORARY, f"connection lost before the message: {_reason(exc)}")
    payload = _dot_stuffed(msg)
    before_data()
    try:
        conn.send(payload)
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        # The final "." never left us, so the server cannot have accepted the message.
        return Result(Outcome.TEMPORARY, f"connection lost while sending: {_reason(exc)}")
    try:
        code, reply = conn.getreply()
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        return Result(Outcome.UNKNOWN, f"no reply after the message was sent: {_reason(exc)}")
    if code == 250:
        return Result(Outcome.SENT, f"{code} {reply.decode(errors='replace')}")
    return _refused(code, reply)


def _dot_stuffed(msg: EmailMessage) -> bytes:
    from email.policy import SMTP

    data = msg.as_bytes(policy=SMTP)
    data = re.sub(rb"(?:\r\n|\n|\r(?!\n))", b"\r\n", data)
    data = re.sub(rb"(?m)^\.", b"..", data)  # a line starting with "." is doubled (RFC 5321)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


def _refused(code: int, reply: bytes) -> Result:
    text = f"{code} {reply.decode(errors='replace')}"
    if 400 <= code < 500 or code < 0:
        return Result(Outcome.TEMPORARY, text)
    return Result(Outcome.PERMANENT, text)


def _reply(exc: smtplib.SMTPResponseException) -> str:
    error = exc.smtp_error
    text = error.decode(errors="replace") if isinstance(error, bytes) else str(error)
    return f"{exc.smtp_code} {text}"


def _reason(exc: BaseException) -> str:
    from afterword.network import failure_words

    return failure_words(exc, "smtp.port") or str(exc) or type(exc).__name__


def close(conn: smtplib.SMTP | None) -> None:
    if conn is None:
        return
    try:
        conn.quit()
    except (smtplib.SMTPException, OSError):
        conn.close()
