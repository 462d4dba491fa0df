"""`intake check`: validates the configuration and tries every connection the daemon needs, without side effects.

One line per check, "ok" or "FAIL" with the fix; exit 1 when any check fails. IMAP: TLS, login, folders
(the Processed and Quarantine folders the daemon would create are reported, not created). Templates: the
admin's `[outbound] templates_dir`. SMTP: connect, STARTTLS or implicit TLS, AUTH when configured, through the
sender's own `open_relay`; no mail is sent. Database: reachable, schema at the head.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import aiosmtplib
import typer
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection

from intake.cli import context
from intake.config import ConfigError, Settings, SmtpSettings
from intake.daemon.mailbox import Mailbox, MailboxError
from intake.file_modes import exposures
from intake.outbound import check_templates
from intake.outbound.delivery import RelayUnavailable, open_relay
from storage.database import Database, alembic_config
from storage.errors import NoDatabase


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    warning: bool = False  # ok, but worth a look (does not change the exit code)

    def line(self) -> str:
        if self.warning:
            return f"WARN  {self.name}: {self.detail}"
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


async def check_smtp(settings: Settings) -> CheckResult:
    """Connects and authenticates through the sender's own `open_relay` (its TLS and AUTH rules), then quits."""
    try:
        smtp = settings.require_smtp()
        client = await open_relay(smtp)
    except ConfigError as exc:
        return CheckResult("smtp", False, str(exc))
    except (OSError, ssl.SSLError) as exc:  # the ca_file, or the password file, cannot be read
        return CheckResult("smtp", False, str(exc), "check [smtp] ca_file and password_file / password_env")
    except RelayUnavailable as exc:
        return _relay_failure(smtp, exc)
    try:
        await client.quit()
    except (aiosmtplib.SMTPException, OSError):
        client.close()  # it answered every command we needed; a rough goodbye changes nothing
    auth = f", AUTH as {smtp.username}" if smtp.username else ", no AUTH configured"
    return CheckResult("smtp", True, f"connected to {_where(smtp)}{auth}")


def _where(smtp: SmtpSettings) -> str:
    return f"{smtp.host}:{smtp.port} ({smtp.security})"


def _relay_failure(smtp: SmtpSettings, exc: RelayUnavailable) -> CheckResult:
    if isinstance(exc.__cause__, aiosmtplib.SMTPAuthenticationError):
        return CheckResult(
            "smtp",
            False,
            f"{_where(smtp)} refused the login ({exc.__cause__.code})",
            "check [smtp] username and the password in password_file / password_env",
        )
    return CheckResult(
        "smtp",
        False,
        f"{_where(smtp)}: {exc}",
        "check [smtp] host, port, security and ca_file (certificates are verified)",
    )


def check_templates_dir(settings: Settings) -> CheckResult:
    """The admin's mail templates, as the sender will read them (`intake.outbound.check_templates`)."""
    directory = settings.outbound.templates_dir
    if not directory:
        return CheckResult("templates", True, "the shipped templates ([outbound] templates_dir not set)")
    if not Path(directory).is_dir():
        return CheckResult(
            "templates",
            False,
            f"[outbound] templates_dir {directory!r} is not a directory",
            "point it at a directory with nl/ and en/ template files, or remove the key to use the shipped ones",
        )
    problems = check_templates(directory)
    if problems:
        return CheckResult(
            "templates",
            False,
            "; ".join(problems),
            "correct the file(s); until then the shipped template is used for each one named",
        )
    return CheckResult(
        "templates", True, f"{directory} is valid (missing files fall back to the shipped ones)"
    )


def check_staff(settings: Settings) -> CheckResult | None:
    """Staff answering by mail (docs/staff.md): that the token secret can be read; None when `[staff]` is off."""
    staff = settings.staff
    if not (staff.addresses or staff.domains):
        return None
    proof = f"Authentication-Results of {staff.authserv_id}" if staff.auth != "token" else ""
    if staff.uses_token:
        try:
            staff.token_secret()
        except ValueError as exc:
            return CheckResult("staff", False, str(exc), "staff answers by mail are not proven until it is")
        proof = f"{proof} and the notification token" if proof else "the notification token"
    count = len(staff.members())
    return CheckResult("staff", True, f"{count} address(es), {len(staff.domains)} domain(s); proof: {proof}")


def _revisions(connection: Connection) -> tuple[str | None, str | None]:
    current = MigrationContext.configure(connection).get_current_revision()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    return current, head


async def check_database(settings: Settings) -> CheckResult:
    """Connects and compares the schema revision with the migrations' head (read-only: creates nothing)."""
    try:
        db = Database.open_read_only(settings.database.url)
    except NoDatabase as exc:
        return CheckResult("database", False, str(exc).partition(":")[0], "run `intake db upgrade`")
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
    results += [CheckResult("permissions", True, e.line(), warning=True) for e in exposures(settings)]
    results.append(await asyncio.to_thread(check_imap, settings))
    results.append(check_templates_dir(settings))
    staff = check_staff(settings)
    if staff is not None:
        results.append(staff)
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
