"""The triage level of privacy rights, end to end on SQLite and PostgreSQL: a mail the parser finds only
possibly a request is queued as `to_confirm` with its deadline from receipt, the privacy officer is told at
once, the writer gets the ordinary ticket acknowledgement; `intake rights confirm` opens it and queues the
rights acknowledgement, `intake rights dismiss` closes it; both are audited under the operating-system user."""

from __future__ import annotations

import asyncio
import getpass
import itertools
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from intake.cli import app
from intake.cli.context import CliError
from intake.outbound.digest import DigestBuckets, due_buckets
from intake.testbed.servers import write_config
from storage.database import Database
from storage.models import AuditEvent, OutboxMail, RightsRequest
from tests.privacy_mail import Scenario, raw_mail, settings_for

RECEIVED = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
OFFICER = "privacy@tinybots.nl"
#: An article cited without a request: the parser cannot tell, a person must.
POSSIBLE = (
    "Goedemiddag,\n\nMijn moeder is verhuisd naar een verpleeghuis en gebruikt de robot niet meer. "
    "Dit in verband met artikel 17 AVG.\n\nGroet,\nEls de Wit\n"
)
CONFIRMED = "Goedemiddag,\n\nVerwijder al mijn gegevens.\n\nGroet,\nEls de Wit\n"


def _mail(body: str, number: int) -> bytes:
    return raw_mail(
        sender="els.dewit@example.nl",
        name="Els de Wit",
        subject="Robot van mijn moeder",
        body=body,
        message_id=f"<triage-{number}@example.nl>",
        date=RECEIVED,
    )


def _sections(url: str, files: Path) -> dict[str, dict[str, object]]:
    return {
        "database": {"url": url, "files_dir": str(files)},
        "helpdesk": {"address": "help@tinybots.nl", "privacy_officer": OFFICER},
    }


def _ingest(url: str, files: Path, body: str, number: int = 1) -> int | None:
    async def run() -> int | None:
        db = Database.open(url)
        try:
            settings = settings_for(url, files, **_sections(url, files))
            scenario = Scenario(db, settings, _uids=itertools.count(number))  # one mailbox uid per mail
            result = await scenario.ingest(_mail(body, number), received_at=RECEIVED)
            assert result.outcome is not None
            return result.outcome.rights_request_id
        finally:
            await db.close()

    return asyncio.run(run())


def _state(url: str, request_id: int) -> tuple[RightsRequest, list[AuditEvent], list[OutboxMail]]:
    async def run() -> tuple[RightsRequest, list[AuditEvent], list[OutboxMail]]:
        db = Database.open(url)
        try:
            async with db.session() as session:
                request = await session.get_one(RightsRequest, request_id)
                on_request = (AuditEvent.entity == "rights_request", AuditEvent.entity_id == request_id)
                events = (await session.scalars(select(AuditEvent).where(*on_request))).all()
                mails = (await session.scalars(select(OutboxMail).order_by(OutboxMail.id))).all()
                return request, list(events), list(mails)
        finally:
            await db.close()

    return asyncio.run(run())


