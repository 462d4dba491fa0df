"""parse_message: the parser pipeline, top to bottom (being built under issue 2)."""

from __future__ import annotations

from datetime import datetime

from parsers.model import ParsedMessage, ParserConfig


def parse_message(raw: bytes, *, config: ParserConfig, now: datetime) -> ParsedMessage:
    raise NotImplementedError("parsers.parse_message is being built")
