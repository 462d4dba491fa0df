"""Pure parsing: raw mail bytes (and `now`) in, a `ParsedMessage` out. No I/O, no clock, no database."""

from parsers.message import parse_message
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
