"""The parse pool's big lane (intake/daemon/parse_pool.py): a mail of APART_BYTES or more is parsed by a worker of
its own, so ordinary mail submitted after it is never queued behind it (issue 14), and the big lane's slow mails
are set aside, or given up, as the ordinary lane's are."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from datetime import UTC, datetime

import pytest

from intake.daemon.parse_pool import APART_BYTES, BIG_NICENESS, ParsePool
from intake.daemon.parse_worker import ParseGivenUp, WorkerDied
from parsers import ParsedMessage, ParserConfig
from tests.parse_doubles import HANG_MARKER, KILL_MARKER, parse_or_die
from tests.test_ingest import mail

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
CONFIG = ParserConfig(own_addresses=("help@tinybots.nl",))
BOUND_SECONDS = 60.0  # a correctness bound: each wait below takes milliseconds to a second


@pytest.fixture
def pool() -> Iterator[ParsePool]:
    parse_pool = ParsePool(1, parse=parse_or_die)
    yield parse_pool
    parse_pool.close()


def big_hanging_mail(n: int) -> bytes:
    return mail(
        f"<big{n}@example.nl>",
        extra_headers=HANG_MARKER.decode() + "\n",
        body="Robot stuk.\n" * (APART_BYTES // 12),
    )


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + BOUND_SECONDS
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.02)


def test_mail_after_a_big_one_that_never_finishes_is_parsed_by_another_worker(pool: ParsePool) -> None:
    big = big_hanging_mail(1)
    assert len(big) >= APART_BYTES
    first = pool.submit_many([big, mail("<a@example.nl>")], config=CONFIG, now=NOW)
    later = pool.submit_many([mail("<b@example.nl>")], config=CONFIG, now=NOW)  # the lane worker is not held
    parsed = [future.result(timeout=BOUND_SECONDS) for future in (first[1], later[0])]
    assert [message.headers.message_id for message in parsed] == ["<a@example.nl>", "<b@example.nl>"]
    assert not first[0].done()
    assert len(pool.pids()) == 2  # the lane's worker and the big lane's


def test_the_big_lanes_slow_mails_are_set_aside_one_by_one_and_the_third_is_given_up(pool: ParsePool) -> None:
    futures: list[Future[ParsedMessage]] = pool.submit_many(
        [big_hanging_mail(n) for n in range(3)], config=CONFIG, now=NOW, patience=lambda raw: (0.2, 0.2)
    )
    small = pool.submit_many([mail("<a@example.nl>")], config=CONFIG, now=NOW)[0]
    assert small.result(timeout=BOUND_SECONDS).headers.message_id == "<a@example.nl>"
    wait_for(lambda: all(pool.slow(future) for future in futures), "all three set aside or given up")
    given_up = [future for future in futures if future.done()]
    assert len(given_up) == 1 and isinstance(given_up[0].exception(), ParseGivenUp)
    assert pool.aside == 2  # two slow lanes: the third mail's worker was killed


def test_the_big_lane_runs_nicer_than_the_daemon(pool: ParsePool) -> None:
    own = os.getpriority(os.PRIO_PROCESS, 0)
    ordinary = pool.submit_many([mail("<a@example.nl>")], config=CONFIG, now=NOW)[0]
    ordinary.result(timeout=BOUND_SECONDS)
    lane = set(pool.pids())
    pool.submit_many([big_hanging_mail(1)], config=CONFIG, now=NOW)
    (big,) = set(pool.pids()) - lane
    assert [os.getpriority(os.PRIO_PROCESS, pid) for pid in (*lane, big)] == [
        own,
        min(19, own + BIG_NICENESS),
    ]


def test_a_big_mail_that_kills_its_worker_fails_alone_and_the_big_mail_behind_it_is_parsed(
    pool: ParsePool,
) -> None:
    attachment = (("robot.bin", bytes(APART_BYTES)),)
    killer = mail("<kill@example.nl>", extra_headers=KILL_MARKER.decode() + "\n", attachments=attachment)
    bigger = (
        ("robot.bin", bytes(APART_BYTES + 3000)),
    )  # parsed after the killer: the worker goes smallest first
    behind = mail("<behind@example.nl>", attachments=bigger)
    futures = pool.submit_many([killer, behind], config=CONFIG, now=NOW)
    assert isinstance(futures[0].exception(timeout=BOUND_SECONDS), WorkerDied)
    assert futures[1].result(timeout=BOUND_SECONDS).headers.message_id == "<behind@example.nl>"


def test_mail_queued_behind_a_long_parse_is_handed_to_a_fresh_worker_without_setting_the_long_one_aside(
    pool: ParsePool,
) -> None:
    hanging = mail("<hang@example.nl>", extra_headers=HANG_MARKER.decode() + "\n")
    long_patience = lambda raw: (3600.0, 3600.0)  # noqa: E731 - never set aside here
    (first,) = pool.submit_many([hanging], config=CONFIG, now=NOW, patience=long_patience)
    wait_for(lambda: pool.progress(first) is not None, "the worker started on the hanging mail")
    (queued,) = pool.submit_many([mail("<a@example.nl>")], config=CONFIG, now=NOW, patience=long_patience)
    assert queued.result(timeout=BOUND_SECONDS).headers.message_id == "<a@example.nl>"
    assert not first.done() and not pool.slow(first) and pool.aside == 0
    assert pool.progress(first) is not None  # its worker is still on it


def test_a_worker_whose_mail_finished_meanwhile_is_not_handed_off_and_goes_on_parsing(
    pool: ParsePool,
) -> None:
    """The watchdog saw a worker on a mail that finished before the hand-off: retired between two mails, the
    worker would go on parsing what it is sent, unseen, and never end (the race fixed in b4c0633)."""
    (first,) = pool.submit_many([mail("<a@example.nl>")], config=CONFIG, now=NOW)
    first.result(timeout=BOUND_SECONDS)
    (worker,) = pool._lane
    assert not pool._hand_off(worker, first)
    assert not worker.retiring
    (second,) = pool.submit_many([mail("<b@example.nl>")], config=CONFIG, now=NOW)
    assert second.result(timeout=BOUND_SECONDS).headers.message_id == "<b@example.nl>"
    assert pool.pids() == [worker.process.pid]  # the same worker, no fresh one
