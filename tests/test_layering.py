"""The house's boundaries, checked: imports go parsers <- storage <- intake, and parsers stays pure."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import parsers

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "parsers": {
        "storage",
        "intake",
        "sqlalchemy",
        "imapclient",
        "aiosmtplib",
        "socket",
        "asyncio",
        "logging",
        "structlog",
        "time",
    },
    "storage": {"intake", "imapclient", "aiosmtplib"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_what_its_layer_allows(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imports(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_parsers_never_read_the_clock_or_files() -> None:
    # `now` is passed in; a parser that reads the clock or opens files could not be tested with sample mails.
    banned = ("datetime.now(", "datetime.utcnow(", "date.today(", "open(", ".read_text(", ".read_bytes(")
    hits = [
        f"{path.relative_to(ROOT)}: {needle}"
        for path in (ROOT / "parsers").rglob("*.py")
        for needle in banned
        if needle in path.read_text(encoding="utf-8")
    ]
    assert hits == []


def test_parsers_public_names_are_sorted_and_importable() -> None:
    assert parsers.__all__ == sorted(parsers.__all__)
    for name in parsers.__all__:
        assert hasattr(parsers, name), name
