"""Pure parsing: raw mail bytes (and `now`) in, a `ParsedMessage` out. No I/O, no clock, no database.

`parse_message` is imported on first use (PEP 562): the daemon's own process only needs the model types (the
parse workers parse), and loading every stage costs it ~0.35 s of CPU at each start (docs/performance.md).
"""

from typing import TYPE_CHECKING, Any

from parsers.model import (
    Attachment,
    BounceReport,
    Classification,
    Customer,
    Flag,
    Found,
    Headers,
    Language,
    ParsedMessage,
    ParserConfig,
    Redaction,
    Right,
    Source,
)

if TYPE_CHECKING:
    from parsers.message import parse_message

__all__ = [
    "Attachment",
    "BounceReport",
    "Classification",
    "Customer",
    "Flag",
    "Found",
    "Headers",
    "Language",
    "ParsedMessage",
    "ParserConfig",
    "Redaction",
    "Right",
    "Source",
    "parse_message",
]


def __getattr__(name: str) -> Any:
    if name == "parse_message":
        from parsers.message import parse_message

        return parse_message
    raise AttributeError(f"module 'parsers' has no attribute {name!r}")
