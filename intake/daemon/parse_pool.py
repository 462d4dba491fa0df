"""Worker processes for the parse stage, so that parsing runs on another core than routing and sending.

The daemon's work per mail is CPU-bound Python, and one process runs Python on one core at a time (the GIL):
parsing (~0.8 ms per mail) and routing, committing and sending (together more) would take turns. `parsers/` is
pure (bytes, a ParserConfig and `now` in, a picklable ParsedMessage out), so it runs unchanged in a worker
process while this one routes the mails parsed before; the round trip costs ~35 us per mail (pickled result
~1 kB). `concurrent.futures.ProcessPoolExecutor` is the library for this; what it lacks is handled here:

- workers are started with "spawn": this process has threads (IMAP, database), and forking a threaded process
  can copy a held lock into the child;
- a worker ignores SIGINT and SIGTERM (a Ctrl-C or systemd's stop reaches the whole process group; the daemon
  shuts its pool down itself) and exits when its parent is gone (a kill -9 of the daemon must not leave
  orphans that hold memory);
- a worker that dies (out of memory, a crash in C code on a hostile mail) breaks the pool: `restart` replaces
  it; the caller decides what the mails in flight become (intake/daemon/processing.py isolates the culprit).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from typing import TYPE_CHECKING, Any

import structlog

from intake.service.library_logs import quiet_library_logs

if TYPE_CHECKING:
    # The parser is imported by the workers and by the code that parses inline, not by this module: a daemon
    # that finds no mail never loads it (docs/performance.md, "Start-up and shut-down").
    from parsers import ParsedMessage, ParserConfig

logger = structlog.get_logger("intake.parse_pool")

#: How often a worker checks that the daemon that started it still runs.
PARENT_CHECK_SECONDS = 1.0

#: What a worker runs: `parsers.parse_message`'s signature (a module-level function: it is pickled by name).
ParseFunction = Callable[..., "ParsedMessage"]


def _exit_with_parent(parent_pid: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent_pid:
            os._exit(0)  # the daemon is gone (killed): nobody will ask for results any more


def parse_message(raw: bytes, *, config: ParserConfig, now: datetime) -> ParsedMessage:
    """`parsers.parse_message`, imported in the worker on its first call (by the warm-up, if there was one)."""
    from parsers import parse_message as parse

    return parse(raw, config=config, now=now)


def _import_parser() -> None:
    import parsers  # noqa: F401  # the warm-up: the ~0.3 s of imports before the first mail arrives


def _parse_each(
    parse: ParseFunction, raws: list[bytes], config: ParserConfig, now: datetime
) -> list[ParsedMessage]:
    return [parse(raw, config=config, now=now) for raw in raws]


def _init_worker(parent_pid: int, show_debug: bool) -> None:
    quiet_library_logs(show_debug=show_debug)  # mail-parser's warnings would reach the daemon's stderr
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), name="parent-watch", daemon=True).start()


class ParsePool:
    """`parse_message` in `workers` worker processes (started lazily, on the first submit)."""

    def __init__(self, workers: int, *, parse: ParseFunction = parse_message) -> None:
        if workers < 1:
            raise ValueError("a parse pool needs at least one worker; parse inline instead")
        self.workers = workers
        self._parse = parse
        self._executor: ProcessPoolExecutor | None = None
        #: The futures of the last `warm_up`: done when its workers are ready.
        self.warming: list[Future[Any]] = []

    def warm_up(self) -> list[Future[Any]]:
        """Starts the workers, importing the parser (~0.3 s), unless they run already: called when there is mail
        to parse, so that they are ready while the first batch is fetched and spooled. The futures (also kept in
        `warming`) are done when the workers are ready: the parse budget is not spent on starting a worker."""
        if self._executor is None:
            self.warming = [self._running().submit(_import_parser) for _ in range(self.workers)]
        return self.warming

    @property
    def started(self) -> bool:
        """True when the workers run (or are starting); False before the first submit and after a restart."""
        return self._executor is not None

    def submit(self, raw: bytes, *, config: ParserConfig, now: datetime) -> Future[ParsedMessage]:
        return self._running().submit(self._parse, raw, config=config, now=now)

    def submit_many(
        self, raws: list[bytes], *, config: ParserConfig, now: datetime
    ) -> Future[list[ParsedMessage]]:
        """One task for several mails: their results in order (the pool's own threads pay per task)."""
        return self._running().submit(_parse_each, self._parse, raws, config, now)

    def _running(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(os.getpid(), logging.getLogger().isEnabledFor(logging.DEBUG)),
            )
        return self._executor

    def restart(self) -> None:
        """Drops a broken pool (a worker died); the next submit starts fresh workers."""
        logger.warning("parse_pool_restarted", workers=self.workers)
        self.close()

    def close(self, *, grace_seconds: float = 2.0) -> None:
        """Stops the workers: work in flight gets `grace_seconds`, then its worker is killed (a parse that
        hangs on a hostile mail must not hold up a restart or the daemon's exit)."""
        executor, self._executor = self._executor, None
        self.warming = []
        if executor is None:
            return
        # The executor keeps its processes privately (Python 3.14 adds terminate_workers()).
        workers = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + grace_seconds
        for process in workers:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join(1.0)
