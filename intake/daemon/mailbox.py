"""The IMAP adapter: the one place that talks to the mail server (imapclient, synchronous).

`open_imap(settings)` holds the TLS rules; `Mailbox` exposes only the verbs the poller and the privacy tools need
(folders, UIDVALIDITY, new UIDs, fetch by batch, move, IDLE, search and delete). imapclient blocks, so callers
in asyncio run these methods with `asyncio.to_thread`; one `Mailbox` is used by one thread at a time.
Library errors (imaplib, imapclient, ssl, socket) are translated here into `MailboxError`.
"""

from __future__ import annotations

import contextlib
import hashlib
import imaplib
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import decode_header, make_header
from typing import Any, ParamSpec, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from intake.config import ConfigError, MailboxSettings
from intake.service.tls import client_context

#: Bytes of message bodies held in memory per fetch round trip: bounds peak memory whatever the batch size.
FETCH_BYTES_BUDGET = 16 * 1024 * 1024
#: Partial-fetch chunk used to hash a message that is too large to load whole.
HASH_CHUNK_BYTES = 1024 * 1024
#: How often a blocking IDLE wakes up to look at the stop flag (the wake-up on new mail is immediate).
IDLE_SLICE_SECONDS = 0.5

T = TypeVar("T")
P = ParamSpec("P")

_LIBRARY_ERRORS = (IMAPClientError, imaplib.IMAP4.error, imaplib.IMAP4.abort, ssl.SSLError, OSError)


class MailboxError(Exception):
    """The mail server could not be reached or refused a command; `transient` errors are retried with backoff."""

    def __init__(self, message: str, *, transient: bool = True, hint: str = "") -> None:
        super().__init__(message)
        self.transient = transient
        self.hint = hint


@dataclass(frozen=True, slots=True)
class FetchedMail:
    """One message as fetched; `raw` is None when it is larger than the configured maximum (never loaded)."""

    uid: int
    internaldate: datetime
    size: int
    raw: bytes | None


@dataclass(frozen=True, slots=True)
class MailSummary:
    """What staff need to recognise a mail in a listing (from the server's ENVELOPE)."""

    uid: int
    date: datetime | None
    sender: str
    subject: str


