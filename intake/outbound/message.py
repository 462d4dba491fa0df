"""Outbound message construction: one place that turns text from mail we received into safe headers.

Everything that reaches a header of a mail we send passes `one_line` (no control characters, no line
breaks) and `defuse_encoded_words`: Python's header registry DECODES RFC 2047 encoded words in a value it is
given, so a subject that literally reads "=?utf-8?q?x=0D=0ABcc:_y?=" would become a line break plus a forged
Bcc header when re-encoded (tested in tests/test_outbound_headers.py). `check_header_value` is the one rule
every header value must pass (no control character or line break, no RFC 2047 encoded word, nothing that
cannot be encoded); it is cheap, so
compose applies it to each mail's own values. `build_email` (the sender, before each send) applies the same rule,
then builds the mail, re-reads every header and refuses one whose headers differ from what was asked for. It
runs once per mail sent, so its header objects come from `_HeaderFactory`, which parses a recurring header once.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Mapping
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.policy import SMTP, Policy
from functools import lru_cache
from typing import Any

#: C0/C1 controls, DEL and the Unicode line/paragraph separators: never inside a header.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SPACES = re.compile(r"\s+")
#: An RFC 2047 encoded word as Python's header parser would decode it (liberal on purpose: any form is refused).
_ENCODED_WORD = re.compile(r"=\?[^?]*\?[bq]\?[^?]*\?=", re.I)
#: Lone surrogates (undecodable bytes kept by surrogateescape): no charset can encode them.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_MSG_ID = re.compile(r"^<[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>$")
#: Subjects are cut here (RFC 5322 allows more, but nobody reads a longer one and it keeps rows small).
MAX_SUBJECT_CHARS = 200
#: How many of the customer's References we carry on (RFC 5322 §3.6.4 asks for the chain; relays cap length).
MAX_REFERENCES = 20


class UnsafeHeader(ValueError):
    """A header value that would not survive as one header line exactly as given."""


def one_line(text: str, *, limit: int = MAX_SUBJECT_CHARS) -> str:
    """The text as one line: control characters and line breaks become spaces, runs of space collapse."""
    flat = _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def defuse_encoded_words(text: str) -> str:
    """Breaks literal "=?" so that no receiver (nor Python's own header parser) decodes it as RFC 2047."""
    return text.replace("=?", "= ?")


def header_text(text: str, *, limit: int = MAX_SUBJECT_CHARS) -> str:
    """Text from a received mail, made safe for a header of ours (subject, display name)."""
    return defuse_encoded_words(one_line(text, limit=limit))


def is_message_id(value: str) -> bool:
    return bool(_MSG_ID.match(value)) and len(value) <= 998


def new_message_id(ticket_ref: str | None, kind_tag: str, domain: str) -> str:
    """Our own Message-ID: `<TB-000123.ack.<random>@tinybots.nl>`; the ticket ref lets replies thread."""
    prefix = ticket_ref or "intake"
    return f"<{prefix}.{kind_tag}.{secrets.token_hex(8)}@{domain}>"


def references_for(message_id: str, references: tuple[str, ...]) -> str:
    """References of a reply: the parent's chain (capped, valid ids only) and then the parent itself."""
    chain = [r for r in references if is_message_id(r) and r != message_id][-(MAX_REFERENCES - 1) :]
    return " ".join([*chain, message_id])


def ascii_address(address: str) -> str:
    """The address with an internationalised domain in its ASCII (punycode) form, as SMTP and headers need it.

    A non-ASCII local part stays as it is (it needs SMTPUTF8 end to end) and is refused by `address_of`.
    """
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return address


def check_header_value(name: str, value: str) -> None:
    """Raises UnsafeHeader unless `value` is one header line that no receiver decodes into something else.

    Python's header registry decodes encoded words in what it is given, so one that decodes to CR/LF would
    become a forged header; ours never carry one (`header_text` defuses them), so any encoded word is refused.
    """
    if _CONTROL.search(value):
        raise UnsafeHeader(f"header {name} contains a control character or line break")
    if _ENCODED_WORD.search(value):
        raise UnsafeHeader(f"header {name} contains an RFC 2047 encoded word")
    if _SURROGATE.search(value):
        raise UnsafeHeader(f"header {name} contains an undecodable character")


#: A plain address: dot-atoms of letters, digits and "_%+-" on both sides of one "@" (no "=?" that the header
#: parser would decode as an encoded word, no quoting, no comment, no space). The parser takes such an address
#: exactly as given, so `address_of` builds it from its two parts instead (tests/test_outbound_headers.py).
_PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*")


@lru_cache(maxsize=256)
def address_of(addr_spec: str) -> Address:
    """A bare address as a header object; raises UnsafeHeader for anything that is not exactly one address.

    A plain address (most are) skips the header parser, whose answer for it is known: the same address. The
    rest are parsed. Kept for the addresses seen last (an Address is immutable): compose checks each recipient
    twice, by the loop rules and again in the mail. A refusal is not kept (`lru_cache` keeps no exception)."""
    if _PLAIN_ADDRESS.fullmatch(addr_spec):
        local_part, _, domain = addr_spec.partition("@")
        return Address(username=local_part, domain=domain)
    return parsed_address(addr_spec)


def parsed_address(addr_spec: str) -> Address:
    """`address_of` through the header parser, for any address."""
    try:
        address = Address(addr_spec=addr_spec)
    except (ValueError, IndexError) as exc:
        raise UnsafeHeader(f"not a single e-mail address: {exc}") from None
    if address.addr_spec != addr_spec or not address.domain or not addr_spec.isascii():
        raise UnsafeHeader("not a single e-mail address in ASCII form")
    return address


#: Headers whose value differs from one mail to the next (To is set from an Address, never a key).
_NEW_IN_EVERY_MAIL = frozenset({"subject", "message-id", "in-reply-to", "references"})


class _FoldsOnce(BaseHeader):
    """Keeps a header's last fold: `fold` reads only the header and the policy, and both are immutable."""

    def fold(self, *, policy: Policy) -> str:
        last: tuple[Policy, str] | None = self.__dict__.get("_folded")
        if last is not None and last[0] is policy:
            return last[1]
        folded = super().fold(policy=policy)
        self.__dict__["_folded"] = (policy, folded)
        return folded


class _HeaderFactory(HeaderRegistry):
    """The stdlib header registry, minus the work it repeats for every header of every mail.

    Python 3.11's `HeaderRegistry.__getitem__` creates a new class with `type()` on each call (twice per header
    set: once for `max_count`, once to parse), a visible share of the sender's CPU. The class depends only on
    the lower-cased name (the registry maps a name to its class, `default_class` for any other name), so it
    is made once per name and kept; `map_to_type` forgets what was made. Header objects are immutable once
    parsed (a str with a tuple of defects and a parse tree that folding only reads; the stdlib itself folds
    the same object each time a message is flattened), so a (name, value) that recurs from mail to mail, such
    as From, Auto-Submitted or Content-Type, is parsed once and the same object serves every mail, and
    `_FoldsOnce` keeps its fold. Parsing and folding stay the stdlib's; only repeats are skipped, so each mail
    is byte-for-byte what the stock registry makes (tests/test_outbound_headers.py).
    """

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type[BaseHeader]] = {}
        self._parsed = lru_cache(maxsize=64)(self._parse)

    def __reduce__(self) -> tuple[Any, ...]:
        # The caches hold classes made at run time, which do not pickle: a copy (of a policy, of a message)
        # gets the same mapping and empty caches.
        return _HeaderFactory._with_registry, (dict(self.registry),)

    @staticmethod
    def _with_registry(registry: dict[str, Any]) -> _HeaderFactory:
        factory = _HeaderFactory()
        factory.registry = registry
        return factory

    def map_to_type(self, name: str, cls: type[BaseHeader]) -> None:
        super().map_to_type(name, cls)
        self._classes.clear()
        self._parsed.cache_clear()

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = name.lower()
        made = self._classes.get(key)
        if made is None:
            # The stdlib's class with _FoldsOnce just above BaseHeader (the order of the rest unchanged); its
            # bases are all importable, so a header object still pickles.
            cls = self.registry.get(key, self.default_class)
            made = self._classes[key] = type("_" + cls.__name__, (cls, _FoldsOnce, self.base_class), {})
        return made

    def __call__(self, name: str, value: Any) -> BaseHeader:
        # Only a str is a key (not an Address, nor a header object of another name); a value new in every mail
        # is not kept: it would push out the recurring ones, and a parsed header weighs some 10 kB.
        if type(value) is str and name.lower() not in _NEW_IN_EVERY_MAIL:
            return self._parsed(name, value)
        return self._parse(name, value)

    def _parse(self, name: str, value: Any) -> BaseHeader:
        return super().__call__(name, value)


