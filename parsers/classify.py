"""Stage 5 of the parser: who wrote the mail: a customer, our own staff, or a machine (auto-reply, bounce, bulk).

The rules are data (`RULES`), tried in order; the first that applies decides, and its name is recorded as
`classification_reason`. The order encodes precedence: a delivery report is a bounce whoever sends it; our
own addresses are staff; a configured web-form relay is a person even when the form software marks its mail
as automatic; autoresponder signals (RFC 3834 Auto-Submitted: auto-replied, X-Autoreply, Exchange and
out-of-office subjects) come before list signals, because vacation responders also say "Precedence: bulk";
then mailing lists and newsletters; then the remaining machine signals. Subjects count only where they
start ("Fwd: Automatisch antwoord" is a person forwarding an autoresponse), and the body never makes a
person's mail automatic except for an MTA's bounce prose sent from a null or daemon sender.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from parsers.addresses import is_relay_or_noreply
from parsers.automatic_text import answers_nothing, automatic_by_wording, is_read_receipt
from parsers.bounce import BOUNCE_PHRASES
from parsers.model import Classification, Headers, ParserConfig

_DAEMON_LOCAL_PART = re.compile(r"^(?:mailer|mail)?[-_.]?daemon$|^post[-_.]?master$|^mdaemon$")
_LIST_ADMIN_LOCAL_PART = re.compile(
    r"^owner-|-(?:owner|admin)$"
)  # not -bounces: Mailman sends digests from it
#: Headers that only mailing-list software writes (RFC 2369 List-*, ezmlm, Mailman, fml, Sympa).
_LIST_HEADERS = (
    "list-post",
    "list-help",
    "list-subscribe",
    "list-owner",
    "list-archive",
    "mailing-list",
    "x-mailing-list",
    "x-mailman-version",
    "x-ml-name",
    "x-mlserver",
    "x-beenthere",
    "x-loop-detect",
)
_DAEMON_NAME = re.compile(r"mail(?:er)?[- ]?daemon|mail delivery (?:sub)?system|postmaster", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(?:undeliver(?:able|ed)|onbestelbaar|niet (?:bezorgd|afgeleverd)|unzustellbar|non remis|"
    r"non recapitabile|delivery status notification|delivery (?:failure|failed|notification|report|problem)|"
    r"mail delivery failed|returned mail|undelivered mail|failure notice|mail system error|"
    r"message not delivered|non[- ]?deliver(?:able|y)|delivery has failed|warning: could not send|"
    r"mail could not be delivered|could not send message|delayed mail|warning: message .{0,80} delayed|"
    r"mail delivery (?:problem|error)|bounced? mail|returned to sender|unable to deliver|"
    r"nicht zustellbar|zustellung fehlgeschlagen|nicht zugestellt|fout bij bezorging|bezorging mislukt|"
    r"(?:message |mail |e-?mail )?delivery (?:status|failure|has failed|incomplete|error)|mail failure|"
    r"failed mail|permanent delivery failure|error sending|(?:your )?message (?:could not|couldn't) be delivered|"
    r"sorry, your message|ndn:|ndr:|non[- ]delivery|notificaci[oó]n de estado de (?:la )?entrega|"
    r"mensaje no entregado|impossible de remettre|niet afgeleverd|onbezorgbaar)",
    re.I,
)
#: At the start of the subject only. Not "Ik ben afwezig ...", "Vakantie: ..." or "Auto: ...": a person writes
#: those too ("auto" is Dutch for car); Lotus Notes' own "AUTO:" is matched in capitals. Vacation responders
#: that say "vacation" (Gmail, Zimbra) carry Auto-Submitted anyway.
_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(?:automatisch(?:e)? (?:antwoord|bericht|reactie|beantwoording)|automatische antwort|"
    r"auto(?:matic|matisch)?[- ]?(?:reply|response|answer|antwort)|autoreply|"
    # "Out of Office: <subject>", "Out of office reply", "OOO - back Monday"; not "Out of office van collega":
    # a person's subject goes on in words, a responder's marker ends or is followed by its own words.
    r"(?:out of (?:the )?office|ooo)\s*(?:$|[:\-\u2013(\[]|(?:auto)?reply\b|notice\b|notification\b|message\b|"
    r"until\b|till\b|returning\b)|afwezigheids(?:bericht|melding|notitie)|abwesenheitsnotiz|réponse automatique|risposta automatica|"
    r"respuesta automática|autosvar|"
    r"(?-i:AUTO)\s*:|afwezig\s*(?:[:(\[]|$))",
    re.I,
)
#: Microsoft's Junk Mail Reporting Program (JMRP) sends abuse complaints as multipart/mixed, not as an ARF
#: multipart/report, under this fixed subject with the sending IP address; nobody writes an IP literal there.
_FEEDBACK_LOOP_SUBJECT = re.compile(r"^\s*complaint about message from \[?[0-9a-f:.]{3,45}\]?\s*$", re.I)
#: Lotus Notes/Domino: "AUTO: Smith, John is out of the office. (returning 05/01/2010)".
_OUT_OF_OFFICE_SENTENCE = re.compile(r"\bis out of (?:the )?office\b", re.I)
# X-Auto-Response-Suppress alone is no rule: Exchange puts it on people's mail sent through distribution
# lists; it asks *others* not to auto-reply (glpi-project/glpi#2170, osTicket/osTicket#5320,
# discourse/discourse#21367, sisimai/p5-sisimai#491). An Exchange out-of-office is recognised by
# X-MS-Exchange-Inbox-Rules-Loop or its subject instead, as Zammad does.
_YES = frozenset({"yes", "true", "1", "on"})
#: A meeting response's own text: the calendar's one sentence ("X heeft uw uitnodiging geaccepteerd.").
_MAX_MEETING_RESPONSE_CHARS = 160


@dataclass(frozen=True, slots=True)
class MailFacts:
    """What the rules look at: the headers by lowercased name, the decoded `Headers`, the start of the body."""

    fields: Mapping[str, tuple[str, ...]]
    headers: Headers
    #: The multipart/report type ("delivery-status", "feedback-report", ...), "" for any other mail.
    report_type: str
    body_start: str
    #: The writer's address as extraction found it (Reply-To or body for a no-reply sender), or None.
    writer_email: str | None
    config: ParserConfig
    #: The writer's new text and signature (no quote): automatic mail without headers is told by its wording.
    new_text: str = ""
    #: The mail quotes an earlier message (people's replies do; autoresponders do not).
    quotes: bool = False
    #: The iTIP method of its calendar part ("reply": a meeting response), "" without one (parsers/calendar.py).
    calendar_method: str = ""

    def value(self, name: str) -> str:
        """The first value of a header, lowercased and stripped ("" when absent)."""
        values = self.fields.get(name)
        return values[0].strip().lower() if values else ""

    def has(self, name: str) -> bool:
        return name in self.fields


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    verdict: Classification
    applies: Callable[[MailFacts], bool]


def _from_daemon(facts: MailFacts) -> bool:
    address = facts.headers.from_address or ""
    if _DAEMON_LOCAL_PART.match(address.split("@", 1)[0]):
        return True
    return bool(facts.headers.from_name and _DAEMON_NAME.search(facts.headers.from_name))


def _auto_submitted(facts: MailFacts) -> str:
    """RFC 3834: any value other than "no" marks the mail automatic."""
    value = facts.value("auto-submitted").split(";", 1)[0].strip()
    return "" if value == "no" else value


def _has_person_reply_to(facts: MailFacts) -> bool:
    return any(not is_relay_or_noreply(a, facts.config) for a in facts.headers.reply_to)


def _machine_sender(facts: MailFacts) -> bool:
    """A no-reply or daemon-like From, and nobody in Reply-To to answer instead."""
    return is_relay_or_noreply(facts.headers.from_address, facts.config) and not _has_person_reply_to(facts)


def _list_administration(facts: MailFacts) -> bool:
    """List software writing as the list's owner (loop alerts, bounces, confirmations), not a list post."""
    local_part = (facts.headers.from_address or "").split("@", 1)[0]
    is_list_mail = facts.has("list-id") or any(facts.has(h) for h in _LIST_HEADERS)
    return is_list_mail and _LIST_ADMIN_LOCAL_PART.search(local_part) is not None


