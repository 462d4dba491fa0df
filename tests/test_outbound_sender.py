"""Delivery through a real aiosmtpd relay on loopback (STARTTLS, test CA): retries, failures, crash recovery."""

from __future__ import annotations

import asyncio
import os
import signal
import ssl
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from intake.config import ConfigError, Settings, SmtpSettings
from intake.outbound import sender
from intake.outbound.compose import compose_for_route
from intake.outbound.delivery import tls_context
from intake.outbound.relay_lock import wait_for_earlier_relays
from intake.outbound.relay_process import RelayProcess
from intake.outbound.sender import run_sender
from intake.outbound.verp import outbox_id_from_verp
from storage import instances, models, outbox
from storage.database import Database
from tests.fixtures import certs
from tests.fixtures.outbound_data import HELP, NOW, STAFF, new_ticket, outcome_for, parsed_mail, settings_for
from tests.fixtures.smtp import SINK_PASSWORD, SINK_USER, SmtpSink, make_sink


@pytest.fixture(params=["in_process", "relay_process"])
def relay_mode(request: pytest.FixtureRequest) -> str:
    """Every delivery test runs twice: SMTP in this process, and in the relay process (the daemon's default
    on more than one core), which must answer every case the same way."""
    return str(request.param)


#: The running test's relay processes by SMTP settings, started by its first drain; None: in-process mode.
_relays: dict[str, RelayProcess] | None = None


async def drain_outbox(database: Database, settings: Settings, *, now: datetime) -> int:
    """`sender.drain_outbox` in the mode of the running test (see `relay_mode`)."""
    relay = None
    if _relays is not None:
        smtp = settings.require_smtp()
        relay = _relays.get(smtp.model_dump_json())
        if relay is None:
            url = database.engine.url.render_as_string(hide_password=False)
            relay = RelayProcess(smtp, envelope_sender=HELP, verp=settings.outbound.verp, database_url=url)
            _relays[smtp.model_dump_json()] = relay
    return await sender.drain_outbox(database, settings, now=now, relay=relay)


@pytest.fixture(autouse=True)
async def _relay_for_mode(relay_mode: str, request: pytest.FixtureRequest) -> AsyncIterator[None]:
    global _relays
    _relays = {} if relay_mode == "relay_process" and "smtp_sink" in request.fixturenames else None
    try:
        yield
    finally:
        relays, _relays = _relays, None
        for relay in (relays or {}).values():
            await relay.close()


async def queue_new_ticket(database: Database, settings: Settings, *, sender: str = "jan@example.nl") -> int:
    """Routes a new ticket's mails into the outbox (ack + staff note); returns the ticket id."""
    async with database.session() as s:
        ticket, customer = await new_ticket(s, email=sender)
        mails = await compose_for_route(
            s, outcome_for(ticket, customer), parsed_mail(from_address=sender), settings=settings, now=NOW
        )
        await outbox.enqueue(s, mails, now=NOW)
        await s.commit()
        return ticket.id


async def states(database: Database) -> dict[str, str]:
    async with database.session() as s:
        return {f"{r.kind}:{r.recipient}": r.state for r in await outbox.list_mails(s)}


async def test_ack_and_staff_note_are_delivered_over_starttls_with_verp_envelope(
    database: Database, smtp_sink: SmtpSink
) -> None:
    settings = settings_for(smtp_sink)
    await queue_new_ticket(database, settings)
    assert await drain_outbox(database, settings, now=NOW) == 2
    by_rcpt = {d.rcpt_tos: d for d in smtp_sink.deliveries}
    ack = by_rcpt[("jan@example.nl",)]
    async with database.session() as s:
        row = next(r for r in await outbox.list_mails(s) if r.kind == "ack_ticket")
    assert row.state == "sent" and row.sent_at == NOW and row.attempts == 1
    assert outbox_id_from_verp(ack.mail_from, help_address=HELP) == row.id
    message = ack.message
    assert message["Message-ID"] == row.message_id and message["Subject"] == row.subject
    assert message["Auto-Submitted"] == "auto-replied" and message["In-Reply-To"] == "<m1@example.nl>"
    assert message["Content-Language"] == "nl"
    assert "Beste Jan de Vries," in message.get_content()
    assert {d.session_id for d in smtp_sink.deliveries} == {ack.session_id}  # one connection for the batch
    assert await drain_outbox(database, settings, now=NOW + timedelta(hours=1)) == 0  # nothing twice


