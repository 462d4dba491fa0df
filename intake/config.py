"""Configuration: one TOML file, validated into typed settings; an error names the key and the fix.

`intake --config FILE <command>` or `INTAKE_CONFIG=FILE`. Every command validates the whole file the same way
(a misspelt section or key is refused by `status` as by `run`); a command then uses only the sections it needs:
`parse` works without a file, `ingest` needs only `[database]`.
Secrets never sit in the file: `password_file` (systemd credentials) or `password_env`.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from intake.config_errors import KeyProblem, format_validation_error
from intake.endpoint import ConfigError as ConfigError
from intake.endpoint import check_plaintext_host, password_path, read_password
from intake.staff_config import StaffSettings

if TYPE_CHECKING:
    from parsers import ParserConfig

CONFIG_ENV = "INTAKE_CONFIG"
DEFAULT_DB_URL = "sqlite+aiosqlite:////var/lib/tinybots-intake/intake.db"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Security = Literal["tls", "starttls", "none"]


def _is_remote_ip(host: str) -> bool:
    """True for an IP literal outside loopback (checked at load time; names are checked when connecting)."""
    try:
        return not ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Endpoint(_Section):
    """Shared rules for a TLS endpoint with a password from a file or the environment."""

    host: str = ""
    port: int = Field(default=0, ge=0, le=65535)
    security: Security = "tls"
    allow_plaintext: bool = False
    ca_file: str = ""
    username: str = ""
    password_file: str = ""
    password_env: str = ""
    timeout_seconds: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _plaintext_only_when_allowed(self) -> _Endpoint:
        if self.security == "none" and not self.allow_plaintext:
            raise KeyProblem(
                "security",
                '"none" sends the password and mail unencrypted; fix: use "tls" or "starttls" '
                '(allow_plaintext = true permits "none", and only to a loopback host)',
            )
        if self.security == "none" and _is_remote_ip(self.host):
            raise KeyProblem(
                "security",
                f'"none" is only allowed to a loopback address, not {self.host!r}; '
                'fix: use security = "tls" or "starttls"',
            )
        if self.password_file and self.password_env:
            raise KeyProblem(
                "password_env", "set only one of password_file and password_env; fix: remove one of them"
            )
        return self

    # The rules themselves are in intake/endpoint.py, which the relay process uses without pydantic.
    def check_plaintext_host(self, section: str) -> None:
        """Refuse plaintext to anything but loopback. Called when connecting (resolution needs the host)."""
        check_plaintext_host(section, self.security, self.host)

    def password_path(self) -> Path:
        """Where `password_file` is read from (intake/endpoint.py `password_path`)."""
        return password_path(self.password_file)

    def password(self, section: str) -> str:
        """The secret, read at use time so that a rotated credential file is picked up on reconnect."""
        return read_password(section, self.password_file, self.password_env)


def other_cores() -> int:
    """The cores this process may run on, but one: what the "auto" settings spread work over."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(0, cores - 1)


class MailboxSettings(_Endpoint):
    host: str = Field(default="", validate_default=True)
    port: int = Field(default=993, ge=1, le=65535)
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    batch_size: int = Field(default=200, ge=1, le=5000)
    max_message_bytes: int = Field(default=50 * 1024 * 1024, ge=1024)
    max_attempts: int = Field(default=3, ge=1, le=100)
    #: How long one mail may take to parse before the attempt counts as failed ("parse exceeded N s"); after
    #: max_attempts it is quarantined. A letter parses in milliseconds, a 30 MB attachment in under a second.
    parse_timeout_seconds: float = Field(default=10.0, ge=1.0, le=600.0)
    #: Also the bound on a mail that slips in between the NOOP and the IDLE command (see Mailbox.wait_for_mail).
    idle_renew_seconds: int = Field(default=5 * 60, ge=10, le=29 * 60)
    poll_interval_seconds: int = Field(default=60, ge=1)  # only where the server has no IDLE
    #: Worker processes that parse mail beside the daemon (intake/daemon/parse_pool.py); "auto": one per core but one.
    parse_workers: Annotated[int, Field(ge=0, le=64)] | Literal["auto"] = "auto"

    def resolved_parse_workers(self) -> int:
        # One per core but one: the daemon's own process keeps a core for routing and commits.
        return other_cores() if self.parse_workers == "auto" else self.parse_workers

    @field_validator("host")
    @classmethod
    def _host_required(cls, v: str) -> str:
        if not v:
            raise ValueError('missing; fix: add the IMAP server\'s name, e.g. host = "imap.example.nl"')
        return v


class SmtpSettings(_Endpoint):
    host: str = Field(default="", validate_default=True)
    port: int = Field(default=587, ge=1, le=65535)
    security: Security = "starttls"
    max_attempts: int = Field(default=8, ge=1)
    backoff_seconds: float = Field(default=30.0, gt=0)

    @field_validator("host")
    @classmethod
    def _host_required(cls, v: str) -> str:
        if not v:
            raise ValueError('missing; fix: add the SMTP relay\'s name, e.g. host = "smtp.example.nl"')
        return v


