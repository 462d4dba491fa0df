"""Logging: one line per event, through structlog and the standard library alike, with personal data masked.

Called once by the CLI for the commands that run long (`intake run`). Modules log with
`structlog.get_logger("intake.<module>")` (or `logging.getLogger(__name__)`; both end up here):

    logger.info("routed", spool=812, ticket="TB-000123", reason="in_reply_to")

Formats: "json" (one JSON object a line), "keyvalue" (logfmt), "console" (colours, for a terminal), and "auto":
console on a terminal, key=value otherwise. Under journald (`$JOURNAL_STREAM` names our stream) the line carries
no timestamp (journald adds one) and starts with a syslog priority `<N>`, so `journalctl -p warning` works.

Privacy: values under personal keys (email, name, phone, subject, text, ...) are replaced by "[redacted]", and
e-mail addresses and international phone numbers inside any other string are masked, in every event at every
level, DEBUG included (no personal data in the log at any level). Libraries that log what a mail says
(mail-parser dumps headers at DEBUG) stay at WARNING even when the admin turns DEBUG on.

Libraries: their records below ERROR, and Python warnings, are DEBUG lines (intake/service/library_logs.py).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any, TextIO

import structlog
from structlog.typing import EventDict, Processor, WrappedLogger

from intake.config import LoggingSettings
from intake.service.library_logs import HANDLER_NAME, LibraryRecordsAsDebug

REDACTED = "[redacted]"

#: Event keys whose value is personal data (design §1: name, phone, email, robot id, what the person writes).
PERSONAL_KEYS = frozenset(
    {
        "address",
        "addresses",
        "body",
        "bsn",
        "cc",
        "customer",
        "display_name",
        "email",
        "filename",
        "from",
        "from_address",
        "from_name",
        "name",
        "phone",
        "quoted",
        "recipient",
        "recipients",
        "reply_to",
        "robot_id",
        "sender",
        "signature",
        "subject",
        "text",
        "to",
        "writer",
    }
)
#: Suffixes that make any key personal, e.g. `customer_email`, `writer_phone`, `mail_subject`.
PERSONAL_SUFFIXES = ("_email", "_phone", "_address", "_addresses", "_subject", "_body", "_text", "_robot_id")

# A backstop for personal data that slipped into a free-text value (an exception message, a server reply):
# e-mail addresses and E.164 phone numbers are masked wherever they appear.
_EMAIL_RE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"\+\d[\d \-]{7,16}\d")

# Structlog's own bookkeeping keys: never masked.
_META_KEYS = frozenset(
    {"event", "level", "logger", "timestamp", "exc_info", "stack_info", "_record", "_from_structlog"}
)

# RFC 5424 severities, as journald reads them from a "<N>" line prefix (SyslogLevelPrefix=yes, the default).
_SYSLOG_PRIORITY = {"debug": 7, "info": 6, "warning": 4, "warn": 4, "error": 3, "critical": 2, "exception": 3}

QUIET_LOGGERS = ("aiosqlite", "asyncio")
#: Libraries whose INFO lines say nothing an admin acts on: alembic announces its context at every start,
#: mail-parser logs each parsing step. (Their warnings are DEBUG lines, as every library's: see library_logs.)
WARNING_ONLY_LOGGERS = ("alembic", "mailparser")
#: Libraries whose DEBUG lines quote the mail itself (mail-parser: every header it reads): never below WARNING.
CONTENT_LOGGERS = ("mailparser",)
#: imaplib's protocol log (DEBUG) repeats each FETCH response: the mail's bytes, an ENVELOPE's names and
#: subject. Those lines are dropped; the rest of the protocol (commands, EXISTS, CAPABILITY, ...) stays.
IMAP_PROTOCOL_LOGGER = "imapclient.imaplib"


class _NoFetchedContent(logging.Filter):
    """Drops the server's FETCH responses from imaplib's log (IMAP_PROTOCOL_LOGGER): the line as read
    (`< b'* 1 FETCH (...'`) and as stored (`untagged_responses[FETCH] ...`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        return not (
            message.startswith("untagged_responses[FETCH]")
            or (message.startswith("<") and "FETCH" in message)
        )


def is_personal_key(key: str) -> bool:
    """True for an event key whose value is personal data and must not be logged at any level."""
    lowered = key.lower()
    return lowered in PERSONAL_KEYS or lowered.endswith(PERSONAL_SUFFIXES)


def mask_text(text: str) -> str:
    """`text` with e-mail addresses and international phone numbers replaced by "[redacted]"."""
    return _PHONE_RE.sub(REDACTED, _EMAIL_RE.sub(REDACTED, text))


def mask_personal_data(_: WrappedLogger, method_name: str, event_dict: EventDict) -> EventDict:
    """Structlog processor: personal keys become "[redacted]" and strings are scrubbed, at every level."""
    for key, value in event_dict.items():
        if key in _META_KEYS and key != "event":
            continue
        if is_personal_key(key):
            event_dict[key] = REDACTED
        elif isinstance(value, str):
            event_dict[key] = mask_text(value)
    exception = event_dict.get("exception")
    if isinstance(exception, str):
        event_dict["exception"] = mask_text(exception)
    return event_dict


def is_journald_stream(stream: TextIO, environ: Mapping[str, str] = os.environ) -> bool:
    """True when `stream` is the journald stream systemd connected us to (`$JOURNAL_STREAM` = "dev:inode")."""
    expected = environ.get("JOURNAL_STREAM", "")
    if not expected:
        return False
    try:
        st = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return expected == f"{st.st_dev}:{st.st_ino}"


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (ValueError, AttributeError):
        return False


def resolve_format(requested: str, stream: TextIO) -> str:
    """The concrete format: "auto" is "console" on a terminal and "keyvalue" otherwise (journald, files, pipes)."""
    if requested != "auto":
        return requested
    return "console" if _is_terminal(stream) else "keyvalue"


class _SyslogPrefixed:
    """Renders with `inner` and prefixes the journald priority of the event's level."""

    def __init__(self, inner: Callable[[WrappedLogger, str, EventDict], str]) -> None:
        self._inner = inner

    def __call__(self, logger: WrappedLogger, method_name: str, event_dict: EventDict) -> str:
        priority = _SYSLOG_PRIORITY.get(str(event_dict.get("level", method_name)).lower(), 6)
        return f"<{priority}>{self._inner(logger, method_name, event_dict)}"


_LEADING_KEYS = ("timestamp", "level", "event", "logger")


def _json_renderer() -> Callable[[WrappedLogger, str, EventDict], str]:
    render = structlog.processors.JSONRenderer(sort_keys=False, default=str)

    def leading_keys_first(logger: WrappedLogger, method_name: str, event_dict: EventDict) -> str:
        ordered = {k: event_dict[k] for k in _LEADING_KEYS if k in event_dict}
        ordered.update(event_dict)
        return str(render(logger, method_name, ordered))

    return leading_keys_first


def _renderer(fmt: str, *, colors: bool) -> Callable[[WrappedLogger, str, EventDict], str]:
    if fmt == "json":
        return _json_renderer()
    if fmt == "keyvalue":
        return structlog.processors.LogfmtRenderer(
            key_order=["timestamp", "level", "event", "logger"], drop_missing=True, bool_as_flag=False
        )
    # Plain tracebacks: rich's would print local variables, which hold customer data.
    return structlog.dev.ConsoleRenderer(
        colors=colors, sort_keys=False, exception_formatter=structlog.dev.plain_traceback
    )


def _shared_processors(*, with_timestamp: bool) -> list[Processor]:
    """What every event goes through, from structlog or from a stdlib logger, before it is rendered."""
    chain: list[Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.stdlib.PositionalArgumentsFormatter(),
    ]
    if with_timestamp:
        chain.append(structlog.processors.TimeStamper(fmt="iso", utc=True))
    chain.append(structlog.processors.StackInfoRenderer())
    # Rendered to text first so that the masking below also scrubs the exception message.
    chain.append(structlog.processors.format_exc_info)
    chain.append(structlog.processors.UnicodeDecoder())
    chain.append(mask_personal_data)
    return chain


def _formatter(
    shared: list[Processor], final: Callable[[WrappedLogger, str, EventDict], Any]
) -> logging.Formatter:
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, final],
    )


