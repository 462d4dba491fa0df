"""Attachment bytes at rest: files 0600 in directories 0700 under the files directory, never in the database.

Paths come from the spool entry's sha256 (one entry per distinct mail), never from the (personal) file name:
`attachments/<sha[:2]>/<sha>/<n>`, and identity documents apart in `identity/<sha[:2]>/<sha>/<n>`, so that they can
be purged on their own schedule. The pipeline writes them inside its transaction; when that transaction fails,
it removes them again with `remove_spool_files` while it still holds the entry (its row lock on PostgreSQL, the
write lock on SQLite), so no other worker can be writing the same directory, and nothing is left on disk that no
row refers to.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from parsers import Attachment as ParsedAttachment
from storage.models import Attachment

KINDS = ("attachments", "identity")


def _directory(kind: str, spool_sha256: str) -> Path:
    return Path(kind) / spool_sha256[:2] / spool_sha256


def _ensure_dir(directory: Path) -> Path:
    """Creates the missing directories of `directory` with mode 0700 (existing ones are left as they are)."""
    missing = [p for p in (directory, *directory.parents) if not p.exists()]
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)
        path.chmod(0o700)  # mkdir's mode is filtered by the umask
    return directory


def _write_private(path: Path, payload: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def store_attachments(
    files_dir: Path, spool_sha256: str, attachments: tuple[ParsedAttachment, ...]
) -> list[Attachment]:
    """Writes each attachment's bytes and returns the metadata rows (not yet added to a session)."""
    rows: list[Attachment] = []
    for number, attachment in enumerate(attachments, start=1):
        relative = _directory("identity" if attachment.identity_document else "attachments", spool_sha256)
        directory = _ensure_dir(files_dir / relative)
        _write_private(directory / str(number), attachment.payload)
        rows.append(
            Attachment(
                filename=attachment.filename[:255],
                content_type=attachment.content_type[:255],
                size=attachment.size,
                sha256=hashlib.sha256(attachment.payload).hexdigest(),
                path=str(relative / str(number)),
                identity_document=attachment.identity_document,
            )
        )
    return rows


def remove_spool_files(files_dir: Path, spool_sha256: str) -> None:
    """Removes the files an attempt wrote for this spool entry (its transaction failed: no row refers to them)."""
    for kind in KINDS:
        shutil.rmtree(files_dir / _directory(kind, spool_sha256), ignore_errors=True)
