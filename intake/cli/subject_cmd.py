"""Command group placeholder: replaced by its owner."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Adds this module's commands to the `intake` app."""
