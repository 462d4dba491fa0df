"""The rules a configured endpoint follows when it is used: plaintext only to loopback, the password read at use.

Standard library only: `intake.config._Endpoint` (the validated settings) applies them, and so does
`SmtpEndpoint`, the relay process's copy of the validated [smtp] settings, which spares that process pydantic
and the configuration models (a tenth of its CPU in a drain, intake/outbound/relay_process.py).
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

#: systemd puts each unit's credentials (LoadCredential=) in a directory of its own below this one.
CREDENTIALS_ROOT = Path("/run/credentials")


class ConfigError(Exception):
    """A configuration problem, worded for the admin: which key, what is wrong, how to fix it."""


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


def check_plaintext_host(section: str, security: str, host: str) -> None:
    """Refuse plaintext to anything but loopback. Called when connecting (resolution needs the host)."""
    if security == "none" and not is_loopback_host(host):
        raise ConfigError(
            f'[{section}] security = "none" is only allowed to a loopback address, not {host!r}; '
            'fix: use security = "tls" or "starttls"'
        )


def password_path(password_file: str) -> Path:
    """Where `password_file` is read from: a systemd credential is taken from this unit's own directory.

    systemd gives every unit its own credential directory (/run/credentials/<unit>/, in
    $CREDENTIALS_DIRECTORY), so the one configuration that names the daemon's credential also serves the
    purge unit and `systemd-run -p LoadCredential=imap:... intake check`: the file of the same name in
    $CREDENTIALS_DIRECTORY is read. Outside a unit the path is used as written.
    """
    path = Path(password_file)
    own = os.environ.get("CREDENTIALS_DIRECTORY")
    if own and path.parent.parent == CREDENTIALS_ROOT:
        return Path(own) / path.name
    return path


def read_password(section: str, password_file: str, password_env: str) -> str:
    """The secret, read at use time so that a rotated credential file is picked up on reconnect."""
    if password_file:
        path = password_path(password_file)
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            shown = (
                repr(password_file)
                if str(path) == password_file
                else f"{password_file!r} (read as {str(path)!r})"
            )
            raise ConfigError(
                f"[{section}] password_file {shown} cannot be read ({exc.strerror}); "
                "fix: point it at a readable file, e.g. a systemd LoadCredential= path"
            ) from exc
    if password_env:
        value = os.environ.get(password_env)
        if value is None:
            raise ConfigError(
                f"[{section}] password_env names {password_env!r}, which is not set; "
                "fix: export it, or use password_file"
            )
        return value
    return ""


@dataclass(frozen=True, slots=True)
class SmtpEndpoint:
    """What delivery reads of `intake.config.SmtpSettings`, from its `model_dump` (validated by the daemon)."""

    host: str
    port: int
    security: str
    ca_file: str
    username: str
    password_file: str
    password_env: str
    timeout_seconds: float

    @classmethod
    def from_dump(cls, dump: Mapping[str, Any]) -> SmtpEndpoint:
        return cls(**{field.name: dump[field.name] for field in fields(cls)})

    def check_plaintext_host(self, section: str) -> None:
        check_plaintext_host(section, self.security, self.host)

    def password(self, section: str) -> str:
        return read_password(section, self.password_file, self.password_env)
