"""`intake outbox list` and `intake outbox release` against a real database."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from typer.testing import CliRunner, Result

from intake.cli import app
from intake.cli.context import CliError
from intake.outbound.compose import compose_for_route
from storage import outbox
from storage.database import Database
from tests.fixtures.outbound_data import NOW, new_ticket, outcome_for, parsed_mail, settings_for


async def intake(*args: str) -> Result:
    """Runs the real `intake` app in a worker thread (the CLI owns its own event loop)."""
    return await asyncio.to_thread(CliRunner().invoke, app, list(args))


def config_file(tmp_path: Path, url: str) -> str:
    path = tmp_path / "intake.toml"
    path.write_text(f'[database]\nurl = "{url}"\n')
    return str(path)


async def test_outbox_list_shows_state_ticket_and_the_reason_a_mail_was_not_sent(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    async with database.session() as s:
        ticket, customer = await new_ticket(s)
        parsed = parsed_mail(auto_submitted="auto-replied")
        await outbox.enqueue(
            s,
            await compose_for_route(
                s, outcome_for(ticket, customer), parsed, settings=settings_for(), now=NOW
            ),
        )
        await s.commit()
    config = config_file(tmp_path, migrated_db_url)
    result = await intake("--config", config, "outbox", "list", "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["kind"], r["state"], r["reason"], r["ticket_ref"]) for r in rows] == [
        ("staff_new_ticket", "pending", None, ticket.ref),
        ("ack_ticket", "suppressed", "auto_submitted", ticket.ref),
    ]
    only = await intake("--config", config, "outbox", "list", "--state", "suppressed", "--json")
    assert [json.loads(line)["kind"] for line in only.output.splitlines()] == ["ack_ticket"]
    bad = await intake("--config", config, "outbox", "list", "--state", "lost")
    assert isinstance(bad.exception, CliError) and "must be one of" in str(bad.exception)


async def test_outbox_release_sends_held_acknowledgements(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    settings = settings_for(outbound={"acks_per_minute": 1})
    async with database.session() as s:
        for n in range(2):
            ticket, customer = await new_ticket(s, email=None)
            parsed = parsed_mail(from_address=f"k{n}@example.nl")
            await outbox.enqueue(
                s,
                await compose_for_route(s, outcome_for(ticket, customer), parsed, settings=settings, now=NOW),
                now=NOW,
            )
        await s.commit()
        (held,) = await outbox.list_mails(s, state="held")
    config = config_file(tmp_path, migrated_db_url)
    result = await intake("--config", config, "outbox", "release")
    assert result.exit_code == 0 and f"released 1 mail(s): {held.id}" in result.output
    async with database.session() as s:
        row = await outbox.get(s, held.id)
        assert row is not None and row.state == "pending"
    again = await intake("--config", config, "outbox", "release", str(held.id))
    assert again.exit_code != 0
