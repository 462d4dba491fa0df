"""`intake ingest` and the staff views (`tickets`, `rights`, `automatic`) as a user runs them: a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from intake.cli.ingest_cmd import receipt_time
from intake.config import Settings
from tests.test_ingest import mail

INTAKE = [str(Path(sys.executable).parent / "intake")]

ERASURE = (
    "Geachte heer/mevrouw,\n\nHierbij verzoek ik u mijn persoonsgegevens te wissen op grond van artikel 17 AVG.\n\n"
    "Hoogachtend,\nJoost van Leeuwen\n"
)


def run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*INTAKE, "--config", str(config), *args], capture_output=True, text=True, timeout=120
    )


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_ingest_prints_what_it_did_and_the_views_show_it(db_url: str, tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\nfiles_dir = "{tmp_path / "files"}"\n')
    question = tmp_path / "question.eml"
    question.write_bytes(mail("<q1@example.nl>"))
    erasure = tmp_path / "erasure.eml"
    erasure.write_bytes(
        mail("<e1@example.nl>", subject="Verwijder mijn gegevens", body=ERASURE, sender="joost@example.nl")
    )

    away = tmp_path / "away.eml"
    away.write_bytes(
        mail(
            "<ooo@example.nl>",
            subject="Afwezig",
            body="Ik ben afwezig.\n",
            extra_headers="Auto-Submitted: auto-replied\n",
        )
    )

    first = run(config, "ingest", str(question), str(erasure), str(away))
    copy = tmp_path / "copy-of-question.eml"
    copy.write_bytes(question.read_bytes())
    again = run(config, "ingest", str(copy))
    tickets = json_lines(run(config, "tickets", "list", "--json").stdout)
    shown = json.loads(run(config, "tickets", "show", "TB-000001", "--json").stdout)
    rights = json_lines(run(config, "rights", "list", "--json").stdout)
    automatic = json_lines(run(config, "automatic", "list", "--json").stdout)
    missing = run(config, "tickets", "show", "TB-999999")

    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        f"{question}: TB-000001 new_ticket",
        f"{erasure}: TB-000002 new_ticket (rights request 1)",
        f"{away}: no ticket: automatic_unticketed",
    ]
    assert (again.returncode, again.stdout.strip()) == (0, f"{copy}: duplicate of TB-000001")
    assert sorted(t["ref"] for t in tickets) == ["TB-000001", "TB-000002"]
    assert set(shown) >= {
        "ref",
        "status",
        "subject",
        "customer",
        "created_at",
        "last_activity_at",
        "message_ids",
    }
    assert (shown["status"], shown["message_ids"], shown["customer"]["email"]) == (
        "open",
        ["<q1@example.nl>"],
        "jan@example.nl",
    )
    assert set(shown["customer"]) == {"name", "email", "phone", "robot_id", "restricted"}
    assert shown["customer"]["restricted"] is False
    assert [(r["id"], r["ticket_ref"], r["due_date"], r["legal_due_date"], r["status"]) for r in rights] == [
        (1, "TB-000002", "2026-12-22", "2026-12-24", "open")
    ]
    assert set(rights[0]) >= {
        "id",
        "ticket_ref",
        "rights",
        "received_at",
        "due_date",
        "legal_due_date",
        "status",
    }
    assert [(m["message_id"], m["classification"]) for m in automatic] == [("<ooo@example.nl>", "auto_reply")]
    assert (missing.returncode, missing.stderr.strip()) == (1, "intake: no ticket TB-999999")


def test_a_restricted_customer_is_marked_in_every_ticket_and_rights_listing(
    db_url: str, tmp_path: Path
) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\nfiles_dir = "{tmp_path / "files"}"\n')
    question = tmp_path / "question.eml"
    question.write_bytes(mail("<q1@example.nl>"))
    erasure = tmp_path / "erasure.eml"
    erasure.write_bytes(
        mail("<e1@example.nl>", subject="Verwijder mijn gegevens", body=ERASURE, sender="joost@example.nl")
    )
    assert run(config, "ingest", str(question), str(erasure)).returncode == 0
    restrict = run(config, "subject", "restrict", "--email", "joost@example.nl")

    tickets = {t["ref"]: t for t in json_lines(run(config, "tickets", "list", "--json").stdout)}
    shown = json.loads(run(config, "tickets", "show", "TB-000002", "--json").stdout)
    other = json.loads(run(config, "tickets", "show", "TB-000001", "--json").stdout)
    rights = json_lines(run(config, "rights", "list", "--json").stdout)
    right = json.loads(run(config, "rights", "show", "1", "--json").stdout)
    ticket_table = run(config, "tickets", "list").stdout
    shown_text = run(config, "tickets", "show", "TB-000002").stdout
    rights_table = run(config, "rights", "list").stdout
    right_text = run(config, "rights", "show", "1").stdout

    assert restrict.returncode == 0, restrict.stderr
    assert (
        tickets["TB-000002"]["customer"]["restricted"],
        tickets["TB-000001"]["customer"]["restricted"],
    ) == (
        True,
        False,
    )
    assert (shown["customer"]["restricted"], other["customer"]["restricted"]) == (True, False)
    assert [(r["id"], r["customer_restricted"]) for r in rights] == [(1, True)]
    assert right["customer_restricted"] is True
    restricted_rows = [line for line in ticket_table.splitlines() if "RESTRICTED" in line]
    assert len(restricted_rows) == 1 and "TB-000002" in restricted_rows[0]
    assert "RESTRICTED" in shown_text.splitlines()[1]  # the customer line
    assert [line for line in rights_table.splitlines() if "TB-000002" in line][0].count("RESTRICTED") == 1
    assert right_text.startswith("RESTRICTED")


def test_ingest_of_an_unreadable_path_says_so_and_fails(tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "sqlite+aiosqlite:///{tmp_path / "db" / "intake.db"}"\n')
    result = run(config, "ingest", str(tmp_path / "missing.eml"))
    assert result.returncode == 1
    assert "missing.eml: cannot read (No such file or directory); skipped" in result.stderr


def test_receipt_of_a_file_is_the_newest_received_header_else_date_else_now() -> None:
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    settings = Settings()
    two_hops = (
        b"Received: by mx.tinybots.nl; Tue, 24 Nov 2026 11:05:00 +0100\r\n"
        b"Received: by relay.example.nl; Tue, 24 Nov 2026 11:00:00 +0100\r\n"
        b"From: jan@example.nl\r\nDate: Mon, 23 Nov 2026 09:00:00 +0100\r\nSubject: x\r\n\r\nhallo\r\n"
    )
    dated = b"From: jan@example.nl\r\nDate: Mon, 23 Nov 2026 09:00:00 +0100\r\nSubject: x\r\n\r\nhallo\r\n"
    undated = b"From: jan@example.nl\r\nSubject: x\r\n\r\nhallo\r\n"
    assert receipt_time(two_hops, settings, now) == datetime(2026, 11, 24, 10, 5, tzinfo=UTC)
    assert receipt_time(dated, settings, now) == datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    assert receipt_time(undated, settings, now) == now
