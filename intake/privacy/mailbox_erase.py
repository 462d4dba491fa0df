"""Erasing a person's mail from the mailbox the daemon keeps: the Processed and Quarantine folders.

Three ways to find it, all through the daemon's IMAP adapter (`intake.daemon.mailbox.Mailbox`):
- IMAP SEARCH TEXT (headers and body, decoded by the server) for each of the person's addresses and for each
  common notation of their phone numbers (`storage.subjects.find.phone_variants`: "+31612345678",
  "0031612345678", "+31 6 12345678", "06 12345678", "0612345678", "06-12345678"). This finds someone else's
  mail that names them only in its text, also after its spool bytes were purged;
- the exact copies behind the person's spool rows (their own mail, and any mail whose raw bytes name their
  address, name or phone number, quarantined mail included), found by sha256 and Message-ID;
- nothing else: a name alone is not searched in the mailbox (a substring search for "Jan de Vries" would also
  take "Jan de Vries-Bakker"'s mail), so mail naming only the name is found through the spool while its bytes
  are kept.
SEARCH TEXT matches substrings, so every hit whose raw bytes show the value is checked to contain it as a whole
(not "jan@example.nl" inside "marjan@example.nl", not "0612345678" inside "0612345678 9"); a hit whose bytes do
not show it (a base64 body the server decoded) is trusted. Found mail is flagged \\Deleted and removed with UID
EXPUNGE. The INBOX is not touched: what is still there has not been taken in yet (erase again once it is).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from intake.config import MailboxSettings
from intake.daemon.mailbox import Mailbox
from storage.retention import MailboxCopy
from storage.subjects.find import phone_variants

#: Mails whose raw bytes are checked per round trip when filtering substring hits.
CHECK_BATCH = 100


@dataclass(frozen=True, slots=True)
class FoundMail:
    """One mail to go, why, and (for a dry run) what it is."""

    folder: str
    uid: int
    found_by: tuple[str, ...]
    summary: str = ""

    def line(self) -> str:
        what = f": {self.summary}" if self.summary else ""
        return f"mailbox {self.folder} uid {self.uid}{what} (found by {', '.join(self.found_by)})"


@dataclass(frozen=True, slots=True)
class MailboxFinding:
    """UIDs per folder that concern the person (a folder that does not exist has none)."""

    uids: tuple[tuple[str, tuple[int, ...]], ...]
    mails: tuple[FoundMail, ...] = ()

    def counts(self) -> dict[str, int]:
        return {folder: len(uids) for folder, uids in self.uids}

    def total(self) -> int:
        return sum(len(uids) for _, uids in self.uids)

    def lines(self) -> tuple[str, ...]:
        return tuple(mail.line() for mail in self.mails)


def text_needles(emails: Iterable[str], phones: Iterable[str]) -> tuple[str, ...]:
    """What SEARCH TEXT looks for: each address, and each notation of each E.164 phone number."""
    return tuple(dict.fromkeys((*emails, *(v for p in phones for v in phone_variants(p)))))


def _whole(needle: str) -> re.Pattern[bytes]:
    # Not part of a longer address or number: no address/number character right before it, and after it no
    # letter or digit, nor a dot or dash that goes on with one (".nl.evil", "-12").
    body = re.escape(needle.encode("utf-8"))
    return re.compile(rb"(?<![A-Za-z0-9._%+-])" + body + rb"(?![A-Za-z0-9]|[.-][A-Za-z0-9])", re.IGNORECASE)


def _mentions(raw: bytes | None, needle: str) -> bool:
    if raw is None or needle.encode("utf-8").lower() not in raw.lower():
        return True  # not visible in the bytes (encoded, or too large to load): the server's match stands
    return _whole(needle).search(raw) is not None


def _search_text(mailbox: Mailbox, folder: str, needle: str) -> list[int]:
    """SEARCH TEXT hits in `folder`, less those that contain `needle` only inside a longer token."""
    hits = mailbox.search_text(folder, needle)
    kept: list[int] = []
    for start in range(0, len(hits), CHECK_BATCH):
        for group in mailbox.fetch(hits[start : start + CHECK_BATCH]):
            kept.extend(mail.uid for mail in group if _mentions(mail.raw, needle))
    return kept


def _folder_for(copy: MailboxCopy, settings: MailboxSettings) -> str:
    return settings.quarantine_folder if copy.folder_kind == "quarantine" else settings.processed_folder


def find_mail(
    mailbox: Mailbox,
    settings: MailboxSettings,
    emails: Iterable[str],
    copies: Iterable[MailboxCopy],
    *,
    phones: Iterable[str] = (),
) -> MailboxFinding:
    """Every mail in Processed and Quarantine that concerns the person (see the module docstring)."""
    folders = (settings.processed_folder, settings.quarantine_folder)
    found: dict[tuple[str, int], list[str]] = {}
    needles = text_needles(emails, phones)
    for folder in folders:
        for needle in needles:
            for uid in _search_text(mailbox, folder, needle):
                found.setdefault((folder, uid), []).append(f"text {needle!r}")
    for copy in copies:
        folder = _folder_for(copy, settings)
        if copy.message_id is None and folder == settings.processed_folder:
            # Without a Message-ID this would read the whole Processed folder; the text search covers it.
            continue
        for uid in mailbox.find_by_sha256(folder, copy.sha256, message_id=copy.message_id):
            found.setdefault((folder, uid), []).append("spool copy")
    mails = tuple(FoundMail(f, u, tuple(why)) for (f, u), why in sorted(found.items()))
    uids = tuple((folder, tuple(m.uid for m in mails if m.folder == folder)) for folder in folders)
    return MailboxFinding(uids, mails)


def describe(mailbox: Mailbox, finding: MailboxFinding) -> MailboxFinding:
    """The finding with each mail's date, sender and subject, for the dry run's listing."""
    summaries: dict[tuple[str, int], str] = {}
    for folder, uids in finding.uids:
        for s in mailbox.summaries(folder, uids):
            date = s.date.strftime("%Y-%m-%d %H:%M") if s.date else "no date"
            summaries[(folder, s.uid)] = f"{date}, from {s.sender or '(none)'}, {s.subject!r}"
    mails = tuple(
        FoundMail(m.folder, m.uid, m.found_by, summaries.get((m.folder, m.uid), "")) for m in finding.mails
    )
    return MailboxFinding(finding.uids, mails)


def remove_mail(mailbox: Mailbox, finding: MailboxFinding) -> dict[str, int]:
    """Deletes what `find_mail` found (\\Deleted + UID EXPUNGE); returns how many per folder."""
    for folder, uids in finding.uids:
        mailbox.delete_uids(folder, uids)
    return finding.counts()


def erase_mail(
    settings: MailboxSettings,
    emails: Iterable[str],
    copies: Iterable[MailboxCopy],
    *,
    dry_run: bool,
    phones: Iterable[str] = (),
) -> MailboxFinding:
    """Connects, finds the person's mail, and deletes it; a dry run describes it instead. Raises MailboxError."""
    mailbox = Mailbox.connect(settings)
    try:
        finding = find_mail(mailbox, settings, emails, copies, phones=phones)
        if dry_run:
            return describe(mailbox, finding)
        remove_mail(mailbox, finding)
        return finding
    finally:
        mailbox.close()