#: The unit's RuntimeDirectory (systemd/tinybots-intake.service): a tmpfs, writable when the disk is full.
RUNTIME_DIR = Path("/run/tinybots-intake")


class DatabaseSettings(_Section):
    url: str = DEFAULT_DB_URL
    #: Attachments and identity documents live beside the database, not in it.
    files_dir: str = ""
    #: Where the daemon records a database fault for `intake status` while the database cannot be written
    #: (docs/reliability.md). Empty: /run/tinybots-intake/database-fault.json when that directory exists (the
    #: unit's RuntimeDirectory, another filesystem than a full disk), else beside the database file.
    fault_file: str = ""

    @field_validator("url")
    @classmethod
    def _supported_driver(cls, v: str) -> str:
        if not v.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError(
                f"{v!r} is not supported; fix: use a sqlite+aiosqlite:// or postgresql+asyncpg:// URL, e.g. "
                '"sqlite+aiosqlite:////var/lib/tinybots-intake/intake.db" or '
                '"postgresql+asyncpg://intake@/intake?host=/run/postgresql"'
            )
        return v

    def resolved_fault_file(self) -> Path:
        if self.fault_file:
            return Path(self.fault_file)
        if RUNTIME_DIR.is_dir():
            return RUNTIME_DIR / "database-fault.json"
        if self.url.startswith("sqlite+aiosqlite:///"):
            db_path = Path(self.url.removeprefix("sqlite+aiosqlite:///"))
            return db_path.parent / (db_path.stem + "-fault.json")
        return Path("/var/lib/tinybots-intake/database-fault.json")

    def resolved_files_dir(self) -> Path:
        if self.files_dir:
            return Path(self.files_dir)
        if self.url.startswith("sqlite+aiosqlite:///"):
            db_path = Path(self.url.removeprefix("sqlite+aiosqlite:///"))
            return db_path.parent / (db_path.stem + "-files")
        return Path("/var/lib/tinybots-intake/files")


class HelpdeskSettings(_Section):
    address: str = "help@tinybots.nl"
    own_addresses: tuple[str, ...] = ("help@tinybots.nl",)
    own_phones: tuple[str, ...] = ()
    staff_notify: tuple[str, ...] = ()
    privacy_officer: str = ""
    ticket_prefix: Annotated[str, Field(pattern=r"^[A-Z]{1,8}$")] = "TB"
    relay_addresses: tuple[str, ...] = ()
    robot_id_labels: tuple[str, ...] | None = None
    robot_id_pattern: str | None = None
    #: A reply to a ticket closed longer ago than this opens a new, linked ticket.
    reopen_window_days: int = Field(default=90, ge=0)
    timezone: str = "Europe/Amsterdam"

    @field_validator("robot_id_pattern")
    @classmethod
    def _usable_id_shape(cls, v: str | None) -> str | None:
        from parsers.robot_id import shape_problem

        problem = shape_problem(v) if v is not None else None
        if problem:
            raise ValueError(
                f"{problem}; fix: give the serial's plain shape, e.g. robot_id_pattern = '\\bTS-\\d{{4}}-\\d{{4}}\\b'"
            )
        return v

    def parser_config(self) -> ParserConfig:
        # Imported here: the parsers take ~0.1 s to import, and `intake status` or `tickets` never parse.
        from parsers import ParserConfig

        own = tuple(dict.fromkeys(a.lower() for a in (self.address, *self.own_addresses)))
        return ParserConfig(
            own_addresses=own,
            own_phones=self.own_phones,
            relay_addresses=tuple(a.lower() for a in self.relay_addresses),
            ticket_prefix=self.ticket_prefix,
            robot_id_labels=self.robot_id_labels,
            robot_id_pattern=self.robot_id_pattern,
        )


class RightsSettings(_Section):
    promised_days: int = Field(default=28, ge=1, le=31)
    identity_step: Literal["id_copy", "registered_address"] = "id_copy"
    #: The privacy officer's daily digest lists requests due within each of these two windows (days).
    reminder_days: tuple[int, int] = (7, 2)

    @field_validator("reminder_days", mode="before")
    @classmethod
    def _two_distinct_windows(cls, value: object) -> object:
        days = list(value) if isinstance(value, list | tuple) else []
        if len(days) != 2 or days[0] == days[1] or not all(isinstance(d, int) and 1 <= d <= 28 for d in days):
            raise ValueError("give two different numbers of days between 1 and 28, e.g. [7, 2]")
        return value