def _sent_by_a_machine(facts: MailFacts) -> bool:
    """Evidence beside the subject that an MTA wrote this: a customer may title a mail "Delivery problem"."""
    return (
        _bounce_prose(facts)
        or _null_sender(facts)
        or _machine_sender(facts)
        or bool(_auto_submitted(facts))
        or bool(facts.report_type)
    )


def _null_sender(facts: MailFacts) -> bool:
    """Return-Path <> (RFC 5321 null sender), or <MAILER-DAEMON> as Microsoft IIS and others write it."""
    path = facts.headers.return_path
    return path is not None and (path == "" or _DAEMON_LOCAL_PART.match(path.split("@", 1)[0]) is not None)


def _bounce_prose(facts: MailFacts) -> bool:
    return BOUNCE_PHRASES.search(facts.body_start) is not None


def _in_reply(facts: MailFacts) -> bool:
    return bool(facts.headers.in_reply_to or facts.headers.references)


def _meeting_response(facts: MailFacts) -> bool:
    """A calendar's answer to an invitation, with at most the calendar's own line ("Erik heeft uw uitnodiging
    geaccepteerd"): a person who adds words or asks something wrote a mail."""
    text = facts.new_text.strip()
    return facts.calendar_method == "reply" and len(text) <= _MAX_MEETING_RESPONSE_CHARS and "?" not in text