def admin_formatter(fmt: str = "keyvalue") -> logging.Formatter:
    """The formatter of `setup_logging`'s handler (masking included), for a handler of one's own: what it
    renders is what an admin sees (the test suite's log scan, tests/log_scan.py)."""
    return _formatter(_shared_processors(with_timestamp=False), _renderer(fmt, colors=False))


def structlog_processors() -> list[Processor]:
    """structlog's chain as `setup_logging` configures it: events go through the standard library's loggers."""
    return [
        structlog.stdlib.filter_by_level,
        *_shared_processors(with_timestamp=True),
        structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
    ]


def setup_logging(settings: LoggingSettings, *, stream: TextIO | None = None) -> None:
    """Routes structlog and stdlib logging to one handler on `stream` (default stderr) in the configured format.

    Idempotent: a second call replaces the handler the first one installed.
    """
    out = stream if stream is not None else sys.stderr
    fmt = resolve_format(settings.format, out)
    journald = fmt != "console" and is_journald_stream(out)
    shared = _shared_processors(with_timestamp=not journald)
    renderer = _renderer(fmt, colors=fmt == "console" and _is_terminal(out))
    final: Callable[[WrappedLogger, str, EventDict], Any] = (
        _SyslogPrefixed(renderer) if journald else renderer
    )

    formatter = _formatter(shared, final)
    handler = logging.StreamHandler(out)
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(formatter)
    handler.addFilter(LibraryRecordsAsDebug(show_debug=settings.level == "DEBUG"))

    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(settings.level)
    for name in QUIET_LOGGERS:
        # They log every internal step at DEBUG, which buries the protocol detail DEBUG is meant for.
        logging.getLogger(name).setLevel(max(logging.INFO, root.level))
    for name in WARNING_ONLY_LOGGERS:
        floor = logging.WARNING if root.level > logging.DEBUG or name in CONTENT_LOGGERS else root.level
        logging.getLogger(name).setLevel(max(floor, root.level))
    protocol = logging.getLogger(IMAP_PROTOCOL_LOGGER)
    if not any(isinstance(f, _NoFetchedContent) for f in protocol.filters):
        protocol.addFilter(_NoFetchedContent())
    logging.captureWarnings(True)

    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            *shared,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )
    if settings.level == "DEBUG":
        structlog.get_logger("intake.logging").warning(
            "debug_logging_on",
            hint='DEBUG lines carry IMAP and SMTP protocol detail (addresses masked); set [logging] level = "INFO" '
            "when done",
        )
