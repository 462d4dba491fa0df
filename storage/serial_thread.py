"""One thread that runs a SQLite database's units of work in turn, urgent ones first.

SQLite has one writer at a time. Two threads committing side by side meet at the file lock, and the one that
waits sleeps in SQLite's busy handler (1, 2, 5, ... up to 100 ms between tries): with the pipeline and the
sender committing concurrently that was most of `intake run --once`'s wall time (py-spy: 2.8 s of 4 s for
1,000 mails in BEGIN IMMEDIATE). Queued on one thread they take turns in Python instead.

`urgent` work (the sender recording that the relay accepted a mail: small, and a mail sent but not recorded is
what a crash would send twice) goes before queued routine work, and a long routine unit (the pipeline's chunk
of mails, one transaction each) lets it in between two of its transactions with `run_urgent`, so urgent work
waits for one mail at most. `concurrent.futures.ThreadPoolExecutor` has neither, hence this small loop.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")

_Item = tuple[Callable[[], Any], "Future[Any]"]


class SerialThread:
    """Runs submitted callables one at a time on a thread of its own (started on the first submit)."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._urgent: collections.deque[_Item] = collections.deque()
        self._routine: collections.deque[_Item] = collections.deque()
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopping = False

    def submit(self, work: Callable[[], T], *, urgent: bool = False) -> Future[T]:
        future: Future[T] = Future()
        with self._ready:
            self._stopping = False
            if self._thread is None:
                # A daemon thread: a process that exits without closing its database must not hang on it;
                # a unit of work cut off that way is rolled back by SQLite, as after a crash.
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
            (self._urgent if urgent else self._routine).append((work, future))
            self._ready.notify()
        return future

    def in_thread(self) -> bool:
        return self._thread is threading.current_thread()

    def run_urgent(self) -> None:
        """Runs the urgent work queued meanwhile, now; called by a routine unit between two transactions."""
        if not self.in_thread():
            return
        while True:
            with self._ready:
                if not self._urgent:
                    return
                item = self._urgent.popleft()
            _run_one(item)

    def shutdown(self) -> None:
        """Ends the thread once the work queued before this call is done."""
        with self._ready:
            self._stopping = True
            self._ready.notify()

    def _run(self) -> None:
        while True:
            with self._ready:
                while not (self._urgent or self._routine or self._stopping):
                    self._ready.wait()
                if not (self._urgent or self._routine):
                    self._thread = None  # under the lock: a submit from now on starts a new thread
                    return  # stopping, and nothing left
                item = self._urgent.popleft() if self._urgent else self._routine.popleft()
            _run_one(item)


def _run_one(item: _Item) -> None:
    work, future = item
    if not future.set_running_or_notify_cancel():
        return
    try:
        result = work()
    except BaseException as exc:  # handed to the awaiting caller, as an executor does
        future.set_exception(exc)
    else:
        future.set_result(result)
