"""The `intake` command line: one module per command group, wired here.

Each module under `intake/cli/` exposes `register(app)`; `main()` turns configuration errors and other
expected failures into one clear line on stderr and a non-zero exit code, never a traceback.

A command's module is imported only when that command runs or shows its own help: the modules pull in
SQLAlchemy, Alembic, rich tables and the parsers, and `intake run` or `intake --help` should not wait for the
imports of `check` or `subject` (the "lazily loading subcommands" pattern of the click docs).
"""

from __future__ import annotations

import functools
import importlib
import sys
from typing import TYPE_CHECKING, Any, NamedTuple

import typer
from typer.core import TyperCommand, TyperGroup
from typer.main import get_group

from intake.cli import context
from intake.service.library_logs import quiet_library_logs

if TYPE_CHECKING:
    # typer bundles its own click; only the annotation of the overridden `make_context` needs its Context
    from typer._click import Context


class Entry(NamedTuple):
    help: str  # the line in `intake --help`: the command's docstring, or its group's `help=`
    modules: tuple[str, ...]  # under intake/cli/; their `register(app)` add the command


#: Every command, in the order of `intake --help`.
COMMANDS: dict[str, Entry] = {
    "parse": Entry(
        "Parse mail files and print what was found: classification, writer, rights, ticket ref, text.",
        ("parse_cmd",),
    ),
    "ingest": Entry(
        "Take mail files in through the whole pipeline (spool, parse, route, outbox); prints what happened.",
        ("ingest_cmd",),
    ),
    "run": Entry(
        "Take mail from the mailbox into tickets and send acknowledgements (until SIGTERM).", ("run_cmd",)
    ),
    "check": Entry(
        "Validate the configuration and test IMAP, SMTP and the database (one line each).", ("check_cmd",)
    ),
    "status": Entry(
        "Daemon health, queue sizes and overdue rights requests, from the database (safe while running).",
        ("status_cmd",),
    ),
    "purge": Entry(
        "Remove what is past its retention period: old tickets, raw spool bytes, identity documents.",
        ("purge_cmd",),
    ),
    # tickets_actions_cmd adds reply/note/close/reopen/assign to the group tickets_cmd defines
    "tickets": Entry(
        "Tickets: list them, show one, answer, note, close, reopen, assign.",
        ("tickets_cmd", "tickets_actions_cmd"),
    ),
    # rights_lifecycle_cmd adds verify/pause/... to the group rights_cmd defines
    "rights": Entry("Privacy-rights requests and their deadlines.", ("rights_cmd", "rights_lifecycle_cmd")),
    "automatic": Entry("Automatic mail kept without a ticket.", ("automatic_cmd",)),
    "quarantine": Entry("Mail the daemon could not process: list it, retry it.", ("quarantine_cmd",)),
    "outbox": Entry("Outbound mail: list it, release held acknowledgements.", ("outbox_cmd",)),
    "subject": Entry("A person's data: find, export, erase, restrict, rectify.", ("subject_cmd",)),
    "db": Entry("Database maintenance.", ("db_cmd",)),
}


@functools.cache
def _registered(name: str) -> typer.Typer:
    # Cached: registering twice would add rights_lifecycle_cmd's commands to `rights` twice.
    sub_app = typer.Typer()
    for module in COMMANDS[name].modules:
        importlib.import_module(f"intake.cli.{module}").register(sub_app)
    return sub_app


class LazyCommand(TyperCommand):
    """Stands in for a command in `intake --help`; the real one is imported when the command is invoked."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: Context | None = None, **extra: Any
    ) -> Context:
        assert self.name is not None
        real = get_group(_registered(self.name)).commands[self.name]
        return real.make_context(info_name, args, parent=parent, **extra)


class LazyGroup(TyperGroup):
    """The `intake` group: one `LazyCommand` per entry of COMMANDS."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        for name, entry in COMMANDS.items():
            self.add_command(LazyCommand(name, help=entry.help))


app = typer.Typer(
    name="intake",
    help="Tinybots Intake: help@tinybots.nl to tickets, a privacy-rights queue and safe acknowledgements.",
    cls=LazyGroup,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _global_options(
    ctx: typer.Context,
    config: str | None = typer.Option(
        None, "--config", "-c", help="TOML configuration file (default: $INTAKE_CONFIG).", metavar="FILE"
    ),
) -> None:
    ctx.obj = context.CliState(config_path=config)


def main() -> None:
    """Console-script entry point."""
    quiet_library_logs()  # until a command sets up its log: libraries' warnings stay off the terminal
    context.mark_running_as_program()
    try:
        app()
    except context.CliError as exc:
        print(f"intake: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
