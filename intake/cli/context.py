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
