"""No crafted mail of up to ~200 kB holds the parser: each is parsed by the real `parse_message` within a bound.

A few kilobytes of the right characters made a regex backtrack for minutes (issue 14: 25 kB of spaces 13.7 s,
a repeated reply-header phrase 74 s). Each message here is parsed in a forked child that is killed when it
has not answered within BOUND_SECONDS, a generous correctness bound (the parser needs well under a second for
any of them), not a benchmark: how time grows with size is measured in bench/stress_parse.py.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import ParserConfig, parse_message
from tests.hostile_mail import SHAPES

BOUND_SECONDS = 5.0
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
CONFIG = ParserConfig(own_addresses=("help@tinybots.nl",), relay_addresses=("website@tinybots.nl",))
ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "samples").glob("*.eml")) + sorted(
    (ROOT / "tests" / "corpus" / "bounces").glob("*.eml")
)
#: What a hostile run is made of: each unit once made some pattern backtrack over the run.
UNITS = [" ", "\t", " \t-", "a", "a@", "@", "a.b-c_", "QUJDRA==", ">", "> ", "-", "_", "<", "=?utf-8?q?", "1",
         "06-", "Op ", "On ", "Op heeft ", "On 1 Jan 2026 10:12 X wrote", "schreef ", "Van: x\n", "Groet\n",
         "\n", " \n", "tarihinde ", "TB ", "e-mail: ", "<div>", "<blockquote>"]  # fmt: skip


def _parse_and_report(raw: bytes, report: Connection) -> None:
    parse_message(raw, config=CONFIG, now=NOW)
    report.send("parsed")


def parses_within_bound(
    raw: bytes, *, run: Callable[[bytes, Connection], None] = _parse_and_report, bound: float = BOUND_SECONDS
) -> str:
    """ "parsed", or what happened instead, for `raw` parsed in a forked child given `bound` seconds."""
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    child = context.Process(target=run, args=(raw, writer), daemon=True)
    child.start()
    writer.close()
    try:
        if not reader.poll(bound):
            return f"still parsing after {bound:.1f} s"
        try:
            return str(reader.recv())
        except EOFError:
            return f"the child died (exit code {child.exitcode})"
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        reader.close()


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_each_hostile_shape_of_200_kb_is_parsed_within_the_bound(shape: str) -> None:
    raw = SHAPES[shape](200 * 1024)

    assert parses_within_bound(raw) == "parsed", f"{shape} ({len(raw)} bytes)"


def _spliced(seed: bytes, unit: str, size: int, at: float) -> bytes:
    """The seed mail with `unit` repeated to `size` bytes put in at a line boundary (header or body)."""
    lines = seed.split(b"\n")
    index = int(at * len(lines))
    run = (unit * (size // len(unit) + 1)).encode()[:size]
    return b"\n".join([*lines[:index], run, *lines[index:]])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(SEEDS),
    units=st.lists(st.sampled_from(UNITS), min_size=1, max_size=3),
    size=st.integers(min_value=1024, max_value=200 * 1024),
    at=st.floats(min_value=0.0, max_value=1.0),
)
def test_real_mail_with_hostile_runs_spliced_in_is_parsed_within_the_bound(
    seed: Path, units: list[str], size: int, at: float
) -> None:
    raw = _spliced(seed.read_bytes(), "".join(units), size, at)

    assert parses_within_bound(raw) == "parsed", f"{seed.name} with {units!r} x {size} bytes at {at:.2f}"


def _never_answers(raw: bytes, report: Connection) -> None:
    while True:
        time.sleep(1)


def test_a_parse_that_does_not_end_is_reported_and_its_child_killed() -> None:
    assert parses_within_bound(b"", run=_never_answers, bound=0.5) == "still parsing after 0.5 s"
