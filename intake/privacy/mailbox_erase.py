"""Erasing a person's mail from the mailbox the daemon keeps: the Processed and Quarantine folders.

Two ways to find it, both through the daemon's IMAP adapter (`intake.mailbox.Mailbox`):
- IMAP SEARCH on the addressing headers (From, To, Cc, Reply-To) for each of the person's addresses;
- the exact copies behind the person's spool rows (their own mail, and any mail whose raw bytes name their
  address, quarantined mail included), found by sha256 and Message-ID. This also catches a body that names
  them (a web-form relay), which a header search cannot.
Found mail is flagged \\Deleted and removed with UID EXPUNGE. The INBOX is not touched: what is still there
has not been taken in yet and is handled when it is (run the erase again after the daemon settled it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from intake.config import MailboxSettings
from intake.mailbox import Mailbox
from storage.retention import MailboxCopy

#: Headers searched for the person's address (IMAP SEARCH HEADER is a case-insensitive substring match).
ADDRESS_HEADERS = ("From", "To", "Cc", "Reply-To")


@dataclass(frozen=True, slots=True)
class MailboxFinding:
    """UIDs per folder that concern the person (a folder that does not exist has none)."""

    uids: tuple[tuple[str, tuple[int, ...]], ...]

    def counts(self) -> dict[str, int]:
        return {folder: len(uids) for folder, uids in self.uids}

    def total(self) -> int:
        return sum(len(uids) for _, uids in self.uids)


def _folder_for(copy: MailboxCopy, settings: MailboxSettings) -> str:
    return settings.quarantine_folder if copy.folder_kind == "quarantine" else settings.processed_folder


def find_mail(
    mailbox: Mailbox, settings: MailboxSettings, emails: Iterable[str], copies: Iterable[MailboxCopy]
) -> MailboxFinding:
    """Every mail in Processed and Quarantine that concerns the person (see the module docstring)."""
    folders = (settings.processed_folder, settings.quarantine_folder)
    found: dict[str, set[int]] = {folder: set() for folder in folders}
    addresses = tuple(emails)
    for folder in folders:
        for header in ADDRESS_HEADERS:
            for address in addresses:
                found[folder].update(mailbox.search_header(folder, header, address))
    for copy in copies:
        folder = _folder_for(copy, settings)
        if copy.message_id is None and folder == settings.processed_folder:
            # Without a Message-ID this would read the whole Processed folder; the header search covers it.
            continue
        found[folder].update(mailbox.find_by_sha256(folder, copy.sha256, message_id=copy.message_id))
    return MailboxFinding(tuple((folder, tuple(sorted(found[folder]))) for folder in folders))


def remove_mail(mailbox: Mailbox, finding: MailboxFinding) -> dict[str, int]:
    """Deletes what `find_mail` found (\\Deleted + UID EXPUNGE); returns how many per folder."""
    for folder, uids in finding.uids:
        mailbox.delete_uids(folder, uids)
    return finding.counts()


def erase_mail(
    settings: MailboxSettings, emails: Iterable[str], copies: Iterable[MailboxCopy], *, dry_run: bool
) -> MailboxFinding:
    """Connects, finds the person's mail, and (unless `dry_run`) deletes it. Raises MailboxError."""
    mailbox = Mailbox.connect(settings)
    try:
        finding = find_mail(mailbox, settings, emails, copies)
        if not dry_run:
            remove_mail(mailbox, finding)
        return finding
    finally:
        mailbox.close()
