"""Throwaway mail servers on loopback for the demo, the benchmarks and the tests (recipe: notes/servers.md §2).

`make_certs(dir)` makes a CA and a localhost certificate with openssl; `Dovecot` runs `dovecot -F` in its own
session with STARTTLS and IMAPS, any user@tinybots.test with one password, Maildir under its directory, and is
stopped by pid (the whole process group is killed if it hangs); `SmtpSink` is an aiosmtpd server with STARTTLS
that keeps what it receives. `write_config` writes an intake TOML file. Nothing here listens beyond 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import textwrap
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from imapclient import IMAPClient

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
PASSWORD = "secret"
DOMAIN = "tinybots.test"
# One MULTIAPPEND command per chunk: seeding thousands of messages takes about a second.
APPEND_CHUNK = 250


@dataclass(frozen=True, slots=True)
class Certs:
    ca_file: Path
    cert_file: Path
    key_file: Path


def make_certs(directory: Path) -> Certs:
    """A CA and a server certificate for localhost/127.0.0.1 signed by it (passes VERIFY_X509_STRICT)."""

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=directory, check=True, capture_output=True)

    openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/CN=intake throwaway CA",
        "-keyout", "ca.key", "-out", "ca.crt",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    )  # fmt: skip
    openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
        "-keyout", "server.key", "-out", "server.csr",
    )  # fmt: skip
    (directory / "server.ext").write_text(
        "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n"
        "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
    )
    openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
        "-days", "30", "-out", "server.crt", "-extfile", "server.ext",
    )  # fmt: skip
    for name in ("ca.key", "server.key"):
        os.chmod(directory / name, 0o600)
    return Certs(directory / "ca.crt", directory / "server.crt", directory / "server.key")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_banner(port: int, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), 0.5) as s:
                if s.recv(4).startswith(b"* OK"):
                    return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"dovecot is not answering on 127.0.0.1:{port}")


def _dovecot_conf(d: Path, *, imap: int, imaps: int, certs: Certs, run_user: str) -> str:
    pw = pwd.getpwnam(run_user)
    group = grp.getgrgid(pw.pw_gid).gr_name
    return textwrap.dedent(f"""\
        instance_name = intake-{imap}
        protocols = imap
        listen = 127.0.0.1
        base_dir = {d}/run
        state_dir = {d}/state
        log_path = {d}/dovecot.log
        info_log_path = {d}/dovecot.log
        default_internal_user = {run_user}
        default_internal_group = {group}
        default_login_user = {run_user}
        first_valid_uid = 1
        first_valid_gid = 1
        auth_mechanisms = plain login
        disable_plaintext_auth = no
        # every user@{DOMAIN} exists with the one password: a new name is an empty mailbox
        passdb {{
          driver = static
          args = password={PASSWORD}
        }}
        userdb {{
          driver = static
          args = uid={pw.pw_uid} gid={pw.pw_gid} home={d}/mail/%d/%n
        }}
        mail_location = maildir:~/Maildir
        # throwaway data: no fsync (MULTIAPPEND 4x faster)
        mail_fsync = never
        mailbox_idle_check_interval = 1 secs
        namespace inbox {{
          inbox = yes
          separator = /
        }}
        mail_max_userip_connections = 200
        ssl = yes
        ssl_cert = <{certs.cert_file}
        ssl_key = <{certs.key_file}
        service imap-login {{
          chroot =
          inet_listener imap {{
            port = {imap}
          }}
          inet_listener imaps {{
            port = {imaps}
            ssl = yes
          }}
        }}
        service anvil {{
          chroot =
        }}
        """)


@dataclass
class Dovecot:
    """A throwaway Dovecot under `dir`. `start()`, `stop()` (by pid), `restart()` on the same ports."""

    dir: Path
    certs: Certs
    imap_port: int = field(default_factory=free_port)
    imaps_port: int = field(default_factory=free_port)
    host: str = "127.0.0.1"
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @classmethod
    def create(cls, directory: Path, certs: Certs, *, imap_capability: str = "") -> Dovecot:
        """Lays out config and Maildir root under `directory` (keep the path short: unix sockets live there).

        `imap_capability` replaces what the server advertises after login, e.g. to play a server without IDLE
        and MOVE; empty keeps Dovecot's own list.
        """
        os.chmod(directory, 0o755)  # the mail user must traverse it
        run_user = "dovecot" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
        pw = pwd.getpwnam(run_user)
        for sub in ("run", "state", "mail"):
            (directory / sub).mkdir(exist_ok=True)
        os.chown(directory / "mail", pw.pw_uid, pw.pw_gid)
        server = cls(directory, certs)
        conf = _dovecot_conf(
            directory, imap=server.imap_port, imaps=server.imaps_port, certs=certs, run_user=run_user
        )
        if imap_capability:
            conf += f"imap_capability = {imap_capability}\n"
        (directory / "dovecot.conf").write_text(conf, encoding="utf-8")
        return server

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def start(self) -> None:
        if not os.path.exists(DOVECOT):
            raise RuntimeError(
                "dovecot is not installed: run `make system-packages` (apt-get install dovecot-imapd)"
            )
        with open(self.dir / "dovecot.stderr", "ab") as log:
            self.process = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.dir / "dovecot.conf")],
                start_new_session=True,
                stdout=log,
                stderr=log,
            )
        _wait_banner(self.imap_port)

    def stop(self) -> None:
        proc = self.process
        if proc is None:
            return
        proc.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(15)
        # Connection processes may outlive the master; the session's process group holds them all.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)
        self.process = None

    def restart(self, *, down_seconds: float = 0.0) -> None:
        """Stops the server (every connection drops), waits, and starts it again on the same ports."""
        self.stop()
        time.sleep(down_seconds)
        self.start()

    def account(self, local: str) -> MailAccount:
        return MailAccount(self, f"{local}@{DOMAIN}", PASSWORD)


@dataclass(frozen=True)
class MailAccount:
    """One mailbox on a `Dovecot`, with plain-IMAP helpers to put mail in and read folders back."""

    server: Dovecot
    username: str
    password: str

    @property
    def maildir(self) -> Path:
        local, _, domain = self.username.partition("@")
        return self.server.dir / "mail" / domain / local / "Maildir"

    def mailbox_config(self, **overrides: Any) -> dict[str, Any]:
        """The `[mailbox]` section for this account: STARTTLS with the throwaway CA, password in the env."""
        section: dict[str, Any] = {
            "host": self.server.host,
            "port": self.server.imap_port,
            "security": "starttls",
            "ca_file": str(self.server.certs.ca_file),
            "username": self.username,
            "password_env": "INTAKE_TEST_IMAP_PASSWORD",
        }
        section.update(overrides)
        return section

    def client(self) -> IMAPClient:
        """A plain loopback connection for seeding and reading (the daemon itself uses TLS)."""
        c = IMAPClient(self.server.host, self.server.imap_port, ssl=False, timeout=30)
        c.login(self.username, self.password)
        return c

    def append(self, messages: Iterable[bytes], folder: str = "INBOX") -> int:
        batch = list(messages)
        with self.client() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            for start in range(0, len(batch), APPEND_CHUNK):
                c.multiappend(folder, batch[start : start + APPEND_CHUNK])
        return len(batch)

    def messages(self, folder: str = "INBOX") -> list[bytes]:
        """Raw bytes of every message in `folder`, by UID ([] when the folder does not exist)."""
        with self.client() as c:
            if not c.folder_exists(folder):
                return []
            c.select_folder(folder, readonly=True)
            uids = c.search(["NOT", "DELETED"])
            raw: list[bytes] = []
            for start in range(0, len(uids), 500):
                fetched = c.fetch(uids[start : start + 500], [b"BODY.PEEK[]"])
                raw.extend(bytes(fetched[uid][b"BODY[]"]) for uid in sorted(fetched))
            return raw

    def count(self, folder: str = "INBOX") -> int:
        with self.client() as c:
            if not c.folder_exists(folder):
                return 0
            return int(c.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.client() as c:
            return int(c.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def reset_inbox_uidvalidity(self) -> None:
        """Gives the INBOX a new UIDVALIDITY with the same messages, as a mailbox restored from a backup does.

        Dovecot keeps UIDs and UIDVALIDITY in dovecot-uidlist and its index; without them it renumbers the files
        it finds. Call it while no client has the INBOX selected.
        """
        for path in self.maildir.glob("dovecot*"):
            if path.is_file():
                path.unlink()
        time.sleep(1.1)  # a new UIDVALIDITY comes from the clock in seconds: it must not repeat the old one


@dataclass(frozen=True, slots=True)
class ReceivedMail:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    at: float  # time.time() when accepted


class _Store:
    def __init__(self) -> None:
        self.received: list[ReceivedMail] = []
        self.changed = threading.Condition()

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:
        mail = ReceivedMail(
            envelope.mail_from, tuple(envelope.rcpt_tos), bytes(envelope.content), time.time()
        )
        with self.changed:
            self.received.append(mail)
            self.changed.notify_all()
        return "250 Message accepted for delivery"


class SmtpSink:
    """aiosmtpd on 127.0.0.1 with STARTTLS (the throwaway certificate); keeps every mail it accepts."""

    def __init__(self, certs: Certs) -> None:
        from aiosmtpd.controller import Controller  # dev dependency: only the demo, benchmarks and tests

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(str(certs.cert_file), str(certs.key_file))
        self.certs = certs
        self.port = free_port()
        self._store = _Store()
        self._controller = Controller(
            self._store,
            hostname="127.0.0.1",
            port=self.port,
            tls_context=context,
            require_starttls=True,
            server_hostname="localhost",
        )

    @property
    def received(self) -> list[ReceivedMail]:
        with self._store.changed:
            return list(self._store.received)

    def wait_for(self, count: int, timeout: float) -> list[ReceivedMail]:
        """Blocks until at least `count` mails arrived or `timeout` passed; returns what arrived."""
        with self._store.changed:
            self._store.changed.wait_for(lambda: len(self._store.received) >= count, timeout)
            return list(self._store.received)

    def smtp_config(self) -> dict[str, Any]:
        return {
            "host": "127.0.0.1",
            "port": self.port,
            "security": "starttls",
            "ca_file": str(self.certs.ca_file),
        }

    def start(self) -> None:
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, Mapping):  # an inline table, e.g. one of [staff] addresses
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML form for {type(value).__name__}")


def write_config(path: Path, sections: Mapping[str, Mapping[str, Any]]) -> Path:
    """Writes an intake TOML file of flat sections (why not tomli-w: one small function, no new dependency)."""
    lines: list[str] = []
    for name, keys in sections.items():
        lines.append(f"[{name}]")
        lines.extend(f"{key} = {_toml_value(value)}" for key, value in keys.items())
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    os.chmod(path, 0o600)
    return path
