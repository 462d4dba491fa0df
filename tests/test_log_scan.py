"""The session's log scan (tests/log_scan.py) finds personal data where it is, and only there."""

from __future__ import annotations

import logging
from pathlib import Path

import structlog

from tests.log_scan import LogScan, Scanner, daemon_logs, known_personal_data, passes_elfproef


def test_the_known_people_come_from_the_labels() -> None:
    known = known_personal_data()
    kinds = set(known.values())
    assert {"name", "email", "bsn"} <= kinds
    assert known["Joost van Leeuwen"] == "name"  # samples/nl-erasure-paspoort-bsn-dotted.json
    assert known["rj.smit@kpnmail.example"] == "email"  # tests/corpus/blind/labels.json
    assert known["2554.82.802"] == "bsn"


def test_a_line_with_personal_data_is_a_hit_and_an_admin_line_is_not() -> None:
    scanner = Scanner()
    assert scanner.hits("level=info event=routed spool=12 ticket=TB-000003 reason=in_reply_to") == []
    assert scanner.hits("event=sent to=help@tinybots.test mailbox=INBOX took=0.123456789") == []
    assert scanner.hits("event=x sha256=1234567821ab id=2026-12-06T09:24:04.003106Z") == []
    assert [kind for kind, _ in scanner.hits("event=x who='joost van leeuwen'")] == ["name"]
    assert [kind for kind, _ in scanner.hits("event=x from=piet@gmail.example")] == ["email"]
    assert [kind for kind, _ in scanner.hits("event=x phone='06-12345678'")] == ["phone"]
    assert [kind for kind, _ in scanner.hits("event=x n=+31 6 12345678")] == ["phone"]
    assert passes_elfproef("111222333") and not passes_elfproef("111222334")
    assert [kind for kind, _ in scanner.hits("event=x bsn=111222333")] == ["bsn"]
    assert scanner.hits("event=x n=111222334") == []
    assert "<email>" in scanner.redacted(
        "event=x from=piet@gmail.example"
    ) and "piet" not in scanner.redacted("event=x from=piet@gmail.example")


def test_a_leaking_debug_record_is_caught_as_an_admin_would_see_it(log_scan: LogScan) -> None:
    """A DEBUG record of one of our loggers, with a name in its message and an address under a key the
    formatter does not mask: the collector has it, rendered, and the scan reports it, redacted."""
    log_scan.take()  # what this test's setup logged
    logging.getLogger("intake.leaky").debug("writer is %s", "Joost van Leeuwen")
    structlog.get_logger("parsers.leaky").debug("parsed", note="tel 06-12345678")
    structlog.get_logger("storage.leaky").info(
        "stored", email="joost.vanleeuwen@example.nl"
    )  # masked: no hit
    lines = log_scan.take()
    assert [(name, level) for name, level, _ in lines] == [
        ("intake.leaky", "DEBUG"),
        ("parsers.leaky", "DEBUG"),
        ("storage.leaky", "INFO"),
    ]
    leaks = list(log_scan.leaks(lines, []))
    assert len(leaks) == 2
    assert "Joost" not in leaks[0] and "<name>" in leaks[0] and "intake.leaky DEBUG" in leaks[0]
    assert "12345678" not in leaks[1] and "<phone>" in leaks[1]


def test_a_daemon_log_in_the_tests_tmp_path_is_scanned(tmp_path: Path, log_scan: LogScan) -> None:
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "daemon.log").write_text(
        "level=info event=routed spool=1\nlevel=info who=piet@gmail.example\n"
    )
    (tmp_path / "dovecot.log").write_text(
        "imap-login: user=<someone@gmail.example>\n"
    )  # not ours: not scanned

    class Item:
        funcargs = {"tmp_path": tmp_path}

    files = daemon_logs(Item())  # type: ignore[arg-type]
    assert [path.name for path in files] == ["daemon.log"]
    assert [leak.split(":")[0:2] for leak in log_scan.leaks([], files)] == [["daemon.log", "2"]]
    (tmp_path / "run" / "daemon.log").unlink()  # else this test's own teardown reports it (it would)
