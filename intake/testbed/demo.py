"""`make demo`: the whole product on this machine in a minute, with throwaway servers on loopback.

Starts a Dovecot (IMAP, STARTTLS) and an SMTP sink with certificates made here, writes a configuration, puts the
sample mails (samples/*.eml) in the INBOX, runs the real daemon (`intake run`) until the mailbox and the outbox
are drained, shows one live mail arriving while the daemon idles and an agent answering it by mail (the
customer's reply threading back), then prints the tickets, the rights queue and
the mails that were sent. Every server is stopped by its pid at the end, also on Ctrl-C or an error.
"""

from __future__ import annotations

import argparse
import asyncio
import email
import email.policy
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from intake.testbed.demo_staff import STAFF_CONFIG, staff_answers_by_mail
from intake.testbed.mail import realistic_mail
from intake.testbed.servers import (
    Dovecot,
    MailAccount,
    ReceivedMail,
    SmtpSink,
    make_certs,
    write_config,
)
from storage import quarantine
from storage.database import Database
from storage.models import Customer, Message, OutboxMail, RightsRequest, Ticket

SAMPLES = Path(__file__).resolve().parents[2] / "samples"  # intake/testbed/ -> the repository
WAIT_SECONDS = 120.0


def _intake_command() -> str:
    beside = Path(sys.executable).parent / "intake"
    found = str(beside) if beside.exists() else shutil.which("intake")
    if found is None:
        raise RuntimeError("the `intake` command is not installed: run `make setup`")
    return found


def _write_demo_config(workdir: Path, account: MailAccount, sink: SmtpSink) -> Path:
    password_file = workdir / "imap-password"
    password_file.write_text(account.password + "\n", encoding="utf-8")
    os.chmod(password_file, 0o600)
    mailbox = account.mailbox_config(password_env="", password_file=str(password_file))
    return write_config(
        workdir / "intake.toml",
        {
            "mailbox": mailbox,
            "smtp": sink.smtp_config(),
            "database": {"url": f"sqlite+aiosqlite:///{workdir}/intake.db"},
            "helpdesk": {
                "address": "help@tinybots.nl",
                "own_addresses": ["help@tinybots.nl"],
                "own_phones": ["+31201234567"],
                "staff_notify": ["support@tinybots.nl"],
                "privacy_officer": "privacy@tinybots.nl",
                "relay_addresses": ["website@tinybots.nl"],
            },
            # 89 sample mails arrive at once: above the default brake of 60 acknowledgements a minute
            "outbound": {"acks_per_minute": 500},
            "logging": {"level": "INFO", "format": "keyvalue"},
            "staff": STAFF_CONFIG,
        },
    )


async def _outbox_waiting(url: str) -> int:
    db = Database.open(url)
    try:
        async with db.session() as session:
            query = select(func.count(OutboxMail.id)).where(OutboxMail.state.in_(("pending", "sending")))
            return int((await session.execute(query)).scalar_one())
    finally:
        await db.close()


def _drain_with_progress(console: Console, account: MailAccount, total: int, url: str) -> None:
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console) as progress:
        mails = progress.add_task("mails taken in ", total=total)
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            left = account.count("INBOX")
            progress.update(mails, completed=total - left)
            if left == 0:
                break
            time.sleep(0.2)
        while time.monotonic() < deadline and asyncio.run(_outbox_waiting(url)) > 0:
            time.sleep(0.2)


def _live_mail(console: Console, account: MailAccount, sink: SmtpSink, url: str) -> None:
    """One mail arrives while the daemon idles in IMAP IDLE: how long until its acknowledgement is out.
    Then the same writer follows up on it: the reply threads onto the same ticket and gets no second ack."""
    already = len(sink.received)
    started = time.time()
    account.append([realistic_mail(424242)])
    received = sink.wait_for(already + 1, timeout=30)
    acks = [m for m in received[already:] if "klant424242@example.nl" in m.rcpt_tos]
    if acks:
        console.print(
            f"[bold green]Live:[/] a new mail arrived while the daemon was idling; its acknowledgement was "
            f"accepted by the SMTP server [bold]{acks[0].at - started:.2f} s[/] after the APPEND (IMAP IDLE, no polling)."
        )
    account.append([realistic_mail(424243, reply_to=424242)])
    threaded = _wait_for_message(url, "<m424243@example.nl>")
    if threaded is not None:
        ref, reason = threaded
        time.sleep(1.0)  # the sender wakes on every commit: give a (wrong) second acknowledgement its chance
        to_writer = sum("klant424242@example.nl" in m.rcpt_tos for m in sink.received)
        console.print(
            f"[bold green]Live:[/] the writer's follow-up (In-Reply-To the first mail) was threaded onto "
            f"[bold]{ref}[/] (rule {reason}); acknowledgements sent to the writer in all: {to_writer}."
        )


