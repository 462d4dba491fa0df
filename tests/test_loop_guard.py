"""Loop safety: which mails are never acknowledged, and the limits per ticket, per sender and overall."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from intake.config import Settings
from intake.outbound.compose import compose_for_route
from parsers import Classification, ParsedMessage
from storage import outbox
from storage.database import Database
from storage.outcome import NewOutboxMail
from tests.fixtures.outbound_data import NOW, RELAY, STAFF, new_ticket, outcome_for, parsed_mail, settings_for


async def route_new_ticket(
    database: Database,
    parsed: ParsedMessage,
    *,
    settings: Settings | None = None,
    at: Any = NOW,
    **customer: Any,
) -> list[NewOutboxMail]:
    """A new ticket for `parsed`: composes and enqueues its mails like the pipeline, returns them."""
    async with database.session() as s:
        ticket, row = await new_ticket(s, **customer)
        mails = await compose_for_route(
            s, outcome_for(ticket, row), parsed, settings=settings or settings_for(), now=at
        )
        await outbox.enqueue(s, mails, now=at)
        await s.commit()
    return mails


def ack_of(mails: list[NewOutboxMail]) -> NewOutboxMail:
    (ack,) = [m for m in mails if m.kind.startswith("ack_")]
    return ack


@pytest.mark.parametrize(
    ("signals", "reason"),
    [
        ({"classification": Classification.AUTO_REPLY}, "automatic_or_staff_mail"),
        ({"classification": Classification.BOUNCE}, "automatic_or_staff_mail"),
        ({"classification": Classification.BULK}, "automatic_or_staff_mail"),
        ({"classification": Classification.STAFF}, "automatic_or_staff_mail"),
        ({"auto_submitted": "auto-replied"}, "auto_submitted"),
        ({"auto_submitted": "auto-generated"}, "auto_submitted"),
        ({"auto_submitted": "Auto-Replied; owner-email=x@example.nl"}, "auto_submitted"),
        ({"precedence": "bulk"}, "precedence"),
        ({"precedence": "list"}, "precedence"),
        ({"precedence": "junk"}, "precedence"),
        ({"list_id": "<nieuws.example.nl>"}, "list_id"),
        ({"return_path": ""}, "null_return_path"),
        ({"from_address": "mailer-daemon@example.nl"}, "noreply_or_relay_sender"),
        ({"from_address": "postmaster@example.nl"}, "noreply_or_relay_sender"),
        ({"from_address": "no-reply@example.nl"}, "noreply_or_relay_sender"),
        ({"from_address": "help+x@tinybots.nl"}, "own_address"),
        ({"from_address": "help@tinybots.nl"}, "own_address"),
        ({"from_address": RELAY}, "noreply_or_relay_sender"),
    ],
)
async def test_automatic_and_machine_mail_is_never_acknowledged(
    database: Database, signals: dict[str, Any], reason: str
) -> None:
    mails = await route_new_ticket(database, parsed_mail(**signals))
    ack = ack_of(mails)
    assert (ack.state, ack.suppressed_reason) == ("suppressed", reason)
    async with database.session() as s:
        rows = await outbox.list_mails(s, state="suppressed")
    assert [(r.kind, r.last_error) for r in rows] == [("ack_ticket", reason)]  # the decision stays visible


async def test_out_of_office_reply_is_never_acknowledged_even_as_a_new_ticket(database: Database) -> None:
    ooo = parsed_mail(
        subject="Afwezig: Robot doet het niet",
        classification=Classification.AUTO_REPLY,
        auto_submitted="auto-replied",
    )
    mails = await route_new_ticket(database, ooo)
    assert ack_of(mails).state == "suppressed"
    async with database.session() as s:
        assert await outbox.claim_due(s, now=NOW + timedelta(days=1), limit=10) != []  # only the staff note
        claimed = await outbox.list_mails(s, state="sending")
    assert [r.kind for r in claimed] == ["staff_new_ticket"]


async def test_auto_submitted_no_is_a_person_and_is_acknowledged(database: Database) -> None:
    ack = ack_of(await route_new_ticket(database, parsed_mail(auto_submitted="no")))
    assert ack.state == "pending"


async def test_web_form_relay_person_is_acknowledged_at_reply_to(database: Database) -> None:
    parsed = parsed_mail(from_address=RELAY, reply_to=("Anneke@Example.NL",))
    ack = ack_of(await route_new_ticket(database, parsed, email="anneke@example.nl"))
    assert (ack.state, ack.recipient) == ("pending", "anneke@example.nl")


async def test_no_reply_sender_with_no_reply_reply_to_is_not_acknowledged(database: Database) -> None:
    parsed = parsed_mail(from_address="noreply@shop.example", reply_to=("donotreply@shop.example",))
    assert ack_of(await route_new_ticket(database, parsed)).suppressed_reason == "noreply_or_relay_sender"


async def test_hard_bounced_address_is_not_acknowledged_again(database: Database) -> None:
    ack = ack_of(await route_new_ticket(database, parsed_mail(), bounced_hard=True))
    assert ack.suppressed_reason == "address_bounced_hard"


async def test_a_ticket_is_acknowledged_at_most_once(database: Database) -> None:
    async with database.session() as s:
        ticket, customer = await new_ticket(s)
        first = await compose_for_route(
            s, outcome_for(ticket, customer), parsed_mail(), settings=settings_for(), now=NOW
        )
        await outbox.enqueue(s, first, now=NOW)
        again = await compose_for_route(
            s,
            outcome_for(ticket, customer),
            parsed_mail(message_id="<m2@example.nl>"),
            settings=settings_for(),
            now=NOW,
        )
    assert ack_of(first).state == "pending"
    assert (ack_of(again).state, ack_of(again).suppressed_reason) == (
        "suppressed",
        "ticket_already_acknowledged",
    )


async def test_sixth_ack_to_one_sender_within_a_day_is_suppressed_and_the_next_day_allowed(
    database: Database,
) -> None:
    states = []
    for hour in range(6):
        mails = await route_new_ticket(
            database,
            parsed_mail(message_id=f"<m{hour}@example.nl>"),
            at=NOW + timedelta(hours=hour),
            email=None,
        )
        states.append((ack_of(mails).state, ack_of(mails).suppressed_reason))
    assert states[:5] == [("pending", None)] * 5
    assert states[5] == ("suppressed", "sender_daily_limit")
    next_day = await route_new_ticket(
        database, parsed_mail(), at=NOW + timedelta(hours=24, minutes=1), email=None
    )
    assert ack_of(next_day).state == "pending"
    other_sender = await route_new_ticket(
        database, parsed_mail(from_address="piet@example.nl"), at=NOW + timedelta(hours=6), email=None
    )
    assert ack_of(other_sender).state == "pending"


async def test_global_brake_holds_acks_above_the_rate_and_alerts_staff_once(database: Database) -> None:
    settings = settings_for(outbound={"acks_per_minute": 3})
    acks, alerts = [], []
    for n in range(6):
        mails = await route_new_ticket(
            database,
            parsed_mail(from_address=f"klant{n}@example.nl"),
            settings=settings,
            at=NOW + timedelta(seconds=n),
            email=None,
        )
        acks.append((ack_of(mails).state, ack_of(mails).suppressed_reason))
        alerts += [m for m in mails if m.kind == "brake_alert"]
    assert acks[:3] == [("pending", None)] * 3
    assert acks[3:] == [("held", "global_brake")] * 3
    assert [(a.recipient, a.state) for a in alerts] == [(STAFF, "pending")]
    assert "intake outbox release" in alerts[0].body
    later = await route_new_ticket(
        database,
        parsed_mail(from_address="laat@example.nl"),
        settings=settings,
        at=NOW + timedelta(minutes=2),
        email=None,
    )
    assert ack_of(later).state == "pending"  # the rate fell again: acks flow, the held ones wait for staff
    async with database.session() as s:
        released = await outbox.release_held(s, now=NOW + timedelta(minutes=3))
        await s.commit()
    assert len(released) == 3
