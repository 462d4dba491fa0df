"""How every listing is cut and says so: `--limit N` (default 50), `--all`, "50 of 704" (docs/admin-cli.md).

A table ends with one line when rows were left out: `50 of 704 tickets shown; --limit N or --all for more`.
With `--json` (one object per line), a cut listing ends with one more line of a different shape,
`{"truncated": true, "shown": 50, "total": 704}`; a complete listing has no such line, so a script that passes
`--all` never sees it, and one that does not can tell. The same notice goes to stderr for a person watching.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Annotated, Any

import typer

from storage.pages import Page

DEFAULT_LIMIT = 50

LimitOption = Annotated[
    int,
    typer.Option("--limit", min=1, metavar="N", help=f"Show at most N rows (default {DEFAULT_LIMIT})."),
]
AllOption = Annotated[bool, typer.Option("--all", help="Show every row (no limit).")]


def row_limit(limit: int, show_all: bool) -> int | None:
    """The number of rows to fetch: None for every row."""
    return None if show_all else limit


def cut_line(page: Page[Any], noun: str) -> str | None:
    """`50 of 704 tickets shown; ...` when rows were left out, else None."""
    if not page.truncated:
        return None
    return f"{len(page.items)} of {page.total} {noun} shown; --limit N or --all for more"


def echo_cut_line(page: Page[Any], noun: str) -> None:
    """Under a table: the `50 of 704` line when rows were left out."""
    notice = cut_line(page, noun)
    if notice is not None:
        typer.echo(notice)


def echo_json_lines(rows: Iterable[dict[str, Any]], page: Page[Any], noun: str) -> None:
    """One JSON object per row, then the truncation object when the listing was cut (module doc)."""
    for row in rows:
        typer.echo(json.dumps(row, ensure_ascii=False))
    notice = cut_line(page, noun)
    if notice is not None:
        typer.echo(json.dumps({"truncated": True, "shown": len(page.items), "total": page.total}))
        typer.echo(notice, err=True)
