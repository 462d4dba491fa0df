"""Processing what is spooled: in chunks, each parsed ahead in worker processes while the one before is routed.

    pending entries -> chunks (at most CHUNK_MAILS mails, CHUNK_BYTES bytes) -> read a chunk's bytes (one query)
      -> one ParsePool task parses the chunk -> await it -> pipeline.process_batch
         (one thread hand-off for the chunk, one transaction per mail)

Two chunks are in flight: the pool parses chunk n+1 while this process routes and commits chunk n and the
sender sends (intake/daemon/parse_pool.py says why). Without a pool (one core, or `parse_workers = 0`) the chunks
are parsed inline, in each mail's transaction.

A parse that raises comes back as an exception and the chunk is parsed again inline, where the pipeline counts
the failure on the mail that raised, as for any other. A slow or crashing mail must not hold up the others
(issue 14: three slow mails held back twenty for 256 s): a chunk not parsed within PATIENCE_SECONDS (plus an
allowance per megabyte) has its worker replaced and its mails parsed one at a time, each with the same patience;
a mail that runs out of it is set aside and, after every other mail of the pass, parsed alone with the full
budget, `[mailbox] parse_timeout_seconds`. A mail that breaks a worker or runs past that budget counts a failed
attempt ("the parse worker died on this mail", "parse exceeded N s") and is quarantined after max_attempts,
never parsed in this process where it could take the daemon down with it.

The pipeline (and with it the parser, composing and the loop guard, ~400 modules) is imported when there is
something to process, not with this module: a run that finds nothing never loads it (docs/performance.md,
"Start-up and shut-down").
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from intake.config import Settings
from intake.daemon.parse_pool import ParsePool
from intake.daemon.routing_turn import RoutingTurns
from storage import spool
from storage.database import Database
from storage.reasons import SafeMessage, mark_stage

if TYPE_CHECKING:
    from intake.daemon.pipeline import Prepared, ProcessResult
    from parsers import ParsedMessage

#: Mails per chunk: enough to keep the pool busy while a chunk is routed, few enough that a stop request
#: (checked between mails) and the memory held stay small.
CHUNK_MAILS = 16
#: Bytes per chunk (a bigger mail is a chunk of its own): two chunks' bytes are held at once.
CHUNK_BYTES = 8 * 1024 * 1024
#: The parse budget of one mail when no [mailbox] section says otherwise (`intake ingest`).
DEFAULT_PARSE_TIMEOUT_SECONDS = 10.0
#: How long a chunk, or a mail on its own, may take before it is suspected of holding up the others: a letter
#: parses in milliseconds; a 30 MB attachment in ~0.7 s, hence the allowance per megabyte. A suspect is not
#: failed, only parsed alone later with the full budget.
PATIENCE_SECONDS = 1.0
PATIENCE_PER_MB = 0.1
#: Starting fresh workers (spawn and import the parser, ~0.3 s; more on a loaded machine) is waited for apart.
WARM_UP_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class _Raw:
    spool_id: int
    sha256: str
    raw: bytes


@dataclass(frozen=True, slots=True)
class _Parsing:
    """A chunk on its way through the pool: one task parses all of its mails (a task per mail cost more in
    the pool's own threads than the parse saved), in order; an entry without bytes is left to the pipeline."""

    items: list[_Raw | Prepared]
    parse: Future[list[ParsedMessage]] | None


Chunk = Sequence[spool.PendingEntry]


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
        """Processes what is spooled but not done, oldest first; returns one result per attempted entry."""
        pending = await self._db.run_sync(lambda session: spool.pending_entries_sync(session, limit=100_000))
        if not pending:
            return []

        results: list[ProcessResult] = []
        slow: list[_Raw] = []  # set aside: parsed alone, with the full budget, after everything else
        await self._ready()
        chunks = chunks_of(pending)
        ahead = await self._submit(next(chunks, None))
        while ahead is not None and not self._should_stop():
            current, ahead = ahead, await self._submit(next(chunks, None))
            prepared, failed, suspects = await self._collect(current)
            if ahead is not None and ahead.parse is not None and ahead.parse.cancelled():
                ahead = await self._resubmit(ahead)  # dropped by a restart while `current` was collected
            slow.extend(suspects)
            results.extend(failed)
            results.extend(await self._process(prepared))
        if ahead is not None and ahead.parse is not None:
            ahead.parse.cancel()  # stopped early: what was not parsed yet stays "new" for the next pass
        for item in slow:
            if self._should_stop():
                break
            prepared, failed = await self._alone(item)
            results.extend(failed)
            results.extend(await self._process(prepared))
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
        started = self._pool.warm_up()  # no-op when they run: then the futures of their start
        warming = [asyncio.wrap_future(future) for future in started if not future.done()]
        if warming:
            with contextlib.suppress(Exception):  # a worker that cannot start shows again on the first mail
                await asyncio.wait_for(asyncio.gather(*warming), WARM_UP_SECONDS)

    async def _restart(self) -> None:
        assert self._pool is not None
        self._pool.restart()
        await self._ready()

    async def _submit(self, chunk: Chunk | None) -> _Parsing | None:
        """Starts parsing `chunk` in the pool; without a pool, the chunk as it is (parsed inline later)."""
        if chunk is None:
            return None
        from intake.daemon.pipeline import Prepared

        if self._pool is None:
            return _Parsing([Prepared(entry.id) for entry in chunk], None)
        ids = [entry.id for entry in chunk]
        raws = await self._db.run_sync(lambda session: spool.raw_of_many_sync(session, ids))
        items: list[_Raw | Prepared] = []
        for entry in chunk:
            sha256, raw = raws.get(entry.id, ("", None))
            # gone or purged meanwhile: the pipeline finds out and records why
            items.append(Prepared(entry.id) if raw is None else _Raw(entry.id, sha256, raw))
        return await self._resubmit(_Parsing(items, None))

    async def _resubmit(self, chunk: _Parsing) -> _Parsing:
        assert self._pool is not None
        to_parse = [item.raw for item in chunk.items if isinstance(item, _Raw)]
        config = self._settings.helpdesk.parser_config()
        parse = self._pool.submit_many(to_parse, config=config, now=self._clock()) if to_parse else None
        return _Parsing(chunk.items, parse)

    async def _collect(self, chunk: _Parsing) -> tuple[list[Prepared], list[ProcessResult], list[_Raw]]:
        """The chunk's parse results as Prepared entries, the failures counted for mails that broke a worker,
        and the mails set aside as too slow to wait for now."""
        from intake.daemon.pipeline import Prepared  # module doc: only when there is work

        if chunk.parse is None:
            return [_unparsed(item) for item in chunk.items], [], []
        if chunk.parse.cancelled():  # dropped by a pool restart while this chunk waited
            chunk = await self._resubmit(chunk)
        parse = chunk.parse
        assert parse is not None
        try:
            parsed = await asyncio.wait_for(asyncio.wrap_future(parse), _patience(chunk.items))
        except (BrokenProcessPool, TimeoutError) as exc:
            await self._restart()  # the worker is dead, or busy with a mail that holds up the rest
            alone = [item for item in chunk.items if isinstance(item, _Raw)]
            if isinstance(exc, TimeoutError) and len(alone) == 1:  # it had the patience of one mail already
                return [item for item in chunk.items if isinstance(item, Prepared)], [], alone
            return await self._one_by_one(chunk.items)
        except Exception:  # parse_message raised: all parsed again inline, where a failure is counted
            return [_unparsed(item) for item in chunk.items], [], []
        results = iter(parsed)
        return (
            [
                item if isinstance(item, Prepared) else Prepared(item.spool_id, item.sha256, next(results))
                for item in chunk.items
            ],
            [],
            [],
        )

    async def _one_by_one(
        self, items: Sequence[_Raw | Prepared]
    ) -> tuple[list[Prepared], list[ProcessResult], list[_Raw]]:
        """After a chunk broke or held up its worker: each mail alone, with the patience of one mail; the one
        that breaks the worker again fails, the one that is still slow is set aside."""
        from intake.daemon.pipeline import Prepared  # module doc: only when there is work

        prepared: list[Prepared] = []
        failed: list[ProcessResult] = []
        slow: list[_Raw] = []
        for item in items:
            if isinstance(item, Prepared):
                prepared.append(item)
                continue
            outcome = await self._parse_alone(item, _patience([item]))
            if isinstance(outcome, Prepared):
                prepared.append(outcome)
            elif isinstance(outcome, BrokenProcessPool):
                failed.append(await self._count(item, "the parse worker died on this mail"))
            else:
                slow.append(item)
        return prepared, failed, slow

    async def _alone(self, item: _Raw) -> tuple[list[Prepared], list[ProcessResult]]:
        """A mail set aside as slow: parsed alone with the full budget, or its attempt counted as failed."""
        from intake.daemon.pipeline import Prepared  # module doc: only when there is work

        budget = self._budget()
        outcome = await self._parse_alone(item, budget)
        if isinstance(outcome, Prepared):
            return [outcome], []
        if isinstance(outcome, BrokenProcessPool):
            return [], [await self._count(item, "the parse worker died on this mail")]
        return [], [await self._count(item, f"parse exceeded {budget:g} s")]

    async def _parse_alone(self, item: _Raw, seconds: float) -> Prepared | BrokenProcessPool | TimeoutError:
        """The mail parsed in a worker within `seconds`; a dead or stuck worker is replaced."""
        from intake.daemon.pipeline import Prepared  # module doc: only when there is work

        assert self._pool is not None
        parse = self._pool.submit(item.raw, config=self._settings.helpdesk.parser_config(), now=self._clock())
        try:
            parsed = await asyncio.wait_for(asyncio.wrap_future(parse), seconds)
        except (BrokenProcessPool, TimeoutError) as exc:
            await self._restart()
            return exc
        except Exception:  # parse_message raised: parsed again inline, where the failure is counted
            return Prepared(item.spool_id)
        return Prepared(item.spool_id, item.sha256, parsed)

    async def _count(self, item: _Raw, reason: str) -> ProcessResult:
        from intake.daemon.pipeline import count_failure  # module doc: only when there is work

        lost = ParseWorkerLost(reason)
        mark_stage(lost, "parse")
        return await count_failure(self._db, item.spool_id, lost, settings=self._settings)


def _unparsed(item: _Raw | Prepared) -> Prepared:
    from intake.daemon.pipeline import Prepared  # module doc: only when there is work

    return item if isinstance(item, Prepared) else Prepared(item.spool_id)


def _patience(items: Sequence[_Raw | Prepared]) -> float:
    size = sum(len(item.raw) for item in items if isinstance(item, _Raw))
    return PATIENCE_SECONDS + PATIENCE_PER_MB * size / (1024 * 1024)


class ParseWorkerLost(SafeMessage, RuntimeError):
    """A mail broke a parse worker (it died or hung): counted on the mail, quarantined after max_attempts."""
