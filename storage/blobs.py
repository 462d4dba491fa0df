"""Attachment bytes at rest: files 0600 in directories 0700 under the files directory, never in the database.

Paths are derived from the spool entry, not from the (personal) file name: `attachments/<spool id>/<n>`, and
identity documents apart in `identity/<spool id>/<n>` so they can be purged on their own schedule. A retry of
the same spool entry writes the same paths, so a rolled-back attempt leaves nothing behind that a later one
does not overwrite.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from parsers import Attachment as ParsedAttachment
from storage.models import Attachment


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
    files_dir: Path, spool_id: int, attachments: tuple[ParsedAttachment, ...]
) -> list[Attachment]:
    """Writes each attachment's bytes and returns the metadata rows (not yet added to a session)."""
    rows: list[Attachment] = []
    for number, attachment in enumerate(attachments, start=1):
        kind = "identity" if attachment.identity_document else "attachments"
        relative = Path(kind) / str(spool_id)
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
