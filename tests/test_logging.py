"""Logging: one line per event (JSON or key=value off a terminal), and no personal data at any level."""

from __future__ import annotations

import io
import json
import logging
import os
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog

from intake.config import LoggingSettings
from intake.service.logging_setup import QUIET_LOGGERS, REDACTED, setup_logging

PERSONAL = {
    "email": "jan.devries@example.nl",
    "name": "Jan de Vries",
    "phone": "+31612345678",
    "subject": "Mijn robot 10234 doet het niet",
    "text": "Beste Tinybots, mijn naam is Jan de Vries",
    "customer_email": "jan.devries@example.nl",
    "robot_id": "10234",
}


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    quiet = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, quiet_level in quiet.items():
        logging.getLogger(name).setLevel(quiet_level)
    structlog.reset_defaults()


def _lines(stream: io.StringIO) -> list[str]:
    return [line for line in stream.getvalue().splitlines() if line]


def _setup(level: str = "INFO", fmt: str = "json") -> io.StringIO:
    stream = io.StringIO()
    setup_logging(LoggingSettings.model_validate({"level": level, "format": fmt}), stream=stream)
    return stream


def test_json_format_writes_one_object_per_line_with_event_level_logger_and_time() -> None:
    stream = _setup(fmt="json")
    structlog.get_logger("intake.pipeline").info(
        "routed", spool=812, ticket="TB-000123", reason="in_reply_to"
    )
    (line,) = _lines(stream)
    event = json.loads(line)
    assert event["event"] == "routed"
    assert event["level"] == "info"
    assert event["logger"] == "intake.pipeline"
    assert event["timestamp"].endswith("Z")
    assert (event["spool"], event["ticket"], event["reason"]) == (812, "TB-000123", "in_reply_to")


def test_keyvalue_format_writes_logfmt_lines() -> None:
    stream = _setup(fmt="keyvalue")
    structlog.get_logger("intake.pipeline").info("routed", ticket="TB-000123", note="two words")
    (line,) = _lines(stream)
    assert " level=info event=routed logger=intake.pipeline ticket=TB-000123 " in line
    assert line.endswith('note="two words"')


def test_stdlib_loggers_share_the_format() -> None:
    stream = _setup(fmt="json")
    logging.getLogger("intake.daemon.mailbox").warning("reconnecting after %d s", 5)
    event = json.loads(_lines(stream)[0])
    assert (event["event"], event["level"], event["logger"]) == (
        "reconnecting after 5 s",
        "warning",
        "intake.daemon.mailbox",
    )


def test_a_library_warning_is_a_debug_line_and_shows_only_at_debug() -> None:
    quiet = _setup(level="INFO", fmt="json")
    logging.getLogger("mailparser.core").warning("Email content 'rfc822-headers' not handled")
    assert _lines(quiet) == []

    loud = _setup(level="DEBUG", fmt="json")
    logging.getLogger("mailparser.core").warning("Email content 'rfc822-headers' not handled")
    event = json.loads(_lines(loud)[-1])
    assert (event["level"], event["logger"]) == ("debug", "mailparser.core")


def test_python_warnings_are_debug_lines_and_show_only_at_debug() -> None:
    for level, shown in (("INFO", False), ("DEBUG", True)):
        # pytest swaps warnings.showwarning per test; captureWarnings(True) would keep pytest's, so start afresh
        logging.captureWarnings(False)
        stream = _setup(level=level, fmt="json")
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.warn("a library's API will change", DeprecationWarning, stacklevel=1)
        events = [json.loads(line) for line in _lines(stream)]
        found = [e for e in events if "a library's API will change" in e["event"]]
        assert bool(found) is shown
        assert all((e["level"], e["logger"]) == ("debug", "py.warnings") for e in found)


def test_a_library_error_keeps_its_level() -> None:
    stream = _setup(level="INFO", fmt="json")
    logging.getLogger("asyncio").error("Task exception was never retrieved")
    event = json.loads(_lines(stream)[0])
    assert (event["level"], event["logger"]) == ("error", "asyncio")


@pytest.mark.parametrize("fmt", ["json", "keyvalue", "console"])
def test_personal_fields_are_masked_at_info(fmt: str) -> None:
    stream = _setup(fmt=fmt)
    structlog.get_logger("intake.pipeline").info("parsed", ticket="TB-000123", **PERSONAL)
    output = stream.getvalue()
    assert "TB-000123" in output
    for key, value in PERSONAL.items():
        assert value not in output, key
    assert output.count(REDACTED) == len(PERSONAL)


