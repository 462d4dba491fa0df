"""Worker processes for the parse stage, so that parsing runs on another core than routing and sending.

The daemon's work per mail is CPU-bound Python, and one process runs Python on one core at a time (the GIL):
parsing (~0.8 ms per mail) and routing, committing and sending (together more) would take turns. `parsers/` is
pure (bytes, a ParserConfig and `now` in, a picklable ParsedMessage out), so it runs unchanged in a worker
process while this one routes the mails parsed before.

A chunk of mails is sent to a worker in one message; the worker parses what it was sent smallest first, says
which mail it starts and sends each result back as soon as it has it, so the caller knows which mail a worker
is on, for how long, and how much CPU it spent on it (`progress`). That is what lets ordinary mail flow past a
slow one (issue 14, docs/reliability.md):

- the big lane: a mail of APART_BYTES (256 kB) or more goes to a worker of its own, started when the first such
  mail comes and running 5 nicer than the daemon, never to the lane's workers: ordinary mail is not queued
  behind a mail that may parse for seconds (with one lane worker, three 5-s mails held the chunks behind them
  until each was set aside in turn: 1.8-2.7 s; now 0.5-0.9 s, the spool-order wait of processing.py);
- hand-off: a lane worker on one mail for HAND_OFF_SECONDS gives the mails queued behind it to a fresh worker
  and ends with that mail (watched for its patience as before), so slow mails in a row are not set aside one
  after the other;
- `set_aside(future)`: the worker keeps only that mail (it ends when its result is in, or is killed when the
  caller gives up); the mails queued behind it go at once to a fresh worker;
- `give_up(future)`: the worker on that mail is killed (no grace: parsing is pure, nothing is lost) and the
  mails queued behind it go to a fresh worker;
- a worker that dies (out of memory, a crash in C code) fails only the mail it was on (`WorkerDied`); the mails
  behind it go to a fresh worker.

Workers are forked by multiprocessing's fork server, a single-threaded process started once that has imported
the parser (~0.3 s): a fresh worker is ready in milliseconds, so replacing one costs the others no import. (This
process has threads, IMAP and database: forking it could copy a held lock into the child; the fork server has
none.) Workers ignore SIGINT and SIGTERM (the daemon stops them itself) and exit when the process that forked
them is gone (the fork server ends with the daemon: a kill -9 of the daemon must not leave orphans that hold
memory). Each worker has two threads here: one writes its tasks (a chunk may be megabytes, more than a pipe
holds while the worker is busy), one reads its results.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from typing import TYPE_CHECKING

import structlog

from intake.daemon.parse_worker import (
    Job,
    ParseFunction,
    ParseGivenUp,
    Worker,
    WorkerDied,
    parse_message,
    settle,
)

if TYPE_CHECKING:
    # The parser is imported by the workers and by the code that parses inline, not by this module: a daemon
    # that finds no mail never loads it (docs/performance.md, "Start-up and shut-down").

    from parsers import ParsedMessage, ParserConfig

logger = structlog.get_logger("intake.parse_pool")

#: How often the watchdog looks at what the lane's workers are on (while one parses; else every 0.2 s).
WATCH_SECONDS = 0.02
IDLE_WATCH_SECONDS = 0.2
#: How much nicer than the daemon a worker set aside for a slow mail runs (niceness: 0 normal, 19 the lowest).
ASIDE_NICENESS = 10
#: A mail this big is parsed by a worker of its own (the big lane), not queued with ordinary mail: it may parse
#: for seconds, and the mails behind it in spool order wait for it only ORDER_WAIT_SECONDS (processing.py).
APART_BYTES = 256 * 1024
#: How much nicer than the daemon the big lane runs: nobody waits for its mails long, and at the daemon's
#: priority a 5-s mail took CPU from the routing and parsing of ordinary mail (up to 0.3 s more delay).
BIG_NICENESS = 5
#: A lane worker on one mail this long hands the mails queued behind it to a fresh worker and ends with that mail
#: (an ordinary mail parses in a millisecond): several slow mails in a row then run out their patience side by
#: side, not one after the other (three 240-kB 0.3-s mails held the mails behind them 1.1-1.3 s).
HAND_OFF_SECONDS = 0.05


class ParsePool:
    """`parse_message` in `workers` worker processes (started on the first submit or warm-up)."""

    def __init__(
        self,
        workers: int,
        *,
        parse: ParseFunction = parse_message,
        slow_lanes: int = 2,
        apart_bytes: int | None = APART_BYTES,
    ) -> None:
        if workers < 1:
            raise ValueError("a parse pool needs at least one worker; parse inline instead")
        self.workers = workers
        self._parse = parse
        self._lane: list[Worker] = []  # the workers that take new chunks
        self._big: list[Worker] = []  # the big lane: a worker for mails of apart_bytes or more, when any
        self.apart_bytes = apart_bytes
        self._aside: set[Worker] = set()  # workers set aside for one slow mail each
        self._finishing: set[Worker] = set()  # workers that handed off their queue: they end with their mail
        self._lock = threading.RLock()
        self._closed = False
        self.slow_lanes = slow_lanes
        self._slow: set[Future[ParsedMessage]] = set()  # set aside or given up by the watchdog
        self._watchdog: threading.Thread | None = None

    @property
    def warming(self) -> list[Future[None]]:
        """Done when the lane's workers are ready."""
        return [worker.ready for worker in self._lane]

    def warm_up(self) -> list[Future[None]]:
        """Starts the workers unless they run already: called when there is mail to parse, so that they are
        ready while the first batch is fetched and spooled. The futures are done when the workers are ready:
        no parse budget is spent on starting the fork server."""
        with self._lock:
            self._closed = False
            while len(self._lane) < self.workers:
                self._lane.append(Worker(self._parse, self._exited))
            if self._watchdog is None or not self._watchdog.is_alive():
                self._watchdog = threading.Thread(target=self._watch, name="parse-watchdog", daemon=True)
                self._watchdog.start()
            return self.warming

    @property
    def started(self) -> bool:
        return bool(self._lane)

    def submit(self, raw: bytes, *, config: ParserConfig, now: datetime) -> Future[ParsedMessage]:
        return self.submit_many([raw], config=config, now=now)[0]

    def submit_many(
        self,
        raws: list[bytes],
        *,
        config: ParserConfig,
        now: datetime,
        patience: Callable[[bytes], tuple[float, float]] | None = None,
    ) -> list[Future[ParsedMessage]]:
        """One message to the least busy worker; a future per mail, each done as soon as that mail is parsed.
        With `patience` (wall and CPU seconds for a mail), the pool's watchdog sets aside a mail its worker
        spends longer on (`set_aside`, or `give_up` when `slow_lanes` workers are set aside already); `slow`
        tells which."""
        jobs = [Job(Future(), raw, config, now, patience(raw) if patience else None) for raw in raws]
        apart = self.apart_bytes
        big = [job for job in jobs if apart is not None and len(job.raw) >= apart]
        small = [job for job in jobs if apart is None or len(job.raw) < apart]
        with self._lock:
            self.warm_up()
            if small:
                min(self._lane, key=lambda w: len(w.jobs)).send(small)
            if big and self._big:
                self._big[0].send(big)
            elif big:
                self._replace(self._big, big)
        return [job.future for job in jobs]

    def progress(self, future: Future[ParsedMessage]) -> tuple[float, float] | None:
        """Seconds since a worker started on this mail, and the CPU seconds it spent since; None when no worker
        is on it (queued, or done)."""
        with self._lock:
            for worker in (*self._lane, *self._big, *self._finishing, *self._aside):
                with worker.lock:
                    if worker.on(future):
                        started, cpu = worker.since
                        return time.monotonic() - started, worker.cpu_seconds() - cpu
        return None

    def slow(self, future: Future[ParsedMessage]) -> bool:
        """Whether the watchdog set this mail aside or gave it up (then it failed with ParseGivenUp)."""
        with self._lock:
            return future in self._slow

    def forget(self, futures: Iterable[Future[ParsedMessage]]) -> None:
        """Drops what `slow` knows of these mails (their caller is done with them)."""
        with self._lock:
            self._slow.difference_update(futures)

    def _watch(self) -> None:
        """Every WATCH_SECONDS, in its own thread (not to depend on the daemon's event loop being free):
        a mail its worker spends more than its patience on is set aside, or given up; a worker on one mail for
        HAND_OFF_SECONDS hands the mails queued behind it off."""
        busy = True
        while not self._closed:
            time.sleep(WATCH_SECONDS if busy else IDLE_WATCH_SECONDS)  # few wake-ups while nothing parses
            with self._lock:
                watched = [*self._lane, *self._big, *self._finishing]
                busy = any(worker.current is not None for worker in watched)
                for worker in watched:
                    with worker.lock:
                        job = worker.jobs.get(worker.current) if worker.current is not None else None
                        started, cpu = worker.since
                        queued = len(worker.jobs) > 1
                    if job is None or job.patience is None:
                        continue
                    wall_limit, cpu_limit = job.patience
                    spent = time.monotonic() - started
                    if spent > wall_limit or worker.cpu_seconds() - cpu > cpu_limit:
                        if len(self._aside) >= self.slow_lanes or not self.set_aside(job.future):
                            self.give_up(job.future)
                        self._slow.add(job.future)  # under the lock, with the above: `slow` sees both
                    elif queued and spent > HAND_OFF_SECONDS and self._may_hand_off(worker):
                        self._hand_off(worker, job.future)

    def set_aside(self, future: Future[ParsedMessage]) -> bool:
        """The worker on this mail keeps only it and ends when it is parsed; the mails behind it go to a fresh
        worker. False if no worker is on it (done meanwhile)."""
        with self._lock:
            worker = self._worker_on(future)
            if worker is None or not self._hand_off(worker, future):
                return False
            self._finishing.discard(worker)
            self._aside.add(worker)
            _lower_priority(worker, ASIDE_NICENESS)  # the others' parsing and routing come first
            return True

    def _may_hand_off(self, worker: Worker) -> bool:
        """An ordinary lane's worker, while fewer than `slow_lanes` workers finish a mail (each runs out its
        patience at most: a run of slow mails does not start a worker per mail)."""
        return worker in self._lane and len(self._finishing) < self.slow_lanes

    def _hand_off(self, worker: Worker, future: Future[ParsedMessage]) -> bool:
        """The worker keeps only this mail and ends when it is parsed; the mails queued behind it go to a fresh
        worker of its lane. False if it is no longer on it (done meanwhile: retiring between two mails, it would
        go on parsing the mails it was sent, unseen, and never end)."""
        with worker.lock:
            if not worker.on(future):
                return False
            worker.retiring = True
            behind = worker.others()
            for job in behind:
                del worker.jobs[job.id]
        if (lane := self._lane_of(worker)) is not None:
            lane.remove(worker)
            self._finishing.add(worker)
            self._replace(lane, behind)
        return True

    def give_up(self, future: Future[ParsedMessage]) -> None:
        """Kills the worker on this mail (the future fails with ParseGivenUp); the mails behind it go to a fresh
        worker."""
        with self._lock:
            worker = self._worker_on(future)
            if worker is None:
                settle(future, None, ParseGivenUp())
                return
            with worker.lock:
                behind = worker.others()
                worker.jobs.clear()
                worker.retiring = True
            if (lane := self._lane_of(worker)) is not None:
                lane.remove(worker)
                self._replace(lane, behind)
            self._aside.discard(worker)
            self._finishing.discard(worker)
            worker.kill()
        settle(future, None, ParseGivenUp())

    def pids(self) -> list[int]:
        """The worker processes' ids: the lane's and those set aside."""
        with self._lock:
            workers = [*self._lane, *self._big, *self._finishing, *self._aside]
        return [worker.process.pid for worker in workers if worker.process.pid is not None]

    @property
    def aside(self) -> int:
        """How many workers are set aside for a slow mail right now."""
        return len(self._aside)

    def _worker_on(self, future: Future[ParsedMessage]) -> Worker | None:
        for worker in (*self._lane, *self._big, *self._finishing, *self._aside):
            with worker.lock:
                if worker.on(future):
                    return worker
        return None

    def _lane_of(self, worker: Worker) -> list[Worker] | None:
        """The lane the worker takes mails in (None: set aside, or gone)."""
        return next((lane for lane in (self._lane, self._big) if worker in lane), None)

    def _replace(self, lane: list[Worker], behind: list[Job]) -> None:
        """A fresh worker joins `lane` and gets `behind` (the big lane's is started when it has mail to parse:
        most runs have no big mail, and a fresh worker is ready in milliseconds)."""
        if lane is self._big and not behind:
            return
        fresh = Worker(self._parse, self._exited)
        lane.append(fresh)
        if lane is self._big:
            _lower_priority(fresh, BIG_NICENESS)
        if behind:
            fresh.send(behind)
        logger.info(
            "parse_worker_started", lane="big" if lane is self._big else "ordinary", mails=len(behind)
        )

    def _exited(self, worker: Worker) -> None:
        """A worker's reader ended: killed by us, or died. The mail it was on fails; the rest move on."""
        with self._lock:
            with worker.lock:
                on = worker.jobs.get(worker.current) if worker.current is not None else None
                behind = worker.others()
                worker.jobs.clear()
            self._aside.discard(worker)
            self._finishing.discard(worker)
            lane = self._lane_of(worker)
            if lane is not None:
                lane.remove(worker)
            if self._closed or worker.ready.exception() is not None:  # closed, or a worker that cannot start
                for job in [*([on] if on else []), *behind]:
                    settle(job.future, None, BrokenProcessPool("the parse worker stopped or did not start"))
                return
            if on is not None:
                settle(on.future, None, WorkerDied("the parse worker died on this mail"))
            if lane is not None:
                logger.warning("parse_worker_died", behind=len(behind))
                self._replace(lane, behind)

    def close(self) -> None:
        """Stops the workers at once (a kill: parsing is pure, and a parse that hangs on a hostile mail must not
        hold up the daemon's exit); mails in flight fail with BrokenProcessPool."""
        with self._lock:
            self._closed = True
            workers = [*self._lane, *self._big, *self._finishing, *self._aside]
            self._lane, self._big, self._finishing, self._aside = [], [], set(), set()
        for worker in workers:
            worker.kill()
        for worker in workers:
            worker.process.join(2.0)


def _lower_priority(worker: Worker, by: int) -> None:
    """Runs the worker `by` nicer than this process (not an absolute niceness: a daemon started niced would
    give its workers a higher priority than its own)."""
    pid = worker.process.pid
    if pid is None:  # not started: pid 0 would be this process
        return
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + by))
