"""The builder of the hand-written blind sets (tests/corpus/blind, blind4, blind6): each set's make_corpus.py hands
it the set's mails (dicts: from, subject, body, client, class, labels) and gets deterministic .eml files and a
labels.json in corpus A's schema. Standard library only."""

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

HELP = "help@tinybots.nl"


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


def build(m: dict, n: int, *, set_name: str, date_base: int) -> bytes:
    msg = _body(m)
    if m.get("client") == "apple":
        msg["X-Mailer"] = "iPhone Mail (20G75)"
    msg["From"] = _address(m["from"])
    msg["To"] = _address(m.get("to", HELP))
    msg["Subject"] = m["subject"]
    msg["Date"] = formatdate(date_base + n * 3607, localtime=False)
    msg["Message-ID"] = f"<{set_name}.{n:03d}.{n * 7919}@mail.example>"
    for key, value in m.get("headers", {}).items():
        msg[key] = value
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(
                f"=_{set_name}_{n:03d}_{index}"
            )  # deterministic, unlike the generator's random one
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
    return _text(body)


def _forward(m: dict, body: str) -> Message:
    msg = MIMEMultipart("mixed")
    msg.attach(_text(body))
    inner = _text(m["fwd_body"].strip("\n") + "\n")
    inner["From"] = m["fwd_from"]
    inner["To"] = m.get("fwd_to", "someone@example.nl")
    inner["Subject"] = m["fwd_subject"]
    inner["Date"] = "Mon, 02 Nov 2026 09:12:00 +0100"
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


def write_corpus(here: Path, mails: list[dict], *, set_name: str, date_base: int) -> None:
    """Writes g001/001.eml ... and labels.json into `here`; Dates and Message-IDs are fixed by set and number."""
    labels = []
    for n, m in enumerate(mails, start=1):
        file = f"g{n:03d}/001.eml"
        path = here / file
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(build(m, n, set_name=set_name, date_base=date_base))
        labels.append(label(m, file))
    (here / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(labels)} mails")
