"""The command table of `intake --help` (intake/cli/__init__.py COMMANDS) against the commands themselves."""

from __future__ import annotations

import inspect

from typer.main import get_group

from intake.cli import COMMANDS, _registered


def test_every_listed_command_exists_with_the_help_line_its_module_gives_it() -> None:
    for name, entry in COMMANDS.items():
        real = get_group(_registered(name)).commands[name]
        assert inspect.cleandoc(real.help or "").splitlines()[0] == entry.help, name