class OutboundSettings(_Section):
    acks_per_sender_per_day: int = Field(default=5, ge=0)
    #: Global brake: above this many acknowledgements a minute, acknowledgements pause and staff are alerted.
    acks_per_minute: int = Field(default=60, ge=1)
    digest_hour: int = Field(default=8, ge=0, le=23)
    templates_dir: str = ""  # empty: the templates shipped in intake/templates
    verp: bool = True  # Return-Path help+bounce-<id>@domain, to match bounces to outbox rows
    from_name: str = "Helpdesk Tinybots"  # display name in From of everything we send
    staff_language: Literal["nl", "en"] = "nl"  # language of staff and privacy-officer mail
    batch_size: int = Field(default=50, ge=1, le=1000)  # outbox rows per SMTP connection
    poll_seconds: float = Field(default=2.0, gt=0, le=60)  # sender wakes at least this often
    #: SMTP in a process of its own (intake/outbound/relay_process.py); "auto": when there is more than one core.
    relay_process: bool | Literal["auto"] = "auto"

    def resolved_relay_process(self) -> bool:
        return other_cores() > 0 if self.relay_process == "auto" else self.relay_process


class RetentionSettings(_Section):
    ticket_years: int = Field(default=3, ge=1)
    spool_days: int = Field(default=30, ge=1)
    identity_document_days: int = Field(default=30, ge=1)


class LoggingSettings(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["auto", "json", "keyvalue", "console"] = "auto"


class MetricsSettings(_Section):
    listen: str = ""  # e.g. "127.0.0.1:9108"; empty: off

    @field_validator("listen")
    @classmethod
    def _loopback_only(cls, v: str) -> str:
        if not v:
            return v
        fix = 'fix: use a loopback address and a port, e.g. listen = "127.0.0.1:9108" or "[::1]:9108"'
        host, _, port = v.rpartition(":")
        host = host.strip("[]")
        if not host or not port.isdigit() or not 0 <= int(port) <= 65535:
            raise ValueError(f"{v!r} is not HOST:PORT; {fix}")
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            raise ValueError(f"{host!r} is not an IP address; {fix}") from None
        if not loopback:
            raise ValueError(f"{host!r} is not a loopback address (metrics stay on this machine); {fix}")
        return v

    def address(self) -> tuple[str, int] | None:
        """(host, port) to listen on, or None when the endpoint is off. Port 0 picks a free port."""
        if not self.listen:
            return None
        host, _, port = self.listen.rpartition(":")
        return host.strip("[]"), int(port)


class Settings(_Section):
    mailbox: MailboxSettings | None = None
    smtp: SmtpSettings | None = None
    database: DatabaseSettings = DatabaseSettings()
    helpdesk: HelpdeskSettings = HelpdeskSettings()
    rights: RightsSettings = RightsSettings()
    outbound: OutboundSettings = OutboundSettings()
    retention: RetentionSettings = RetentionSettings()
    logging: LoggingSettings = LoggingSettings()
    metrics: MetricsSettings = MetricsSettings()
    staff: StaffSettings = StaffSettings()
    source: str | None = None  # the file these settings came from (not a TOML key)

    def require_mailbox(self) -> MailboxSettings:
        if self.mailbox is None:
            raise ConfigError(self._missing_section("mailbox"))
        return self.mailbox

    def require_smtp(self) -> SmtpSettings:
        if self.smtp is None:
            raise ConfigError(self._missing_section("smtp"))
        return self.smtp

    def _missing_section(self, section: str) -> str:
        if self.source is None:
            return (
                f"no configuration file, and this command needs its [{section}] section; fix: "
                f"intake --config FILE ..., or set {CONFIG_ENV}=FILE (see samples/intake.toml)"
            )
        return f"{self.source}: the [{section}] section is missing; fix: add it (see samples/intake.toml)"


def parse_settings(data: dict[str, Any], *, source: str = "configuration") -> Settings:
    try:
        return Settings.model_validate({**data, "source": source})
    except ValidationError as exc:
        raise ConfigError(format_validation_error(source, exc, Settings)) from None


def config_path(explicit: str | None) -> str | None:
    return explicit or os.environ.get(CONFIG_ENV) or None


def load_settings(explicit_path: str | None = None, *, sections: tuple[str, ...] | None = None) -> Settings:
    """Settings from `--config`, else `$INTAKE_CONFIG`, else the defaults (enough for `parse`).

    The whole file is validated, whatever the command: one file, one verdict (a misspelt section accepted by
    one command and refused by another hid mistakes until the daemon restarted). `sections` names what the
    caller uses; it no longer narrows the validation.
    """
    path = config_path(explicit_path)
    if path is None:
        return Settings()
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(
            f"{path}: cannot read the configuration file ({exc.strerror}); fix: check the path"
        ) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix: check the syntax near that line") from None
    del sections  # documentation only: the whole file is validated (docstring)
    return parse_settings(data, source=path)
