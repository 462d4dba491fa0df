"""Parser stress run: a mutation corpus of real-looking mail parsed message by message, and a scaling table.

    .venv/bin/python bench/stress_parse.py [--count 3000] [--seed 14] [--max-kb 200] [--no-scaling]

The corpus is made from samples/*.eml and tests/corpus/bounces/*.eml by mutations that once made the parser
take time that grew faster than the input (issue 14): lines duplicated, whitespace runs blown up, reply-header
phrases repeated, base64 spliced in, lines lengthened, runs of address characters, deep quotes, encoded words,
huge headers, bytes flipped. Every mutation is drawn from one seeded generator, so a run is repeatable.
Printed: count, p50/p99/max parse time, how many took over 1 s and 5 s, the five slowest messages' mutations; then,
for each hostile shape of tests/hostile_mail.py, the time at 10/50/100/200 kB and the ratio 200 kB / 100 kB
(about 2 for linear time, about 4 for quadratic). Times are wall-clock: other programs on the machine slow them.
"""

from __future__ import annotations

import argparse
import base64
import logging
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests/hostile_mail.py holds the hostile shapes the time-bound test uses

from parsers import ParserConfig, parse_message  # noqa: E402
from tests.hostile_mail import SHAPES  # noqa: E402

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
CONFIG = ParserConfig(own_addresses=("help@tinybots.nl",), relay_addresses=("website@tinybots.nl",))
PHRASES = [
    b"Op di 24 nov 2026 om 10:12 schreef Helpdesk <help@tinybots.nl>:",
    b"On Tue, 24 Nov 2026 at 10:12, Helpdesk <help@tinybots.nl> wrote:",
    b"Op 3 mrt. 2026 om 10:12 heeft Jan het volgende geschreven:",
    b"Van: Helpdesk <help@tinybots.nl>",
    b"-----Oorspronkelijk bericht-----",
    b"Met vriendelijke groet,",
    b"Op ",
    b"From: ",
]
Mutation = Callable[[random.Random, list[bytes], int], tuple[list[bytes], str]]


