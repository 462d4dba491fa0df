"""Processing spooled mail in chunks with parsing ahead in worker processes (intake/daemon/processing.py), on both
backends, with real worker processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from intake.config import MailboxSettings, Settings
from intake.daemon import pipeline
from intake.daemon.parse_pool import ParsePool
from intake.daemon.pipeline import Prepared, ProcessResult, process_batch
from intake.daemon.processing import CHUNK_BYTES, CHUNK_MAILS, Processor, chunks_of
from parsers import ParserConfig, parse_message
from storage import spool
from storage.database import Database
from storage.models import Message, SpoolEntry
from tests.parse_doubles import HANG_MARKER, KILL_MARKER, RAISE_MARKER, SLOW_MARKER, parse_or_die
from tests.test_ingest import mail, settings_for

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
SAMPLES = Path(__file__).parent.parent / "samples"


@pytest.fixture
def pool() -> Iterator[ParsePool]:
    parse_pool = ParsePool(1, parse=parse_or_die)
    yield parse_pool
    parse_pool.close()


async def spool_all(db: Database, raws: list[bytes]) -> list[int]:
    ids = []
    async with db.session() as session:
        for uid, raw in enumerate(raws, start=1):
            result = await spool.spool_message(
                session, raw, mailbox="INBOX", uidvalidity=1, uid=uid, received_at=NOW
            )
            ids.append(result.spool_id)
        await session.commit()
    return ids


async def states(db: Database, ids: list[int]) -> list[str]:
    async with db.session() as session:
        rows = (await session.execute(select(SpoolEntry.id, SpoolEntry.state))).all()
        found = {row.id: row.state for row in rows}
    return [found[i] for i in ids]


def test_chunks_are_bounded_in_mails_and_bytes_and_a_big_mail_is_a_chunk_of_its_own() -> None:
    small = [spool.PendingEntry(i, 1000) for i in range(CHUNK_MAILS + 3)]
    assert [len(c) for c in chunks_of(small)] == [CHUNK_MAILS, 3]
    mixed = [spool.PendingEntry(1, 10), spool.PendingEntry(2, CHUNK_BYTES + 1), spool.PendingEntry(3, 10)]
    assert [[e.id for e in c] for c in chunks_of(mixed)] == [[1], [2], [3]]
    assert list(chunks_of([])) == []


def test_a_mail_parsed_in_a_worker_equals_the_mail_parsed_here() -> None:
    config = ParserConfig(own_addresses=("help@tinybots.nl",))
    raws = [path.read_bytes() for path in sorted(SAMPLES.glob("*.eml"))[:40]]
    parse_pool = ParsePool(1)
    try:
        futures = [parse_pool.submit(raw, config=config, now=NOW) for raw in raws]
        assert [f.result(timeout=60) for f in futures] == [
            parse_message(r, config=config, now=NOW) for r in raws
        ]
    finally:
        parse_pool.close()


async def test_every_pending_mail_is_processed_once_with_parsing_ahead(
    database: Database, migrated_db_url: str, tmp_path: Path, pool: ParsePool
) -> None:
    raws = [
        mail(f"<m{i}@example.nl>", sender=f"Klant {i} <k{i}@example.nl>") for i in range(2 * CHUNK_MAILS + 5)
    ]
    ids = await spool_all(database, raws)
    processor = Processor(
        database,
        settings_for(migrated_db_url, tmp_path),
        clock=lambda: NOW,
        pool=pool,
        should_stop=lambda: False,
    )
    results = await processor.process_pending()
    assert sorted(r.spool_id for r in results) == ids
    assert {r.state for r in results} == {"done"}
    assert set(await states(database, ids)) == {"done"}
    assert await processor.process_pending() == []
    async with database.session() as session:
        assert len((await session.execute(select(Message.id))).all()) == len(raws)


async def test_a_mail_that_kills_its_parse_worker_fails_alone_and_the_rest_is_processed(
    database: Database, migrated_db_url: str, tmp_path: Path, pool: ParsePool
) -> None:
    raws = [mail(f"<m{i}@example.nl>") for i in range(CHUNK_MAILS + 4)]
    poison = mail("<poison@example.nl>", extra_headers=KILL_MARKER.decode() + "\n")
    raws.insert(5, poison)
    ids = await spool_all(database, raws)
    settings = settings_for(migrated_db_url, tmp_path)
    processor = Processor(database, settings, clock=lambda: NOW, pool=pool, should_stop=lambda: False)

    for attempt in range(1, 4):  # [mailbox] max_attempts defaults to 3
        results = {r.spool_id: r for r in await processor.process_pending()}
        assert results[ids[5]].error is not None and "parse worker died" in results[ids[5]].error
        assert results[ids[5]].state == ("quarantined" if attempt == 3 else "retry")
    final = await states(database, ids)
    assert final[5] == "quarantined"
    assert final[:5] + final[6:] == ["done"] * (len(ids) - 1)


def with_parse_budget(settings: Settings, seconds: float, max_attempts: int = 3) -> Settings:
    mailbox = MailboxSettings(
        host="imap.example.nl", parse_timeout_seconds=seconds, max_attempts=max_attempts
    )
    return settings.model_copy(update={"mailbox": mailbox})


async def test_a_parse_that_hangs_is_given_up_and_its_worker_replaced(
    database: Database, migrated_db_url: str, tmp_path: Path, pool: ParsePool
) -> None:
    raws = [mail("<before@example.nl>"), mail("<hang@example.nl>", extra_headers=HANG_MARKER.decode() + "\n")]
    raws.append(mail("<after@example.nl>"))
    ids = await spool_all(database, raws)
    processor = Processor(
        database,
        with_parse_budget(settings_for(migrated_db_url, tmp_path), 2.0),
        clock=lambda: NOW,
        pool=pool,
        should_stop=lambda: False,
    )
    results = {r.spool_id: r for r in await processor.process_pending()}
    assert results[ids[1]].state == "retry" and "parse exceeded 2 s" in (results[ids[1]].error or "")
    assert await states(database, ids) == ["done", "new", "done"]


async def test_slow_mails_do_not_hold_up_the_others_and_end_in_quarantine_with_the_reason(
    database: Database, migrated_db_url: str, tmp_path: Path, pool: ParsePool
) -> None:
    """Three mails that never finish parsing among twenty ordinary ones (issue 14: they held the twenty back
    for 256 s and were never quarantined): every ordinary mail is done in the first pass, before any slow
    one's attempt is counted, and after max_attempts passes the three are quarantined, saying why."""
    raws = [mail(f"<m{i}@example.nl>", sender=f"Klant {i} <k{i}@example.nl>") for i in range(20)]
    for position in (0, 7, 15):  # the first chunk's first mail, and two more in the first chunk
        raws.insert(position, mail(f"<slow{position}@example.nl>", extra_headers=HANG_MARKER.decode() + "\n"))
    ids = await spool_all(database, raws)
    slow_ids = {ids[0], ids[7], ids[15]}
    settings = with_parse_budget(settings_for(migrated_db_url, tmp_path), 1.0, max_attempts=2)
    processor = Processor(database, settings, clock=lambda: NOW, pool=pool, should_stop=lambda: False)

    first = await processor.process_pending()
    assert [r.spool_id in slow_ids for r in first] == [False] * 20 + [True] * 3  # the twenty first
    assert {r.state for r in first[:20]} == {"done"}
    assert [(r.state, r.error) for r in first[20:]] == [
        ("retry", "stage parse: ParseWorkerLost: parse exceeded 1 s")
    ] * 3

    second = {r.spool_id: r for r in await processor.process_pending()}
    assert set(second) == slow_ids
    assert {(r.state, r.error) for r in second.values()} == {
        ("quarantined", "stage parse: ParseWorkerLost: parse exceeded 1 s")
    }
    final = await states(database, ids)
    assert [state for i, state in zip(ids, final, strict=True) if i in slow_ids] == ["quarantined"] * 3
    assert [state for i, state in zip(ids, final, strict=True) if i not in slow_ids] == ["done"] * 20
    async with database.session() as session:
        reasons = (
            await session.execute(select(SpoolEntry.last_error).where(SpoolEntry.id.in_(slow_ids)))
        ).all()
    assert {row.last_error for row in reasons} == {"stage parse: ParseWorkerLost: parse exceeded 1 s"}


