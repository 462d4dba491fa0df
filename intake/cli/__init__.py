"""The `intake` command line: one module per command group, wired here.

Each module under `intake/cli/` exposes `register(app)`; `main()` turns configuration errors and other
expected failures into one clear line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import sys

import typer

from intake.cli import context

app = typer.Typer(
    name="intake",
    help="Tinybots Intake: help@tinybots.nl to tickets, a privacy-rights queue and safe acknowledgements.",
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


def _register_commands() -> None:
    # One line per command group; the order is the order of `intake --help`.
    from intake.cli import (
        automatic_cmd,
        check_cmd,
        db_cmd,
        ingest_cmd,
        outbox_cmd,
        parse_cmd,
        purge_cmd,
        quarantine_cmd,
        rights_cmd,
        rights_lifecycle_cmd,
        run_cmd,
        status_cmd,
        subject_cmd,
        tickets_cmd,
    )

    for module in (
        parse_cmd,
        ingest_cmd,
        run_cmd,
        check_cmd,
        status_cmd,
        tickets_cmd,
        rights_cmd,
        rights_lifecycle_cmd,  # after rights_cmd: it adds to the `rights` group
        automatic_cmd,
        quarantine_cmd,
        outbox_cmd,
        subject_cmd,
        purge_cmd,
        db_cmd,
    ):
        module.register(app)


_register_commands()


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except context.CliError as exc:
        print(f"intake: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
