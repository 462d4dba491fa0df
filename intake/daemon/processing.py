"""Processing what is spooled: in chunks, each parsed ahead in worker processes while the one before is routed.

    pending entries -> chunks (at most CHUNK_MAILS mails, CHUNK_BYTES bytes) -> read a chunk's bytes (one query)
      -> one ParsePool task parses the chunk -> await it -> pipeline.process_batch
         (one thread hand-off for the chunk, one transaction per mail)

Two chunks are in flight: the pool parses chunk n+1 while this process routes and commits chunk n and the
sender sends (intake/daemon/parse_pool.py says why). Without a pool (one core, or `parse_workers = 0`) the chunks
are parsed inline, in each mail's transaction.

A parse that raises comes back as an exception and the mail is parsed again inline, where the pipeline counts
the failure on it, as for any other. A slow or crashing mail must not hold up the others (issue 14: three slow
mails held back twenty for 256 s). Each mail's result comes back as soon as it is parsed, and the mails are
routed in spool order (ticket numbers are handed out in arrival order: `_sweep` says why), but that an earlier
mail of ORDER_WAIT_BYTES or more, parsed in the pool's big lane, is waited for ORDER_WAIT_SECONDS at most, from
when the later mail was parsed (three 5-s mails among twenty: 0.5-0.9 s of delay, 2026-12-06, 2 cores). A mail
its worker spends more than its patience on (PATIENCE_CPU_SECONDS of CPU or PATIENCE_SECONDS of wall time, plus
an allowance per megabyte) is set aside: the worker keeps only it (two such slow lanes at a time, at a lower CPU
priority; beyond that its worker is killed and the mail parsed again later) and the mails queued behind it go
at once to a fresh worker. A mail set aside is routed after every other mail of the pass, once parsed within the
full budget, `[mailbox] parse_timeout_seconds`, counted from when its worker started on it. A mail that answers
one set aside (its In-Reply-To or References names the other's Message-ID, read from the slow mail's header
without parsing it) is set aside behind it: a reply is never routed before the earlier mail of its thread; mail
of other threads does not wait. A mail that breaks a worker or runs past that budget counts a failed attempt
("the parse worker died on this mail", "parse exceeded N s") and is quarantined after max_attempts, never parsed
in this process where it could take the daemon down with it.

The pipeline (and with it the parser, composing and the loop guard, ~400 modules) is imported when there is
something to process, not with this module: a run that finds nothing never loads it (docs/performance.md,
"Start-up and shut-down").
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import structlog

from intake.config import Settings
from intake.daemon.parse_pool import APART_BYTES, ParsePool
from intake.daemon.parse_worker import ParseGivenUp, WorkerDied
from intake.daemon.routing_turn import RoutingTurns
from intake.daemon.set_aside import Aside, RawMail, SetAside, answers, message_ids_of
from storage import spool
from storage.database import Database
from storage.reasons import SafeMessage, mark_stage

if TYPE_CHECKING:
    from intake.daemon.pipeline import Prepared, ProcessResult
    from parsers import ParsedMessage

logger = structlog.get_logger("intake.processing")

#: Mails per chunk: enough to keep the pool busy while a chunk is routed, few enough that a stop request
#: (checked between mails) and the memory held stay small.
CHUNK_MAILS = 16
#: Bytes per chunk (a bigger mail is a chunk of its own): two chunks' bytes are held at once.
CHUNK_BYTES = 8 * 1024 * 1024
#: The parse budget of one mail when no [mailbox] section says otherwise (`intake ingest`).
DEFAULT_PARSE_TIMEOUT_SECONDS = 10.0
#: How long a worker may spend on one mail before it is set aside, as not to hold up the others: a letter parses
#: in milliseconds of CPU, a 30 MB attachment in ~0.7 s, hence the allowance per megabyte. CPU time is the
#: measure (a loaded machine stretches wall time, not the parse's CPU time); wall time bounds a worker that
#: stalls without computing. A mail set aside is not failed: it goes on parsing, with the full budget.
PATIENCE_CPU_SECONDS = 0.1
PATIENCE_SECONDS = 0.5
PATIENCE_PER_MB = 0.1
#: How long a parsed mail waits for an earlier big mail (ORDER_WAIT_BYTES or more) still parsing before it is
#: routed ahead of it (not ahead of the earlier mail of its thread). For smaller mails it waits until they are
#: parsed or set aside (their patience): ordinary mail keeps spool order, so ticket numbers follow arrival.
ORDER_WAIT_SECONDS = 0.5
ORDER_WAIT_BYTES = APART_BYTES  # the pool parses such mails apart, in its big lane
#: Mails submitted and not routed yet beyond which no further chunk is submitted (the bytes are held meanwhile).
CARRY_MAILS = 3 * CHUNK_MAILS
#: How often a wait for a parse looks at its worker's progress.
CHECK_SECONDS = 0.05
#: Starting fresh workers (spawn and import the parser, ~0.3 s; more on a loaded machine) is waited for apart.
WARM_UP_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class _Parsing:
    """A chunk on its way through the pool: one message to a worker, a future per mail (None for an entry
    without bytes, left to the pipeline), each done as soon as its mail is parsed."""

    items: list[RawMail | Prepared]
    futures: list[Future[ParsedMessage] | None]


Chunk = Sequence[spool.PendingEntry]
#: A mail submitted and not routed yet, with its parse (None: left to the pipeline).
_Waiting = tuple["RawMail | Prepared", "Future[ParsedMessage] | None"]


def chunks_of(pending: Sequence[spool.PendingEntry]) -> Iterator[Chunk]:
    """Consecutive chunks of at most CHUNK_MAILS entries and CHUNK_BYTES bytes (at least one entry each)."""
    chunk: list[spool.PendingEntry] = []
    size = 0
    for entry in pending:
        if chunk and (len(chunk) == CHUNK_MAILS or size + entry.size > CHUNK_BYTES):
            yield chunk
            chunk, size = [], 0
        chunk.append(entry)
        size += entry.size
    if chunk:
        yield chunk


class Processor:
    """Runs the pipeline on every pending spool entry (the poller's step 2 and each batch's step 3)."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        clock: Callable[[], datetime],
        pool: ParsePool | None,
        should_stop: Callable[[], bool],
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock
        self._pool = pool
        self._should_stop = should_stop  # thread-safe: also asked from the database worker thread
        self._turns = RoutingTurns(db, settings.database.url)  # instances route in turns (module doc there)

    async def process_pending(self) -> list[ProcessResult]:
        """Processes what is spooled but not done, oldest first, in spool order but for the mails set aside
        as slow (and the replies to them), routed last; returns one result per attempted entry."""
        pending = await self._db.run_sync(lambda session: spool.pending_entries_sync(session, limit=100_000))
        if not pending:
            return []

        results: list[ProcessResult] = []
        self._watched: dict[Future[ParsedMessage], asyncio.Future[ParsedMessage]] = {}
        self._parsed_at: dict[int, float] = {}  # by spool id: when a sweep first found it parsed, till routed
        # routed after everything else; the slow ones go on parsing meanwhile, in a worker of their own
        aside = SetAside()
        await self._ready()
        chunks = chunks_of(pending)
        waiting: list[_Waiting] = []  # in spool order: submitted, not routed yet
        ahead = await self._submit(next(chunks, None))
        while (ahead is not None or waiting) and not self._should_stop():
            if ahead is not None and len(waiting) < CARRY_MAILS:  # the pool parses on while we route
                waiting.extend(zip(ahead.items, ahead.futures, strict=True))
                ahead = await self._submit(next(chunks, None))
            until = 0 if ahead is None else CARRY_MAILS - 1  # routed down to room for another chunk
            waiting = await self._collect(waiting, aside, results, until=until)
        for _, future in [*waiting, *(zip(ahead.items, ahead.futures, strict=True) if ahead else [])]:
            if future is not None:  # stopped early: what was not parsed yet stays "new" for the next pass
                future.cancel()
        for entry in aside.entries:
            if self._should_stop():
                self._give_up(entry)
                continue
            prepared, failed = await self._finish(entry)
            results.extend(failed)
            results.extend(await self._process(prepared))
        if self._pool is not None:
            self._pool.forget(entry.future for entry in aside.entries if entry.future is not None)
        return results

    async def _process(self, prepared: list[Prepared]) -> list[ProcessResult]:
        from intake.daemon.pipeline import process_batch  # module doc: only when there is work

        if not prepared:
            return []
        async with self._turns.turn():
            return await process_batch(
                self._db, prepared, settings=self._settings, now=self._clock(), should_stop=self._should_stop
            )

    def _budget(self) -> float:
        mailbox = self._settings.mailbox
        return mailbox.parse_timeout_seconds if mailbox is not None else DEFAULT_PARSE_TIMEOUT_SECONDS

    async def _ready(self) -> None:
        """Workers started and the parser imported, so that no patience or budget is spent on that."""
        if self._pool is None:
            return
        # no-op when they run: then the futures of their start; off the event loop, as a worker's start returns
        # only once the fork server has imported the parser (intake/daemon/wiring.py, Helpers.warm_up)
        started = await asyncio.to_thread(self._pool.warm_up)
        warming = [asyncio.wrap_future(future) for future in started if not future.done()]
        if warming:
            with contextlib.suppress(Exception):  # a worker that cannot start shows again on the first mail
                await asyncio.wait_for(asyncio.gather(*warming), WARM_UP_SECONDS)

    async def _submit(self, chunk: Chunk | None) -> _Parsing | None:
        """Starts parsing `chunk` in the pool; without a pool, the chunk as it is (parsed inline later)."""
        if chunk is None:
            return None
        from intake.daemon.pipeline import Prepared

        if self._pool is None:
            return _Parsing([Prepared(entry.id) for entry in chunk], [None] * len(chunk))
        ids = [entry.id for entry in chunk]
        raws = await self._db.run_sync(lambda session: spool.raw_of_many_sync(session, ids))
        items: list[RawMail | Prepared] = []
        for entry in chunk:
            sha256, raw = raws.get(entry.id, ("", None))
            # gone or purged meanwhile: the pipeline finds out and records why
            items.append(Prepared(entry.id) if raw is None else RawMail(entry.id, sha256, raw))
        to_parse = [item.raw for item in items if isinstance(item, RawMail)]
        config = self._settings.helpdesk.parser_config()
        submitted = (
            self._pool.submit_many(to_parse, config=config, now=self._clock(), patience=_patience)
            if to_parse
            else []
        )
        parsing = iter(submitted)
        return _Parsing(items, [next(parsing) if isinstance(item, RawMail) else None for item in items])

    async def _collect(
        self, waiting: list[_Waiting], aside: SetAside, results: list[ProcessResult], *, until: int
    ) -> list[_Waiting]:
        """Routes the waiting mails in order as they are parsed, and counts the failures of mails that broke a
        worker, until at most `until` wait or a stop is asked; returns those (the caller submits the next chunk:
        its mails need not wait for a slow one of this chunk).

        A parsed mail waits for every earlier mail that is not parsed yet (at most its patience). A mail its
        worker spends more than its patience on is set aside by the pool's watchdog (its worker with it, while a
        slow lane is free; else its worker is killed and it is parsed again later), and so is a mail that answers
        one set aside."""
        watched = self._watched
        while not self._should_stop():  # else each further batch would route one mail (process_batch's check)
            prepared, failed, waiting = self._sweep(waiting, aside)
            for failed_item, reason in failed:
                results.append(await self._count(failed_item, reason))
            results.extend(await self._process(prepared))
            if len(waiting) <= until:
                return waiting
            # nothing behind the first mail still parsing can be routed before it: wait for that one only (woken
            # by every result, it routed a mail or two per process_batch: ~25 % more CPU in the 1,000-mail drain)
            head = next((f for _, f in waiting if f is not None and not f.done()), None)
            if head is None:  # done meanwhile
                continue
            if head not in watched:
                watched[head] = asyncio.wrap_future(head)
                watched[head].add_done_callback(_retrieve)  # may be given up, unawaited
            await asyncio.wait([watched[head]], timeout=CHECK_SECONDS)
        return waiting

    def _sweep(
        self, waiting: list[_Waiting], aside: SetAside
    ) -> tuple[list[Prepared], list[tuple[RawMail, str]], list[_Waiting]]:
        """What can be routed now (in spool order), the failed parses, and what still waits: a mail not parsed
        yet, every mail after it, and a mail set aside meanwhile (dropped here: routed after the pass).

        Spool order, not the order the workers finish in: a mail that names a ticket only by the number in its
        subject (`[TB-000002]`), or a thread the headers do not tie together, lands on the ticket the mails
        before it opened, and ticket numbers are handed out in routing order. Routed as parsed, ordinary mails
        got other numbers than in arrival order and such replies went to another customer's ticket. Only a big
        mail (ORDER_WAIT_BYTES) is waited for ORDER_WAIT_SECONDS at most, counted from when the later mail was
        parsed: big ones may parse for seconds, one after the other in the big lane, and counted from when a
        mail was no longer held by the one before it, the waits behind three of them added up (1.9 s). A mail of
        its thread (named by In-Reply-To or References) is waited for until it is routed or set aside."""
        ready: list[Prepared] = []
        failed: list[tuple[RawMail, str]] = []
        still: list[_Waiting] = []
        unrouted: set[str] = set()  # the Message-IDs of the earlier mails that still wait
        hold = False  # an earlier small mail still parses, or an earlier parsed one still waits: keep order
        big_ahead = False  # an earlier big mail still parses: wait for it ORDER_WAIT_SECONDS at most
        now = time.monotonic()
        for item, future in waiting:
            if isinstance(item, RawMail) and future is not None:
                if aside.has(item):
                    continue
                if self._pool is not None and self._pool.slow(future):  # the pool's watchdog set it aside
                    self._set_aside(item, future, aside)
                    continue
            if future is None or not isinstance(item, RawMail):
                if hold or big_ahead:  # left to the pipeline: keeps its place
                    still.append((item, future))
                    hold = True
                else:
                    ready.append(_unparsed(item))
            elif not future.done():
                still.append((item, future))
                hold, big_ahead = (hold, True) if _passable(item, unrouted) else (True, big_ahead)
            elif isinstance(outcome := _outcome(item, future), str):
                failed.append((item, outcome))
            elif (  # counted from when it was parsed, held or not: the waits behind several big mails overlap
                (now - self._parsed_at.setdefault(item.spool_id, now) < ORDER_WAIT_SECONDS and big_ahead)
                or hold
                or answers(outcome, unrouted)
            ):
                still.append((item, future))
                unrouted.add(outcome.parsed.headers.message_id if outcome.parsed else "")
                hold = True
            elif not aside.holds(item, outcome):
                ready.append(outcome)
        for routed in ready:  # kept while it waits only: a pass may be 100,000 mails
            self._parsed_at.pop(routed.spool_id, None)
        return ready, failed, still

    def _set_aside(self, item: RawMail, future: Future[ParsedMessage], aside: SetAside) -> None:
        assert self._pool is not None
        given_up = future.done() and not future.cancelled() and isinstance(future.exception(), ParseGivenUp)
        aside.add(item, None if given_up else future)
        if given_up:
            self._pool.forget([future])
        logger.info("parse_set_aside", spool=item.spool_id, parse_again=given_up)

    async def _parsed_within(self, future: Future[ParsedMessage], wall: float, cpu: float) -> bool:
        """Waits for `future` until its worker has spent `wall` seconds or `cpu` CPU seconds on it (the time
        queued behind other mails does not count); False if it is not done by then."""
        if future.done():
            return True
        assert self._pool is not None
        waiting = asyncio.wrap_future(future)
        waiting.add_done_callback(_retrieve)  # may be given up later, when nobody waits here any more
        queued_since = time.monotonic()
        while True:
            done, _ = await asyncio.wait({waiting}, timeout=CHECK_SECONDS)
            if done:
                return True
            progress = self._pool.progress(future)
            if progress is not None and (progress[0] > wall or progress[1] > cpu):
                return False
            if progress is None and time.monotonic() - queued_since > WARM_UP_SECONDS + wall:
                return False  # no worker took it up (one that cannot start)

    async def _finish(self, entry: Aside) -> tuple[list[Prepared], list[ProcessResult]]:
        """A mail set aside: its parse awaited within the full budget (from when its worker started on it),
        or parsed again alone; past the budget its worker is killed and the attempt counted as failed."""
        if entry.prepared is not None:
            return [entry.prepared], []
        assert self._pool is not None
        item, future = entry.item, entry.future
        if future is None:  # its worker was killed to free a slow lane: parsed alone now
            future = self._pool.submit(
                item.raw, config=self._settings.helpdesk.parser_config(), now=self._clock()
            )
        budget = self._budget()
        if not await self._parsed_within(future, budget, budget):
            self._pool.give_up(future)
            return [], [await self._count(item, f"parse exceeded {budget:g} s")]
        outcome = _outcome(item, future)
        if isinstance(outcome, str):
            return [], [await self._count(item, outcome)]
        return [outcome], []

    def _give_up(self, entry: Aside) -> None:
        if entry.future is not None and self._pool is not None and not entry.future.done():
            self._pool.give_up(entry.future)

    async def _count(self, item: RawMail, reason: str) -> ProcessResult:
        from intake.daemon.pipeline import count_failure  # module doc: only when there is work

        lost = ParseWorkerLost(reason)
        mark_stage(lost, "parse")
        return await count_failure(self._db, item.spool_id, lost, settings=self._settings)