async def test_a_reply_to_a_slow_mail_waits_for_it_and_other_mail_does_not(
    database: Database, migrated_db_url: str, tmp_path: Path, pool: ParsePool
) -> None:
    """A mail past its patience is set aside and routed after the others; its reply, parsed long before, waits
    behind it (routed first it would open a second ticket), and mail of other threads does not wait."""
    slow = mail("<first@example.nl>", subject="Robot stuk", extra_headers=SLOW_MARKER.decode() + "\n")
    reply = mail(
        "<reply@example.nl>",
        subject="Re: Robot stuk",
        extra_headers="In-Reply-To: <first@example.nl>\nReferences: <first@example.nl>\n",
    )
    others = [mail(f"<m{i}@example.nl>", sender=f"Klant {i} <k{i}@example.nl>") for i in range(4)]
    ids = await spool_all(database, [slow, reply, *others])
    processor = Processor(
        database,
        settings_for(migrated_db_url, tmp_path),
        clock=lambda: NOW,
        pool=pool,
        should_stop=lambda: False,
    )
    results = await processor.process_pending()
    assert [r.spool_id for r in results] == [*ids[2:], ids[0], ids[1]]  # the others first, then the thread
    assert {r.state for r in results} == {"done"}
    assert results[-1].outcome is not None and results[-1].outcome.reason == "in_reply_to"
    assert results[-1].outcome.ticket_ref == results[-2].outcome.ticket_ref if results[-2].outcome else False


