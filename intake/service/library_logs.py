"""Libraries' log records and Python warnings: in the log at DEBUG, never on an admin's terminal.

mail-parser warns about every MIME part type it does not handle ("Email content 'rfc822-headers' not handled",
on every DSN bounce), alembic announces its context, a library may raise a DeprecationWarning: nothing an admin
acts on, and printed between a command's own lines it reads as a fault. One rule for every command and every
process of the daemon: a record from a logger outside our own packages, below ERROR, becomes a DEBUG record, so
it shows only when [logging] level = "DEBUG". A library's error keeps its level: it may be why a command failed.

Standard library only: `intake.cli.main` installs this before any command runs, and `intake --help` should not
wait for structlog or pydantic. `logging_setup.setup_logging` puts the same filter on its own handler.
"""

from __future__ import annotations

import logging

#: Top-level packages whose loggers are ours; every other logger (and `py.warnings`) is a library's.
OWN_PACKAGES = frozenset({"intake", "parsers", "storage"})
#: The name of the one handler we put on the root logger (replaced, never stacked).
HANDLER_NAME = "intake"


def is_library_record(record: logging.LogRecord) -> bool:
    return record.name.partition(".")[0] not in OWN_PACKAGES


class LibraryRecordsAsDebug(logging.Filter):
    """Handler filter: a library's record below ERROR is made a DEBUG record, and passes only when DEBUG shows."""

    def __init__(self, *, show_debug: bool) -> None:
        super().__init__()
        self.show_debug = show_debug

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR or not is_library_record(record):
            return True
        record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return self.show_debug


def quiet_library_logs(*, show_debug: bool = False) -> None:
    """For a process whose logging is not set up (yet): our own warnings on stderr, libraries' only at DEBUG.

    Without a handler Python prints every WARNING record to stderr (`logging.lastResort`), a library's too.
    Leaves a handler that `setup_logging` installed alone.
    """
    logging.captureWarnings(True)  # `warnings.warn` becomes a record of the logger "py.warnings"
    root = logging.getLogger()
    if any(handler.get_name() == HANDLER_NAME for handler in root.handlers):
        return
    handler = logging.StreamHandler()  # stderr, one message a line, as lastResort writes them
    handler.set_name(HANDLER_NAME)
    handler.setLevel(logging.DEBUG if show_debug else logging.WARNING)
    handler.addFilter(LibraryRecordsAsDebug(show_debug=show_debug))
    root.addHandler(handler)
