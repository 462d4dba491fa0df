"""Configuration: one TOML file, validated into typed settings; an error names the key and the fix.

`intake --config FILE <command>` or `INTAKE_CONFIG=FILE`. A command reads only the sections it needs
(`load_settings(path, need={...})`): `parse` works without a file, `ingest` needs only `[database]`.
Secrets never sit in the file: `password_file` (systemd credentials) or `password_env`.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from parsers import ParserConfig

CONFIG_ENV = "INTAKE_CONFIG"
DEFAULT_DB_URL = "sqlite+aiosqlite:////var/lib/tinybots-intake/intake.db"


class ConfigError(Exception):
    """A configuration problem, worded for the admin: which key, what is wrong, how to fix it."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Security = Literal["tls", "starttls", "none"]


def is_loopback_host(host: str) -> bool:
    """True when every address `host` resolves to is a loopback address (127.0.0.0/8, ::1)."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    if host == "localhost":
        return True
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)


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
            raise ValueError(
                'security = "none" sends the password and mail unencrypted; use "tls" or "starttls", '
                "or set allow_plaintext = true (accepted only for a loopback host)"
            )
        if self.password_file and self.password_env:
            raise ValueError("set only one of password_file and password_env")
        return self

    def check_plaintext_host(self, section: str) -> None:
        """Refuse plaintext to anything but loopback. Called when connecting (resolution needs the host)."""
        if self.security == "none" and not is_loopback_host(self.host):
            raise ConfigError(
                f'[{section}] security = "none" is only allowed to a loopback address, not {self.host!r}; '
                'fix: use security = "tls" or "starttls"'
            )

    def password(self, section: str) -> str:
        """The secret, read at use time so that a rotated credential file is picked up on reconnect."""
        if self.password_file:
            try:
                return Path(self.password_file).read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as exc:
                raise ConfigError(
                    f"[{section}] password_file {self.password_file!r} cannot be read ({exc.strerror}); "
                    "fix: point it at a readable file, e.g. a systemd LoadCredential= path"
                ) from exc
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise ConfigError(
                    f"[{section}] password_env names {self.password_env!r}, which is not set; "
                    "fix: export it, or use password_file"
                )
            return value
        return ""


class MailboxSettings(_Endpoint):
    port: int = Field(default=993, ge=1, le=65535)
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    batch_size: int = Field(default=200, ge=1, le=5000)
    max_message_bytes: int = Field(default=50 * 1024 * 1024, ge=1024)
    max_attempts: int = Field(default=3, ge=1, le=100)
    idle_renew_seconds: int = Field(default=25 * 60, ge=10, le=29 * 60)
    poll_interval_seconds: int = Field(default=60, ge=1)  # only where the server has no IDLE

    @field_validator("host")
    @classmethod
    def _host_required(cls, v: str) -> str:
        if not v:
            raise ValueError('is required, e.g. host = "imap.example.nl"')
        return v


class SmtpSettings(_Endpoint):
    port: int = Field(default=587, ge=1, le=65535)
    security: Security = "starttls"
    max_attempts: int = Field(default=8, ge=1)
    backoff_seconds: float = Field(default=30.0, gt=0)

    @field_validator("host")
    @classmethod
    def _host_required(cls, v: str) -> str:
        if not v:
            raise ValueError('is required, e.g. host = "smtp.example.nl"')
        return v


class DatabaseSettings(_Section):
    url: str = DEFAULT_DB_URL
    #: Attachments and identity documents live beside the database, not in it.
    files_dir: str = ""

    @field_validator("url")
    @classmethod
    def _supported_driver(cls, v: str) -> str:
        if not v.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError(
                "must start with sqlite+aiosqlite:// or postgresql+asyncpg:// "
                '(e.g. "sqlite+aiosqlite:////var/lib/tinybots-intake/intake.db")'
            )
        return v

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

    def parser_config(self) -> ParserConfig:
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
    reminder_days: tuple[int, ...] = (7, 2)


class OutboundSettings(_Section):
    acks_per_sender_per_day: int = Field(default=5, ge=0)
    #: Global brake: above this many acknowledgements a minute, acknowledgements pause and staff are alerted.
    acks_per_minute: int = Field(default=60, ge=1)
    digest_hour: int = Field(default=8, ge=0, le=23)
    templates_dir: str = ""  # empty: the templates shipped in intake/templates
    verp: bool = True  # Return-Path help+bounce-<id>@domain, to match bounces to outbox rows


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
        host, _, port = v.rpartition(":")
        host = host.strip("[]")
        if not port.isdigit():
            raise ValueError('must be "HOST:PORT", e.g. "127.0.0.1:9108"')
        try:
            if not ipaddress.ip_address(host).is_loopback:
                raise ValueError("must be a loopback address (127.0.0.1 or ::1)")
        except ValueError as exc:
            raise ValueError(f"must be a loopback address, e.g. 127.0.0.1:9108 ({exc})") from None
        return v


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
    source: str | None = None  # the file these settings came from (not a TOML key)

    def require_mailbox(self) -> MailboxSettings:
        if self.mailbox is None:
            raise ConfigError(
                f"{self._where()}: the [mailbox] section is missing; fix: add it (see samples/intake.toml)"
            )
        return self.mailbox

    def require_smtp(self) -> SmtpSettings:
        if self.smtp is None:
            raise ConfigError(
                f"{self._where()}: the [smtp] section is missing; fix: add it (see samples/intake.toml)"
            )
        return self.smtp

    def _where(self) -> str:
        return self.source or "configuration"


def _format_error(path: str, exc: ValidationError) -> str:
    lines = [f"{path}: invalid configuration"]
    for err in exc.errors():
        loc = [str(p) for p in err["loc"]]
        if len(loc) >= 2:
            key = f"[{loc[0]}] {'.'.join(loc[1:])}"
        elif loc:
            key = f"[{loc[0]}]" if loc[0] in Settings.model_fields else loc[0]
        else:
            key = "(file)"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key; fix: remove it or check its spelling (see samples/intake.toml)"
        lines.append(f"  {key}: {msg}")
    return "\n".join(lines)


def parse_settings(data: dict[str, Any], *, source: str = "configuration") -> Settings:
    try:
        return Settings.model_validate({**data, "source": source})
    except ValidationError as exc:
        raise ConfigError(_format_error(source, exc)) from None


def config_path(explicit: str | None) -> str | None:
    return explicit or os.environ.get(CONFIG_ENV) or None


def load_settings(explicit_path: str | None = None, *, sections: tuple[str, ...] | None = None) -> Settings:
    """Settings from `--config`, else `$INTAKE_CONFIG`, else the defaults (enough for `parse`).

    With `sections`, only those sections are read and validated and the rest of the file is ignored, so that
    `intake parse` works with a file whose `[smtp]` section is still being written.
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
    if sections is not None:
        data = {k: v for k, v in data.items() if k in sections}
    return parse_settings(data, source=path)