async def test_a_backlog_of_mails_and_their_replies_is_threaded_as_it_arrived_while_a_slow_mail_is_set_aside(
    database: Database, migrated_db_url: str, tmp_path: Path, pool: ParsePool
) -> None:
    """Tickets are numbered in arrival order, whatever order the worker parses in (smallest first: here the
    reverse), so a reply that names its ticket only by the number in its subject lands on its own customer's
    ticket, as does one with In-Reply-To; a slow mail is set aside and does not shift the numbers before it."""
    customers = 8
    filler = "Het lampje knippert en de robot zegt niets meer.\n"
    news = [  # the earlier, the bigger: the worker parses them last
        mail(
            f"<new{i}@example.nl>",
            subject=f"Vraag {i}",
            sender=f"Klant {i} <k{i}@example.nl>",
            body=f"Hallo,\n\n{filler * (40 * (customers - i))}\nGroet,\nKlant {i}\n",
        )
        for i in range(customers)
    ]
    slow = mail(
        "<slow@example.nl>", sender="Klant S <ks@example.nl>", extra_headers=SLOW_MARKER.decode() + "\n"
    )
    replies = [
        mail(
            f"<reply{i}@example.nl>",
            subject=f"Re: [TB-{i + 1:06d}] Vraag {i}",  # the number of the ticket its mail opened: the i+1-th
            sender=f"Klant {i} <k{i}@example.nl>",
            body="Nog een vraag.\n",
            extra_headers=f"In-Reply-To: <new{i}@example.nl>\n" if i % 2 else "",
        )
        for i in range(customers)
    ]
    ids = await spool_all(database, [*news, slow, *replies])
    processor = Processor(
        database,
        settings_for(migrated_db_url, tmp_path),
        clock=lambda: NOW,
        pool=pool,
        should_stop=lambda: False,
    )
    results = await processor.process_pending()
    ticket_of = {r.spool_id: r.outcome.ticket_ref if r.outcome else None for r in results}
    assert [r.spool_id for r in results][-1] == ids[customers]  # the slow one, set aside, last
    opened = [ticket_of[spool_id] for spool_id in ids[:customers]]
    assert opened == [f"TB-{i + 1:06d}" for i in range(customers)]
    assert [ticket_of[spool_id] for spool_id in ids[customers + 1 :]] == opened
    assert ticket_of[ids[customers]] not in opened


