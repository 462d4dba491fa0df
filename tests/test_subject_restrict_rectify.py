"""`intake subject restrict/unrestrict` (Art. 18) and `rectify` (Art. 16), on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import getpass
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from intake.cli import app
from intake.cli.context import CliError
from intake.privacy.query import InputError, rectification
from intake.testbed.servers import write_config
from storage import subjects
from storage.database import Database
from storage.models import AuditEvent, Customer, CustomerRobotId, OutboxMail
from tests.privacy_mail import (
    JAN,
    JAN_NAME,
    JAN_WORK,
    PIET,
    RECEIVED,
    Scenario,
    jan_story,
    raw_mail,
    settings_for,
)


def _seed(url: str, files: Path) -> None:
    async def run() -> None:
        db = Database.open(url)
        try:
            await jan_story(Scenario(db, settings_for(url, files)))
        finally:
            await db.close()

    asyncio.run(run())


async def _customers(url: str) -> dict[str, Customer]:
    db = Database.open(url)
    try:
        async with db.session() as session:
            return {c.email or "": c for c in (await session.scalars(select(Customer))).all()}
    finally:
        await db.close()


async def _audit(url: str) -> list[tuple[str, str, dict[str, object]]]:
    db = Database.open(url)
    try:
        async with db.session() as session:
            rows = (
                await session.execute(select(AuditEvent.actor, AuditEvent.action, AuditEvent.details))
            ).all()
            return [(r[0], r[1], r[2]) for r in rows if r[1].startswith("subject_")]
    finally:
        await db.close()


def invoke(config: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--config", str(config), *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, result.output
    return result.output


def test_restrict_marks_every_linked_record_in_listings_and_unrestrict_lifts_it(
    migrated_db_url: str, tmp_path: Path
) -> None:
    _seed(migrated_db_url, tmp_path / "files")
    config = write_config(tmp_path / "intake.toml", {"database": {"url": migrated_db_url}})

    out = invoke(config, "subject", "restrict", "--robot-id", "10234")
    listing = invoke(config, "subject", "find", "--email", JAN)
    again = invoke(config, "subject", "restrict", "--email", JAN)
    customers = asyncio.run(_customers(migrated_db_url))

    assert "2 customer record(s) restricted (2 changed, 0 already so)" in out
    assert "1 already so" not in again and "(0 changed, 2 already so)" in again
    assert customers[JAN].restricted and customers[JAN_WORK].restricted and not customers[PIET].restricted
    assert customers[JAN].restricted_at is not None
    assert listing.count("[RESTRICTED]") == 4  # two customer lines and their two own tickets

    invoke(config, "subject", "unrestrict", "--email", JAN_WORK)
    customers = asyncio.run(_customers(migrated_db_url))
    audit = asyncio.run(_audit(migrated_db_url))
    assert not customers[JAN].restricted and customers[JAN].restricted_at is None
    assert [a[1] for a in audit] == ["subject_restricted"] * 2 + ["subject_unrestricted"] * 2
    assert {a[0] for a in audit} == {getpass.getuser()}
    assert all(JAN not in str(a[2]) for a in audit)


def test_rectify_sets_validated_values_from_staff_and_audits_field_names_only(
    migrated_db_url: str, tmp_path: Path
) -> None:
    _seed(migrated_db_url, tmp_path / "files")
    config = write_config(tmp_path / "intake.toml", {"database": {"url": migrated_db_url}})

    out = invoke(
        config,
        "subject",
        "rectify",
        "--email",
        JAN,
        "--set",
        "phone=020 123 4567",
        "--set",
        "name=Jan  de  Vries-Smit",
        "--set",
        "robot_id=ts-20001",
    )
    customers = asyncio.run(_customers(migrated_db_url))
    audit = asyncio.run(_audit(migrated_db_url))

    assert "corrected (source: staff)" in out
    jan = customers[JAN]
    assert (jan.phone, jan.phone_source, jan.name, jan.name_source) == (
        "+31201234567",
        "staff",
        "Jan de Vries-Smit",
        "staff",
    )
    robots = asyncio.run(_robot_ids(migrated_db_url, jan.id))
    assert ("TS-20001", "staff") in robots
    assert audit == [
        (getpass.getuser(), "subject_rectified", {"fields": ["name", "phone", "robot_id"], "source": "staff"})
    ]


async def _robot_ids(url: str, customer_id: int) -> list[tuple[str, str]]:
    db = Database.open(url)
    try:
        async with db.session() as session:
            rows = await session.execute(
                select(CustomerRobotId.robot_id, CustomerRobotId.source).where(
                    CustomerRobotId.customer_id == customer_id
                )
            )
            return [(r[0], r[1]) for r in rows.all()]
    finally:
        await db.close()


def test_rectify_refuses_invalid_values_and_a_taken_address(migrated_db_url: str, tmp_path: Path) -> None:
    _seed(migrated_db_url, tmp_path / "files")
    config = write_config(tmp_path / "intake.toml", {"database": {"url": migrated_db_url}})
    with pytest.raises(CliError, match="not a valid phone number"):
        invoke(config, "subject", "rectify", "--email", JAN, "--set", "phone=12345")
    with pytest.raises(CliError, match="not an email address"):
        invoke(config, "subject", "rectify", "--email", JAN, "--set", "email=jan@@example")
    with pytest.raises(CliError, match="already has the address"):
        invoke(config, "subject", "rectify", "--email", JAN, "--set", f"email={PIET}")
    with pytest.raises(CliError, match="no customer record has the address"):
        invoke(config, "subject", "rectify", "--email", "nobody@example.nl", "--set", "name=Nobody Here")
    assert asyncio.run(_customers(migrated_db_url))[JAN].name == JAN_NAME  # nothing changed


def test_rectification_input_rules() -> None:
    assert rectification(["email=Jan.Nieuw@Example.NL"]).email == "jan.nieuw@example.nl"
    assert rectification(["phone=+31 6 1234 5678"]).phone == "+31612345678"
    for bad in (["phone"], ["colour=blue"], ["name=x"], ["name=A B", "name=C D"], []):
        with pytest.raises(InputError):
            rectification(bad)


async def test_restriction_and_rectification_on_the_storage_layer(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    await jan_story(Scenario(database, settings_for(migrated_db_url, tmp_path / "files")))
    async with database.session() as session:
        found = await subjects.find(session, subjects.SubjectQuery(emails=(JAN,)))
        changed = await subjects.set_restricted(
            session, found.customer_ids, True, actor="tester", now=RECEIVED
        )
        await subjects.rectify(
            session, JAN_WORK, subjects.Rectification(phone="+31201234567"), actor="tester", now=RECEIVED
        )
        await session.commit()
        records = await subjects.load(
            session, await subjects.find(session, subjects.SubjectQuery(emails=(JAN,)))
        )
    assert changed == 2
    assert all(c.restricted for c in records.customers)
    assert all(t.customer_restricted for t in records.tickets if t.owned)
    assert {c.phone for c in records.customers} == {"+31612345678", "+31201234567"}


async def test_a_restricted_person_gets_no_acknowledgement_for_new_mail(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    scenario = Scenario(database, settings_for(migrated_db_url, tmp_path / "files"))
    await jan_story(scenario)
    async with database.session() as session:
        found = await subjects.find(session, subjects.SubjectQuery(emails=(JAN,)))
        await subjects.set_restricted(session, found.customer_ids, True, actor="tester", now=RECEIVED)
        await session.commit()
    result = await scenario.ingest(
        raw_mail(
            sender=JAN,
            name=JAN_NAME,
            subject="Nieuwe vraag",
            body="Werkt de robot ook zonder wifi?\n",
            message_id="<jan-9@example.nl>",
        )
    )
    assert result.outcome is not None and result.outcome.ticket_created
    async with database.session() as session:
        states = (
            await session.scalars(
                select(OutboxMail.state).where(
                    OutboxMail.ticket_id == result.outcome.ticket_id, OutboxMail.recipient == JAN
                )
            )
        ).all()
    assert states and set(states) == {"suppressed"}
