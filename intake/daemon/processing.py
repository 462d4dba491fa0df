"""Processing what is spooled: in chunks, each parsed ahead in worker processes while the one before is routed.

    pending entries -> chunks (at most CHUNK_MAILS mails, CHUNK_BYTES bytes) -> read a chunk's bytes (one query)
      -> one ParsePool task parses the chunk -> await it -> pipeline.process_batch
         (one thread hand-off for the chunk, one transaction per mail)

Two chunks are in flight: the pool parses chunk n+1 while this process routes and commits chunk n and the
sender sends (intake/daemon/parse_pool.py says why). Without a pool (one core, or `parse_workers = 0`) the chunks
are parsed inline, in each mail's transaction.

A parse that raises comes back as an exception and the chunk is parsed again inline, where the pipeline counts
the failure on the mail that raised, as for any other. A pool that breaks (a worker died) or a parse that runs past
PARSE_TIMEOUT_SECONDS is different: the chunk's mails are parsed again one at a time in fresh workers, so that
only the mail that breaks a worker counts a failure (quarantined after max_attempts, never parsed in this
process where it could take the daemon down with it) and the rest go on.

The pipeline (and with it the parser, composing and the loop guard, ~400 modules) is imported when there is
something to process, not with this module: a run that finds nothing never loads it (docs/performance.md,
"Start-up and shut-down").
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from intake.config import Settings
from intake.daemon.parse_pool import ParsePool
from storage import spool
from storage.database import Database

if TYPE_CHECKING:
    from intake.daemon.pipeline import Prepared, ProcessResult
    from parsers import ParsedMessage

#: Mails per chunk: enough to keep the pool busy while a chunk is routed, few enough that a stop request
#: (checked between mails) and the memory held stay small.
CHUNK_MAILS = 16
#: Bytes per chunk (a bigger mail is a chunk of its own): two chunks' bytes are held at once.
CHUNK_BYTES = 8 * 1024 * 1024
#: A parse still running after this long is taken for a hostile mail (a 30 MB attachment parses in ~0.7 s).
PARSE_TIMEOUT_SECONDS = 60.0


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

    async def process_pending(self) -> list[ProcessResult]:
        """Processes what is spooled but not done, oldest first; returns one result per attempted entry."""
        pending = await self._db.run_sync(lambda session: spool.pending_entries_sync(session, limit=100_000))
        if not pending:
            return []
        from intake.daemon.pipeline import process_batch  # module doc: only when there is work

        results: list[ProcessResult] = []
        chunks = chunks_of(pending)
        ahead = await self._submit(next(chunks, None))
        while ahead is not None and not self._should_stop():
            current, ahead = ahead, await self._submit(next(chunks, None))
            prepared, failed = await self._collect(current)
            results.extend(failed)
            now = self._clock()
            batch = await process_batch(
                self._db, prepared, settings=self._settings, now=now, should_stop=self._should_stop
            )
            results.extend(batch)
        if ahead is not None and ahead.parse is not None:
            ahead.parse.cancel()  # stopped early: what was not parsed yet stays "new" for the next pass
        return results

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
        to_parse = [item.raw for item in items if isinstance(item, _Raw)]
        config = self._settings.helpdesk.parser_config()
        parse = self._pool.submit_many(to_parse, config=config, now=self._clock()) if to_parse else None
        return _Parsing(items, parse)

    async def _collect(self, chunk: _Parsing) -> tuple[list[Prepared], list[ProcessResult]]:
        """The chunk's parse results as Prepared entries, and the failures counted for mails that broke a worker."""
        from intake.daemon.pipeline import Prepared

        if chunk.parse is None:
            return [
                item if isinstance(item, Prepared) else Prepared(item.spool_id) for item in chunk.items
            ], []
        if chunk.parse.cancelled():  # dropped by a pool restart while this chunk waited
            return await self._isolated(chunk.items)
        try:
            parsed = await asyncio.wait_for(asyncio.wrap_future(chunk.parse), PARSE_TIMEOUT_SECONDS)
        except (BrokenProcessPool, TimeoutError):
            return await self._isolated(chunk.items)
        except Exception:  # parse_message raised: all parsed again inline, where a failure is counted
            return [
                item if isinstance(item, Prepared) else Prepared(item.spool_id) for item in chunk.items
            ], []
        results = iter(parsed)
        return [
            item if isinstance(item, Prepared) else Prepared(item.spool_id, item.sha256, next(results))
            for item in chunk.items
        ], []

    async def _isolated(self, items: Sequence[_Raw | Prepared]) -> tuple[list[Prepared], list[ProcessResult]]:
        """After a worker died or hung: each mail alone in a fresh pool; the one that breaks it again fails."""
        from intake.daemon.pipeline import Prepared, count_failure

        assert self._pool is not None
        pool = self._pool
        pool.restart()
        config = self._settings.helpdesk.parser_config()
        prepared: list[Prepared] = []
        failed: list[ProcessResult] = []
        for item in items:
            if isinstance(item, Prepared):
                prepared.append(item)
                continue
            parse = pool.submit(item.raw, config=config, now=self._clock())
            try:
                parsed = await asyncio.wait_for(asyncio.wrap_future(parse), PARSE_TIMEOUT_SECONDS)
            except (BrokenProcessPool, TimeoutError) as exc:
                pool.restart()  # the worker is dead or still stuck on this mail
                lost = ParseWorkerLost(
                    "the parse worker died on this mail"
                    if isinstance(exc, BrokenProcessPool)
                    else f"parsing took longer than {PARSE_TIMEOUT_SECONDS:.0f} s"
                )
                failed.append(await count_failure(self._db, item.spool_id, lost, settings=self._settings))
            except Exception:
                prepared.append(Prepared(item.spool_id))
            else:
                prepared.append(Prepared(item.spool_id, item.sha256, parsed))
        return prepared, failed


class ParseWorkerLost(RuntimeError):
    """A mail broke a parse worker (it died or hung): counted on the mail, quarantined after max_attempts."""
