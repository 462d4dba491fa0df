"""Parse functions for worker processes in tests (module level: a spawned worker imports them by name).

They behave like `parsers.parse_message` except on a marker header, where they do what a hostile mail could
make a real parser do: take the worker process down, never return, or raise.
"""

from __future__ import annotations

import os
import time
from datetime import datetime

from parsers import ParsedMessage, ParserConfig, parse_message

KILL_MARKER = b"X-Test-Kill-Parser: yes"
HANG_MARKER = b"X-Test-Hang-Parser: yes"
RAISE_MARKER = b"X-Test-Raise-In-Parser: yes"
SLOW_MARKER = b"X-Test-Slow-Parser: yes"  # parsed, after 1.5 s: past the patience, within the budget


def parse_or_die(raw: bytes, *, config: ParserConfig, now: datetime) -> ParsedMessage:
    if KILL_MARKER in raw:
        os._exit(70)  # as a segfault or the OOM killer would: no exception, the process is gone
    if HANG_MARKER in raw:
        time.sleep(3600)
    if SLOW_MARKER in raw:
        time.sleep(1.5)
    if RAISE_MARKER in raw:
        raise RuntimeError("a parser bug that only the worker has")
    return parse_message(raw, config=config, now=now)
