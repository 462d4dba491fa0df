"""`intake parse [--json] PATH...`: parse .eml files and show what the help desk would see; no side effects.

Needs no configuration; with `--config`/`INTAKE_CONFIG` the whole file is validated like every command's, and
the `[helpdesk]` section is used (own addresses and phones, relay addresses, ticket prefix, robot-id labels). A file that cannot be read is reported as
`{"file": ..., "error": ...}` (or a red table row), the other files are still parsed, and the exit code is 1
at the end.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from intake.cli import context
from parsers import ParsedMessage, ParserConfig, parse_message

#: Characters of the new text shown per row in the table; --json always has the whole text.
TABLE_TEXT_CHARS = 70
#: Width of the table when stdout is not a terminal (a pipe or a file): wide enough to stay one row per mail.
PIPE_WIDTH = 200


def register(app: typer.Typer) -> None:
    """Adds `intake parse` to the `intake` app."""
    app.command("parse")(parse)


def parse(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help=".eml files to parse.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per file, one per line (JSONL).")
    ] = False,
) -> None:
    """Parse mail files and print what was found: classification, writer, rights, ticket ref, text."""
    config = context.settings(ctx, sections=("helpdesk",)).helpdesk.parser_config()
    now = datetime.now(UTC)
    results = [_parse_file(path, config, now) for path in paths]
    if as_json:
        for result in results:
            line = json.dumps(result, ensure_ascii=False) + "\n"
            sys.stdout.buffer.write(line.encode("utf-8", "replace"))  # JSONL is UTF-8, whatever the locale
        sys.stdout.flush()
    else:
        console = Console(soft_wrap=False)
        if not console.is_terminal:
            console = Console(soft_wrap=False, width=PIPE_WIDTH)
        console.print(_table(results))
    if any("error" in result for result in results):
        raise typer.Exit(code=1)


def _parse_file(path: Path, config: ParserConfig, now: datetime) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return {"file": str(path), "error": f"cannot read the file: {exc.strerror or exc}"}
    parsed: ParsedMessage = parse_message(raw, config=config, now=now)
    return parsed.to_json(str(path))


def _table(results: list[dict[str, Any]]) -> Table:
    table = Table(show_lines=True)
    for column in ("file", "classification", "lang", "writer", "robot id", "rights", "ticket"):
        table.add_column(column, overflow="fold")
    table.add_column("text", overflow="fold", ratio=1)
    for result in results:
        if "error" in result:
            error = Text(result["error"], style="red")
            table.add_row(Text(result["file"]), Text("error", style="red"), "", "", "", "", "", error)
            continue
        customer = result["customer"]
        writer = "\n".join(str(customer[k]) for k in ("name", "email", "phone") if customer[k])
        text = " ".join(result["text"].split())
        cells = (
            Path(result["file"]).name,
            result["classification"],
            result["language"],
            writer,
            customer["robot_id"] or "",
            _rights_cell(result),
            result["ticket_ref"] or "",
            text[:TABLE_TEXT_CHARS] + ("…" if len(text) > TABLE_TEXT_CHARS else ""),
        )
        table.add_row(*(Text(cell) for cell in cells))  # Text: "[TB-000123]" is not rich markup
    return table


def _rights_cell(result: dict[str, Any]) -> str:
    """The confirmed rights, then those a person must confirm (the triage level) marked as possible."""
    confirmed = ", ".join(result["rights"])
    possible = ", ".join(result.get("rights_possible", ()))
    return "\n".join(part for part in (confirmed, f"possible: {possible}" if possible else "") if part)