def _precedence(facts: MailFacts) -> str:
    # cPanel and BoxTrapper write "Preference:" where they mean Precedence (jpmckinney/multi_mail wiki).
    return facts.value("precedence") or facts.value("x-precedence") or facts.value("preference")


RULES: tuple[Rule, ...] = (
    Rule(
        "bounce:delivery-report",
        Classification.BOUNCE,
        lambda f: f.report_type in ("delivery-status", "global-delivery-status"),
    ),
    Rule("bounce:feedback-report", Classification.BOUNCE, lambda f: f.report_type == "feedback-report"),
    Rule(
        "bounce:feedback-loop-subject",
        Classification.BOUNCE,
        lambda f: _FEEDBACK_LOOP_SUBJECT.match(f.headers.subject) is not None,
    ),
    Rule("bounce:x-failed-recipients", Classification.BOUNCE, lambda f: f.has("x-failed-recipients")),
    Rule("bounce:mailer-daemon", Classification.BOUNCE, _from_daemon),
    Rule(
        "staff:own-address", Classification.STAFF, lambda f: f.headers.from_address in f.config.own_addresses
    ),
    Rule(
        "customer:relay-address",
        Classification.CUSTOMER,
        lambda f: f.headers.from_address in f.config.relay_addresses,
    ),
    Rule(
        "bounce:subject",
        Classification.BOUNCE,
        lambda f: bool(_BOUNCE_SUBJECT.match(f.headers.subject)) and _sent_by_a_machine(f),
    ),
    Rule("bounce:null-sender-prose", Classification.BOUNCE, lambda f: _null_sender(f) and _bounce_prose(f)),
    Rule(
        "bounce:machine-sender-prose",
        Classification.BOUNCE,
        lambda f: _machine_sender(f) and _bounce_prose(f),
    ),
    Rule("auto_reply:report", Classification.AUTO_REPLY, lambda f: bool(f.report_type)),
    Rule(
        "auto_reply:auto-submitted-replied",
        Classification.AUTO_REPLY,
        lambda f: _auto_submitted(f).startswith("auto-replied") or "vacation" in _auto_submitted(f),
    ),
    Rule(
        "auto_reply:x-autoreply",
        Classification.AUTO_REPLY,
        lambda f: (
            f.value("x-autoreply") not in ("", "no", "false")
            or any(
                f.has(h) for h in ("x-autorespond", "x-autoresponse", "x-autoreply-from", "x-mail-autoreply")
            )
            or "autoresponder" in f.value("x-post-messageclass")  # Mailtraq
            or any(v.strip().lower() == "autoresponder" for v in f.fields.get("delivered-to", ()))  # qmail
        ),
    ),
    Rule(
        # Zammad's Exchange out-of-office test: the inbox-rule loop header alone also marks a person's mail
        # that a mailbox rule forwarded (a care team forwarding everything to us), which stays customer.
        "auto_reply:exchange-out-of-office",
        Classification.AUTO_REPLY,
        lambda f: f.has("x-ms-exchange-inbox-rules-loop") and f.has("x-auto-response-suppress"),
    ),
    Rule("auto_reply:precedence", Classification.AUTO_REPLY, lambda f: _precedence(f) == "auto_reply"),
    Rule(
        "auto_reply:subject",
        Classification.AUTO_REPLY,
        lambda f: bool(
            _AUTO_REPLY_SUBJECT.match(f.headers.subject) or _OUT_OF_OFFICE_SENTENCE.search(f.headers.subject)
        ),
    ),
    Rule(
        "auto_reply:read-receipt",
        Classification.AUTO_REPLY,
        lambda f: is_read_receipt(f.headers.subject, f.body_start),
    ),
    Rule("auto_reply:meeting-response", Classification.AUTO_REPLY, _meeting_response),
    Rule("auto_reply:list-administration", Classification.AUTO_REPLY, _list_administration),
    Rule("bulk:list-id", Classification.BULK, lambda f: f.has("list-id")),
    Rule("bulk:list-unsubscribe", Classification.BULK, lambda f: f.has("list-unsubscribe")),
    Rule("bulk:precedence", Classification.BULK, lambda f: _precedence(f) in ("bulk", "list", "junk")),
    Rule("bulk:list-software", Classification.BULK, lambda f: any(f.has(h) for h in _LIST_HEADERS)),
    Rule(
        "customer:no-reply-relay",
        Classification.CUSTOMER,
        lambda f: is_relay_or_noreply(f.headers.from_address, f.config) and f.writer_email is not None,
    ),
    Rule(
        # RFC 3834 §5: a no-reply sender's mail that answers nothing (a shipping notice, a signing reminder) is
        # "auto-generated", like a newsletter; one that answers a mail ("uw bericht", Re:, In-Reply-To) replies.
        "bulk:no-reply-notification",
        Classification.BULK,
        lambda f: (
            is_relay_or_noreply(f.headers.from_address, f.config)
            and answers_nothing(f.headers.subject, f.new_text, in_reply=_in_reply(f))
        ),
    ),
    Rule(
        "auto_reply:no-reply-sender",
        Classification.AUTO_REPLY,
        lambda f: is_relay_or_noreply(f.headers.from_address, f.config),
    ),
    Rule("auto_reply:auto-submitted", Classification.AUTO_REPLY, lambda f: bool(_auto_submitted(f))),
    Rule(
        "auto_reply:x-autogenerated",
        Classification.AUTO_REPLY,
        lambda f: (
            f.has("x-autogenerated")
            or f.value("x-fc-machinegenerated") in _YES
            or f.value("x-amazon-mail-relay-type") == "notification"
        ),
    ),
    Rule("auto_reply:x-loop", Classification.AUTO_REPLY, lambda f: f.value("x-loop") in _YES),
    Rule("auto_reply:null-sender", Classification.AUTO_REPLY, _null_sender),
)
DEFAULT_RULE = "customer:default"
#: The header rules before this one outrank the wording; a no-reply sender with a person in Reply-To is judged
#: by its wording first (a marketing tool answers from noreply@ with Reply-To: info@).
_WORDING_BEFORE = "customer:no-reply-relay"
#: "Precedence: bulk" is also the old habit of autoresponders and ticket systems (vacation(1), RT, OTRS): an
#: acknowledgement's or out-of-office's wording makes such a mail an auto-reply, not bulk.
_AUTO_REPLY_WORDING_BEFORE = "bulk:precedence"


def classify(facts: MailFacts) -> tuple[Classification, str]:
    """The classification and the name of the rule that decided it."""
    read = False  # the wording is read once, at the first rule that consults it (it depends on the mail only)
    by_wording: tuple[Classification, str] | None = None
    for rule in RULES:
        if rule.name in (_WORDING_BEFORE, _AUTO_REPLY_WORDING_BEFORE):
            if not read:
                by_wording = automatic_by_wording(
                    facts.headers.subject, facts.new_text, quotes=facts.quotes, in_reply=_in_reply(facts)
                )
                read = True
            if by_wording and (rule.name == _WORDING_BEFORE or by_wording[0] is Classification.AUTO_REPLY):
                return by_wording
        if rule.applies(facts):
            return rule.verdict, rule.name
    return Classification.CUSTOMER, DEFAULT_RULE
