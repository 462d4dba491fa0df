"""Mail templates an admin can edit: `<templates_dir>/<language>/<kind>.txt`, `string.Template` placeholders.

A template's first line is `Subject: ...`, then an empty line, then the body. `[outbound] templates_dir`
points at a directory with the same layout; any file missing there, or one that names a placeholder we do not
have, falls back to the shipped template in `intake/templates/` (logged as a warning), so a typo in an edited
template delays nothing and never loses an acknowledgement.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from string import Template

logger = logging.getLogger(__name__)

SHIPPED_DIR = Path(__file__).resolve().parent.parent / "templates"
KINDS = (
    "ack_ticket",
    "ack_rights",
    "staff_new_ticket",
    "privacy_new_request",
    "privacy_to_confirm",
    "privacy_flag",
    "privacy_digest",
    "brake_alert",
    # staff work by mail (intake/staffdesk/)
    "staff_error",
    "staff_forged_warning",
    "staff_customer_update",
    "staff_answer_bounced",
    "ticket_auto_closed",
)
LANGUAGES = ("nl", "en")
#: A file changed this recently is read again on every use: a rewrite within one tick of the file system's
#: clock (a few ms), same size, would keep its (mtime, size, inode) and so look unchanged to the cache.
_SETTLE_NS = 2_000_000_000


class TemplateError(ValueError):
    """A template file that cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True, slots=True)
class RenderedMail:
    subject: str
    body: str


def render(kind: str, language: str, values: Mapping[str, str], *, templates_dir: str = "") -> RenderedMail:
    """The subject and body of `kind` in `language`, from the admin's directory or else the shipped one."""
    if templates_dir:
        path = Path(templates_dir) / language / f"{kind}.txt"
        if path.is_file():
            try:
                return _render_file(path, values)
            except (TemplateError, OSError, UnicodeDecodeError) as exc:
                logger.warning("template_fallback kind=%s language=%s error=%s", kind, language, exc)
    return _render_file(SHIPPED_DIR / language / f"{kind}.txt", values)


def check_templates(templates_dir: str) -> list[str]:
    """Problems with the admin's templates (for `intake check`): bad layout, or a placeholder we do not fill.

    The placeholders a kind may use are exactly those of its shipped template.
    """
    problems: list[str] = []
    for language in LANGUAGES:
        for kind in KINDS:
            path = Path(templates_dir) / language / f"{kind}.txt"
            if not path.is_file():
                continue
            try:
                known = _placeholders(SHIPPED_DIR / language / f"{kind}.txt")
                unknown = _placeholders(path) - known
            except (TemplateError, OSError, UnicodeDecodeError) as exc:
                problems.append(str(exc))
                continue
            if unknown:
                problems.append(
                    f"{path}: unknown placeholder(s) {', '.join(sorted('$' + u for u in unknown))}"
                )
    return problems


def _placeholders(path: Path) -> set[str]:
    head, body = _split(path)
    names: set[str] = set()
    for part in (head, body):
        template = Template(part)
        if not template.is_valid():
            raise TemplateError(f"{path}: a '$$' that starts no placeholder (write $$$$ for a dollar sign)")
        names.update(template.get_identifiers())
    return names


#: path -> ((mtime_ns, size, inode), (subject line, body)): every mail is rendered from one of a few files.
_SPLIT_CACHE: dict[Path, tuple[tuple[int, int, int], tuple[str, str]]] = {}


def _split(path: Path) -> tuple[str, str]:
    """The file's subject line and body; read again whenever the file changed (an admin's edit counts at once)."""
    stat = path.stat()
    key = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    cached = _SPLIT_CACHE.get(path)
    if cached is not None and cached[0] == key:
        return cached[1]
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    head, sep, body = text.partition("\n\n")
    if not sep or not head.startswith("Subject:") or "\n" in head:
        raise TemplateError(f"{path}: the first line must be 'Subject: ...', followed by an empty line")
    parts = head.removeprefix("Subject:").strip(), body
    # Stat before read: a change in between leaves the old key with the new text, so the next call reads again.
    if time.time_ns() - stat.st_mtime_ns > _SETTLE_NS:
        _SPLIT_CACHE[path] = (key, parts)
    return parts


def _render_file(path: Path, values: Mapping[str, str]) -> RenderedMail:
    head, body = _split(path)
    try:
        subject = Template(head).substitute(values)
        rendered_body = Template(body).substitute(values)
    except KeyError as exc:
        raise TemplateError(f"{path}: unknown placeholder ${exc.args[0]}") from None
    except ValueError as exc:
        raise TemplateError(f"{path}: {exc} (write $$ for a dollar sign)") from None
    return RenderedMail(subject=subject, body=rendered_body.rstrip() + "\n")
