"""Who else can read or change the configuration and the password files: `intake check` warns, `intake run`
refuses a password file other users can read or write.

"Others" are the users outside the file's owner and group (the `o` bits): a password file of mode 0644 hands
the mailbox password to every account on the machine, a world-writable configuration lets any of them point
the daemon at their own server. The fix is one chmod, named in the line.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path

from intake.config import Settings


@dataclass(frozen=True, slots=True)
class Exposure:
    """A file others can reach: what it is, where, and how."""

    what: str  # "configuration" or "[mailbox] password_file"
    path: Path
    mode: int
    readable: bool  # by others
    writable: bool  # by others

    @property
    def secret(self) -> bool:
        return self.what != "configuration"

    def line(self) -> str:
        access = " and ".join(w for w, on in (("read", self.readable), ("changed", self.writable)) if on)
        return (
            f"{self.what} {self.path} can be {access} by other users (mode {self.mode:04o}); "
            f"fix: chmod {'600' if self.secret else 'o-w'} {self.path}"
        )


def exposures(settings: Settings) -> list[Exposure]:
    """The configuration file if others can write it; each password file others can read or write."""
    found = []
    if settings.source is not None:
        found += _exposure("configuration", Path(settings.source), check_read=False)
    for section, endpoint in (("mailbox", settings.mailbox), ("smtp", settings.smtp)):
        if endpoint is not None and endpoint.password_file:
            found += _exposure(f"[{section}] password_file", endpoint.password_path(), check_read=True)
    return found


def _exposure(what: str, path: Path, *, check_read: bool) -> list[Exposure]:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:  # a missing file is reported where it is read, with its own fix
        return []
    readable = check_read and bool(mode & stat.S_IROTH)
    writable = bool(mode & stat.S_IWOTH)
    return [Exposure(what, path, mode, readable, writable)] if readable or writable else []
