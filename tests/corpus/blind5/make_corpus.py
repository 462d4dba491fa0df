"""Blind corpus 5: care organisations, phone-typed and dictated mail, families abroad, reply chains, automatic
mail of many kinds and privacy requests/traps, labelled by the label policy of corpus A
(../shared/corpus/README.md). Written before reading the parser. Deterministic, stdlib only.

Run from this folder: python3 make_corpus.py  (rebuilds gNNN/001.eml and labels.json)
"""

from __future__ import annotations

import html
import json
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, parseaddr
from io import BytesIO
from pathlib import Path

from mails import MAILS

HERE = Path(__file__).resolve().parent
HELP = "help@tinybots.nl"
#: A 1x1 transparent PNG: the signature logo of an Outlook mail (its alt text is what a text view shows).
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _text(body: str, cte: str = "8bit", subtype: str = "plain") -> Message:
    if cte == "qp":
        cs = Charset("utf-8")
        cs.body_encoding = QP
        part = MIMEText(body, subtype, cs)  # type: ignore[arg-type]
    elif cte == "b64":
        part = MIMEText(body, subtype, "utf-8")
    else:
        cs = Charset("utf-8")
        cs.body_encoding = None
        part = MIMEText(body, subtype, cs)  # type: ignore[arg-type]
    return part


def _html_of(body: str) -> str:
    lines = "".join(f"<div>{html.escape(line) or '<br>'}</div>\n" for line in body.split("\n"))
    return f'<html><head><meta charset="utf-8"></head><body>\n{lines}</body></html>\n'


def _address(value: str) -> str:
    """An address header as clients write it: the display name as an encoded word only when it is not ASCII."""
    name, addr = parseaddr(value)
    if not name:
        return value
    return formataddr((name, addr), charset="utf-8")


def build(m: dict, n: int) -> bytes:
    msg = _body(m)
    if m.get("client") == "apple":
        msg["X-Mailer"] = "iPhone Mail (21B101)"
    msg["From"] = _address(m["from"])
    msg["To"] = _address(m.get("to", HELP))
    msg["Subject"] = m["subject"]
    msg["Date"] = formatdate(1795500000 + n * 4111, localtime=False)
    msg["Message-ID"] = f"<b5.{n:03d}.{n * 6247}@mx.example>"
    for key, value in m.get("headers", {}).items():
        msg[key] = value
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_b5_{n:03d}_{index}")  # deterministic, unlike the generator's random one
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False).flatten(msg)
    return out.getvalue()


def _body(m: dict) -> Message:
    """The MIME structure of the mail client the writer used."""
    client = m.get("client", "plain")
    body = m["body"].strip("\n") + "\n"
    if client in ("outlook", "gmail"):
        msg: Message = MIMEMultipart("alternative")
        msg.attach(_text(body, "qp"))
        msg.attach(_text(m.get("html") or _html_of(body), "qp", "html"))
        if client == "outlook":
            msg["X-Mailer"] = "Microsoft Outlook 16.0"
        return msg
    if client == "html":
        return _text(m.get("html") or _html_of(body), "qp", "html")
    if client == "related":
        return _related(m)
    if client == "b64":
        msg = _text(body, "b64")
        msg["X-Mailer"] = "Samsung Email"
        return msg
    if client == "qp":
        return _text(body, "qp")
    if client == "fwd":
        return _forward(m, body)
    if client == "report":
        return _report(m, body)
    if client == "mdn":
        return _mdn(m, body)
    if client == "ics":
        return _calendar(m, body)
    return _text(body)


def _related(m: dict) -> Message:
    """Outlook HTML-only with the signature logo as an inline image (cid:)."""
    msg = MIMEMultipart("related")
    msg.attach(_text(m["html"], "qp", "html"))
    image = MIMEBase("image", "png", name="image001.png")
    image.set_payload(PNG)
    from email import encoders

    encoders.encode_base64(image)
    image["Content-ID"] = "<image001.png@01DB4A2C.5E1F0A30>"
    image["Content-Disposition"] = 'inline; filename="image001.png"'
    msg.attach(image)
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    return msg


def _forward(m: dict, body: str) -> Message:
    msg = MIMEMultipart("mixed")
    msg.attach(_text(body))
    inner = _text(m["fwd_body"].strip("\n") + "\n")
    inner["From"] = m["fwd_from"]
    inner["To"] = m.get("fwd_to", "someone@example.nl")
    inner["Subject"] = m["fwd_subject"]
    inner["Date"] = "Tue, 01 Dec 2026 10:41:00 +0100"
    msg.attach(MIMEMessage(inner))
    return msg


def _report(m: dict, body: str) -> Message:
    msg = MIMEMultipart("report", report_type="delivery-status")
    msg.attach(_text(body))
    status = MIMEBase("message", "delivery-status")
    for block in m["status"].strip("\n").split("\n\n"):
        fields = Message()
        for line in block.split("\n"):
            key, value = line.split(": ", 1)
            fields[key] = value
        status.attach(fields)
    msg.attach(status)
    return msg


def _mdn(m: dict, body: str) -> Message:
    """A read receipt (RFC 8098): human text plus a message/disposition-notification part."""
    msg = MIMEMultipart("report", report_type="disposition-notification")
    msg.attach(_text(body))
    notification = Message()
    notification.set_type("message/disposition-notification")
    notification.set_payload(m["disposition"].strip("\n") + "\n")
    msg.attach(notification)
    return msg


def _calendar(m: dict, body: str) -> Message:
    msg = MIMEMultipart("alternative")
    msg.attach(_text(body, "qp"))
    event = _text(m["ics"].strip("\n").replace("\n", "\r\n") + "\r\n", "8bit", "calendar")
    event.set_param("method", "REQUEST")
    msg.attach(event)
    return msg


def label(m: dict, file: str) -> dict:
    cls = m.get("cls", "customer")
    cust = {"name": None, "email": None, "phone": None, "robot_id": None}
    if cls == "customer":
        addr = m["from"].split("<")[-1].rstrip(">").strip().lower()
        cust = {
            "name": m.get("name"),
            "email": m.get("email", addr),
            "phone": m.get("phone"),
            "robot_id": m.get("robot"),
        }
    return {
        "file": file,
        "classification": cls,
        "customer": cust,
        "rights": sorted(m.get("rights", ())) if cls == "customer" else [],
        "ticket_ref": m.get("ticket"),
        "thread": {"group": file.split("/")[0], "in_reply_to_file": None},
        "bsn_present": m.get("bsn"),
        "lang": m.get("lang", "nl"),
        "notes": m.get("notes", ""),
    }


def main() -> None:
    labels = []
    for n, m in enumerate(MAILS, start=1):
        file = f"g{n:03d}/001.eml"
        path = HERE / file
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(build(m, n))
        labels.append(label(m, file))
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(labels)} mails")


if __name__ == "__main__":
    main()