async def test_auth_is_used_when_a_username_is_set(
    database: Database, smtp_sink_auth: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_SMTP_PASSWORD", SINK_PASSWORD)
    settings = settings_for(
        smtp_sink_auth, smtp={"username": SINK_USER, "password_env": "TEST_SMTP_PASSWORD"}
    )
    await queue_new_ticket(database, settings)
    assert await drain_outbox(database, settings, now=NOW) == 2
    assert smtp_sink_auth.handler.logins == [SINK_USER]


async def test_wrong_password_leaves_rows_pending_without_counting_attempts(
    database: Database, smtp_sink_auth: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "wrong")
    settings = settings_for(
        smtp_sink_auth, smtp={"username": SINK_USER, "password_env": "TEST_SMTP_PASSWORD"}
    )
    await queue_new_ticket(database, settings)
    assert await drain_outbox(database, settings, now=NOW) == 0
    async with database.session() as s:
        rows = await outbox.list_mails(s)
    assert {(r.state, r.attempts) for r in rows} == {("pending", 0)}
    assert smtp_sink_auth.deliveries == []


async def test_relay_down_for_a_while_then_every_row_is_delivered_once(
    database: Database, smtp_sink: SmtpSink
) -> None:
    settings = settings_for(smtp_sink)
    smtp_sink.stop()
    for n in range(3):
        await queue_new_ticket(database, settings, sender=f"klant{n}@example.nl")
    for minutes in (0, 5, 30, 120):  # far more outage than max_attempts would allow for a 4xx
        assert await drain_outbox(database, settings, now=NOW + timedelta(minutes=minutes)) == 0
    assert set((await states(database)).values()) == {"pending"}
    smtp_sink.start()
    assert await drain_outbox(database, settings, now=NOW + timedelta(hours=3)) == 6
    assert await drain_outbox(database, settings, now=NOW + timedelta(hours=9)) == 0
    recipients = sorted(d.rcpt_tos[0] for d in smtp_sink.deliveries)
    assert recipients == sorted([f"klant{n}@example.nl" for n in range(3)] + [STAFF] * 3)
    assert len({d.message["Message-ID"] for d in smtp_sink.deliveries}) == 6


async def test_5xx_for_the_recipient_fails_the_row_and_shows_on_ticket_and_customer(
    database: Database, smtp_sink: SmtpSink
) -> None:
    settings = settings_for(smtp_sink, helpdesk={"staff_notify": ()})
    ticket_id = await queue_new_ticket(database, settings)
    smtp_sink.handler.rcpt_reply = "550 5.1.1 <jan@example.nl>: no such user"
    assert await drain_outbox(database, settings, now=NOW) == 0
    async with database.session() as s:
        (row,) = await outbox.list_mails(s)
        ticket = await s.get(models.Ticket, ticket_id)
        assert ticket is not None
        customer = await s.get(models.Customer, ticket.customer_id)
        events = (await s.execute(models.AuditEvent.__table__.select())).all()
    assert (row.state, row.last_error) == ("failed", "550 5.1.1 <jan@example.nl>: no such user")
    assert ticket.delivery_failed and customer is not None and customer.bounced_hard
    assert [(e.action, e.entity, e.entity_id) for e in events] == [("outbox_failed", "ticket", ticket_id)]
    assert "jan@example.nl" not in str(events[0].details)  # the audit log holds no address
    smtp_sink.handler.rcpt_reply = None
    assert await drain_outbox(database, settings, now=NOW + timedelta(days=1)) == 0  # failed stays failed


async def test_5xx_after_data_fails_the_row(database: Database, smtp_sink: SmtpSink) -> None:
    settings = settings_for(smtp_sink, helpdesk={"staff_notify": ()})
    ticket_id = await queue_new_ticket(database, settings)
    smtp_sink.handler.data_reply = "554 5.7.1 message rejected as spam"
    await drain_outbox(database, settings, now=NOW)
    async with database.session() as s:
        (row,) = await outbox.list_mails(s)
        ticket = await s.get(models.Ticket, ticket_id)
        assert ticket is not None
        customer = await s.get(models.Customer, ticket.customer_id)
    assert row.state == "failed" and ticket.delivery_failed
    assert customer is not None and not customer.bounced_hard  # the message was refused, not the address


async def test_relay_refusing_our_envelope_sender_keeps_rows_waiting(
    database: Database, smtp_sink: SmtpSink
) -> None:
    settings = settings_for(smtp_sink)
    await queue_new_ticket(database, settings)
    smtp_sink.handler.mail_reply = "553 5.7.1 sender address not owned by user"
    assert await drain_outbox(database, settings, now=NOW) == 0
    async with database.session() as s:
        rows = await outbox.list_mails(s)
    assert {(r.state, r.attempts) for r in rows} == {("pending", 0)}
    smtp_sink.handler.mail_reply = None
    assert await drain_outbox(database, settings, now=NOW + timedelta(hours=1)) == 2


async def test_4xx_is_retried_with_growing_backoff_and_then_delivered(
    database: Database, smtp_sink: SmtpSink
) -> None:
    settings = settings_for(smtp_sink, helpdesk={"staff_notify": ()})
    await queue_new_ticket(database, settings)
    smtp_sink.handler.data_reply = "451 4.3.0 try again later"
    waits = []
    now = NOW
    for _ in range(2):
        assert await drain_outbox(database, settings, now=now) == 0
        async with database.session() as s:
            (row,) = await outbox.list_mails(s)
        assert row.state == "pending" and row.last_error == "451 4.3.0 try again later"
        waits.append(row.next_attempt_at - now)
        assert await drain_outbox(database, settings, now=now) == 0  # not due yet: nothing is tried
        now = row.next_attempt_at
    assert timedelta(seconds=30) <= waits[0] <= timedelta(seconds=60) < waits[1] <= timedelta(seconds=120)
    smtp_sink.handler.data_reply = None
    assert await drain_outbox(database, settings, now=now) == 1
    assert len(smtp_sink.deliveries) == 1


async def test_4xx_until_max_attempts_fails_the_row(database: Database, smtp_sink: SmtpSink) -> None:
    settings = settings_for(smtp_sink, helpdesk={"staff_notify": ()}, smtp={"max_attempts": 2})
    await queue_new_ticket(database, settings)
    smtp_sink.handler.rcpt_reply = "452 4.2.2 mailbox full"
    await drain_outbox(database, settings, now=NOW)
    await drain_outbox(database, settings, now=NOW + timedelta(days=1))
    async with database.session() as s:
        (row,) = await outbox.list_mails(s)
    assert row.state == "failed" and row.attempts == 2 and "452 4.2.2 mailbox full" in (row.last_error or "")


async def test_connection_dropped_after_data_is_retried_with_the_same_message_id(
    database: Database, smtp_sink: SmtpSink
) -> None:
    settings = settings_for(smtp_sink, helpdesk={"staff_notify": ()})
    await queue_new_ticket(database, settings)
    smtp_sink.handler.drop_after_data = 1
    assert await drain_outbox(database, settings, now=NOW) == 0
    async with database.session() as s:
        (row,) = await outbox.list_mails(s)
    assert row.state == "pending" and "outcome unclear" in (row.last_error or "")
    assert await drain_outbox(database, settings, now=NOW + timedelta(hours=1)) == 1
    # What SMTP cannot rule out: the relay had the first copy. Both carry one Message-ID, so clients de-duplicate.
    assert [d.message["Message-ID"] for d in smtp_sink.deliveries] == [row.message_id, row.message_id]


async def test_crash_while_sending_is_retried_once_the_claim_lapses_with_the_same_message_id(
    database: Database, smtp_sink: SmtpSink, migrated_db_url: str
) -> None:
    settings = settings_for(smtp_sink, helpdesk={"staff_notify": ()})
    await queue_new_ticket(database, settings)
    async with database.session() as s:
        (claimed,) = await outbox.claim_due(s, now=NOW, limit=10)
        message_id = claimed.message_id
        await s.commit()  # the process dies here: the row stays "sending"
    other = Database.open(migrated_db_url)  # `run --once`, or a second daemon on PostgreSQL
    try:
        assert (
            await drain_outbox(other, settings, now=NOW + timedelta(minutes=1)) == 0
        )  # maybe still in flight
        assert await drain_outbox(other, settings, now=NOW + outbox.SENDING_LEASE) == 1
    finally:
        await other.close()
    assert [d.message["Message-ID"] for d in smtp_sink.deliveries] == [message_id]


async def test_restarted_daemon_on_sqlite_resends_its_interrupted_row_at_once(
    database: Database, smtp_sink: SmtpSink
) -> None:
    if database.dialect != "sqlite":
        return  # several daemons share PostgreSQL: there only the lapsed claim hands a row over (test above)
    settings = settings_for(smtp_sink, helpdesk={"staff_notify": ()})
    await queue_new_ticket(database, settings)
    async with database.session() as s:
        (claimed,) = await outbox.claim_due(s, now=NOW, limit=10)
        message_id = claimed.message_id
        await s.commit()
    stop = asyncio.Event()
    task = asyncio.create_task(run_sender(database, settings, stop, clock=lambda: NOW + timedelta(seconds=5)))
    for _ in range(500):
        if smtp_sink.deliveries:
            break
        await asyncio.sleep(0.02)
    stop.set()
    await asyncio.wait_for(task, 10)
    assert [d.message["Message-ID"] for d in smtp_sink.deliveries] == [message_id]


async def test_certificate_from_an_unknown_ca_is_refused_and_nothing_is_lost(
    database: Database, test_ca: certs.TestCA, other_ca: certs.TestCA
) -> None:
    sink = make_sink(other_ca)  # the relay's certificate is signed by a CA we do not trust
    sink.start()
    try:
        settings = settings_for(sink)
        settings = settings.model_copy(
            update={"smtp": settings.require_smtp().model_copy(update={"ca_file": str(test_ca.ca_file)})}
        )
        await queue_new_ticket(database, settings)
        assert await drain_outbox(database, settings, now=NOW) == 0
        assert sink.deliveries == []
        assert set((await states(database)).values()) == {"pending"}
    finally:
        sink.stop()


async def test_plaintext_smtp_to_a_non_loopback_host_is_refused(database: Database) -> None:
    settings = settings_for(helpdesk={"staff_notify": ()})
    from intake.config import SmtpSettings

    smtp = SmtpSettings(host="smtp.example.nl", port=25, security="none", allow_plaintext=True)
    settings = settings.model_copy(update={"smtp": smtp})
    await queue_new_ticket(database, settings)
    with pytest.raises(ConfigError, match="only allowed to a loopback address"):
        await drain_outbox(database, settings, now=NOW)


async def test_sender_task_delivers_when_woken_and_stops_on_request(
    database: Database, smtp_sink: SmtpSink
) -> None:
    settings = settings_for(smtp_sink, outbound={"poll_seconds": 30})
    stop, wake = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(run_sender(database, settings, stop, wake=wake, clock=lambda: NOW))
    await queue_new_ticket(database, settings)
    wake.set()
    for _ in range(500):
        if len(smtp_sink.deliveries) == 2:
            break
        await asyncio.sleep(0.02)
    stop.set()
    await asyncio.wait_for(task, 10)
    assert sorted(d.rcpt_tos[0] for d in smtp_sink.deliveries) == ["jan@example.nl", STAFF]


async def test_two_senders_draining_at_once_deliver_every_row_exactly_once(
    database: Database, smtp_sink: SmtpSink, migrated_db_url: str
) -> None:
    settings = settings_for(smtp_sink, outbound={"batch_size": 3})
    for n in range(10):
        await queue_new_ticket(database, settings, sender=f"klant{n}@example.nl")
    second = Database.open(migrated_db_url)
    try:
        sent = await asyncio.gather(
            drain_outbox(database, settings, now=NOW), drain_outbox(second, settings, now=NOW)
        )
    finally:
        await second.close()
    assert sum(sent) == 20
    message_ids = [d.message["Message-ID"] for d in smtp_sink.deliveries]
    assert len(message_ids) == 20 and len(set(message_ids)) == 20
    assert set((await states(database)).values()) == {"sent"}


async def test_an_internationalised_domain_is_sent_in_ascii_and_a_non_ascii_local_part_is_not_sent(
    database: Database, smtp_sink: SmtpSink
) -> None:
    settings = settings_for(smtp_sink, helpdesk={"staff_notify": ()})
    await queue_new_ticket(database, settings, sender="jan@exämple.nl")
    await queue_new_ticket(database, settings, sender="jörg@example.nl")
    assert await drain_outbox(database, settings, now=NOW) == 1
    (delivery,) = smtp_sink.deliveries
    assert (
        delivery.rcpt_tos == ("jan@xn--exmple-cua.nl",) and delivery.message["To"] == "jan@xn--exmple-cua.nl"
    )
    async with database.session() as s:
        reasons = {r.recipient: (r.state, r.last_error) for r in await outbox.list_mails(s)}
    assert reasons["jörg@example.nl"] == ("suppressed", "invalid_address")


@pytest.mark.parametrize("security", ["tls", "none"])
async def test_implicit_tls_and_plaintext_to_loopback_deliver(
    database: Database, test_ca: certs.TestCA, security: str
) -> None:
    sink = make_sink(test_ca, security=security)
    sink.start()
    try:
        settings = settings_for(
            sink,
            smtp={"security": security, "allow_plaintext": security == "none"},
            helpdesk={"staff_notify": ()},
        )
        await queue_new_ticket(database, settings)
        assert await drain_outbox(database, settings, now=NOW) == 1
        assert [d.rcpt_tos for d in sink.deliveries] == [("jan@example.nl",)]
    finally:
        sink.stop()


def test_the_tls_context_is_shared_until_the_ca_file_changes(test_ca: certs.TestCA, tmp_path: Path) -> None:
    ca_file = tmp_path / "ca.pem"
    ca_file.write_bytes(Path(test_ca.ca_file).read_bytes())
    smtp = SmtpSettings(host="smtp.example.nl", security="starttls", ca_file=str(ca_file))
    first = tls_context(smtp)
    assert tls_context(smtp) is first
    assert first.verify_mode == ssl.CERT_REQUIRED and first.check_hostname
    ca_file.write_bytes(Path(test_ca.ca_file).read_bytes() * 2)  # renewed: another size and mtime
    assert tls_context(smtp) is not first
    ca_file.unlink()
    with pytest.raises(FileNotFoundError):
        tls_context(smtp)


async def test_a_relay_process_that_died_is_started_again_for_the_next_batch(
    database: Database, smtp_sink: SmtpSink, migrated_db_url: str
) -> None:
    settings = settings_for(smtp_sink, helpdesk={"staff_notify": ()})
    relay = RelayProcess(
        settings.require_smtp(), envelope_sender=HELP, verp=True, database_url=migrated_db_url
    )
    try:
        await queue_new_ticket(database, settings, sender="een@example.nl")
        assert await sender.drain_outbox(database, settings, now=NOW, relay=relay) == 1
        first = relay.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)
        for _ in range(200):  # until the event loop has seen it end
            if relay.pid is None:
                break
            await asyncio.sleep(0.05)
        await queue_new_ticket(database, settings, sender="twee@example.nl")
        assert await sender.drain_outbox(database, settings, now=NOW, relay=relay) == 1
        assert relay.pid not in (None, first)
    finally:
        await relay.close()
    assert len(smtp_sink.deliveries) == 2