def tls_context(settings: MailboxSettings) -> ssl.SSLContext:
    """The system CAs, plus `ca_file` when set; hostname and certificate are always verified. One per CA file
    and process, shared with SMTP and by every reconnect (intake/service/tls.py)."""
    try:
        return client_context(settings.ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(
            f"[mailbox] ca_file {settings.ca_file!r} cannot be loaded ({exc}); fix: point it at a PEM CA bundle"
        ) from None


def open_imap(settings: MailboxSettings) -> IMAPClient:
    """A logged-in IMAPClient over TLS ("tls"), STARTTLS ("starttls"), or plaintext to loopback only ("none").

    Raises `ConfigError` for a refused configuration and `MailboxError` for connection or login failures.
    A failed STARTTLS never falls back to plaintext.
    """
    settings.check_plaintext_host("mailbox")
    password = settings.password("mailbox")
    where = f"{settings.host}:{settings.port}"
    client: IMAPClient | None = None
    try:
        if settings.security == "tls":
            client = IMAPClient(
                settings.host,
                settings.port,
                ssl=True,
                ssl_context=tls_context(settings),
                timeout=settings.timeout_seconds,
            )
        else:
            client = IMAPClient(settings.host, settings.port, ssl=False, timeout=settings.timeout_seconds)
            if settings.security == "starttls":
                client.starttls(tls_context(settings))
        client.login(settings.username, password)
        client.normalise_times = False  # keep INTERNALDATE's own offset; we convert to UTC
        return client
    except LoginError as exc:
        _shutdown(client)
        raise MailboxError(
            f"IMAP login to {where} refused ({_text(exc)})",
            transient=False,
            hint="check [mailbox] username and the password in password_file / password_env",
        ) from None
    except ssl.SSLCertVerificationError as exc:
        _shutdown(client)
        raise MailboxError(
            f"IMAP server {where} presented a certificate that does not verify ({exc.verify_message})",
            transient=False,
            hint="set [mailbox] ca_file to the CA that signed the server's certificate, or fix the host name",
        ) from None
    except _LIBRARY_ERRORS as exc:
        _shutdown(client)
        raise MailboxError(
            f"IMAP connection to {where} failed ({_text(exc)})",
            hint="check [mailbox] host, port and security, and that the server is reachable",
        ) from None


def _shutdown(client: IMAPClient | None) -> None:
    if client is None:
        return
    # The connection is being thrown away; an error while closing it changes nothing.
    with contextlib.suppress(*_LIBRARY_ERRORS):
        client.shutdown()


def _text(exc: BaseException) -> str:
    if exc.args and isinstance(exc.args[0], bytes):
        return exc.args[0].decode("utf-8", "replace")
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


class Mailbox:
    """One IMAP connection and the verbs the daemon needs. Create with `Mailbox.connect(settings)`."""

    def __init__(self, client: IMAPClient, settings: MailboxSettings) -> None:
        self._client = client
        self._settings = settings
        self._aborted = threading.Event()

    @classmethod
    def connect(cls, settings: MailboxSettings) -> Mailbox:
        return cls(open_imap(settings), settings)

    @property
    def has_idle(self) -> bool:
        return bool(self._call(self._client.has_capability, "IDLE"))

    def close(self) -> None:
        """Logs out; a connection that is already broken (or aborted) is just dropped."""
        if self._aborted.is_set():
            _shutdown(self._client)
            return
        try:
            self._client.logout()
        except (*_LIBRARY_ERRORS, MailboxError):
            _shutdown(self._client)

    def abort(self) -> None:
        """Breaks the connection from any thread: a call blocked on a server that stopped answering returns at
        once with MailboxError, and every later call fails fast. Used to bound the daemon's shutdown.

        The socket timeout cannot do this (it is `timeout_seconds`, 30 s by default, per read). Only the
        plain-socket shutdown is called, also under TLS: `SSLSocket.shutdown` would drop its SSL object under the
        reading thread's feet, the kernel-level shutdown just makes that read see end-of-file.
        """
        self._aborted.set()
        with contextlib.suppress(OSError, AttributeError):
            socket.socket.shutdown(self._client.socket(), socket.SHUT_RDWR)

    def ensure_folders(self) -> tuple[str, ...]:
        """Creates the Processed and Quarantine folders when missing; returns the ones it created."""
        created: list[str] = []
        for folder in (self._settings.processed_folder, self._settings.quarantine_folder):
            if not self._call(self._client.folder_exists, folder):
                self._call(self._client.create_folder, folder)
                created.append(folder)
        return tuple(created)

    def missing_folders(self) -> tuple[str, ...]:
        """The configured folders that do not exist (for `intake check`)."""
        folders = (self._settings.folder, self._settings.processed_folder, self._settings.quarantine_folder)
        return tuple(f for f in folders if not self._call(self._client.folder_exists, f))

    def select(self, folder: str | None = None) -> int:
        """Selects `folder` (default: the INBOX being taken in) read-write; returns its UIDVALIDITY."""
        name = folder or self._settings.folder
        info = self._call(self._client.select_folder, name)
        return int(info[b"UIDVALIDITY"])

    def search_new(self) -> list[int]:
        """UIDs of every message in the selected folder not flagged \\Deleted, oldest first.

        Everything in the INBOX is new by definition: the daemon moves each message out once it is settled.
        """
        return sorted(int(u) for u in self._call(self._client.search, ["NOT", "DELETED"]))

    def fetch(self, uids: Sequence[int]) -> Iterator[list[FetchedMail]]:
        """Fetches `uids` in groups of at most FETCH_BYTES_BUDGET bytes (sizes first, bodies with BODY.PEEK[]).

        A message above `max_message_bytes` comes back with `raw=None`; a UID that vanished is skipped.
        """
        meta = self._call(self._client.fetch, list(uids), [b"RFC822.SIZE", b"INTERNALDATE"])
        group: list[int] = []
        group_bytes = 0
        oversize: list[FetchedMail] = []
        for uid in sorted(meta):
            size = int(meta[uid][b"RFC822.SIZE"])
            if size > self._settings.max_message_bytes:
                oversize.append(FetchedMail(uid, _aware(meta[uid][b"INTERNALDATE"]), size, None))
                continue
            if group and group_bytes + size > FETCH_BYTES_BUDGET:
                yield self._fetch_bodies(group, meta)
                group, group_bytes = [], 0
            group.append(uid)
            group_bytes += size
        if group:
            yield self._fetch_bodies(group, meta)
        if oversize:
            yield oversize

    def _fetch_bodies(self, uids: list[int], meta: dict[int, dict[bytes, Any]]) -> list[FetchedMail]:
        bodies = self._call(self._client.fetch, uids, [b"BODY.PEEK[]"])
        return [
            FetchedMail(
                uid,
                _aware(meta[uid][b"INTERNALDATE"]),
                int(meta[uid][b"RFC822.SIZE"]),
                bytes(bodies[uid][b"BODY[]"]),
            )
            for uid in uids
            if uid in bodies and b"BODY[]" in bodies[uid]
        ]

    def sha256_of(self, uid: int, size: int) -> str:
        """The sha256 of a message's bytes, read in partial fetches so that a huge message is never held whole."""
        digest = hashlib.sha256()
        for start in range(0, max(size, 1), HASH_CHUNK_BYTES):
            part = f"BODY.PEEK[]<{start}.{HASH_CHUNK_BYTES}>".encode()
            fetched = self._call(self._client.fetch, [uid], [part])
            chunk = next((v for k, v in fetched.get(uid, {}).items() if k.startswith(b"BODY[]")), b"")
            digest.update(bytes(chunk))
        return digest.hexdigest()

    def move(self, uids: Sequence[int], folder: str) -> None:
        """Moves `uids` from the selected folder to `folder` (MOVE; COPY + \\Deleted + UID EXPUNGE without it)."""
        if not uids:
            return
        batch = list(uids)
        if self._call(self._client.has_capability, "MOVE"):
            self._call(self._client.move, batch, folder)
            return
        self._call(self._client.copy, batch, folder)
        self._expunge(batch)

    def delete_uids(self, folder: str, uids: Sequence[int]) -> None:
        """Deletes `uids` from `folder` for good (\\Deleted + UID EXPUNGE)."""
        if uids:
            self.select(folder)
            self._expunge(list(uids))

    def _expunge(self, uids: list[int]) -> None:
        self._call(self._client.add_flags, uids, [b"\\Deleted"], silent=True)
        if self._call(self._client.has_capability, "UIDPLUS"):
            self._call(self._client.uid_expunge, uids)
        else:
            # Without UIDPLUS a plain EXPUNGE also removes other clients' \Deleted mail, which is what they asked.
            self._call(self._client.expunge)

    def search_text(self, folder: str, value: str) -> list[int]:
        """UIDs in `folder` whose headers or body contain `value` (IMAP SEARCH TEXT).

        A case-insensitive substring match done by the server, which decodes base64 / quoted-printable and
        charsets first; a value that is not ASCII is sent with CHARSET UTF-8. Without a full-text index the
        server reads the whole folder for each search.
        """
        if not self._call(self._client.folder_exists, folder):
            return []
        self.select(folder)
        charset = None if value.isascii() else "UTF-8"
        found = self._call(self._client.search, ["NOT", "DELETED", "TEXT", value], charset)
        return sorted(int(u) for u in found)

    def summaries(self, folder: str, uids: Sequence[int]) -> list[MailSummary]:
        """Date, sender and subject of `uids` in `folder` (ENVELOPE; nothing is marked \\Seen)."""
        if not uids:
            return []
        self.select(folder)
        fetched = self._call(self._client.fetch, list(uids), [b"ENVELOPE"])
        return [
            _summary(uid, fetched[uid][b"ENVELOPE"]) for uid in sorted(fetched) if b"ENVELOPE" in fetched[uid]
        ]

    def search_header(self, folder: str, header: str, value: str) -> list[int]:
        """UIDs in `folder` whose `header` contains `value` (IMAP SEARCH HEADER, substring, case-insensitive)."""
        if not self._call(self._client.folder_exists, folder):
            return []
        self.select(folder)
        found = self._call(self._client.search, ["NOT", "DELETED", "HEADER", header, value])
        return sorted(int(u) for u in found)

    def find_by_sha256(self, folder: str, sha256: str, *, message_id: str | None = None) -> list[int]:
        """UIDs in `folder` whose bytes hash to `sha256` (narrowed by Message-ID first when one is known)."""
        if message_id:
            candidates = self.search_header(folder, "Message-ID", message_id)
        elif self._call(self._client.folder_exists, folder):
            self.select(folder)
            candidates = self.search_new()
        else:
            candidates = []
        matches: list[int] = []
        for start in range(0, len(candidates), 100):
            for group in self.fetch(candidates[start : start + 100]):
                for mail in group:
                    digest = (
                        hashlib.sha256(mail.raw).hexdigest()
                        if mail.raw is not None
                        else self.sha256_of(mail.uid, mail.size)
                    )
                    if digest == sha256:
                        matches.append(mail.uid)
        return matches

    def wait_for_mail(self, *, timeout: float, stop: threading.Event) -> bool:
        """Waits in IDLE until the server reports new mail, `timeout` passes (RFC 2177: renew within 29 min),
        or `stop` is set. Returns True when the server reported something."""
        # A mail that arrived after our last command but before IDLE starts is not reported inside IDLE
        # (Dovecot reports only what changes while idling: measured, nothing within 40 s). A NOOP first
        # surfaces it; what is left is the NOOP-to-IDLE round trip, closed by the renewal (idle_renew_seconds).
        _, pending = self._call(self._client.noop)
        if any(_is_change(r) for r in pending):
            return True
        self._call(self._client.idle)
        deadline = time.monotonic() + timeout
        arrived = False
        try:
            while not arrived and not stop.is_set():
                wait = min(IDLE_SLICE_SECONDS, deadline - time.monotonic())
                if wait <= 0:
                    break
                started = time.monotonic()
                responses = self._call(self._client.idle_check, wait)
                if _is_closed(responses) or (not responses and time.monotonic() - started < wait / 2):
                    # imapclient swallows EOF in idle_check: an early return with nothing read means the
                    # socket was readable and empty, i.e. the server went away. idle_done below then raises.
                    break
                arrived = any(_is_change(r) for r in responses)
        finally:
            self._call(self._client.idle_done)
        return arrived

    def noop(self) -> None:
        """A round trip that also surfaces a dropped connection (used by the polling fallback)."""
        self._call(self._client.noop)

    def _call(self, action: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        if self._aborted.is_set():
            raise MailboxError("IMAP connection aborted (the daemon is stopping)")
        try:
            return action(*args, **kwargs)
        except _LIBRARY_ERRORS as exc:
            raise MailboxError(f"IMAP command failed ({_text(exc)})") from None


def _is_closed(responses: list[tuple[object, ...]]) -> bool:
    return any(len(r) >= 1 and r[0] == b"BYE" for r in responses)


def _is_change(response: tuple[object, ...]) -> bool:
    return len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")


def _summary(uid: int, envelope: Any) -> MailSummary:
    senders = envelope.from_ or ()
    sender = ", ".join(f"{_decoded(a.mailbox)}@{_decoded(a.host)}" for a in senders if a.mailbox is not None)
    subject = str(make_header(decode_header(_decoded(envelope.subject))))
    date = envelope.date if isinstance(envelope.date, datetime) else None
    return MailSummary(uid, date, sender, subject)


def _decoded(value: bytes | str | None) -> str:
    if value is None:
        return ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _aware(value: object) -> datetime:
    """INTERNALDATE as an aware UTC datetime (imapclient gives a naive local time unless told otherwise)."""
    if not isinstance(value, datetime):
        raise MailboxError(f"server sent an INTERNALDATE that is not a date: {value!r}", transient=False)
    return value.astimezone(UTC)


__all__ = [
    "FetchedMail",
    "Mailbox",
    "MailboxError",
    "MailSummary",
    "open_imap",
    "tls_context",
]