async def test_a_stop_request_ends_processing_between_mails_and_leaves_the_rest_new(
    database: Database, migrated_db_url: str, tmp_path: Path, pool: ParsePool, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = await spool_all(database, [mail(f"<m{i}@example.nl>") for i in range(3 * CHUNK_MAILS)])
    routed = 0  # by the batches that returned, plus the questions asked between mails of the one routing now
    routing = False

    async def counted(*args: Any, **kwargs: Any) -> list[ProcessResult]:
        nonlocal routed, routing
        routing = True
        try:
            results = await process_batch(*args, **kwargs)
        finally:
            routing = False
        routed += len(results)
        return results

    monkeypatch.setattr(pipeline, "process_batch", counted)
    asked_in_batch = 0

    def stop_after_a_few() -> bool:  # asked by the processor, and by the pipeline between two mails
        nonlocal asked_in_batch
        asked_in_batch += routing
        return routed + asked_in_batch >= 3

    processor = Processor(
        database,
        settings_for(migrated_db_url, tmp_path),
        clock=lambda: NOW,
        pool=pool,
        should_stop=stop_after_a_few,
    )
    results = await processor.process_pending()
    done = await states(database, ids)
    assert 0 < len(results) < len(ids)  # not 3: a first batch of one mail makes each question count one more
    assert done == ["done"] * len(results) + ["new"] * (len(ids) - len(results))  # in spool order


WORKER_OF_KILLED_PARENT = """
import sys
from datetime import UTC, datetime
from intake.daemon.parse_pool import ParsePool
from parsers import ParserConfig
pool = ParsePool(1)
pool.submit(b"Subject: x\\r\\n\\r\\nhallo", config=ParserConfig(), now=datetime.now(UTC)).result(timeout=60)
pool.warm_up()[0].result(timeout=60)
import time; time.sleep(1)  # the spare starts when the first worker is ready
print(*pool.pids(), flush=True)
sys.stdin.read()
"""


def test_parse_workers_exit_when_the_daemon_is_killed() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", WORKER_OF_KILLED_PARENT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    assert parent.stdout is not None
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert workers
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/status").read_text().find("State:\tZ") < 0


async def test_a_result_parsed_from_other_bytes_is_not_used(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    (spool_id,) = await spool_all(database, [mail("<real@example.nl>", subject="De echte vraag")])
    config = ParserConfig(own_addresses=("help@tinybots.nl",))
    other = parse_message(mail("<other@example.nl>", subject="Een andere mail"), config=config, now=NOW)
    stale = Prepared(spool_id, "0" * 64, other)  # e.g. a spool id reused after a purge
    (result,) = await process_batch(
        database, [stale], settings=settings_for(migrated_db_url, tmp_path), now=NOW
    )
    assert result.state == "done"
    async with database.session() as session:
        subjects = (await session.execute(select(Message.subject))).scalars().all()
    assert subjects == ["De echte vraag"]


async def test_a_chunk_whose_parse_raised_in_the_worker_is_parsed_again_in_the_pipeline(
    database: Database, migrated_db_url: str, tmp_path: Path, pool: ParsePool
) -> None:
    raws = [mail(f"<m{i}@example.nl>") for i in range(3)]
    raws.append(mail("<raises@example.nl>", extra_headers=RAISE_MARKER.decode() + "\n"))
    ids = await spool_all(database, raws)
    processor = Processor(
        database,
        settings_for(migrated_db_url, tmp_path),
        clock=lambda: NOW,
        pool=pool,
        should_stop=lambda: False,
    )
    results = await processor.process_pending()
    assert [r.state for r in results] == ["done"] * 4  # the pipeline's own parse had no such bug
    assert await states(database, ids) == ["done"] * 4