def _wait_for_message(url: str, message_id: str) -> tuple[str, str] | None:
    """The ticket ref and threading rule of a stored inbound message, once the daemon has committed it."""

    async def lookup() -> tuple[str, str] | None:
        db = Database.open(url)
        try:
            async with db.session() as session:
                row = (
                    await session.execute(
                        select(Ticket.ref, Message.route_reason)
                        .join(Ticket, Message.ticket_id == Ticket.id)
                        .where(Message.message_id == message_id)
                    )
                ).first()
        finally:
            await db.close()
        return (str(row[0]), str(row[1])) if row else None

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        found = asyncio.run(lookup())
        if found is not None:
            return found
        time.sleep(0.2)
    return None


async def _counts(session: AsyncSession, column: InstrumentedAttribute[str]) -> dict[str, int]:
    rows = (await session.execute(select(column, func.count()).group_by(column))).all()
    return {str(value): int(n) for value, n in rows}


async def _summary(session: AsyncSession) -> str:
    reasons = await _counts(session, Message.route_reason)
    kinds = await _counts(session, OutboxMail.kind)
    states = await _counts(session, OutboxMail.state)
    tickets = (await session.execute(select(func.count(Ticket.id)))).scalar_one()
    rights = (await session.execute(select(func.count(RightsRequest.id)))).scalar_one()
    threaded = sum(reasons.get(r, 0) for r in ("in_reply_to", "subject_ref", "body_ref"))
    automatic = sum(n for r, n in reasons.items() if r.startswith(("automatic", "staff")))
    return (
        f"[bold]{sum(reasons.values())}[/] messages stored: [bold]{tickets}[/] tickets opened, "
        f"[bold]{threaded}[/] replies threaded onto a ticket, [bold]{automatic}[/] automatic or staff mails "
        f"kept without a new ticket (never acknowledged)\n"
        f"[bold]{rights}[/] privacy-rights requests queued with their deadlines\n"
        f"outbox: {', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}\n"
        f"        {', '.join(f'{n} {k}' for k, n in sorted(states.items()))} "
        f"(suppressed: a loop rule said no, e.g. a no-reply sender or the per-sender daily limit)"
    )


async def _tables(url: str) -> tuple[str, Table, Table, Table]:
    db = Database.open(url)
    try:
        async with db.session() as session:
            summary = await _summary(session)
            tickets = await _ticket_table(session)
            rights = await _rights_table(session)
            quarantine = await _quarantine_table(session)
    finally:
        await db.close()
    return summary, tickets, rights, quarantine


async def _ticket_table(session: AsyncSession) -> Table:
    table = Table(title="Tickets (the first 15)", title_justify="left")
    for column in ("ref", "customer", "messages", "subject"):
        table.add_column(column, overflow="ellipsis", no_wrap=True)
    counts = (
        select(Message.ticket_id, func.count(Message.id).label("n")).group_by(Message.ticket_id).subquery()
    )
    query = (
        select(Ticket.ref, Ticket.status, Customer.name, Customer.email, counts.c.n, Ticket.subject)
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(counts, counts.c.ticket_id == Ticket.id)
        .order_by(Ticket.id)
        .limit(15)
    )
    for row in (await session.execute(query)).all():
        ref, _status, name, address, n, subject = (str(v) if v is not None else "" for v in row)
        table.add_row(ref or "-", name or address or "-", n or "0", subject[:50])
    return table


async def _rights_table(session: AsyncSession) -> Table:
    table = Table(title="Rights queue (privacy requests, with deadlines)", title_justify="left")
    for column in ("ticket", "rights", "received", "promised by", "legal due", "identity step", "status"):
        table.add_column(column)
    query = (
        select(RightsRequest, Ticket.ref)
        .outerjoin(Ticket, Ticket.id == RightsRequest.ticket_id)
        .order_by(RightsRequest.promised_due_date)
    )
    for request, ref in (await session.execute(query)).all():
        table.add_row(
            ref or "-",
            ", ".join(request.rights) or ", ".join(request.flags),
            request.receipt_date.isoformat(),
            request.promised_due_date.isoformat(),
            request.legal_due_date.isoformat(),
            request.identity_step,
            request.status,
        )
    return table


async def _quarantine_table(session: AsyncSession) -> Table:
    table = Table(title="Quarantine (`intake quarantine list`)", title_justify="left")
    for column in ("id", "size", "attempts", "reason"):
        table.add_column(column)
    for entry in await quarantine.quarantined(session):
        table.add_row(
            str(entry.spool_id), str(entry.size), str(entry.attempts), (entry.last_error or "")[:90]
        )
    return table


