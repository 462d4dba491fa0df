"""The privacy officer's mail commands: `#verified`, `#extend 1 REASON`, `#done REASON`, `#refused REASON`.

They call the same lifecycle functions as `intake rights verify/extend/close` (storage/rights_lifecycle.py), with
the same checks, and the audit log names the officer. Those functions are written for an AsyncSession; the
pipeline's unit of work is a synchronous Session (storage/database.py `run_sync`). `_SyncAsAsync` lends them the
synchronous session behind the four awaitable methods they use: nothing in them waits on I/O of its own, so the
coroutine runs to its end on the first step, in this thread and this transaction.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from intake.staffdesk.commands import Command
from storage import rights_lifecycle
from storage.errors import StorageError
from storage.models import RightsRequest

T = TypeVar("T")


class _SyncAsAsync:
    """The awaitable face of a synchronous Session, for repository code that never truly suspends."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, instance: object) -> None:
        self._session.add(instance)

    async def get(self, entity: Any, ident: Any) -> Any:
        return self._session.get(entity, ident)

    async def execute(self, statement: Any, params: Any = None) -> Any:
        return self._session.execute(statement, params)

    async def scalars(self, statement: Any, params: Any = None) -> Any:
        return self._session.scalars(statement, params)

    async def flush(self) -> None:
        self._session.flush()


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    try:
        coroutine.send(None)
    except StopIteration as done:
        return cast(T, done.value)
    coroutine.close()
    raise RuntimeError("a rights lifecycle step waited on something; it must run in an async session")


class PrivacyCommandError(Exception):
    """A privacy command that cannot be carried out, worded for the officer."""


def open_request(session: Session, ticket_id: int) -> RightsRequest:
    request = session.execute(
        select(RightsRequest)
        .where(RightsRequest.ticket_id == ticket_id, RightsRequest.status != "closed")
        .order_by(RightsRequest.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if request is None:
        raise PrivacyCommandError("this ticket has no open rights request")
    return request


def check(command: Command) -> str | None:
    """What is wrong with the command's arguments, before anything is changed; None when it can run."""
    if command.name in ("done", "refused") and not command.args:
        return f"#{command.name} needs a reason, e.g. #{command.name} data sent by post"
    if command.name == "extend":
        months, _, reason = command.args.partition(" ")
        if months not in ("1", "2") or not reason.strip():
            return "#extend needs months (1 or 2) and a reason, e.g. #extend 1 many records to collect"
    return None


def apply(session: Session, ticket_id: int, command: Command, *, officer: str, now: Any) -> tuple[str, ...]:
    """Carries the command out; returns identity-document files to remove (relative to the files directory).

    Raises PrivacyCommandError (no open request, or the lifecycle refused: e.g. an extension after the due
    date), in which case the caller rolls the mail's changes back to nothing but the stored message.
    """
    request = open_request(session, ticket_id)
    facade = cast(AsyncSession, _SyncAsAsync(session))
    try:
        if command.name == "verified":
            change = _run(rights_lifecycle.verify(facade, request.id, actor=officer, now=now))
        elif command.name == "extend":
            months, _, reason = command.args.partition(" ")
            change = _run(
                rights_lifecycle.extend(
                    facade, request.id, int(months), reason.strip(), actor=officer, now=now
                )
            )
        else:
            outcome: rights_lifecycle.Outcome = "done" if command.name == "done" else "refused"
            change = _run(
                rights_lifecycle.close(facade, request.id, outcome, command.args, actor=officer, now=now)
            )
    except StorageError as exc:
        raise PrivacyCommandError(str(exc)) from None
    return change.purged_paths
