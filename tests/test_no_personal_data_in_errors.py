"""No personal data in logs, at any level, nor in a failure's reason (storage/reasons.py, docs/admin-cli.md).

A realistic run through the real `intake` command: every mail of samples/ is ingested with the log at DEBUG,
then the database refuses every new message (a trigger, as a broken constraint or a full disk would), and
mails full of personal data are ingested until they are quarantined. Everything the commands print (the log
on stderr, the per-file lines, `quarantine list` in both forms) is scanned for the samples' names, addresses,
phone numbers, subjects and texts, for any e-mail address or phone number, and for BSN-like numbers.
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
from pathlib import Path

from intake.testbed.servers import Certs, SmtpSink, write_config
from storage.database import Database
from tests.fixtures import certs
from tests.fixtures.dovecot import MailAccount

ROOT = Path(__file__).resolve().parent.parent
INTAKE = Path(sys.executable).parent / "intake"
SAMPLES = sorted((ROOT / "samples").glob("*.eml"))

#: The mails that fail: a writer's name, address, phone number and a BSN in the headers and the text.
WRITER = "Maartje Groenewegen"
FAILING_BODY = (
    "Beste Tinybots,\n\nMijn robot doet het niet meer. Bel mij op 06-12345678 of +31 6 87654321.\n"
    "Mijn BSN is 111222333.\n\nGroet,\nMaartje Groenewegen\nKerkstraat 12, Utrecht\n"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+\d[\d \-]{7,16}\d|\b0\d[\d \-]{7,10}\d\b)")
NINE_DIGITS = re.compile(r"(?<![\w.:-])\d{9}(?![\w.:-])")  # not inside a hash, a time or a decimal
#: What a stored reason looks like: the stage, the exception class, the driver's codes and schema names.
REASON = re.compile(r"stage \w+: \w+( \([\w ,.:]+\))?")


def is_bsn_like(number: str) -> bool:
    """The Dutch eleven-test (elfproef) that every BSN passes."""
    digits = [int(d) for d in number]
    return sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0


def personal_data_of_the_samples() -> set[str]:
    found = {WRITER, "Kerkstraat 12", "Mijn robot doet het niet meer"}
    for path in (ROOT / "samples").glob("*.json"):
        expected = json.loads(path.read_text(encoding="utf-8"))
        customer = expected.get("customer") or {}
        found |= {v for v in (customer.get("name"), customer.get("email"), customer.get("phone")) if v}
        found |= {t for t in expected.get("text_contains", []) if len(t) >= 12}
        if len(expected.get("subject") or "") >= 12:
            found.add(expected["subject"])
    return found


def failing_mail(index: int) -> bytes:
    return (
        f"From: {WRITER} <maartje.groenewegen@example.nl>\r\nTo: help@tinybots.nl\r\n"
        f"Subject: Robot van {WRITER} stuk ({index})\r\nDate: Tue, 24 Nov 2026 10:59:00 +0100\r\n"
        f"Message-ID: <fail{index}@example.nl>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + FAILING_BODY.replace("\n", "\r\n")
    ).encode()


def intake(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(INTAKE), "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


async def refuse_new_messages(url: str) -> None:
    """From now on the database refuses every message row, with the statement's parameters in the error."""
    statements = (
        [
            "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION refuse()",
        ]
        if url.startswith("postgresql")
        else ["CREATE TRIGGER refuse BEFORE INSERT ON messages BEGIN SELECT RAISE(ABORT, 'refused'); END"]
    )
    db = Database.open(url)
    try:
        async with db.engine.begin() as conn:
            for statement in statements:
                await conn.exec_driver_sql(statement)
    finally:
        await db.close()


def leaks(text: str, personal: set[str]) -> list[str]:
    found = [value for value in personal if value in text]
    found += EMAIL.findall(text) + PHONE.findall(text)
    found += [n for n in NINE_DIGITS.findall(text) if is_bsn_like(n)]
    return found


def test_a_realistic_run_logs_and_stores_no_personal_data(db_url: str, tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(
        f'[database]\nurl = "{db_url}"\nfiles_dir = "{tmp_path / "files"}"\n'
        '[logging]\nlevel = "DEBUG"\nformat = "json"\n',
        encoding="utf-8",
    )
    failing = []
    for index in range(3):
        failing.append(tmp_path / f"failing-{index}.eml")
        failing[-1].write_bytes(failing_mail(index))

    samples = intake(config, "ingest", *map(str, SAMPLES))
    assert samples.returncode in (0, 1), samples.stderr
    asyncio.run(refuse_new_messages(db_url))
    failed = intake(config, "ingest", "--json", *map(str, failing))
    failed_text = intake(config, "ingest", *map(str, failing))  # already quarantined: printed as such
    listed_json = intake(config, "quarantine", "list", "--json")
    listed = intake(config, "quarantine", "list")

    reasons = [row["reason"] for row in map(json.loads, listed_json.stdout.splitlines())]
    assert len(reasons) == len(failing)
    for reason in reasons:
        assert REASON.fullmatch(reason), reason
        assert reason.startswith(("stage route: ", "stage commit: ")) and "Error" in reason
    assert [json.loads(line)["error"] for line in failed.stdout.splitlines()] == reasons

    runs = (samples, failed, failed_text, listed_json, listed)
    log_lines = [line for run in runs for line in run.stderr.splitlines()]
    events = [json.loads(line) for line in log_lines if line.startswith("{")]
    assert sum(e["event"] == "quarantined" and e["level"] == "error" for e in events) == len(failing)
    assert sum(e["event"] == "routed" for e in events) >= len(SAMPLES) - 5  # the run was a real one
    personal = personal_data_of_the_samples()
    printed = "\n".join(run.stdout + run.stderr for run in runs)
    assert [line for line in printed.splitlines() if leaks(line, personal)] == []
    print(
        f"scanned {len(log_lines)} log lines and {len(printed.splitlines())} printed lines; reasons: {reasons}"
    )


def test_the_daemon_at_debug_logs_no_personal_data(
    mail_account: MailAccount, test_ca: certs.TestCA, tmp_path: Path
) -> None:
    """`intake run --once` with the log at DEBUG over every sample in the INBOX: IMAP and SMTP protocol detail,
    routing and sending, and no name, address, phone number, text or password in any of it."""
    mail_account.append([path.read_bytes() for path in SAMPLES])
    sink = SmtpSink(Certs(test_ca.ca_file, test_ca.cert_file, test_ca.key_file))
    sink.start()
    try:
        config = write_config(
            tmp_path / "intake.toml",
            {
                "mailbox": mail_account.mailbox_config(),
                "smtp": sink.smtp_config(),
                "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"},
                "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
                "outbound": {"acks_per_minute": 100_000},
                "logging": {"format": "json", "level": "DEBUG"},
            },
        )
        run = intake(config, "run", "--once")
    finally:
        sink.stop()
    assert run.returncode == 0, run.stderr[-2000:]
    assert mail_account.count("INBOX") == 0
    lines = run.stderr.splitlines()
    loggers = {json.loads(line).get("logger") for line in lines if line.startswith("{")}
    assert {"intake.pipeline"} <= loggers and any(str(name).startswith("imapclient") for name in loggers)
    personal = personal_data_of_the_samples() | {mail_account.password}
    bad = [line for line in lines if leaks(line, personal)]
    assert bad == []
    print(f"scanned {len(lines)} daemon log lines from {len(loggers)} loggers")
