"""The database handle: one async engine and its session factory, for SQLite (default) or PostgreSQL.

`Database.open(url)` builds the engine; `async with db.session() as s:` gives an `AsyncSession` whose
transaction the caller commits; `await db.run_sync(work)` runs `work(session)` with a synchronous `Session` in
one hand-off (the pipeline's per-message work, below); `await db.upgrade()` applies the Alembic migrations;
`await db.close()`.

Why `run_sync`: aiosqlite runs every cursor operation in its own thread and hands each result back to the event
loop, so one statement costs three or four thread hand-offs (about 70 per ingested mail, most of its CPU time,
docs/performance.md "Ingest"). For a SQLite file, `run_sync` therefore runs the whole unit of
work in ONE hand-off to the database's own thread on a synchronous pysqlite engine over the same file, with the
same pragmas and `BEGIN IMMEDIATE`; for PostgreSQL (and an in-memory SQLite database, which a second engine
could not share) it is `AsyncSession.run_sync` on the async engine. The same synchronous code serves both, and
the event loop is never blocked by a statement or a lock wait.

Why its own thread, one for every `run_sync` of a Database: storage/serial_thread.py (one writer at a time, so
the units of work queue in Python rather than in SQLite's sleeping busy handler; urgent ones first).

SQLite gets WAL with synchronous=NORMAL (measured 1.3x FULL, 1.9x the rollback journal, notes/servers.md §3),
foreign keys and secure_delete on, a busy timeout, and `BEGIN IMMEDIATE` for every transaction: a deferred
transaction that reads and then writes fails at once with SQLITE_BUSY when another writer committed in between,
whereas IMMEDIATE takes the write lock up front and waits (busy_timeout) instead. The file is 0600 and a
directory we create is 0700 (the WAL and SHM files inherit the database file's mode).
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import Column, Insert, Table, create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session, sessionmaker

from storage.errors import NoDatabase, NotMigrated, SchemaTooNew
from storage.schema_head import known_head
from storage.serial_thread import SerialThread
from storage.sqlite_setup import begin_promptly, configure_writer, prepare_file

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.dialects.sqlite import Insert as SqliteInsert

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
#: How long a read-only reader (`intake status`) waits: in WAL mode a reader never waits for a writer, only
#: for a moment of recovery or checkpoint; it must not hang behind a lock.
SQLITE_READ_BUSY_TIMEOUT_MS = 1_000
#: The transaction-level advisory lock every schema upgrade takes on PostgreSQL (any constant; ours is "INTK").
MIGRATION_LOCK_KEY = 0x494E544B

T = TypeVar("T")


class Database:
    """An open database: engine plus session factory. Create with `Database.open(url)`."""

    def __init__(
        self, engine: AsyncEngine, sync_engine: Engine | None = None, *, instance_id: str = ""
    ) -> None:
        self.engine = engine
        self.instance_id = instance_id
        info = {"instance_id": instance_id}
        self._sessions = async_sessionmaker(engine, expire_on_commit=False, info=info)
        #: SQLite files only: the synchronous engine `run_sync` uses in a worker thread (module doc).
        self.sync_engine = sync_engine
        self._sync_sessions = (
            sessionmaker(sync_engine, expire_on_commit=False, info=info) if sync_engine is not None else None
        )
        self._sync_thread = SerialThread("sqlite")  # runs every run_sync of a SQLite file (module doc)

    @classmethod
    def open(cls, url: str, *, instance_id: str = "", prompt_writer: bool = False) -> Database:
        """Opens (lazily connects to) the database at `url` (sqlite+aiosqlite:// or postgresql+asyncpg://).

        `instance_id` (the daemon's, storage/instances.py) names its PostgreSQL sessions in pg_stat_activity
        ("intake <id>") and is in every session's `info["instance_id"]`: the outbox records who claimed a row.
        `prompt_writer` (SQLite files): the synchronous engine asks for the write lock every
        PROMPT_LOCK_POLL_SECONDS instead of through SQLite's busy handler (storage/sqlite_setup.py says why).
        """
        parsed = make_url(url)
        if parsed.get_backend_name() != "sqlite":
            names = (
                {"server_settings": {"application_name": f"intake {instance_id}"[:63]}} if instance_id else {}
            )
            return cls(
                create_async_engine(url, pool_pre_ping=True, connect_args=names), instance_id=instance_id
            )
        engine = create_async_engine(url)
        _configure_sqlite(engine.sync_engine)
        if not parsed.database or parsed.database == ":memory:":
            return cls(engine, instance_id=instance_id)
        prepare_file(Path(parsed.database))
        # one connection per worker thread at a time (the pool hands it over), so the thread check can go
        sync_engine = create_engine(
            parsed.set(drivername="sqlite+pysqlite"), connect_args={"check_same_thread": False}
        )
        _configure_sqlite(sync_engine, prompt=prompt_writer)
        return cls(engine, sync_engine, instance_id=instance_id)

    @classmethod
    def open_read_only(cls, url: str) -> Database:
        """Opens the database for reading only: nothing created, nothing written, never blocking behind a writer.

        A SQLite file is opened `mode=ro` with `query_only`, a short busy timeout and a deferred BEGIN (in WAL mode
        a reader sees the last commit whatever lock a writer holds); a missing file raises `NoDatabase` instead of
        being created (a root-owned empty file would lock the service user out). On PostgreSQL every transaction is
        READ ONLY (readers never wait for writers there). Call `require_current_schema` before reading tables.
        """
        parsed = make_url(url)
        if parsed.get_backend_name() != "sqlite":
            engine = create_async_engine(url, pool_pre_ping=True)
            event.listen(engine.sync_engine, "begin", _read_only_transaction)
            return cls(engine)
        if not parsed.database or parsed.database == ":memory:":
            return cls(create_async_engine(url))
        path = Path(parsed.database)
        if not path.is_file():
            raise NoDatabase(f"no database at {path}: run `intake db upgrade`")
        uri = parsed.set(database=f"file:{path.resolve()}", query={"mode": "ro", "uri": "true"})
        engine = create_async_engine(uri)
        _configure_sqlite_reader(engine.sync_engine)
        return cls(engine)

    async def require_current_schema(self) -> None:
        """Raises `NotMigrated` unless the schema is at the migrations' head (read-only: nothing is applied)."""
        try:
            async with self.engine.connect() as conn:
                current = set(
                    (await conn.exec_driver_sql("SELECT version_num FROM alembic_version")).scalars()
                )
        except DBAPIError as exc:
            if not _is_missing_table(exc):
                raise
            current = set()
        head = known_head()
        if head is not None and current == {head}:
            return
        from alembic.script import ScriptDirectory  # only when the cheap check cannot tell

        script = ScriptDirectory.from_config(alembic_config())
        if current == set(script.get_heads()):
            return
        unknown = current - {revision.revision for revision in script.walk_revisions()}
        if unknown:  # written by a newer intake: upgrading the database cannot help, upgrading intake can
            raise NotMigrated(
                f"database at {self._where()} has a newer schema ({', '.join(sorted(unknown))}) than this "
                "version of intake knows: install the version that migrated it"
            )
        raise NotMigrated(f"database at {self._where()} is not migrated: run `intake db upgrade`")

    def _where(self) -> str:
        """The database for a message: its file, or its URL without the password."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite" and url.database:
            return url.database.removeprefix("file:")
        return url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self.engine.dialect.name

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session; the caller commits. Anything not committed is rolled back on exit."""
        async with self._sessions() as session:
            yield session

    async def run_sync(self, work: Callable[[Session], T], *, urgent: bool = False) -> T:
        """Runs `work(session)` with a synchronous Session in one hand-off (module doc) and returns its result.

        `work` commits what it wants kept; anything it leaves uncommitted is rolled back. It runs in the
        database's thread for a SQLite file, so it must not touch the event loop. `urgent` work goes before the
        routine work queued there (storage/serial_thread.py).
        """
        sync_sessions, sync_engine = self._sync_sessions, self.sync_engine
        if sync_sessions is None or sync_engine is None:
            async with self.session() as session:
                return await session.run_sync(work)

        def in_thread() -> T:
            # One connection for the whole unit of work, which commits many times (the pipeline: once per
            # mail): a session on the engine would hand it back to the pool at each commit and take it out
            # again for the next statement. Bound to a connection outside a transaction, the session still
            # begins (BEGIN IMMEDIATE, `_configure_sqlite`), commits and rolls back that connection's own.
            with sync_engine.connect() as connection, sync_sessions(bind=connection) as session:
                return work(session)

        in_context = functools.partial(contextvars.copy_context().run, in_thread)  # as asyncio.to_thread does
        return await asyncio.wrap_future(self._sync_thread.submit(in_context, urgent=urgent))

    def run_urgent_work(self) -> None:
        """Called by a long unit of work between two of its transactions: runs the urgent units queued
        meanwhile (storage/serial_thread.py). A no-op outside the database's thread (PostgreSQL)."""
        self._sync_thread.run_urgent()

    async def upgrade(self, revision: str = "head", *, lock_timeout_seconds: float | None = None) -> None:
        """Applies the Alembic migrations up to `revision`, in one transaction on both backends.

        Several instances may upgrade at once (each does at start): on PostgreSQL the transaction first takes a
        transaction-level advisory lock, so they upgrade one after the other and the later ones find nothing to
        do. A schema newer than these migrations know raises SchemaTooNew before anything is changed (an
        instance of an older version must not run against it). `lock_timeout_seconds` (PostgreSQL): a table
        that running instances keep busy longer than this fails the upgrade instead of stalling them.

        On SQLite, foreign keys are off while migrating: a batch migration rebuilds a table by copying it, and
        dropping the old copy with foreign keys on would cascade into the tables that refer to it. Afterwards
        `PRAGMA foreign_key_check` must come back empty, or the upgrade fails.

        A database already at the head is left alone without loading Alembic (storage/schema_head.py says why).
        """
        if revision == "head" and await self.is_at_head():
            return
        async with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                await _sqlite_pragma(conn, "foreign_keys=OFF")  # outside a transaction, or SQLite ignores it
            try:
                async with conn.begin():
                    if self.dialect == "postgresql":
                        await conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
                        if lock_timeout_seconds is not None:
                            timeout_ms = int(lock_timeout_seconds * 1000)
                            await conn.exec_driver_sql(f"SET LOCAL lock_timeout = {timeout_ms}")
                    await conn.run_sync(_run_upgrade, revision)
                    if self.dialect == "sqlite":
                        broken = (await conn.exec_driver_sql("PRAGMA foreign_key_check")).all()
                        if broken:
                            raise RuntimeError(f"migration left rows with broken foreign keys: {broken[:5]}")
            finally:
                if self.dialect == "sqlite":
                    await _sqlite_pragma(conn, "foreign_keys=ON")

    async def is_at_head(self) -> bool:
        """True when the `alembic_version` row is the migrations' head (one query; no table: False)."""
        head = known_head()
        if head is None:
            return False
        try:
            async with self.engine.connect() as conn:
                result = await conn.execute(text("SELECT version_num FROM alembic_version"))
                stored: list[str] = list(result.scalars())
        except DBAPIError:
            return False  # a new database: no alembic_version table yet
        return stored == [head]

    async def close(self) -> None:
        await self.engine.dispose()
        if self.sync_engine is not None:
            self.sync_engine.dispose()
        self._sync_thread.shutdown()  # idle by now; the thread ends once its queue is empty


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the packaged migrations; no alembic.ini needed."""
    from alembic.config import Config  # here: Alembic is loaded only when the schema is not at its head

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


async def _sqlite_pragma(conn: AsyncConnection, pragma: str) -> None:
    driver = (await conn.get_raw_connection()).driver_connection
    assert driver is not None  # an open connection always has its aiosqlite connection
    cursor = await driver.execute(f"PRAGMA {pragma}")
    await cursor.close()


def _run_upgrade(connection: Connection, revision: str) -> None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config(connection)
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    current = MigrationContext.configure(connection).get_current_heads()
    unknown = sorted(set(current) - known)
    if unknown:
        raise SchemaTooNew(
            f"the database schema is at revision {', '.join(unknown)}, newer than this version of intake knows; "
            "fix: install the version the other instances run here (`intake status` lists their versions)"
        )
    command.upgrade(config, revision)


def _is_missing_table(exc: DBAPIError) -> bool:
    # SQLite: "no such table"; PostgreSQL: SQLSTATE 42P01 (undefined_table)
    driver = exc.orig.__cause__ if exc.orig is not None and exc.orig.__cause__ is not None else exc.orig
    return "no such table" in str(exc.orig) or getattr(driver, "sqlstate", None) == "42P01"


def _configure_sqlite(engine: Engine, *, prompt: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        configure_writer(dbapi_connection, prompt=prompt)  # storage/sqlite_setup.py: shared with the relay

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if prompt:
            _begin_promptly(conn)
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_promptly(conn: Connection) -> None:
    """BEGIN IMMEDIATE asked often (storage/sqlite_setup.py `begin_promptly` says why)."""
    driver = conn.connection.driver_connection  # a refused try costs ~5 µs here, ~100 µs through SQLAlchemy
    assert isinstance(driver, sqlite3.Connection)
    if not begin_promptly(driver):
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # the last try, raised as SQLAlchemy raises it


def _configure_sqlite_reader(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (f"busy_timeout={SQLITE_READ_BUSY_TIMEOUT_MS}", "query_only=ON"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")  # deferred: a reader takes no write lock and waits for none


def _read_only_transaction(conn: Connection) -> None:
    conn.exec_driver_sql("SET TRANSACTION READ ONLY")


def insert_unless_exists(session: Session, table: Table, *returning: Column[Any]) -> Insert:
    """`INSERT ... ON CONFLICT DO NOTHING [RETURNING ...]` for the session's backend, without values (pass them
    to `execute`): a row that a unique key already holds (another transaction's, on PostgreSQL after it
    commits) is skipped without aborting our transaction, so no savepoint is needed; with RETURNING, a skipped
    row returns nothing. Built once per backend, table and columns (the statement is immutable)."""
    return _insert_unless_exists(session.get_bind().dialect.name, table, returning)


@functools.cache
def _insert_unless_exists(dialect: str, table: Table, returning: tuple[Column[Any], ...]) -> Insert:
    statement: Insert = dialect_insert(dialect, table).on_conflict_do_nothing()
    return statement.returning(*returning) if returning else statement


def dialect_insert(dialect: str, table: Table) -> SqliteInsert:
    """INSERT into `table` in `dialect`'s own form, whose ON CONFLICT clauses SQLite and PostgreSQL spell alike.
    PostgreSQL's dialect module is imported only when it is the database: on SQLite it would add ~40 ms of
    imports to every start (docs/performance.md)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return cast(
            "SqliteInsert", postgresql.insert(table)
        )  # typed as SQLite's: the same ON CONFLICT methods
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table)


def upsert(dialect: str, table: Table, key: str, updated: tuple[str, ...]) -> Insert:
    """`INSERT ... ON CONFLICT (key) DO UPDATE SET <updated> = excluded.<updated>` for `dialect`, without values:
    one statement, so two writers of one key never race (a select-then-insert lost that race on PostgreSQL)."""
    return _upsert(dialect, table, key, updated)


@functools.cache
def _upsert(dialect: str, table: Table, key: str, updated: tuple[str, ...]) -> Insert:
    statement = dialect_insert(dialect, table)
    return statement.on_conflict_do_update(
        index_elements=[table.c[key]], set_={name: statement.excluded[name] for name in updated}
    )


async def upgrade_url(url: str) -> None:
    """Opens `url`, applies the migrations and closes it (for `intake db upgrade`)."""
    db = Database.open(url)
    try:
        await db.upgrade()
    finally:
        await db.close()


def run_upgrade(url: str) -> None:
    """Synchronous wrapper of `upgrade_url` for scripts."""
    asyncio.run(upgrade_url(url))
