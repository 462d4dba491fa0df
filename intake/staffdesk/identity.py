"""Who is staff, and whether a staff mail is proven to be theirs (`[staff]`, intake/staff_config.py).

The parser classifies mail from the help desk's own addresses as `staff`; the configured agents and staff
domains are known only here, so `as_staff` turns such a person's mail (a `customer` verdict) into `staff`.
Automatic mail from a staff address (an agent's out-of-office) stays automatic: it never answers anyone.

Authentication-Results (RFC 8601): only headers of our own receiving server (`authserv_id`) count, and only the
run of them at the top of the mail: a header of another server above ours was written before the mail reached
us, so anything below it may be the sender's own invention (RFC 8601 §5 asks the receiving server to remove
such headers; this is the second guard). Any `fail` among ours wins over a `pass`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from intake.config import Settings
from intake.staff_config import StaffMember
from parsers import Classification, ParsedMessage
from parsers.auth_results import AuthResults, parse_all

STAFF_REASON = "staff:configured-address"
_PASS = "pass"
_FAILING = frozenset({"fail", "softfail", "temperror", "permerror", "policy", "neutral", "none"})


@dataclass(frozen=True, slots=True)
class StaffDirectory:
    """The configured staff, looked up by address."""

    members: dict[str, StaffMember]
    domains: tuple[str, ...]
    never_staff: frozenset[str]  # the help desk's own role addresses and web-form relays

    @classmethod
    def of(cls, settings: Settings) -> StaffDirectory:
        """The staff of the settings; nobody when `[staff]` names no addresses and no domains (answering by
        mail is off, and mail from the privacy officer's address stays as it was)."""
        if not (settings.staff.addresses or settings.staff.domains):
            return cls({}, (), frozenset())
        helpdesk = settings.helpdesk
        members = {m.address: m for m in settings.staff.members()}
        officer = helpdesk.privacy_officer.lower()
        if officer and officer not in members:
            members[officer] = StaffMember(address=officer, name="", role="privacy_officer")
        own = {a.lower() for a in (helpdesk.address, *helpdesk.own_addresses, *helpdesk.relay_addresses)}
        return cls(members, settings.staff.domains, frozenset(own - set(members)))

    def member(self, address: str | None) -> StaffMember | None:
        if not address:
            return None
        address = address.lower()
        if address in self.never_staff:
            return None
        found = self.members.get(address)
        if found is not None:
            return found
        domain = address.rpartition("@")[2]
        if domain in self.domains:
            return StaffMember(address=address)
        return None

    def by_name(self, name: str) -> StaffMember | None:
        """An agent by display name, address or local part (for `#assign NAME`), case-insensitive."""
        wanted = " ".join(name.split()).lower()
        for member in self.members.values():
            if wanted in (member.address, member.name.lower(), member.address.partition("@")[0]):
                return member
        return self.member(wanted) if "@" in wanted else None


def as_staff(parsed: ParsedMessage, directory: StaffDirectory) -> ParsedMessage:
    """The mail as staff mail when a configured staff member wrote it as a person."""
    if parsed.classification != Classification.CUSTOMER:
        return parsed
    if directory.member(parsed.headers.from_address) is None:
        return parsed
    return replace(parsed, classification=Classification.STAFF, classification_reason=STAFF_REASON)


def _ours_on_top(results: Sequence[AuthResults | None], authserv_id: str) -> list[AuthResults]:
    ours: list[AuthResults] = []
    for result in results:
        if result is None or result.authserv_id != authserv_id:
            break
        ours.append(result)
    return ours


def _aligned(dkim_domain: str | None, from_domain: str) -> bool:
    """Relaxed alignment (RFC 7489 §3.1.1), without a public-suffix list: the same domain or a parent of it."""
    if not dkim_domain:
        return False
    d = dkim_domain.rpartition("@")[2].lower().rstrip(".")  # header.i is "@domain" or "user@domain"
    return from_domain == d or (from_domain.endswith("." + d) and "." in d)


def results_verdict(header_values: Sequence[str], *, authserv_id: str, from_address: str) -> str | None:
    """None when our server vouches for the From address; else why not (a word for the audit log)."""
    ours = _ours_on_top(parse_all(header_values), authserv_id.lower())
    if not ours:
        return "no_authentication_results_of_ours"
    methods = [r for results in ours for r in results.results]
    from_domain = from_address.rpartition("@")[2].lower()
    dmarc = [m for m in methods if m.method == "dmarc"]
    if any(m.result in _FAILING for m in dmarc):
        return "dmarc_fail"
    if any(m.result == _PASS for m in dmarc):
        return None
    dkim = [m for m in methods if m.method == "dkim"]
    aligned = [m for m in dkim if _aligned(m.property("header.d") or m.property("header.i"), from_domain)]
    if any(m.result == _PASS for m in aligned) and not any(m.result in _FAILING for m in aligned):
        return None
    return "not_authenticated"
