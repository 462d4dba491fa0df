"""`intake check`: validates the configuration and tries every connection the daemon needs, without side effects.

One line per check, "ok" or "FAIL" with the fix; exit 1 when any check fails. IMAP: TLS, login, folders
(the Processed and Quarantine folders the daemon would create are reported, not created). SMTP: connect,
STARTTLS or implicit TLS, AUTH when configured; no mail is sent. Database: reachable, schema at the head.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiosmtplib
import typer
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection

from intake.cli import context
from intake.config import ConfigError, Settings, SmtpSettings
from intake.mailbox import Mailbox, MailboxError
from storage.database import Database, alembic_config


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    fix: str = ""

    def line(self) -> str:
        if self.ok:
            return f"ok    {self.name}: {self.detail}"
        return f"FAIL  {self.name}: {self.detail}" + (f"; fix: {self.fix}" if self.fix else "")


def check_imap(settings: Settings) -> CheckResult:
    """Logs in, checks the INBOX exists and reports which daemon folders are still to be created."""
    try:
        mailbox_settings = settings.require_mailbox()
        mailbox = Mailbox.connect(mailbox_settings)
    except ConfigError as exc:
        return CheckResult("imap", False, str(exc))
    except MailboxError as exc:
        return CheckResult("imap", False, str(exc), exc.hint)
    try:
        missing = mailbox.missing_folders()
        idle = mailbox.has_idle
    except MailboxError as exc:
        return CheckResult("imap", False, str(exc), exc.hint)
    finally:
        mailbox.close()
    where = f"{mailbox_settings.host}:{mailbox_settings.port} ({mailbox_settings.security})"
    if mailbox_settings.folder in missing:
        return CheckResult(
            "imap",
            False,
            f"logged in to {where}, but folder {mailbox_settings.folder!r} does not exist",
            "set [mailbox] folder to the folder new mail arrives in (usually INBOX)",
        )
    created = f"; will create {', '.join(missing)} on start" if missing else ""
    mode = "IDLE" if idle else f"no IDLE: polling every {mailbox_settings.poll_interval_seconds} s"
    return CheckResult(
        "imap", True, f"logged in to {where}, folder {mailbox_settings.folder} found, {mode}{created}"
    )


def _smtp_context(settings: SmtpSettings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if settings.ca_file:
        context.load_verify_locations(cafile=settings.ca_file)
    return context


async def check_smtp(settings: Settings) -> CheckResult:
    """Connects (TLS / STARTTLS as configured), authenticates when a username is set, and quits."""
    try:
        smtp = settings.require_smtp()
        smtp.check_plaintext_host("smtp")
        password = smtp.password("smtp") if smtp.username else ""
        tls = _smtp_context(smtp) if smtp.security != "none" else None
    except (ConfigError, OSError, ssl.SSLError) as exc:
        return CheckResult("smtp", False, str(exc), "check [smtp] ca_file and the password settings")
    client = aiosmtplib.SMTP(
        hostname=smtp.host,
        port=smtp.port,
        use_tls=smtp.security == "tls",
        start_tls=smtp.security == "starttls",
        tls_context=tls,
        timeout=smtp.timeout_seconds,
    )
    where = f"{smtp.host}:{smtp.port} ({smtp.security})"
    try:
        await client.connect()
        if smtp.username:
            await client.login(smtp.username, password)
        await client.quit()
    except aiosmtplib.SMTPAuthenticationError as exc:
        return CheckResult(
            "smtp", False, f"{where} refused the login ({exc.code})", "check [smtp] username/password"
        )
    except (aiosmtplib.SMTPException, OSError, ssl.SSLError) as exc:
        return CheckResult(
            "smtp",
            False,
            f"{where}: {exc}",
            "check [smtp] host, port, security and ca_file (certificates are verified)",
        )
    auth = f", AUTH as {smtp.username}" if smtp.username else ", no AUTH configured"
    return CheckResult("smtp", True, f"connected to {where}{auth}")


def _revisions(connection: Connection) -> tuple[str | None, str | None]:
    current = MigrationContext.configure(connection).get_current_revision()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    return current, head


async def check_database(settings: Settings) -> CheckResult:
    """Connects and compares the schema revision with the migrations' head."""
    db = Database.open(settings.database.url)
    try:
        async with db.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
            current, head = await conn.run_sync(_revisions)
    except Exception as exc:
        return CheckResult("database", False, f"{type(exc).__name__}: {exc}", "check [database] url")
    finally:
        await db.close()
    if current != head:
        return CheckResult(
            "database",
            False,
            f"schema at {current or 'nothing'}, migrations at {head}",
            "run `intake db upgrade`",
        )
    return CheckResult("database", True, f"{db.dialect} reachable, schema at {head}")


async def run_checks(settings: Settings) -> list[CheckResult]:
    results = [CheckResult("config", True, f"{settings.source or 'defaults'} is valid")]
    results.append(await asyncio.to_thread(check_imap, settings))
    steps: tuple[Callable[[Settings], Awaitable[CheckResult]], ...] = (check_smtp, check_database)
    for step in steps:
        results.append(await step(settings))
    return results


def register(app: typer.Typer) -> None:
    """Adds `check` to the `intake` app."""

    @app.command("check")
    def check_command(ctx: typer.Context) -> None:
        """Validate the configuration and test IMAP, SMTP and the database (one line each)."""
        try:
            settings = context.settings(ctx)
        except context.CliError as exc:
            typer.echo(CheckResult("config", False, str(exc)).line())
            raise typer.Exit(2) from None
        results = asyncio.run(run_checks(settings))
        for result in results:
            typer.echo(result.line())
        if not all(r.ok for r in results):
            raise typer.Exit(1)
