"""`intake subject find` and `export` (Art. 15, 20), on SQLite and PostgreSQL, with mail taken in through the
real pipeline: a person spread over two addresses, three tickets, attachments and a quarantined mail."""

from __future__ import annotations

import asyncio
import base64
import json
import stat
from pathlib import Path

from typer.testing import CliRunner

from intake.cli import app
from intake.cli.context import CliError
from intake.privacy.export import SCHEMA, build_export
from intake.testbed.servers import write_config
from storage import subjects
from storage.database import Database
from tests.privacy_mail import (
    JAN,
    JAN_NAME,
    JAN_PHONE,
    JAN_ROBOT,
    JAN_WORK,
    LOG,
    PASSPORT,
    PIET,
    RECEIVED,
    JanStory,
    Scenario,
    jan_story,
    settings_for,
)


async def story(database: Database, url: str, tmp_path: Path) -> tuple[Scenario, JanStory]:
    scenario = Scenario(database, settings_for(url, tmp_path / "files"))
    return scenario, await jan_story(scenario)


async def find(database: Database, **query: tuple[str, ...]) -> subjects.SubjectFindings:
    async with database.session() as session:
        return await subjects.find(session, subjects.SubjectQuery(**query))


async def test_find_by_phone_reaches_both_addresses_every_ticket_and_the_quarantined_mail(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    _, jan = await story(database, migrated_db_url, tmp_path)
    found = await find(database, phones=(JAN_PHONE,))
    async with database.session() as session:
        records = await subjects.load(session, found)
    assert found.identities.emails == (JAN_WORK, JAN)
    assert JAN_ROBOT in found.identities.robot_ids and JAN_NAME in found.identities.names
    assert {t.ref for t in records.tickets if t.owned} == {jan.own_ticket, jan.work_ticket}
    assert {t.ref for t in records.tickets if not t.owned} == {jan.piet_ticket}
    assert jan.quarantined_spool_id in found.spool_ids
    assert {a.filename for a in records.attachments()} == {"robot-log.txt", "paspoort.jpg"}
    assert [r.rights for r in records.rights_requests] == [("erasure",)]
    assert {o.recipient for o in records.outbox} >= {JAN}
    senders = {m.from_address for m in records.messages}
    assert {JAN, JAN_WORK, PIET} <= senders  # Piet's mail names Jan, so it concerns him too


async def test_every_identifier_finds_the_same_person(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    await story(database, migrated_db_url, tmp_path)
    by_email = await find(database, emails=(JAN,))
    by_work_email = await find(database, emails=(JAN_WORK,))
    by_robot = await find(database, robot_ids=(JAN_ROBOT,))
    by_name = await find(database, names=(JAN_NAME.upper(),))
    assert (
        by_email.customer_ids == by_work_email.customer_ids == by_robot.customer_ids == by_name.customer_ids
    )
    assert by_email.message_ids == by_robot.message_ids
    assert len(by_email.customer_ids) == 2


async def test_someone_else_is_not_found(database: Database, migrated_db_url: str, tmp_path: Path) -> None:
    await story(database, migrated_db_url, tmp_path)
    nobody = await find(database, emails=("nobody@example.nl",))
    piet = await find(database, emails=(PIET,))
    assert nobody.is_empty()
    assert len(piet.customer_ids) == 1 and len(piet.owned_ticket_ids) == 1
    assert not set(piet.customer_ids) & set((await find(database, emails=(JAN,))).customer_ids)


async def test_export_holds_every_ticket_message_attachment_request_and_the_quarantined_mail(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    _, jan = await story(database, migrated_db_url, tmp_path)
    found = await find(database, robot_ids=(JAN_ROBOT,))
    async with database.session() as session:
        document, _ = await build_export(
            session, found, files_dir=tmp_path / "files", now=RECEIVED, controller="Tinybots BV"
        )
    assert document["schema"] == SCHEMA
    assert {c["email"] for c in document["customers"]} == {JAN, JAN_WORK}
    assert {(t["ref"], t["role"]) for t in document["tickets"]} == {
        (jan.own_ticket, "customer"),
        (jan.work_ticket, "customer"),
        (jan.piet_ticket, "participant"),
    }
    texts = "\n".join(m["text"] for m in document["messages"])
    for words in (
        "reageert niet meer",
        "nog steeds niet",
        "persoonsgegevens verwijdert",
        "ik ben de buurman",
    ):
        assert words in texts
    assert all(m["from"] != PIET for m in document["messages"])  # Piet's own mail is his, not Jan's
    assert document["mentions_in_other_messages"] == 1
    contents = {
        a["filename"]: base64.b64decode(a["content_base64"])
        for m in document["messages"]
        for a in m["attachments"]
    }
    assert contents == {"robot-log.txt": LOG, "paspoort.jpg": PASSPORT}
    assert [r["rights"] for r in document["rights_requests"]] == [["erasure"]]
    assert document["mail_sent_to_subject"], "acknowledgements sent to Jan are his data too"
    [unprocessed] = document["unprocessed_mail"]
    assert unprocessed["state"] == "quarantined"
    assert b"Nog een vraag" in base64.b64decode(unprocessed["raw_base64"])
    json.dumps(document)  # serialisable as is


def _seed(url: str, files: Path) -> JanStory:
    async def run() -> JanStory:
        db = Database.open(url)
        try:
            return await jan_story(Scenario(db, settings_for(url, files)))
        finally:
            await db.close()

    return asyncio.run(run())


def test_cli_export_writes_a_private_json_file_and_a_dutch_summary(
    migrated_db_url: str, tmp_path: Path
) -> None:
    jan = _seed(migrated_db_url, tmp_path / "files")
    config = write_config(
        tmp_path / "intake.toml", {"database": {"url": migrated_db_url, "files_dir": str(tmp_path / "files")}}
    )
    out, letter = tmp_path / "export.json", tmp_path / "summary.txt"
    result = CliRunner().invoke(
        app,
        [
            "--config",
            str(config),
            "subject",
            "export",
            "--phone",
            "06 12345678",
            "--out",
            str(out),
            "--summary",
            str(letter),
        ],
    )
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and stat.S_IMODE(letter.stat().st_mode) == 0o600
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["schema"] == "tinybots-intake/subject-export/1"
    summary = letter.read_text(encoding="utf-8")
    assert summary.startswith("Overzicht van uw gegevens bij de helpdesk van Tinybots BV")
    assert "Helpdesktickets: 3" in summary and jan.work_ticket in summary
    assert "Geautomatiseerde besluitvorming: die is er niet" in summary
    assert summary in result.output


def test_cli_find_json_lists_the_person_and_rejects_a_bad_phone(migrated_db_url: str, tmp_path: Path) -> None:
    _seed(migrated_db_url, tmp_path / "files")
    config = write_config(tmp_path / "intake.toml", {"database": {"url": migrated_db_url}})
    ok = CliRunner().invoke(
        app, ["--config", str(config), "subject", "find", "--email", JAN.upper(), "--json"]
    )
    bad = CliRunner().invoke(app, ["--config", str(config), "subject", "find", "--phone", "12"])
    assert ok.exit_code == 0, ok.output
    listing = json.loads(ok.output)
    assert sorted(c["email"] for c in listing["customers"]) == sorted([JAN, JAN_WORK])
    assert len(listing["tickets"]) == 3 and len(listing["spool"]) >= 5
    assert isinstance(bad.exception, CliError) and bad.exception.exit_code == 2
    assert "not a valid phone number" in str(bad.exception)
