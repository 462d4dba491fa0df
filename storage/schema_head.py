"""The migrations' head revision, read from the revision files without loading Alembic.

Every start of the daemon (and `intake ingest`) brings the schema to the head. Loading Alembic's script
directory and environment for that imports ~250 modules (Alembic, Mako, Pygments) and reads every revision:
about a third of the daemon's start-up when nothing is to be done, which is almost always. So
`Database.upgrade` first compares the `alembic_version` row with the head found here, and loads Alembic only
when they differ (or when the files cannot be read this simply: then Alembic decides, as before).

A revision file names itself and its parent in two module-level assignments (storage/migrations/script.py.mako):

    revision: str = "0004"
    down_revision: str | None = "0003"

The head is the one revision no other revision names as its parent.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

VERSIONS_DIR = Path(__file__).parent / "migrations" / "versions"

#: `revision = ...` or `down_revision: <annotation> = ...` at the start of a line (one line, bounded by it).
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\b[^=\n]*=([^\n]*)$", re.MULTILINE)


def _revision_of(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(revision, parents) of one revision file, or None when it does not state them in the plain form."""
    found: dict[str, object] = {}
    for name, value in _ASSIGNMENT.findall(text):
        try:
            found[name] = ast.literal_eval(value.strip())
        except (ValueError, SyntaxError):
            return None
    revision, parents = found.get("revision"), found.get("down_revision", ...)
    if not isinstance(revision, str) or parents is ...:
        return None
    if parents is None:
        return revision, ()
    if isinstance(parents, str):
        return revision, (parents,)
    if isinstance(parents, tuple | list) and all(isinstance(p, str) for p in parents):
        return revision, tuple(parents)
    return None


def head_revision(versions_dir: Path = VERSIONS_DIR) -> str | None:
    """The single head of the revision files in `versions_dir`; None when there is not exactly one, or a file
    does not state its revision in the plain form (the caller then asks Alembic)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions_dir.glob("*.py"):
        if path.name.startswith("_"):
            continue
        stated = _revision_of(path.read_text(encoding="utf-8"))
        if stated is None:
            return None
        revisions.add(stated[0])
        parents.update(stated[1])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


@functools.cache
def known_head() -> str | None:
    """`head_revision()` of the packaged migrations, read once per process."""
    return head_revision()
