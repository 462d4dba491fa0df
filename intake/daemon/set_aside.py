"""Mails set aside in a pass (intake/daemon/processing.py): a mail slow to parse is routed after the others, and
so is every mail that answers it (In-Reply-To or References), so that a reply never opens a second ticket
before the mail it answers has its own.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intake.daemon.pipeline import Prepared
    from parsers import ParsedMessage

#: How much of a slow mail's header is read for its Message-ID (it is not parsed: it is the slow one).
HEADER_PEEK_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class RawMail:
    spool_id: int
    sha256: str
    raw: bytes


@dataclass(slots=True)
class Aside:
    """A mail routed after the others of the pass: slow to parse, or an answer to one that is."""

    item: RawMail
    future: Future[ParsedMessage] | None  # its parse, in a worker set aside for it; None: parse it again
    prepared: Prepared | None = None  # an answer, parsed, waiting for the mail it answers


@dataclass(slots=True)
class SetAside:
    entries: list[Aside] = field(default_factory=list)
    #: The Message-IDs of the mails set aside: a mail that answers one of them waits with them (thread order).
    held_ids: set[str] = field(default_factory=set)

    def add(self, item: RawMail, future: Future[ParsedMessage] | None) -> None:
        self.entries.append(Aside(item, future))
        self.held_ids.update(message_ids_of(item))

    def has(self, item: RawMail) -> bool:
        return any(entry.item is item for entry in self.entries)

    def holds(self, item: RawMail, prepared: Prepared) -> bool:
        """Sets `prepared` aside too when it answers a mail set aside; True if it did."""
        if not answers(prepared, self.held_ids):
            return False
        self.entries.append(Aside(item, None, prepared))
        self.held_ids.add(prepared.parsed.headers.message_id if prepared.parsed else "")
        return True


def answers(prepared: Prepared, message_ids: set[str]) -> bool:
    """Whether the mail names one of `message_ids` in its In-Reply-To or References (a mail whose parse raised
    in the worker is not known: it does not wait)."""
    parsed = prepared.parsed
    if parsed is None or not message_ids:
        return False
    return not message_ids.isdisjoint((*parsed.headers.in_reply_to, *parsed.headers.references))


def message_ids_of(item: RawMail) -> set[str]:
    """The Message-ID a reply to this mail would name, read from at most HEADER_PEEK_BYTES of its header by the
    email package's header-only parser (the mail is not parsed: it is the slow one), and the id the parser makes
    up for a mail without one."""
    ids = {f"<{item.sha256}@intake.invalid>"}
    headers = BytesHeaderParser(policy=compat32).parsebytes(item.raw[:HEADER_PEEK_BYTES])
    value = str(headers.get("Message-ID", ""))
    start, stop = value.find("<"), value.find(">")
    if 0 <= start < stop:
        ids.add(value[start : stop + 1])
    return ids