def test_addresses_and_phone_numbers_inside_free_text_are_masked_above_debug() -> None:
    stream = _setup(fmt="json")
    logging.getLogger("aiosmtplib").error("550 rejected <jan.devries@example.nl>, call +31 6 1234 5678")
    event = json.loads(_lines(stream)[0])
    assert "jan.devries" not in event["event"]
    assert "1234" not in event["event"]
    assert event["event"].startswith("550 rejected <[redacted]>")


def test_exception_is_one_line_and_its_message_is_masked() -> None:
    stream = _setup(fmt="keyvalue")
    try:
        raise ValueError("no ticket for jan.devries@example.nl")
    except ValueError:
        structlog.get_logger("intake.worker").exception("quarantined", spool=7)
    (line,) = _lines(stream)
    assert "level=error event=quarantined" in line
    assert "Traceback (most recent call last)" in line
    assert "ValueError: no ticket for [redacted]" in line
    assert "jan.devries" not in line


def test_debug_lines_mask_customer_fields_too() -> None:
    stream = _setup(level="DEBUG", fmt="json")
    log = structlog.get_logger("intake.parse")
    log.debug("extracted", **PERSONAL)
    log.info("parsed", email=PERSONAL["email"])
    logging.getLogger("mailparser.core").debug("Header From: Jan de Vries")  # a library quoting the mail
    warning, debug, info = (json.loads(line) for line in _lines(stream))
    assert warning["event"] == "debug_logging_on" and warning["level"] == "warning"
    assert {k: debug[k] for k in PERSONAL} == dict.fromkeys(PERSONAL, REDACTED)
    assert info["email"] == REDACTED


def test_debug_lines_are_not_written_at_info() -> None:
    stream = _setup(level="INFO", fmt="json")
    log = structlog.get_logger("intake.parse")
    log.debug("extracted", email=PERSONAL["email"])
    logging.getLogger("imapclient").debug("> FETCH 1 BODY[]")
    assert _lines(stream) == []


def test_auto_format_is_keyvalue_off_a_terminal() -> None:
    stream = _setup(fmt="auto")
    structlog.get_logger("intake.daemon").info("ready", mailbox="INBOX")
    (line,) = _lines(stream)
    assert "level=info event=ready logger=intake.daemon mailbox=INBOX" in line


def test_auto_format_is_coloured_console_on_a_terminal() -> None:
    primary, secondary = os.openpty()
    try:
        with open(secondary, "w", encoding="utf-8", closefd=False) as tty:
            setup_logging(LoggingSettings(format="auto"), stream=tty)
            structlog.get_logger("intake.daemon").info("ready", ticket="TB-000001")
            tty.flush()
        output = os.read(primary, 4096).decode()
    finally:
        os.close(primary)
        os.close(secondary)
    assert "\x1b[" in output  # ANSI colour codes
    assert "ready" in output and "TB-000001" in output
    assert "event=" not in output


def test_under_journald_lines_carry_a_syslog_priority_and_no_timestamp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal-stream"
    with path.open("w", encoding="utf-8") as stream:
        st = os.fstat(stream.fileno())
        monkeypatch.setenv("JOURNAL_STREAM", f"{st.st_dev}:{st.st_ino}")
        setup_logging(LoggingSettings(format="auto"), stream=stream)
        log = structlog.get_logger("intake.daemon")
        log.info("ready")
        log.error("imap_login_failed", attempt=3)
    info, error = path.read_text(encoding="utf-8").splitlines()
    assert info == "<6>level=info event=ready logger=intake.daemon"
    assert error == "<3>level=error event=imap_login_failed logger=intake.daemon attempt=3"


def test_a_second_setup_replaces_the_first_handler() -> None:
    first = _setup(fmt="json")
    second = _setup(fmt="json")
    structlog.get_logger("intake.daemon").info("ready")
    assert _lines(first) == []
    assert len(_lines(second)) == 1


def test_debug_shows_protocol_detail_but_not_driver_chatter() -> None:
    stream = _setup(level="DEBUG", fmt="json")
    logging.getLogger("imapclient.imaplib").debug("> b'0003 SELECT INBOX'")
    logging.getLogger("aiosqlite").debug("executing functools.partial(<built-in method execute>)")
    events = [json.loads(line)["event"] for line in _lines(stream)]
    assert "> b'0003 SELECT INBOX'" in events
    assert not any(e.startswith("executing") for e in events)
