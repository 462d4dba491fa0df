"""A prompt SQLite writer (`Database.open(prompt_writer=True)`, the relay process's) gets the write lock between
another writer's back-to-back transactions, as the daemon routes mail, on a real database file.

SQLite's own busy handler sleeps 1, 2, 5 ... 100 ms between tries: against a writer that takes the lock again
right after each commit it hardly ever finds the file free (this test with it: not one write in 20 s), and the
relay fell 100-200 acknowledgements behind during a drain (docs/performance.md, session 5)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from storage.database import Database
from storage.outbox_sent import SqliteSentRecorder

WRITES = 10
#: A correctness bound, not a timing target (the prompt writer needs a second or two here; the busy handler does
#: not get in before the other writer stops).
HOG_LIMIT_SECONDS = 20.0
#: Another writer, in a process of its own: holds the write lock 10 ms, commits, and after ~0.1 ms of work (the
#: daemon's database thread between two mails) takes it again, until its stdin closes or the limit.
HOG = """
import sqlite3, sys, threading, time
done = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
deadline = time.monotonic() + float(sys.argv[2])
print("writing", flush=True)
while not done.is_set() and time.monotonic() < deadline:
    connection.execute("BEGIN IMMEDIATE")
    time.sleep(0.010)
    connection.execute("COMMIT")
    pause = time.perf_counter() + 0.0001
    while time.perf_counter() < pause:
        pass
"""


def test_a_prompt_writer_commits_between_another_writers_transactions(tmp_path: Path) -> None:
    path = tmp_path / "intake.db"
    db = Database.open(f"sqlite+aiosqlite:///{path}", prompt_writer=True)
    assert db.sync_engine is not None
    engine = db.sync_engine
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE marks (n INTEGER)"))

    def write(n: int) -> None:
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO marks VALUES (:n)"), {"n": n})

    try:
        _write_beside_a_hog(path, write)
    finally:
        engine.dispose()
    with sqlite3.connect(path) as check:
        assert check.execute("SELECT count(*) FROM marks").fetchone()[0] == WRITES


def test_the_relays_own_connection_is_as_prompt(tmp_path: Path) -> None:
    """The relay process on a SQLite file records on a sqlite3 connection of its own (storage/outbox_sent.py)."""
    path = tmp_path / "intake.db"
    with sqlite3.connect(path) as setup:
        setup.execute("PRAGMA journal_mode=WAL")  # as the daemon leaves its database
        setup.execute("CREATE TABLE outbox (id INTEGER PRIMARY KEY, state, sent_at, attempts, last_error)")
        setup.executemany(
            "INSERT INTO outbox VALUES (?, 'sending', NULL, 0, NULL)", [(n,) for n in range(WRITES)]
        )
    recorder = SqliteSentRecorder(path)
    try:
        _write_beside_a_hog(path, lambda n: recorder.mark_sent([n], datetime.now(UTC)))
    finally:
        recorder.close()
    with sqlite3.connect(path) as check:
        assert check.execute("SELECT count(*) FROM outbox WHERE state = 'sent'").fetchone()[0] == WRITES


def _write_beside_a_hog(path: Path, write: Callable[[int], None]) -> None:
    hog = subprocess.Popen(
        [sys.executable, "-c", HOG, str(path), str(HOG_LIMIT_SECONDS)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert hog.stdin is not None and hog.stdout is not None
    try:
        assert hog.stdout.readline() == "writing\n"
        for n in range(WRITES):
            write(n)
        hog_still_running = hog.poll() is None
    finally:
        hog.stdin.close()
        hog.wait()
    assert hog_still_running, "the writes waited for the other writer to stop"
