"""Benchmark: the outbound path. Composes N new tickets' mails (loop guard, templates, header checks, enqueue),
then drains them through a real aiosmtpd relay on loopback over STARTTLS with the test CA.

    .venv/bin/python bench/outbound.py [-n 500] [--batch 50] [--relay]

With `--relay` the SMTP work runs in the relay process (intake/outbound/relay_process.py, as the daemon does on
more than one core): each accepted mail is recorded before the relay hands the next one to the server.

Prints compose rows/s and delivered mails/s (SQLite file; one SMTP connection per batch, one commit per mail),
and the sender's CPU per mail: CPU time of the event-loop thread during the drain (building, flattening and
sending each mail, TLS, one TLS context per batch), without the relay's thread or SQLite's worker thread, which
share this process; the wall-clock rate includes them. The last line counts all of it: this process's CPU
(every thread, the SMTP sink's included) plus the relay process's (/proc), as mails per CPU-second.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

# The relay and the test CA are the test suite's fixtures (tests/fixtures/), importable from the checkout root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from intake.outbound.compose import compose_for_route
from intake.outbound.relay_process import RelayProcess
from intake.outbound.sender import drain_outbox
from storage import outbox
from storage.database import Database
from tests.fixtures.certs import make_test_ca
from tests.fixtures.outbound_data import NOW, new_ticket, outcome_for, parsed_mail, settings_for
from tests.fixtures.smtp import make_sink


async def run(count: int, batch: int, *, use_relay: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-outbound") as tmp:
        directory = Path(tmp)
        (directory / "ca").mkdir()
        sink = make_sink(make_test_ca(directory / "ca"))
        sink.start()
        db = Database.open(f"sqlite+aiosqlite:///{directory / 'db' / 'intake.db'}")
        try:
            await db.upgrade()
            settings = settings_for(sink, outbound={"batch_size": batch, "acks_per_minute": count * 2})
            started = time.perf_counter()
            rows = 0
            for n in range(count):
                async with db.session() as s:
                    ticket, customer = await new_ticket(s, email=f"klant{n}@example.nl")
                    parsed = parsed_mail(from_address=f"klant{n}@example.nl", message_id=f"<b{n}@example.nl>")
                    mails = await compose_for_route(
                        s, outcome_for(ticket, customer), parsed, settings=settings, now=NOW
                    )
                    rows += len(await outbox.enqueue(s, mails, now=NOW))
                    await s.commit()
            composed = time.perf_counter() - started
            relay = None
            if use_relay:
                smtp = settings.require_smtp()
                relay = RelayProcess(
                    smtp,
                    envelope_sender=settings.helpdesk.address,
                    verp=settings.outbound.verp,
                    database_url=str(db.engine.url),
                )
                await relay.start()  # its imports are not part of the drain
                await asyncio.sleep(1.0)
            relay_cpu_started = _process_cpu(relay.pid) if relay is not None else 0.0
            started, cpu_started, process_cpu_started = (
                time.perf_counter(),
                time.thread_time(),
                time.process_time(),
            )
            sent = await drain_outbox(db, settings, now=NOW, relay=relay)
            drained, drain_cpu = time.perf_counter() - started, time.thread_time() - cpu_started
            process_cpu = time.process_time() - process_cpu_started
            relay_cpu = _process_cpu(relay.pid) - relay_cpu_started if relay is not None else 0.0
            if relay is not None:
                await relay.close()
        finally:
            await db.close()
            sink.stop()
    assert sent == rows == len(sink.deliveries), (sent, rows, len(sink.deliveries))
    print(
        f"compose+enqueue: {rows} rows for {count} tickets in {composed:.2f} s = {rows / composed:.0f} rows/s"
    )
    where = "relay process" if use_relay else "in-process"
    print(
        f"drain ({where}, STARTTLS, batch {batch}): {sent} mails in {drained:.2f} s = {sent / drained:.0f} mails/s"
    )
    print(f"sender CPU (event-loop thread): {drain_cpu / sent * 1e6:.0f} us/mail")
    print(
        f"CPU per mail: this process (all threads) {process_cpu / sent * 1e6:.0f} us, relay process "
        f"{relay_cpu / sent * 1e6:.0f} us; {sent / (process_cpu + relay_cpu):.0f} mails per CPU-second"
    )


def _process_cpu(pid: int | None) -> float:
    """User + system CPU seconds of a child process so far (/proc/<pid>/stat, Linux)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=500, help="new tickets (2 mails each)")
    parser.add_argument("--batch", type=int, default=50, help="[outbound] batch_size")
    parser.add_argument("--relay", action="store_true", help="SMTP in the relay process, as the daemon does")
    args = parser.parse_args()
    asyncio.run(run(args.n, args.batch, use_relay=args.relay))


if __name__ == "__main__":
    main()