#: Policy SMTP (CRLF, folded, encoded) with the memoising header factory.
_POLICY = SMTP.clone(header_factory=_HeaderFactory())


def build_email(
    *, recipient: str, subject: str, body: str, message_id: str, headers: Mapping[str, str]
) -> EmailMessage:
    """The mail as it goes out (policy SMTP: CRLF, folded, encoded). Raises UnsafeHeader on anything forged."""
    wanted = {"To": recipient, "Subject": subject, "Message-ID": message_id, **headers}
    for name, value in wanted.items():
        check_header_value(name, value)
    msg = EmailMessage(policy=_POLICY)
    _set_headers(msg, [("To", address_of(recipient)), ("Subject", subject), ("Message-ID", message_id)])
    _set_headers(msg, headers.items())
    msg.set_content(body, cte="quoted-printable")
    # set_content drops every Content-* header set before it (Content-Language): those go back after it.
    _set_headers(msg, [(n, v) for n, v in headers.items() if n.lower().startswith("content-")])
    _check_read_back(msg, wanted)
    return msg


def _set_headers(msg: EmailMessage, headers: Iterable[tuple[str, str | Address]]) -> None:
    try:
        for name, value in headers:
            msg[name] = value
    except (ValueError, TypeError) as exc:
        raise UnsafeHeader(str(exc)) from None


def _check_read_back(msg: EmailMessage, wanted: Mapping[str, str]) -> None:
    """Refuses a mail unless each header reads back as asked (spacing aside), as `msg[name]` would read it."""
    # msg[name] is the first header of that name in any case; one pass finds them all (no scan per name).
    first: dict[str, object] = {}
    for name, value in msg.raw_items():
        first.setdefault(name.lower(), value)
    for name, value in wanted.items():
        sent = str(first.get(name.lower()))
        if sent != value and _SPACES.sub(" ", sent).strip() != _SPACES.sub(" ", value).strip():
            raise UnsafeHeader(f"header {name} would not be sent as given")
