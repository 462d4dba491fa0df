"""Issue 14 in the real daemon (`intake run --once` against Dovecot, SQLite file, real parse workers): mail that
takes seconds to parse does not hold up the ordinary mail of the same run, and ends in quarantine with its reason.

The slow mails are real shapes, not a test hook: 4.3 MB of Outlook reply labels (tests/hostile_mail.py), which the
parser reads in linear time: 1.9-2.1 s of CPU on the 2-core test machine (2026-12-06; ~5 s when this test was
written, before the parser's speed-ups), twice `parse_timeout_seconds = 1`.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from intake.testbed.mail import realistic_backlog
from intake.testbed.servers import write_config
from tests.fixtures.dovecot import MailAccount
from tests.hostile_mail import outlook_labels

INTAKE = str(Path(sys.executable).parent / "intake")
#: [mailbox] parse_timeout_seconds (its least): well under the slow mails' parse. At 2 s, the budget this test had,
#: the faster parser finished them in time in a quick moment and routed them (one CI run of three, session 8).
BUDGET_SECONDS = 1
MAX_ATTEMPTS = 2
#: A correctness bound, not the issue's target (1 s): held behind the slow mails, as the ordered pipeline did, the
#: ordinary ones waited 11-31 s; queued behind them in the one parse worker, 1.8-2.7 s. With the pool's big lane
#: they wait 0.5 s (the spool-order wait for an earlier big mail) plus routing: 0.5-0.9 s on 2 cores
#: (docs/reliability.md#slow-or-crashing-mail; `bench/slow_mail.py` prints the delays over several runs).
DELAY_BOUND_SECONDS = 3.0


def slow_mail(n: int) -> bytes:
    raw = outlook_labels(4_300_000)
    return raw.replace(b"<hostile@example.nl>", f"<slow{n}@example.nl>".encode())


def _config(account: MailAccount, directory: Path) -> Path:
    directory.mkdir()
    sections: dict[str, dict[str, Any]] = {
        "mailbox": account.mailbox_config(
            parse_timeout_seconds=BUDGET_SECONDS, max_attempts=MAX_ATTEMPTS, parse_workers=1
        ),
        "database": {"url": f"sqlite+aiosqlite:///{directory}/intake.db"},
        "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
        "outbound": {"acks_per_minute": 100_000},
        "logging": {"format": "keyvalue"},
    }
    return write_config(directory / "intake.toml", sections)


def _run_once_timed(config: Path) -> tuple[dict[str, float], float]:
    """`intake run --once`, watching its database: when each inbound Message-ID was first stored, in seconds
    after the first spool row appeared (the fetch; the same for both runs), and how long the run took."""
    database = config.parent / "intake.db"
    seen: dict[str, float] = {}
    spooled_at: float | None = None
    started = time.monotonic()
    with open(config.parent / "daemon.log", "wb") as log:
        daemon = subprocess.Popen([INTAKE, "--config", str(config), "run", "--once"], stderr=log)
    try:
        while daemon.poll() is None:
            if database.exists():
                spooled_at, seen = _look(database, spooled_at, seen)
            time.sleep(0.02)
    finally:
        daemon.kill() if daemon.poll() is None else None
    took = time.monotonic() - started
    spooled_at, seen = _look(database, spooled_at, seen)
    assert daemon.returncode == 0, (config.parent / "daemon.log").read_text()
    assert spooled_at is not None
    return {message_id: at - spooled_at for message_id, at in seen.items()}, took


def _look(
    database: Path, spooled_at: float | None, seen: dict[str, float]
) -> tuple[float | None, dict[str, float]]:
    now = time.monotonic()
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.5) as connection:
            if spooled_at is None and connection.execute("SELECT count(*) FROM spool").fetchone()[0]:
                spooled_at = now
            for (message_id,) in connection.execute("SELECT message_id FROM messages WHERE direction = 'in'"):
                seen.setdefault(message_id, now)
    except sqlite3.OperationalError:  # not migrated yet, or locked for a moment
        pass
    return spooled_at, seen


def _states(database: Path) -> dict[int, tuple[str, str | None]]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT id, state, last_error FROM spool").fetchall()
    return {spool_id: (state, error) for spool_id, state, error in rows}


def test_three_slow_mails_do_not_hold_up_twenty_others_and_are_quarantined_with_their_reason(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    ordinary = realistic_backlog(20)  # threads: every 4th mail answers an earlier one

    mail_account.append(ordinary)
    alone, alone_took = _run_once_timed(_config(mail_account, tmp_path / "alone"))
    assert len(alone) == 20

    mixed = list(ordinary)
    for position, n in ((1, 1), (8, 2), (15, 3)):  # among the first chunk's mails, ahead of most of them
        mixed.insert(position, slow_mail(n))
    mail_account.append(mixed)
    config = _config(mail_account, tmp_path / "mixed")
    with_slow, first_took = _run_once_timed(config)

    delays = sorted(with_slow[message_id] - alone[message_id] for message_id in alone)
    print(f"alone: run {alone_took:.1f} s; with 3 slow mails: run {first_took:.1f} s (quarantined in it)")
    print("delay of each ordinary mail (s): " + " ".join(f"{delay:.2f}" for delay in delays))
    assert set(with_slow) == set(alone)  # all twenty in the first run, none of the slow ones
    assert max(delays) < DELAY_BOUND_SECONDS

    # `run --once` passes again over what failed, up to max_attempts: the three end in quarantine in this run
    states = _states(config.parent / "intake.db")
    assert (
        sorted(state for state in states.values() if state[0] != "done")
        == [("quarantined", f"stage parse: ParseWorkerLost: parse exceeded {BUDGET_SECONDS} s")] * 3
    )
    # the bound: per pass, each slow mail's budget one after the other, plus the daemon's start and the fetch
    assert first_took < MAX_ATTEMPTS * 3 * (BUDGET_SECONDS + 1) + 15
