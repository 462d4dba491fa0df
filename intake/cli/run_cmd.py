"""`intake run [--once]`: the daemon (intake/daemon/wiring.py), or one drain of the mailbox and the outbox."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

import typer

from intake.cli import context
from intake.config import ConfigError
from intake.daemon.mailbox import MailboxError
from intake.file_modes import exposures


@contextlib.contextmanager
def lasting_imports() -> Iterator[None]:
    """Imports whose objects (modules, classes, functions) live as long as the daemon: the cyclic garbage
    collector is paused while they load (it would scan the growing heap a few dozen times for nothing, ~4% of
    their CPU), and what they made is then frozen out of its later full scans (`gc.freeze`)."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def register(app: typer.Typer) -> None:
    """Adds `run` to the `intake` app."""

    @app.command("run")
    def run_command(
        ctx: typer.Context,
        once: bool = typer.Option(False, "--once", help="Drain the mailbox and the outbox, then exit 0."),
    ) -> None:
        """Take mail from the mailbox into tickets and send acknowledgements (until SIGTERM)."""
        settings = context.settings(ctx)
        for exposure in exposures(settings):
            if exposure.secret:  # the configuration itself is only warned about, by `intake check`
                raise context.CliError(exposure.line(), exit_code=2)
        try:
            mailbox_settings = settings.require_mailbox()
        except ConfigError as exc:
            raise context.CliError(str(exc), exit_code=2) from None
        early_mailbox = None
        if once:  # the IMAP connection opens while the imports below run (intake/daemon/connecting.py)
            from intake.daemon.connecting import EarlyMailbox

            early_mailbox = EarlyMailbox(mailbox_settings)
        with lasting_imports():  # the daemon's imports are heavy; `intake --help` should stay fast
            from intake.daemon import wiring
            from intake.daemon.leadership import LeadershipLost
            from intake.daemon.sqlite_lock import DatabaseInUse
            from storage.errors import SchemaTooNew

        try:
            wiring.run(settings, once=once, early_mailbox=early_mailbox)
        except ConfigError as exc:
            raise context.CliError(str(exc), exit_code=2) from None
        except (DatabaseInUse, SchemaTooNew) as exc:  # refused to start: one line, the holder or the fix
            raise context.CliError(str(exc), exit_code=4) from None
        except LeadershipLost:  # --once on PostgreSQL: the database connection broke mid-drain
            raise context.CliError(
                "stopped: the connection that held the mailbox's lock broke, so nothing more was moved; "
                "fix: run it again (everything done so far is kept)",
                exit_code=3,
            ) from None
        except MailboxError as exc:
            hint = f"; fix: {exc.hint}" if exc.hint else ""
            raise context.CliError(f"{exc}{hint}", exit_code=3) from None
        context.end_program_now()  # every task, thread and helper process of the run has ended