ORPHAN_CHECK = """
import asyncio, sys
from datetime import UTC, datetime
from intake.config import SmtpSettings
from intake.outbound.relay_lock import wait_for_earlier_relays
from intake.outbound.relay_process import RelayProcess

async def main():
    relay = RelayProcess(SmtpSettings(host="127.0.0.1", port=1, security="none", allow_plaintext=True),
                         envelope_sender="help@example.nl", verp=False, database_url="sqlite://")
    async for _ in relay.deliver_batch([], budget_seconds=1.0, now=datetime.now(UTC)):
        pass
    print(relay.pid, flush=True)
    await asyncio.sleep(3600)

asyncio.run(main())
"""


def test_the_relay_process_ends_when_the_daemon_is_killed() -> None:
    daemon = subprocess.Popen(
        [sys.executable, "-c", ORPHAN_CHECK],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    assert daemon.stdout is not None
    relay_pid = int(daemon.stdout.readline())
    daemon.kill()
    daemon.wait()
    deadline = time.monotonic() + 10
    while _running(relay_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(relay_pid)


def _running(pid: int) -> bool:
    try:
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


async def test_a_relay_process_stopped_between_batches_ends_and_its_next_batch_waits_without_an_attempt(
    database: Database, smtp_sink: SmtpSink, migrated_db_url: str
) -> None:
    settings = settings_for(smtp_sink, helpdesk={"staff_notify": ()})
    relay = RelayProcess(
        settings.require_smtp(), envelope_sender=HELP, verp=True, database_url=migrated_db_url
    )
    try:
        await relay.start()
        pid = relay.pid
        assert pid is not None
        for _ in range(600):  # until its start-up has set its handlers (read from /proc, no guessing)
            if _catches(pid, signal.SIGTERM):
                break
            await asyncio.sleep(0.05)
        os.kill(pid, signal.SIGTERM)  # as systemd's stop reaches every process of the service
        assert not _running_soon(pid)
        await queue_new_ticket(database, settings)
        result = await sender.drain(database, settings, now=NOW, relay=relay)
        assert result.sent == 0 and result.relay_error is not None and smtp_sink.deliveries == []
        async with database.session() as s:
            (row,) = await outbox.list_mails(s)
        assert (row.state, row.attempts) == ("pending", 0)  # untried: no attempt counted
        assert await sender.drain_outbox(database, settings, now=NOW, relay=relay) == 1
        assert relay.pid not in (None, pid)
    finally:
        await relay.close()
    assert [d.message["Message-ID"] for d in smtp_sink.deliveries] == [row.message_id]


def _catches(pid: int, signum: int) -> bool:
    status = Path(f"/proc/{pid}/status").read_text()
    caught = int(next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:")), 16)
    return bool(caught & (1 << (signum - 1)))


async def test_a_batch_the_daemon_stopped_listening_to_is_cut_after_the_mail_in_hand_and_nothing_is_sent_twice(
    database: Database, smtp_sink: SmtpSink, migrated_db_url: str
) -> None:
    settings = settings_for(smtp_sink, helpdesk={"staff_notify": ()})
    for n in range(3):
        await queue_new_ticket(database, settings, sender=f"klant{n}@example.nl")
    async with database.session() as s:
        batch = [sender.queued_mail(row) for row in await outbox.claim_due(s, now=NOW, limit=10)]
        await s.commit()
    relay = RelayProcess(
        settings.require_smtp(), envelope_sender=HELP, verp=True, database_url=migrated_db_url
    )
    try:
        deliveries = relay.deliver_batch(batch, budget_seconds=60.0, now=NOW)
        (first,) = await anext(deliveries)  # the daemon stops listening here (an error, a stop)
        await deliveries.aclose()
        abandoned = relay.pid
        relay.abandon()
        assert first.outcome == "sent" and first.recorded
        assert abandoned is not None and not _running_soon(abandoned)
        later = NOW + outbox.SENDING_LEASE + timedelta(minutes=1)
        await sender.drain_outbox(database, settings, now=later, relay=relay)
    finally:
        await relay.close()
    assert set((await states(database)).values()) == {"sent"}
    message_ids = [d.message["Message-ID"] for d in smtp_sink.deliveries]
    assert sorted(message_ids) == sorted(mail.message_id for mail in batch)


def _running_soon(pid: int) -> bool:
    """Whether `pid` still runs after it had a few seconds to end."""
    deadline = time.monotonic() + 10
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return _running(pid)


async def test_rows_left_sending_are_taken_back_only_once_the_relay_process_that_had_them_has_ended(
    database: Database, smtp_sink: SmtpSink, migrated_db_url: str
) -> None:
    """A daemon killed mid-batch: its relay may still be finishing the mail in hand. SQLite: the restarted
    daemon waits for the relay lock before it takes back every `sending` row; PostgreSQL: the rows of a silent
    instance are taken over only once its relay's advisory lock is free."""
    settings = settings_for(smtp_sink, helpdesk={"staff_notify": ()})
    for n in range(2):
        await queue_new_ticket(database, settings, sender=f"klant{n}@example.nl")
    dying = Database.open(migrated_db_url, instance_id="dying")
    relay = RelayProcess(
        settings.require_smtp(), envelope_sender=HELP, verp=True, database_url=migrated_db_url
    )
    try:
        async with dying.session() as s:
            await instances.beat(
                s, instances.InstanceInfo("dying", "host", 1, "test", NOW, NOW, "worker", None)
            )
            sent, left = [sender.queued_mail(row) for row in await outbox.claim_due(s, now=NOW, limit=10)]
            await s.commit()
        async for group in relay.deliver_batch([sent], budget_seconds=60.0, now=NOW, instance_id="dying"):
            assert [d.outcome for d in group] == ["sent"]  # the relay holds its lock from its first batch on
        assert await _taken_back(database, migrated_db_url, wait_seconds=0.5) == set()
        await relay.close()
        assert await _taken_back(database, migrated_db_url, wait_seconds=10.0) == {left.id}
    finally:
        await relay.close()
        await dying.close()


async def _taken_back(database: Database, url: str, *, wait_seconds: float) -> set[int]:
    """The rows a restarted daemon takes back within `wait_seconds`: on SQLite every `sending` row once the
    relay lock is free; on PostgreSQL what a claim by another instance gets once the dying one is silent."""
    deadline = time.monotonic() + wait_seconds
    while True:
        if database.dialect == "sqlite":
            try:
                await asyncio.wait_for(wait_for_earlier_relays(url), max(deadline - time.monotonic(), 0.01))
            except TimeoutError:
                return set()
            async with database.session() as s:
                sending = {row.id for row in await outbox.list_mails(s, state="sending")}
                await outbox.release_interrupted(s, now=NOW)
                await s.commit()
            return sending
        other = Database.open(url, instance_id="other")
        try:
            async with other.session() as s:
                later = NOW + instances.DEAD_AFTER + timedelta(seconds=1)
                claimed = {row.id for row in await outbox.claim_due(s, now=later, limit=10)}
                await s.commit()
        finally:
            await other.close()
        if claimed or time.monotonic() > deadline:
            return claimed
        await asyncio.sleep(0.1)
