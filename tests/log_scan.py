"""A pytest plugin: every log line of the whole test session is scanned for personal data (issue 14, part 5).

What is scanned, per test:

- every record of the `intake`, `parsers` and `storage` loggers, at every level (DEBUG included), rendered by
  the project's own formatter (`intake.service.logging_setup.admin_formatter`: masking included), so what is
  checked is what an admin would see. structlog is routed through the standard library as the daemon does;
  the three loggers are set to DEBUG with a handler of ours, and pass on to the root logger's handlers only
  what they would have passed without us (a test's output and pytest's own log capture are unchanged);
- the log files of the daemon subprocesses a test starts, where the tests already collect them in their
  `tmp_path` (`daemon.log`, `instance-N.log`, `first.log`, `second.log`, `journal.log`).

What counts as personal data: the names, e-mail addresses and phone numbers of the people in samples/*.json
and the corpora's labels.json files, and the BSNs those labels say must not be output; and, in general, any
e-mail address outside the help desk's own domains, a Dutch phone number, and a 9-digit number passing the
elfproef (BSN-like). A hit makes the test's teardown fail with the test, the logger, the level and the line,
the personal data in it replaced by what kind it was: a report per test, which works under pytest-xdist too.

Cost: one regex pass per line (`Scanner.hits`); the known strings are looked up by word, not one by one.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import structlog

from intake.service.logging_setup import admin_formatter, structlog_processors

ROOT = Path(__file__).resolve().parent.parent
SCANNED_LOGGERS = ("intake", "parsers", "storage")
#: The daemon logs the tests already collect in their tmp_path (Dovecot's and the sink's own logs are not ours).
DAEMON_LOG = re.compile(r"^(daemon|instance-\d+|first|second|journal)\.log$")
#: Domains of the help desk's own addresses and of the test servers' accounts (config, not a person's).
OWN_DOMAINS = frozenset({"tinybots.nl", "tinybots.test", "intake.invalid", "localhost", "example.invalid"})

EMAIL = re.compile(r"[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63})+)")
#: +31 6 12345678, 0031 20 1234567, 06-12345678, 020 123 4567: 9 digits after the country or trunk prefix.
DUTCH_PHONE = re.compile(r"(?<![\w.:/+-])(?:\+31|0031|0)[ -]?[1-9](?:[ -]?\d){8}(?![\w.:-])")
#: 123456782, 1234.56.782, 123 456 782, 123-456-782, not inside a hash, a time or a decimal.
BSN_LIKE = re.compile(r"(?<![\w.:-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ -]\d{3}[ -]\d{3})(?![\w.:-])")
WORD = re.compile(r"[^\W\d_]{2,}")


def passes_elfproef(number: str) -> bool:
    digits = [int(d) for d in number if d.isdigit()]
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return len(digits) == 9 and sum(d * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def known_personal_data() -> dict[str, str]:
    """The people's data the tests put into mail, from the labels (value -> kind): names, e-mail addresses,
    phone numbers, and the BSNs the samples say must never be output."""
    known: dict[str, str] = {}
    labels: list[dict[str, object]] = []
    for path in sorted((ROOT / "samples").glob("*.json")):
        labels.append(json.loads(path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "tests" / "corpus").glob("*/labels.json")):
        labels.extend(json.loads(path.read_text(encoding="utf-8")))
    for label in labels:
        customer = label.get("customer")
        if isinstance(customer, dict):
            for kind in ("name", "email", "phone"):
                value = customer.get(kind)
                if isinstance(value, str) and (kind != "name" or _is_full_name(value)):
                    known[value] = kind
        for key in ("text_excludes", "output_excludes"):
            for value in label.get(key) or []:
                if isinstance(value, str) and passes_elfproef(value):
                    known[value] = "bsn"
    return known


def _is_full_name(name: str) -> bool:
    # "Jan" alone is a word in many lines; a first and a last name together are a person
    return len(WORD.findall(name)) >= 2 and len(name) >= 7


@dataclass
class Scanner:
    known: dict[str, str] = field(default_factory=known_personal_data)

    def __post_init__(self) -> None:
        # each known value indexed by its first word (lowercased), checked only when a line has that word
        self._by_word: dict[str, list[tuple[str, str]]] = {}
        for value, kind in self.known.items():
            words = WORD.findall(value.lower())
            if words:
                self._by_word.setdefault(words[0], []).append((value.lower(), kind))

    def hits(self, line: str) -> list[tuple[str, str]]:
        """(kind, matched text) for each piece of personal data in `line`."""
        found: list[tuple[str, str]] = []
        lowered = line.lower()
        for word in set(WORD.findall(lowered)) & self._by_word.keys():
            found += [(kind, value) for value, kind in self._by_word[word] if value in lowered]
        for match in EMAIL.finditer(line):
            if match.group(1).lower() not in OWN_DOMAINS:
                found.append(("email", match.group(0)))
        found += [("phone", m.group(0)) for m in DUTCH_PHONE.finditer(line)]
        found += [("bsn", m.group(0)) for m in BSN_LIKE.finditer(line) if passes_elfproef(m.group(0))]
        return found

    def redacted(self, line: str) -> str:
        for kind, text in self.hits(line):
            line = re.sub(re.escape(text), f"<{kind}>", line, flags=re.IGNORECASE)
        return line[:300]


class _Collector(logging.Handler):
    """Keeps each rendered line of the scanned loggers, and passes each record on to the root logger's
    handlers when it would have reached them without us (its logger's level as the tests set it)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(admin_formatter("keyvalue"))
        self.lines: list[tuple[str, str, str]] = []  # logger, level, rendered line
        self.seconds = 0.0  # CPU time spent here: what the scan adds to the suite

    def emit(self, record: logging.LogRecord) -> None:
        started = time.process_time()
        self._keep(record)
        self.seconds += time.process_time() - started

    def _keep(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append((record.name, record.levelname, self.format(record)))
        except Exception:  # a record that cannot be rendered is the test's business, not the scan's
            self.lines.append((record.name, record.levelname, record.getMessage()))
        if record.levelno >= _level_without_us(record.name):
            root = logging.getLogger()
            for handler in root.handlers:
                if record.levelno >= handler.level:
                    handler.handle(record)


def _level_without_us(name: str) -> int:
    """The effective level `name` would have if we had not set the scanned loggers to DEBUG."""
    logger: logging.Logger | None = logging.getLogger(name)
    while logger is not None:
        if logger.level and logger.name not in SCANNED_LOGGERS:
            return logger.level
        logger = logger.parent if logger.propagate or logger.name in SCANNED_LOGGERS else None
    return logging.getLogger().level


@dataclass
class LogScan:
    """The session's scan: `collector` gathers lines; each test's are checked in its teardown."""

    scanner: Scanner = field(default_factory=Scanner)
    collector: _Collector = field(default_factory=_Collector)
    lines_scanned: int = 0
    seconds: float = 0.0  # CPU time of the scans

    def install(self) -> None:
        if not structlog.is_configured():  # as the daemon: structlog events through the standard library
            structlog.configure(
                processors=structlog_processors(),
                logger_factory=structlog.stdlib.LoggerFactory(),
                wrapper_class=structlog.stdlib.BoundLogger,
                cache_logger_on_first_use=False,
            )
        for name in SCANNED_LOGGERS:
            logger = logging.getLogger(name)
            logger.addHandler(self.collector)
            logger.setLevel(logging.DEBUG)
            logger.propagate = False  # the collector passes on what would have propagated

    def uninstall(self) -> None:
        for name in SCANNED_LOGGERS:
            logger = logging.getLogger(name)
            logger.removeHandler(self.collector)
            logger.setLevel(logging.NOTSET)
            logger.propagate = True

    def take(self) -> list[tuple[str, str, str]]:
        lines, self.collector.lines = self.collector.lines, []
        return lines

    def leaks(self, lines: list[tuple[str, str, str]], files: list[Path]) -> Iterator[str]:
        """A redacted report line for each line with personal data."""
        for name, level, line in lines:
            self.lines_scanned += 1
            if self.scanner.hits(line):
                yield f"log record {name} {level}: {self.scanner.redacted(line)}"
        for path in files:
            for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                self.lines_scanned += 1
                if self.scanner.hits(line):
                    yield f"{path.name}:{number}: {self.scanner.redacted(line)}"


def daemon_logs(item: pytest.Item) -> list[Path]:
    tmp_path = getattr(item, "funcargs", {}).get("tmp_path")
    if not isinstance(tmp_path, Path) or not tmp_path.exists():
        return []
    return sorted(p for p in tmp_path.rglob("*.log") if DAEMON_LOG.match(p.name) and p.is_file())


_SCAN = LogScan()


def pytest_configure(config: pytest.Config) -> None:
    _SCAN.install()


def pytest_unconfigure(config: pytest.Config) -> None:
    _SCAN.uninstall()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    result = yield  # after the test's own teardown: its fixtures' records and the daemon logs are complete
    started = time.process_time()
    leaks = list(_SCAN.leaks(_SCAN.take(), daemon_logs(item)))
    _SCAN.seconds += time.process_time() - started
    if leaks:
        shown = "\n".join(leaks[:10]) + (f"\n... and {len(leaks) - 10} more" if len(leaks) > 10 else "")
        pytest.fail(f"personal data in the log of {item.nodeid} (tests/log_scan.py):\n{shown}", pytrace=False)
    return result


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    terminalreporter.write_line(
        f"log scan: {_SCAN.lines_scanned} log lines scanned for personal data; CPU time added: "
        f"{_SCAN.seconds + _SCAN.collector.seconds:.2f} s (rendering {_SCAN.collector.seconds:.2f} s, "
        f"scanning {_SCAN.seconds:.2f} s)"
    )


@pytest.fixture
def log_scan() -> LogScan:
    """The session's scan, for the scan's own tests."""
    return _SCAN