def _passable(item: RawMail, unrouted: set[str]) -> bool:
    """Whether later mail may pass this one, still parsing: if big, but no reply to it (its ids join `unrouted`).
    Behind a small one all later mail waits anyway: no header read (once per sweep, a fifth of the loop's time)."""
    if len(item.raw) < ORDER_WAIT_BYTES:
        return False
    unrouted.update(message_ids_of(item))
    return True


def _unparsed(item: RawMail | Prepared) -> Prepared:
    from intake.daemon.pipeline import Prepared  # module doc: only when there is work

    return item if isinstance(item, Prepared) else Prepared(item.spool_id)


def _outcome(item: RawMail, future: Future[ParsedMessage]) -> Prepared | str:
    """A done parse as a Prepared entry (unparsed when the parse raised: the pipeline parses it again and
    counts the failure there), or why the attempt failed."""
    from intake.daemon.pipeline import Prepared  # module doc: only when there is work

    error = None if future.cancelled() else future.exception()
    if isinstance(error, WorkerDied):
        return "the parse worker died on this mail"
    if future.cancelled() or error is not None:  # raised in the worker, or its worker was stopped
        return Prepared(item.spool_id)
    return Prepared(item.spool_id, item.sha256, future.result())


def _retrieve(waiting: asyncio.Future[ParsedMessage]) -> None:
    if not waiting.cancelled():
        waiting.exception()  # read here: asyncio would log an exception nobody read


def _patience(raw: bytes) -> tuple[float, float]:
    """Wall and CPU seconds a worker may spend on a mail before it is set aside."""
    megabytes = len(raw) / (1024 * 1024)
    return PATIENCE_SECONDS + PATIENCE_PER_MB * megabytes, PATIENCE_CPU_SECONDS + PATIENCE_PER_MB * megabytes


class ParseWorkerLost(SafeMessage, RuntimeError):
    """A mail broke a parse worker (it died or hung): counted on the mail, quarantined after max_attempts."""