def _run(unit: bytes, size: int) -> bytes:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def duplicate_lines(rng: random.Random, lines: list[bytes], size: int) -> tuple[list[bytes], str]:
    index = rng.randrange(len(lines))
    times = max(1, size // max(1, len(lines[index]) + 1))
    return lines[:index] + [lines[index]] * times + lines[index:], f"line {index} x{times}"


def blow_up_whitespace(rng: random.Random, lines: list[bytes], size: int) -> tuple[list[bytes], str]:
    index = rng.randrange(len(lines))
    unit = rng.choice([b" ", b"\t", b" \t", b"\xc2\xa0"])
    line = lines[index]
    cut = rng.randrange(len(line) + 1)
    lines = [*lines[:index], line[:cut] + _run(unit, size) + line[cut:], *lines[index + 1 :]]
    return lines, f"{size} bytes of {unit!r} in line {index}"


def repeat_header_phrase(rng: random.Random, lines: list[bytes], size: int) -> tuple[list[bytes], str]:
    phrase = rng.choice(PHRASES)
    joiner = rng.choice([b" ", b"\n", b"\r\n", b"\n> "])
    index = rng.randrange(len(lines))
    return lines[:index] + [_run(phrase + joiner, size)] + lines[index:], f"{phrase!r} joined by {joiner!r}"


def splice_base64(rng: random.Random, lines: list[bytes], size: int) -> tuple[list[bytes], str]:
    blob = base64.b64encode(rng.randbytes(size * 3 // 4))
    wrap = rng.choice([0, 76])
    index = rng.randrange(len(lines))
    chunk = [blob[i : i + wrap] for i in range(0, len(blob), wrap)] if wrap else [blob]
    return lines[:index] + chunk + lines[index:], f"{len(blob)} bytes of base64 wrapped at {wrap or 'never'}"


def lengthen_line(rng: random.Random, lines: list[bytes], size: int) -> tuple[list[bytes], str]:
    index = rng.randrange(len(lines))
    line = lines[index].rstrip(b"\r") or b"woord "
    return [
        *lines[:index],
        _run(line + b" ", size),
        *lines[index + 1 :],
    ], f"line {index} lengthened to {size}"


def address_run(rng: random.Random, lines: list[bytes], size: int) -> tuple[list[bytes], str]:
    unit = rng.choice([b"a", b"a.b-c_", b"a@", b"x@y.", b"<a@b>", b"@"])
    index = rng.randrange(len(lines))
    return lines[:index] + [_run(unit, size)] + lines[index:], f"{size} bytes of {unit!r}"


def deep_quotes(rng: random.Random, lines: list[bytes], size: int) -> tuple[list[bytes], str]:
    depth = rng.choice([size, 50, 500])
    count = max(1, size // (depth + 6))
    index = rng.randrange(len(lines))
    return lines[:index] + [b">" * depth + b" oud"] * count + lines[
        index:
    ], f"{count} lines quoted {depth} deep"


def encoded_words(rng: random.Random, lines: list[bytes], size: int) -> tuple[list[bytes], str]:
    word = rng.choice(
        [b"=?utf-8?q?caf=C3=A9?= ", b"=?utf-8?b?w6k=?=", b"=?utf-8?q?", b"=?iso-8859-1?q?=E9?="]
    )
    header = rng.choice([b"Subject: ", b"From: ", b"X-Note: "])
    return [header + _run(word, size), *lines], f"{header!r} of {size} bytes of {word!r}"


def huge_header(rng: random.Random, lines: list[bytes], size: int) -> tuple[list[bytes], str]:
    unit = rng.choice([b"a ", b"(x ", b"x\r\n ", b"<a@b.nl>, ", b"Jan <j@x.nl>, "])
    header = rng.choice([b"X-Long: ", b"To: ", b"Received: from ", b"References: "])
    return [header + _run(unit, size), *lines], f"{header!r} of {size} bytes of {unit!r}"


def flip_bytes(rng: random.Random, lines: list[bytes], size: int) -> tuple[list[bytes], str]:
    data = bytearray(b"\n".join(lines))
    flips = min(len(data), max(1, size // 1000))
    for _ in range(flips):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data).split(b"\n"), f"{flips} bytes flipped"


MUTATIONS: list[Mutation] = [
    duplicate_lines,
    blow_up_whitespace,
    repeat_header_phrase,
    splice_base64,
    lengthen_line,
    address_run,
    deep_quotes,
    encoded_words,
    huge_header,
    flip_bytes,
]


def corpus(count: int, seed: int, max_kb: int) -> list[tuple[bytes, str]]:
    """`count` mutated messages, each with a description of how it was made."""
    seeds = sorted((ROOT / "samples").glob("*.eml")) + sorted((ROOT / "tests/corpus/bounces").glob("*.eml"))
    originals = [(path.name, path.read_bytes()) for path in seeds]
    rng = random.Random(seed)
    messages: list[tuple[bytes, str]] = []
    for _ in range(count):
        name, raw = rng.choice(originals)
        lines = raw.split(b"\n")
        steps: list[str] = []
        for _ in range(rng.choice([1, 1, 2, 3])):
            mutation = rng.choice(MUTATIONS)
            size = int(rng.choice([1, 5, 25, 100, max_kb]) * 1024 * rng.uniform(0.5, 1.0))
            lines, what = mutation(rng, lines, size)
            steps.append(f"{mutation.__name__}({what})")
        messages.append((b"\n".join(lines), f"{name}: " + "; ".join(steps)))
    return messages


def timed(raw: bytes) -> float:
    started = time.perf_counter()
    parse_message(raw, config=CONFIG, now=NOW)
    return time.perf_counter() - started


def stress(count: int, seed: int, max_kb: int) -> None:
    messages = corpus(count, seed, max_kb)
    times = [(timed(raw), len(raw), what) for raw, what in messages]
    seconds = sorted(t for t, _, _ in times)
    slowest = max(times)
    print(
        f"messages: {len(times)} (seed {seed}, up to {max_kb} kB, {sum(s for _, s, _ in times) / 1e6:.1f} MB)"
    )
    print(
        f"p50 {statistics.median(seconds) * 1000:.1f} ms, p99 {seconds[int(len(seconds) * 0.99) - 1] * 1000:.1f} ms,"
        f" max {slowest[0] * 1000:.1f} ms; over 1 s: {sum(t > 1 for t in seconds)}, over 5 s: {sum(t > 5 for t in seconds)}"
    )
    print(f"slowest: {slowest[1]} bytes, {slowest[2]}")
    for seconds_taken, size, what in sorted(times, reverse=True)[1:5]:
        print(f"  then: {seconds_taken * 1000:.0f} ms, {size} bytes, {what}")


def scaling() -> None:
    sizes = [10, 50, 100, 200]
    print(f"\n{'shape':36s}" + "".join(f"{size:>8d} kB" for size in sizes) + "   200/100")
    for name, build in SHAPES.items():
        row = [min(timed(build(size * 1024)) for _ in range(2)) for size in sizes]
        ratio = row[-1] / max(row[-2], 1e-6)
        print(f"{name:36s}" + "".join(f"{t * 1000:9.0f} ms" for t in row) + f"   {ratio:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--max-kb", type=int, default=200)
    parser.add_argument("--no-scaling", action="store_true")
    args = parser.parse_args()
    logging.getLogger("mailparser").setLevel(logging.ERROR)  # "content not handled" per report part
    timed(b"Subject: warm-up\r\n\r\nx")  # imports and compiled patterns are not the first message's cost
    stress(args.count, args.seed, args.max_kb)
    if not args.no_scaling:
        scaling()


if __name__ == "__main__":
    main()
