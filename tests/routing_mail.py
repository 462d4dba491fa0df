"""Builds ParsedMessage values for routing tests: what the parser would hand to routing for a given mail."""

from __future__ import annotations

from datetime import UTC, datetime

from parsers import (
    Attachment,
    BounceReport,
    Classification,
    Customer,
    Found,
    Headers,
    ParsedMessage,
    Right,
)


def parsed_mail(
    *,
    message_id: str,
    from_address: str = "jan@example.nl",
    from_name: str | None = "Jan de Vries",
    subject: str = "Mijn robot doet het niet",
    in_reply_to: tuple[str, ...] = (),
    references: tuple[str, ...] = (),
    classification: Classification = Classification.CUSTOMER,
    ticket_ref: str | None = None,
    text: str = "Hallo, mijn robot reageert niet meer.",
    rights: tuple[Right, ...] = (),
    customer: Customer | None = None,
    attachments: tuple[Attachment, ...] = (),
    bounce: BounceReport | None = None,
    language: str = "nl",
    to: tuple[str, ...] = ("help@tinybots.nl",),
) -> ParsedMessage:
    if customer is None and classification == Classification.CUSTOMER:
        customer = Customer(
            name=Found(from_name, "header") if from_name else None,
            email=Found(from_address, "header"),
        )
    headers = Headers(
        message_id=message_id,
        subject=subject,
        from_address=from_address,
        from_name=from_name,
        reply_to=(),
        to=to,
        cc=(),
        in_reply_to=in_reply_to,
        references=references,
        date=datetime(2026, 3, 5, 9, 0, tzinfo=UTC),
        received_at=None,
        return_path=from_address,
    )
    return ParsedMessage(
        headers=headers,
        language="en" if language == "en" else "nl",
        classification=classification,
        classification_reason="test",
        customer=customer or Customer(),
        rights=rights,
        flags=(),
        ticket_ref=ticket_ref,
        redactions=(),
        text=text,
        signature="",
        quoted="",
        attachments=attachments,
        bounce=bounce,
    )
