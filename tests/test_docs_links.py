"""The manual's links hold: every relative link in README.md and docs/*.md names a file that exists (and, with a
`#anchor`, a heading of that file), every `docs/...` path named in code, systemd units and mail templates
exists, and every repository file the manual names in a code span exists."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
#: Where the code points readers at the manual: the packages, the units and the templates shipped with them.
REFERRING_FILES = sorted(
    [
        *(p for package in ("intake", "parsers", "storage") for p in (ROOT / package).rglob("*.py")),
        *(ROOT / "systemd").iterdir(),
        *(p for p in (ROOT / "intake" / "templates").rglob("*") if p.is_file()),
        *(ROOT / "scripts").iterdir(),
        *(ROOT / "monitoring").iterdir(),
    ]
)

_FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_LINK = re.compile(r"\[[^\]\n]*\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#{1,6} +(.+?) *#*$", re.M)
_DOCS_PATH = re.compile(r"(?<![\w/.-])docs/[\w./-]*\w")
#: A file of this repository named in the manual, in a code span: `intake/daemon/poller.py`, `test_crash.py`.
_REPO_FILE = re.compile(
    r"`((?:(?:intake|parsers|storage|tests|samples|bench|scripts|systemd|monitoring)/[\w./*-]+|test_[\w*]+\.py))`"
)


def prose(markdown: str) -> str:
    """The text outside code blocks and code spans, where a link is a link."""
    return _CODE_SPAN.sub("", _FENCE.sub("", markdown))


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: markup dropped, lowercase, punctuation removed, spaces to hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "")
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    """Every heading's anchor, with GitHub's -1, -2 ... for repeated headings."""
    seen: Counter[str] = Counter()
    found = set()
    for heading in _HEADING.findall(_FENCE.sub("", page.read_text(encoding="utf-8"))):
        base = slug(heading)
        found.add(base if seen[base] == 0 else f"{base}-{seen[base]}")
        seen[base] += 1
    return found


def relative_links(page: Path) -> list[str]:
    return [
        target
        for target in _LINK.findall(prose(page.read_text(encoding="utf-8")))
        if not re.match(r"[a-z][a-z0-9+.-]*:", target)  # http:, https:, mailto: are not checked here
    ]


def _repo_path(path: Path) -> str:
    resolved = path.resolve()
    return resolved.relative_to(ROOT).as_posix() if resolved.is_relative_to(ROOT) else str(resolved)


def link_problem(page: Path, target: str) -> str | None:
    """Why `target`, linked from `page`, does not resolve; None when it does."""
    file_part, _, anchor = target.partition("#")
    linked = (page.parent / file_part).resolve() if file_part else page
    if not linked.exists():
        return f"{target}: no file {_repo_path(linked)}"
    if anchor and linked.suffix == ".md" and anchor not in anchors(linked):
        return f"{target}: {_repo_path(linked)} has no heading with the anchor #{anchor}"
    return None


def test_the_pages_are_found() -> None:
    names = {_repo_path(p) for p in PAGES}
    assert {"README.md", "docs/index.md", "docs/admin.md", "docs/architecture.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=_repo_path)
def test_every_relative_link_resolves(page: Path) -> None:
    problems = [p for t in relative_links(page) if (p := link_problem(page, t))]
    assert problems == []


def test_every_docs_page_is_reached_from_the_index() -> None:
    index = ROOT / "docs" / "index.md"
    linked = {_repo_path(index.parent / t.partition("#")[0]) for t in relative_links(index)}
    pages = {_repo_path(p) for p in PAGES if p.parent.name == "docs"} - {"docs/index.md"}
    assert pages - linked == set()


def test_docs_paths_named_in_code_units_and_templates_exist() -> None:
    missing = {
        _repo_path(path): sorted(
            name
            for name in set(_DOCS_PATH.findall(path.read_text(encoding="utf-8", errors="replace")))
            if not (ROOT / name).exists()
        )
        for path in REFERRING_FILES
    }
    assert {path: names for path, names in missing.items() if names} == {}


def test_files_named_in_the_manual_exist() -> None:
    # A module moved or renamed (intake/ was grouped into folders) must not leave the manual pointing at nothing.
    missing = {
        _repo_path(page): sorted(
            name
            for name in set(_REPO_FILE.findall(page.read_text(encoding="utf-8")))
            if not list(ROOT.glob(name if "/" in name else f"tests/{name}"))
        )
        for page in PAGES
    }
    assert {page: names for page, names in missing.items() if names} == {}


def test_the_checks_find_what_they_are_for(tmp_path: Path) -> None:
    # The helpers above on a page made to fail: a missing file, a missing anchor, a link in code that is no link.
    page = tmp_path / "page.md"
    page.write_text(
        "# Top\n\n## Repeated\n\n## Repeated\n\n## `[smtp]` keys, in order (`x.py`)\n\n"
        "[ok](#repeated-1) [ok](#smtp-keys-in-order-xpy) [bad](#nowhere) [gone](missing.md) "
        "[web](https://example.org/x) `[code](not-a-link.md)`\n"
    )
    assert anchors(page) == {"top", "repeated", "repeated-1", "smtp-keys-in-order-xpy"}
    assert relative_links(page) == ["#repeated-1", "#smtp-keys-in-order-xpy", "#nowhere", "missing.md"]
    assert link_problem(page, "#repeated-1") is None
    assert link_problem(page, "#nowhere") is not None
    assert link_problem(page, "missing.md") is not None
    assert _REPO_FILE.findall("`intake/poller.py` (`test_crash.py`, `tests/test_extract_*.py`) `a/b.py`") == [
        "intake/poller.py",
        "test_crash.py",
        "tests/test_extract_*.py",
    ]
    assert _DOCS_PATH.findall("see docs/readme/admin.md. Or docs/admin.md, not mydocs/x.md") == [
        "docs/readme/admin.md",
        "docs/admin.md",
    ]