def _sent_table(received: list[ReceivedMail]) -> Table:
    table = Table(
        title=f"Mails sent: {len(received)} accepted by the SMTP server (the first 10)", title_justify="left"
    )
    table.add_column("to", overflow="ellipsis", no_wrap=True, max_width=28)
    table.add_column("subject", overflow="ellipsis", no_wrap=True, max_width=40)
    table.add_column("first lines")
    for mail in received[:10]:
        message = email.message_from_bytes(mail.data, policy=email.policy.default)
        body = message.get_body(("plain",)) if isinstance(message, email.message.EmailMessage) else None
        text = body.get_content() if body is not None else ""
        lines = [line.strip() for line in str(text).splitlines() if line.strip()][:2]
        table.add_row(", ".join(mail.rcpt_tos), str(message.get("Subject", "")), "\n".join(lines))
    return table


def _stop_daemon(daemon: subprocess.Popen[bytes] | None) -> int | None:
    if daemon is None or daemon.poll() is not None:
        return daemon.returncode if daemon else None
    daemon.send_signal(signal.SIGTERM)
    try:
        return daemon.wait(15)
    except subprocess.TimeoutExpired:
        daemon.kill()
        return daemon.wait(5)


def run_demo(console: Console, *, keep: bool) -> int:
    samples = sorted(SAMPLES.glob("*.eml"))
    if not samples:
        console.print(f"[red]No sample mails in {SAMPLES}[/]")
        return 1
    workdir = Path(tempfile.mkdtemp(prefix="intake-demo-"))
    os.chmod(workdir, 0o755)  # the Dovecot mail user must reach its directory inside
    dovecot: Dovecot | None = None
    sink: SmtpSink | None = None
    daemon: subprocess.Popen[bytes] | None = None
    try:
        with console.status("Starting a throwaway Dovecot and SMTP server on 127.0.0.1 ..."):
            certs = make_certs(workdir)
            (workdir / "imap").mkdir()
            dovecot = Dovecot.create(workdir / "imap", certs)
            dovecot.start()
            sink = SmtpSink(certs)
            sink.start()
        console.print(
            f"IMAP  127.0.0.1:{dovecot.imap_port} (STARTTLS, pid {dovecot.pid})   "
            f"SMTP  127.0.0.1:{sink.port} (STARTTLS)   certificates from a CA made just now"
        )
        account = dovecot.account("help")
        account.append(path.read_bytes() for path in samples)
        console.print(f"Put {len(samples)} sample mails from samples/ in the INBOX.")
        config = _write_demo_config(workdir, account, sink)
        url = f"sqlite+aiosqlite:///{workdir}/intake.db"
        log = workdir / "daemon.log"
        with open(log, "wb") as log_file:
            daemon = subprocess.Popen([_intake_command(), "--config", str(config), "run"], stderr=log_file)
        console.print(f"Started the daemon: intake --config {config} run (pid {daemon.pid}, log {log.name})")
        _drain_with_progress(console, account, len(samples), url)
        _live_mail(console, account, sink, url)
        staff_answers_by_mail(console, account, sink, url, _wait_for_message)
        code = _stop_daemon(daemon)
        console.print(f"Sent SIGTERM: the daemon finished its work and exited with code {code}.\n")
        summary, tickets, rights, quarantine = asyncio.run(_tables(url))
        console.print(Panel(summary, title="What the daemon made of the sample mails", title_align="left"))
        for table in (tickets, rights, _sent_table(sink.received)):
            console.print(table)
        if quarantine.row_count:
            console.print(quarantine)
        console.print(
            f"Mailbox: INBOX {account.count('INBOX')}, Processed {account.count('Processed')}, "
            f"Quarantine {account.count('Quarantine')}"
        )
        if keep:
            console.print(Panel(f"Kept {workdir}; try: intake --config {config} tickets list"))
        return 0
    finally:
        _stop_daemon(daemon)
        if sink is not None:
            sink.stop()
        if dovecot is not None:
            dovecot.stop()
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m intake.testbed.demo", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temp directory (database, config, mail)"
    )
    args = parser.parse_args(argv)
    console = Console()
    if not console.is_terminal:  # piped into a file or CI log: wide enough for one row per ticket
        console = Console(width=140)
    try:
        return run_demo(console, keep=args.keep)
    except KeyboardInterrupt:
        console.print("[yellow]Interrupted: servers stopped.[/]")
        return 130
    except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
        console.print(
            f"[red]The demo could not run: {exc}[/] (servers stopped; `make setup` installs what it needs)"
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
