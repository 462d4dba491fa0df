"""Benchmark: N realistic messages through `intake.daemon.ingest.ingest_bytes`, one commit per message.

Prints messages/s per backend and where the time goes (spool, parse, route, compose + outbox, commit), read from
the pipeline's own `intake_stage_seconds` histogram. Usage:

    .venv/bin/python bench/ingest.py [-n 2000] [--backend sqlite|postgresql|both]

PostgreSQL: a throwaway database on 127.0.0.1:5432 (user postgres), dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import random
import secrets
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import asyncpg  # type: ignore[import-untyped]  # asyncpg ships no type information

from intake.config import DatabaseSettings, HelpdeskSettings, LoggingSettings, Settings
from intake.daemon.ingest import ingest_bytes
from intake.service.logging_setup import setup_logging
from intake.service.metrics import REGISTRY
from storage.database import Database
from storage.spool import FILE_MAILBOX, file_uid

STAGES = ("spool", "parse", "route", "compose", "commit")
START = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
NAMES = (
    "Jan de Vries",
    "Anneke van der Berg",
    "Piet Jansen",
    "Fatima el Amrani",
    "Kees Bakker",
    "Mary Smith",
)
ISSUES = (
    "Mijn robot reageert niet meer op spraak sinds de update van gisteren.",
    "De Tessa van mijn moeder geeft geen herinneringen meer voor haar medicijnen.",
    "Our robot keeps restarting every few minutes, can you help?",
    "Het lampje knippert rood en de app zegt dat de robot offline is.",
)
RIGHTS = (
    "Hierbij verzoek ik u al mijn persoonsgegevens te verwijderen op grond van artikel 17 AVG.",
    "I would like a copy of all personal data you hold about me (article 15 GDPR).",
)


def _message(n: int, rng: random.Random, earlier: list[str]) -> bytes:
    name = rng.choice(NAMES)
    address = name.lower().replace(" ", ".") + f"{n % 97}@example.nl"
    at = START + timedelta(minutes=n)
    message_id = f"<{n}.{rng.getrandbits(40):x}@example.nl>"
    kind = rng.random()
    headers = [
        f"Received: from mail.example.nl by mx.tinybots.nl with ESMTPS; {format_datetime(at)}",
        f"Received: from [192.0.2.{n % 250}] by mail.example.nl; {format_datetime(at - timedelta(seconds=3))}",
        f"DKIM-Signature: v=1; a=rsa-sha256; d=example.nl; s=sel; b={base64.b64encode(rng.randbytes(96)).decode()}",
        f"From: {name} <{address}>",
        "To: Tinybots Helpdesk <help@tinybots.nl>",
        f"Date: {format_datetime(at)}",
        f"Message-ID: {message_id}",
        "MIME-Version: 1.0",
    ]
    body = f"Hallo,\n\n{rng.choice(ISSUES)}\nRobot Id: {10000 + n % 500}\n\nMet vriendelijke groet,\n{name}\n06-1234{n % 10000:04d}\n"
    subject = "Vraag over mijn robot"
    if kind < 0.3 and earlier:
        parent = rng.choice(earlier)
        headers += [f"In-Reply-To: {parent}", f"References: {parent}"]
        subject = "Re: Vraag over mijn robot"
        body += "\n> Eerder bericht\n> met citaat\n"
    elif kind < 0.35:
        subject = "Verzoek persoonsgegevens"
        body = f"Geachte heer/mevrouw,\n\n{rng.choice(RIGHTS)}\n\nHoogachtend,\n{name}\n"
    elif kind < 0.40:
        headers.append("Auto-Submitted: auto-replied")
        subject = "Afwezig: Vraag over mijn robot"
        body = "Ik ben afwezig tot maandag en lees mijn mail niet.\n"
    earlier.append(message_id)
    headers.append(f"Subject: {subject}")
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.splitlines()) + "</body></html>"
    mime = (
        'Content-Type: multipart/alternative; boundary="alt"\n\n'
        f"--alt\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
        f"--alt\nContent-Type: text/html; charset=utf-8\n\n{html}\n--alt--\n"
    )
    return ("\n".join(headers) + "\n" + mime).replace("\n", "\r\n").encode()


def messages(count: int) -> list[bytes]:
    rng = random.Random(20261124)
    earlier: list[str] = []
    return [_message(n, rng, earlier) for n in range(count)]


def _stage_sums() -> dict[str, float]:
    return {s: REGISTRY.get_sample_value("intake_stage_seconds_sum", {"stage": s}) or 0.0 for s in STAGES}


async def run(url: str, raws: list[bytes], files_dir: Path) -> None:
    settings = Settings(
        database=DatabaseSettings(url=url, files_dir=str(files_dir)),
        helpdesk=HelpdeskSettings(
            staff_notify=("support@tinybots.nl",), privacy_officer="privacy@tinybots.nl"
        ),
    )
    db = Database.open(url)
    try:
        await db.upgrade()
        before = _stage_sums()
        states: dict[str, int] = {}
        started, cpu_started = time.perf_counter(), time.process_time()
        for n, raw in enumerate(raws):
            result = await ingest_bytes(
                db,
                raw,
                mailbox=FILE_MAILBOX,
                uidvalidity=0,
                uid=file_uid(raw),
                received_at=START + timedelta(minutes=n),
                settings=settings,
                now=START + timedelta(minutes=n, seconds=1),
            )
            states[result.state] = states.get(result.state, 0) + 1
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
    finally:
        await db.close()
    after = _stage_sums()
    print(f"  {len(raws)} messages in {elapsed:.2f} s: {len(raws) / elapsed:,.0f} msg/s  states={states}")
    print(
        f"  CPU time of this process: {cpu * 1000 / len(raws):.2f} ms/msg ({len(raws) / cpu:,.0f} msg per CPU-second)"
    )
    for stage in STAGES:
        spent = after[stage] - before[stage]
        print(f"    {stage:<8} {spent * 1000 / len(raws):6.3f} ms/msg  {100 * spent / elapsed:5.1f} %")
    other = elapsed - sum(after[s] - before[s] for s in STAGES)
    print(f"    {'other':<8} {other * 1000 / len(raws):6.3f} ms/msg  {100 * other / elapsed:5.1f} %")


async def _pg(statement: str) -> None:
    conn = await asyncpg.connect(host="127.0.0.1", port=5432, user="postgres", database="postgres")
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=2000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    setup_logging(LoggingSettings(level="WARNING"))  # stage figures on stdout, warnings (if any) on stderr
    raws = messages(args.n)
    print(f"{args.n} messages, mean {sum(map(len, raws)) / len(raws):,.0f} B")
    with tempfile.TemporaryDirectory() as tmp:
        if args.backend in ("sqlite", "both"):
            print("SQLite (WAL, synchronous=NORMAL), one commit per message:")
            await run(f"sqlite+aiosqlite:///{tmp}/bench.db", raws, Path(tmp) / "files-sqlite")
        if args.backend in ("postgresql", "both"):
            name = f"intake_bench_{secrets.token_hex(4)}"
            await _pg(f"CREATE DATABASE {name}")
            try:
                print("PostgreSQL 15 (asyncpg), one commit per message:")
                await run(
                    f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}", raws, Path(tmp) / "files-pg"
                )
            finally:
                await _pg(f"DROP DATABASE {name} WITH (FORCE)")


if __name__ == "__main__":
    asyncio.run(main())
