"""What every command shares: the chosen configuration file and how a command fails."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from intake.config import Settings


class CliError(Exception):
    """An expected failure, shown as one line on stderr (never a traceback)."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True, slots=True)
class CliState:
    config_path: str | None


def settings(ctx: typer.Context, *, sections: tuple[str, ...] | None = None) -> Settings:
    """The settings for this command, from the whole file validated alike for every command (`sections`: the
    ones the command uses, intake/config.py `load_settings`)."""
    # Here, not at the top: `intake --help` imports this module and should not wait for pydantic.
    from intake.config import ConfigError, load_settings

    state = ctx.find_object(CliState)
    path = state.config_path if state else None
    try:
        return load_settings(path, sections=sections)
    except ConfigError as exc:
        raise CliError(str(exc), exit_code=2) from None


#: True in the `intake` program itself (set by the console script's `main`), never under a test's CliRunner.
_running_as_program = False


def mark_running_as_program() -> None:
    global _running_as_program
    _running_as_program = True


def end_program_now() -> None:
    """Ends the `intake` program with exit status 0 without the interpreter's teardown (module after module
    cleared: ~20-30 ms that an empty `intake run --once` spent on nothing; docs/performance.md, "Session 7").

    For a command whose work has fully ended: every thread joined, every helper process stopped. The log and
    stdio are flushed first. Does nothing when the command runs inside another program (a test's CliRunner).
    """
    if not _running_as_program:
        return
    import logging
    import os
    import sys

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