def _cli(config: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--config", str(config), "rights", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def config(migrated_db_url: str, tmp_path: Path) -> Path:
    return write_config(tmp_path / "intake.toml", _sections(migrated_db_url, tmp_path / "files"))


def test_a_possible_request_waits_for_the_officer_with_its_deadline_running(
    migrated_db_url: str, tmp_path: Path
) -> None:
    request_id = _ingest(migrated_db_url, tmp_path / "files", POSSIBLE)
    assert request_id is not None
    request, events, mails = _state(migrated_db_url, request_id)
    assert (request.status, request.rights, request.rights_possible) == ("to_confirm", [], ["erasure"])
    assert request.receipt_date == date(2026, 11, 2)
    assert request.legal_due_date == date(2026, 12, 2)  # one month from receipt, not from a decision
    assert [e.action for e in events] == ["rights_request_created"]
    kinds = {m.kind: m for m in mails}
    assert "ack_rights" not in kinds  # not "your privacy request" before anyone confirmed it is one
    assert kinds["ack_ticket"].recipient == "els.dewit@example.nl"
    assert kinds["privacy_to_confirm"].recipient == OFFICER
    assert f"intake rights confirm {request_id}" in kinds["privacy_to_confirm"].body


def test_a_confirmed_request_opens_keeps_its_deadline_and_acknowledges_the_rights(
    migrated_db_url: str, tmp_path: Path, config: Path
) -> None:
    request_id = _ingest(migrated_db_url, tmp_path / "files", POSSIBLE)
    assert request_id is not None
    before, _, _ = _state(migrated_db_url, request_id)

    output = _cli(config, "confirm", str(request_id), "--rights", "erasure,access")

    request, events, mails = _state(migrated_db_url, request_id)
    assert f"rights request {request_id}: confirmed, status open" in output
    assert "rights acknowledgement: queued" in output
    assert (request.status, request.rights) == ("open", ["erasure", "access"])
    assert request.legal_due_date == before.legal_due_date
    confirmed = [e for e in events if e.action == "rights_request_confirmed"]
    assert [(e.actor, e.details["rights"]) for e in confirmed] == [(getpass.getuser(), ["erasure", "access"])]
    acks = [m for m in mails if m.kind == "ack_rights"]
    assert [(m.recipient, m.rights_request_id, m.state) for m in acks] == [
        ("els.dewit@example.nl", request_id, "pending")
    ]


def test_confirm_without_rights_takes_the_possible_ones(
    migrated_db_url: str, tmp_path: Path, config: Path
) -> None:
    request_id = _ingest(migrated_db_url, tmp_path / "files", POSSIBLE)
    assert request_id is not None
    _cli(config, "confirm", str(request_id))
    request, _, _ = _state(migrated_db_url, request_id)
    assert request.rights == ["erasure"]


def test_a_dismissed_request_closes_with_its_reason_and_no_rights_acknowledgement(
    migrated_db_url: str, tmp_path: Path, config: Path
) -> None:
    request_id = _ingest(migrated_db_url, tmp_path / "files", POSSIBLE)
    assert request_id is not None

    output = _cli(config, "dismiss", str(request_id), "--reason", "moving house, no privacy request")

    request, events, mails = _state(migrated_db_url, request_id)
    assert f"rights request {request_id}: dismissed, status closed" in output
    assert (request.status, request.outcome) == ("closed", "dismissed")
    dismissed = [e for e in events if e.action == "rights_request_dismissed"]
    assert [e.details["reason"] for e in dismissed] == ["moving house, no privacy request"]
    assert not [m for m in mails if m.kind == "ack_rights"]


def test_only_a_request_to_confirm_can_be_confirmed_or_dismissed(
    migrated_db_url: str, tmp_path: Path, config: Path
) -> None:
    request_id = _ingest(migrated_db_url, tmp_path / "files", CONFIRMED)
    assert request_id is not None
    request, _, mails = _state(migrated_db_url, request_id)
    assert (request.status, request.rights) == ("open", ["erasure"])
    assert "ack_rights" in {m.kind for m in mails}  # a clear request is acknowledged as one at once
    with pytest.raises(CliError, match="not to_confirm"):
        _cli(config, "confirm", str(request_id))
    with pytest.raises(CliError, match="not to_confirm"):
        _cli(config, "dismiss", str(request_id), "--reason", "x")


def test_confirm_refuses_a_right_outside_the_vocabulary(
    migrated_db_url: str, tmp_path: Path, config: Path
) -> None:
    request_id = _ingest(migrated_db_url, tmp_path / "files", POSSIBLE)
    assert request_id is not None
    with pytest.raises(CliError, match="--rights takes a comma-separated list") as raised:
        _cli(config, "confirm", str(request_id), "--rights", "forget-me")
    assert raised.value.exit_code == 2
    request, _, _ = _state(migrated_db_url, request_id)
    assert request.status == "to_confirm"


def test_the_list_shows_requests_to_confirm_first_with_their_possible_rights(
    migrated_db_url: str, tmp_path: Path, config: Path
) -> None:
    clear = _ingest(migrated_db_url, tmp_path / "files", CONFIRMED, number=1)
    possible = _ingest(migrated_db_url, tmp_path / "files", POSSIBLE, number=2)
    rows = [json.loads(line) for line in _cli(config, "list", "--json").splitlines()]
    assert [(r["id"], r["status"], r["rights"], r["rights_possible"]) for r in rows] == [
        (possible, "to_confirm", [], ["erasure"]),
        (clear, "open", ["erasure"], []),
    ]
    table = _cli(config, "list", "--status", "to_confirm")
    assert "possible: erasure" in table


def test_parse_json_gives_the_possible_rights_apart_from_the_confirmed(tmp_path: Path) -> None:
    possible, confirmed = tmp_path / "possible.eml", tmp_path / "confirmed.eml"
    possible.write_bytes(_mail(POSSIBLE, 1))
    confirmed.write_bytes(_mail(CONFIRMED, 2))
    environment = {k: v for k, v in os.environ.items() if k != "INTAKE_CONFIG"}
    run = subprocess.run(
        [str(Path(sys.executable).parent / "intake"), "parse", "--json", str(possible), str(confirmed)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=True,
    )
    found = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(f["rights"], f["rights_possible"]) for f in found] == [([], ["erasure"]), (["erasure"], [])]


def test_an_undecided_request_shows_in_the_digest_with_its_possible_rights(
    migrated_db_url: str, tmp_path: Path
) -> None:
    request_id = _ingest(migrated_db_url, tmp_path / "files", POSSIBLE)

    async def buckets() -> DigestBuckets:
        db = Database.open(migrated_db_url)
        try:
            async with db.session() as session:
                return await due_buckets(session, date(2026, 11, 30))  # the promised due date
        finally:
            await db.close()

    found = asyncio.run(buckets())
    assert [(d.request_id, d.rights) for d in found.soon] == [(request_id, ("erasure (to confirm)",))]


def test_status_counts_undecided_requests_and_their_deadline_makes_them_overdue(
    migrated_db_url: str, tmp_path: Path, config: Path
) -> None:
    _ingest(migrated_db_url, tmp_path / "files", CONFIRMED, number=1)
    possible = _ingest(migrated_db_url, tmp_path / "files", POSSIBLE, number=2)
    result = CliRunner().invoke(app, ["--config", str(config), "status", "--json"])
    rights = json.loads(result.output)["rights"]
    # received 2026-11-02: both are past their due date today, the undecided one as much as the open one
    assert (rights["open"], rights["to_confirm"], rights["overdue"]) == (1, 1, 2)
    table = CliRunner().invoke(app, ["--config", str(config), "status"]).output
    assert "to confirm       1" in table
    assert possible is not None
