"""Parse results as a fingerprint, to show that a speed change left every result exactly as it was.

    .venv/bin/python bench/parse_snapshot.py record /tmp/before.jsonl
    .venv/bin/python bench/parse_snapshot.py compare /tmp/before.jsonl

Every field of every `ParsedMessage` (not only the `intake parse --json` subset: also the quote, signature,
notes, bounce report and the attachments' bytes, as a hash) for samples/*.eml, tests/corpus/*/**.eml,
corpus A (../shared/corpus or $INTAKE_CORPUS_A) when present, bench/parse.py's generated mix and tests/hostile_mail.py's shapes,
each under the default ParserConfig and under bench/parse.py's. `now` is fixed, so two runs of the same code
give the same file.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from parse import CONFIG, generate  # noqa: E402  (bench/parse.py)

from parsers import ParserConfig, parse_message  # noqa: E402
from tests import hostile_mail  # noqa: E402
from tests.corpus_scoring import corpus_a  # noqa: E402

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
HOSTILE_SIZES = (2_000, 50_000)


def _mails() -> Iterator[tuple[str, bytes]]:
    paths = sorted(ROOT.glob("samples/*.eml")) + sorted(ROOT.glob("tests/corpus/*/**/*.eml"))
    with contextlib.suppress(FileNotFoundError):  # corpus A is optional, as for bench/corpus_scores.py
        paths += sorted(corpus_a().glob("**/*.eml"))
    for path in paths:
        yield str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path), path.read_bytes()
    for number, raw in enumerate(generate(3000, 11)):
        yield f"generated/{number}", raw
    shapes = [
        (n, f) for n, f in vars(hostile_mail).items() if callable(f) and f.__module__ == hostile_mail.__name__
    ]
    for name, shape in shapes:
        if not name.startswith("_"):
            for size in HOSTILE_SIZES:
                yield f"hostile/{name}/{size}", shape(size)


def _plain(value: Any) -> Any:
    """Every field as JSON; bytes as their hash."""
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _lines() -> Iterator[str]:
    for name, raw in _mails():
        for label, config in (("default", ParserConfig()), ("bench", CONFIG)):
            parsed = parse_message(raw, config=config, now=NOW)
            yield json.dumps({"mail": name, "config": label, "parsed": _plain(parsed)}, ensure_ascii=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    if args.action == "record":
        args.file.write_text("".join(line + "\n" for line in _lines()), encoding="utf-8")
        return 0
    recorded = args.file.read_text(encoding="utf-8").splitlines()
    now = list(_lines())
    differing = [old for old, new in zip(recorded, now, strict=False) if old != new]
    for old in differing[:20]:
        entry = json.loads(old)
        print(f"differs: {entry['mail']} ({entry['config']})")
    print(f"{len(now)} results, {len(differing)} differ, {len(recorded) - len(now)} missing")
    return 1 if differing or len(recorded) != len(now) else 0


if __name__ == "__main__":
    raise SystemExit(main())
