"""What each kind of mail says and carries: acknowledgements, staff and privacy-officer notifications."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from intake.outbound.compose import compose_for_route, strip_subject
from intake.outbound.templates import check_templates
from intake.outbound.wording import date_in_words
from parsers import Attachment, Classification, Flag, Right
from storage import outbox
from storage.database import Database
from storage.outcome import NewOutboxMail
from tests.fixtures.outbound_data import (
    HELP,
    NOW,
    PRIVACY,
    STAFF,
    new_rights_request,
    new_ticket,
    outcome_for,
    parsed_mail,
    settings_for,
)


def by_kind(mails: list[NewOutboxMail]) -> dict[str, NewOutboxMail]:
    return {m.kind: m for m in mails}


async def test_new_ticket_gets_dutch_ack_staff_notification_and_rfc3834_headers(database: Database) -> None:
    settings = settings_for()
    async with database.session() as s:
        ticket, customer = await new_ticket(s)
        mails = await compose_for_route(
            s, outcome_for(ticket, customer), parsed_mail(), settings=settings, now=NOW
        )
    kinds = by_kind(mails)
    assert sorted(kinds) == ["ack_ticket", "staff_new_ticket"]
    ack = kinds["ack_ticket"]
    assert ack.state == "pending" and ack.recipient == "jan@example.nl" and ack.language == "nl"
    assert ack.subject == f"[{ticket.ref}] Robot doet het niet"
    assert "Beste Jan de Vries," in ack.body and f"ticketnummer {ticket.ref}" in ack.body
    assert ack.message_id.startswith(f"<{ticket.ref}.ack.") and ack.message_id.endswith("@tinybots.nl>")
    assert ack.headers["Auto-Submitted"] == "auto-replied"
    assert ack.headers["X-Auto-Response-Suppress"] == "All"
    assert ack.headers["In-Reply-To"] == "<m1@example.nl>"
    assert ack.headers["References"] == "<m1@example.nl>"
    assert ack.headers["Reply-To"] == HELP
    assert ack.headers["From"] == f"Helpdesk Tinybots <{HELP}>"
    staff = kinds["staff_new_ticket"]
    assert staff.recipient == STAFF and staff.headers["Auto-Submitted"] == "auto-generated"
    assert "Precedence" not in staff.headers and "In-Reply-To" not in staff.headers
    for needle in (
        "Jan de Vries",
        "jan@example.nl",
        "+31612345678",
        "10234",
        "Mijn robot reageert niet meer.",
    ):
        assert needle in staff.body


async def test_english_mail_gets_english_ack_and_references_keep_the_chain(database: Database) -> None:
    parsed = parsed_mail(subject="Re: Fwd: [TB-000999] Robot broken", language="en", references=("<a@x.nl>",))
    async with database.session() as s:
        ticket, customer = await new_ticket(s)
        mails = await compose_for_route(
            s, outcome_for(ticket, customer), parsed, settings=settings_for(), now=NOW
        )
    ack = by_kind(mails)["ack_ticket"]
    assert ack.language == "en" and "Dear Jan de Vries," in ack.body and "ticket number" in ack.body
    assert ack.subject == f"[{ticket.ref}] Robot broken"
    assert ack.headers["References"] == "<a@x.nl> <m1@example.nl>"


def test_stacked_reply_prefixes_and_ticket_tags_are_stripped_from_the_subject() -> None:
    assert strip_subject("RE: Re: AW: [TB-000123] Antw: robot", "TB") == "robot"
    assert strip_subject("Fwd: Re[2]: TB-000123 kapot", "TB") == "kapot"
    assert strip_subject("Vraag over de robot", "TB") == "Vraag over de robot"
    assert strip_subject("Re: ", "TB") == ""


async def test_a_mail_without_subject_is_acknowledged_with_a_placeholder_subject(database: Database) -> None:
    async with database.session() as s:
        ticket, customer = await new_ticket(s)
        mails = await compose_for_route(
            s, outcome_for(ticket, customer), parsed_mail(subject=""), settings=settings_for(), now=NOW
        )
    assert by_kind(mails)["ack_ticket"].subject == f"[{ticket.ref}] (geen onderwerp)"


def test_deadline_dates_are_written_in_words_in_both_languages() -> None:
    from datetime import date

    assert date_in_words(date(2026, 12, 23), "nl") == "woensdag 23 december 2026"
    assert date_in_words(date(2026, 12, 23), "en") == "Wednesday 23 December 2026"
    assert date_in_words(date(2027, 3, 1), "nl") == "maandag 1 maart 2027"


async def test_rights_request_ack_states_deadline_in_words_and_the_id_copy_step(database: Database) -> None:
    parsed = parsed_mail(rights=(Right.ACCESS, Right.ERASURE), flags=(Flag.COMPLAINT_AUTHORITY,))
    async with database.session() as s:
        ticket, customer = await new_ticket(s)
        request = await new_rights_request(s, ticket, customer, rights=("access", "erasure"))
        outcome = outcome_for(ticket, customer, request=request)
        mails = await compose_for_route(s, outcome, parsed, settings=settings_for(), now=NOW)
    kinds = by_kind(mails)
    assert sorted(kinds) == ["ack_rights", "privacy_new_request", "staff_new_ticket"]  # one ack, not two
    ack = kinds["ack_rights"]
    assert ack.rights_request_id == request.id
    assert "uiterlijk op dinsdag 22 december 2026" in ack.body
    assert "inzage in uw gegevens en verwijdering van uw gegevens" in ack.body
    assert "kopie van een geldig identiteitsbewijs" in ack.body
    assert "foto en burgerservicenummer onleesbaar" in ack.body
    privacy = kinds["privacy_new_request"]
    assert privacy.recipient == PRIVACY and privacy.headers["Auto-Submitted"] == "auto-generated"
    assert "access, erasure" in privacy.body and "complaint_authority" in privacy.body
    assert "dinsdag 22 december 2026" in privacy.body and "donderdag 24 december 2026" in privacy.body


async def test_english_rights_ack_with_registered_address_step_and_received_id_copy(
    database: Database,
) -> None:
    id_copy = Attachment("paspoort.jpg", "image/jpeg", 10, b"x", identity_document=True)
    parsed = dataclasses.replace(parsed_mail(language="en", rights=(Right.ERASURE,)), attachments=(id_copy,))
    settings = settings_for(rights={"identity_step": "registered_address"})
    async with database.session() as s:
        ticket, customer = await new_ticket(s)
        request = await new_rights_request(s, ticket, customer)
        mails = await compose_for_route(
            s, outcome_for(ticket, customer, request=request), parsed, settings=settings, now=NOW
        )
    ack = by_kind(mails)["ack_rights"]
    assert "no later than Tuesday 22 December 2026" in ack.body
    assert "through the e-mail address you are registered with" in ack.body
    assert "identity document" in ack.body and "copy of a valid" not in ack.body


async def test_rights_request_on_an_existing_ticket_is_acknowledged_without_staff_notification(
    database: Database,
) -> None:
    async with database.session() as s:
        ticket, customer = await new_ticket(s)
        await outbox.enqueue(
            s,
            await compose_for_route(
                s, outcome_for(ticket, customer), parsed_mail(), settings=settings_for(), now=NOW
            ),
        )
        request = await new_rights_request(s, ticket, customer)
        outcome = outcome_for(ticket, customer, created=False, request=request, reason="in_reply_to")
        mails = await compose_for_route(
            s, outcome, parsed_mail(rights=(Right.ERASURE,)), settings=settings_for(), now=NOW
        )
    assert sorted(m.kind for m in mails) == ["ack_rights", "privacy_new_request"]
    assert all(m.state == "pending" for m in mails)


async def test_staff_notification_never_carries_a_bsn(database: Database) -> None:
    # 111222333 passes the elfproef; the parser redacts it, and compose checks again before mail leaves.
    parsed = parsed_mail(text="Mijn BSN is 111222333, robot kapot.", subject="BSN 111222333")
    async with database.session() as s:
        ticket, customer = await new_ticket(s)
        mails = await compose_for_route(
            s, outcome_for(ticket, customer), parsed, settings=settings_for(), now=NOW
        )
    staff = by_kind(mails)["staff_new_ticket"]
    assert "111222333" not in staff.body and "111222333" not in staff.subject
    assert "robot kapot" in staff.body


async def test_complaint_flag_without_rights_request_notifies_the_privacy_officer(database: Database) -> None:
    parsed = parsed_mail(flags=(Flag.DATA_BREACH,))
    async with database.session() as s:
        ticket, customer = await new_ticket(s)
        outcome = outcome_for(ticket, customer, created=False, reason="in_reply_to")
        mails = await compose_for_route(s, outcome, parsed, settings=settings_for(), now=NOW)
    assert [(m.kind, m.recipient) for m in mails] == [("privacy_flag", PRIVACY)]
    assert "data_breach" in mails[0].subject
    automatic = parsed_mail(flags=(Flag.DATA_BREACH,), classification=Classification.AUTO_REPLY)
    async with database.session() as s:
        outcome = outcome_for(ticket, customer, created=False, reason="automatic_attached")
        assert await compose_for_route(s, outcome, automatic, settings=settings_for(), now=NOW) == []


async def test_restricted_customer_gets_no_ack_and_notifications_omit_their_data(database: Database) -> None:
    parsed = parsed_mail(rights=(Right.ACCESS,))
    async with database.session() as s:
        ticket, customer = await new_ticket(s, restricted=True)
        request = await new_rights_request(s, ticket, customer, rights=("access",))
        mails = await compose_for_route(
            s, outcome_for(ticket, customer, request=request), parsed, settings=settings_for(), now=NOW
        )
    kinds = by_kind(mails)
    assert kinds["ack_rights"].state == "suppressed" and kinds["ack_rights"].suppressed_reason == "restricted"
    for kind in ("staff_new_ticket", "privacy_new_request"):
        mail = kinds[kind]
        assert mail.state == "pending"
        for personal in ("Jan de Vries", "jan@example.nl", "+31612345678", "10234", "reageert", "Robot doet"):
            assert personal not in mail.body and personal not in mail.subject
        assert "art. 18" in mail.body.lower()


async def test_notification_to_the_intake_mailbox_itself_is_suppressed(database: Database) -> None:
    settings = settings_for(helpdesk={"staff_notify": ("help+staff@tinybots.nl",)})
    async with database.session() as s:
        ticket, customer = await new_ticket(s)
        mails = await compose_for_route(
            s, outcome_for(ticket, customer), parsed_mail(), settings=settings, now=NOW
        )
    staff = by_kind(mails)["staff_new_ticket"]
    assert (staff.state, staff.suppressed_reason) == ("suppressed", "own_address")


async def test_admin_template_overrides_shipped_one_and_a_broken_override_falls_back(
    database: Database, tmp_path: Path
) -> None:
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "ack_ticket.txt").write_text(
        "Subject: Ontvangen $ticket_ref\n\nDank! Ref $ticket_ref.\n"
    )
    (tmp_path / "nl" / "staff_new_ticket.txt").write_text("Subject: $nonsense\n\nx\n")
    settings = settings_for(outbound={"templates_dir": str(tmp_path)})
    async with database.session() as s:
        ticket, customer = await new_ticket(s)
        mails = await compose_for_route(
            s, outcome_for(ticket, customer), parsed_mail(), settings=settings, now=NOW
        )
    kinds = by_kind(mails)
    assert kinds["ack_ticket"].subject == f"Ontvangen {ticket.ref}"
    assert kinds["ack_ticket"].body == f"Dank! Ref {ticket.ref}.\n"
    assert kinds["staff_new_ticket"].subject.startswith(f"[{ticket.ref}] Nieuw ticket:")
    problems = check_templates(str(tmp_path))
    assert len(problems) == 1 and "$nonsense" in problems[0]


def test_shipped_templates_pass_the_template_check() -> None:
    from intake.outbound.templates import SHIPPED_DIR

    assert check_templates(str(SHIPPED_DIR)) == []
