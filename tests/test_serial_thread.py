"""The database's one thread (storage/serial_thread.py): units in turn, urgent ones first and in between."""

from __future__ import annotations

import threading

from storage.serial_thread import SerialThread


def test_units_run_one_at_a_time_in_order_on_one_thread_and_urgent_ones_go_first() -> None:
    serial = SerialThread("test")
    gate = threading.Event()
    ran: list[str] = []
    threads: set[str] = set()

    def unit(name: str) -> str:
        threads.add(threading.current_thread().name)
        ran.append(name)
        return name

    first = serial.submit(lambda: gate.wait(10))  # holds the thread while the others queue
    routine = [serial.submit(lambda n=n: unit(n)) for n in ("r1", "r2")]
    urgent = serial.submit(lambda: unit("u1"), urgent=True)
    gate.set()
    assert first.result(10) and urgent.result(10) == "u1"
    assert [f.result(10) for f in routine] == ["r1", "r2"]
    assert ran == ["u1", "r1", "r2"] and threads == {"test"}
    serial.shutdown()


def test_a_long_unit_lets_urgent_work_in_between_its_steps() -> None:
    serial = SerialThread("test")
    queued = threading.Event()
    steps: list[str] = []

    def long_unit() -> None:
        steps.append("step 1")
        queued.wait(10)
        serial.run_urgent()
        steps.append("step 2")

    done = serial.submit(long_unit)
    while not steps:
        threading.Event().wait(0.01)
    urgent = serial.submit(lambda: steps.append("urgent"), urgent=True)
    queued.set()
    done.result(10)
    urgent.result(10)
    assert steps == ["step 1", "urgent", "step 2"]
    serial.run_urgent()  # outside the thread: nothing happens
    serial.shutdown()


def test_an_exception_reaches_the_caller_and_the_thread_goes_on_even_after_shutdown() -> None:
    serial = SerialThread("test")
    failed = serial.submit(lambda: 1 / 0)
    assert isinstance(failed.exception(10), ZeroDivisionError)
    assert serial.submit(lambda: "still here").result(10) == "still here"
    serial.shutdown()
    assert serial.submit(lambda: "after shutdown").result(10) == "after shutdown"
    serial.shutdown()
