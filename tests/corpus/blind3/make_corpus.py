"""Third blind set (see README.md): hand-written help-desk mails labelled by corpus A's label policy
(../shared/corpus/README.md), written before reading the parser. Deterministic, stdlib only.

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
from email.utils import formataddr, formatdate, getaddresses
from io import BytesIO
from pathlib import Path

from mails import MAILS

HERE = Path(__file__).resolve().parent
HELP = "help@tinybots.nl"


def _text(body: str, cte: str = "8bit", subtype: str = "plain", charset: str = "utf-8") -> Message:
    cs = Charset(charset)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        return MIMEText(body, subtype, charset)
    else:
        cs.body_encoding = None
    return MIMEText(body, subtype, cs)  # type: ignore[arg-type]


def _html_of(body: str) -> str:
    lines = "".join(f"<p class=MsoNormal>{html.escape(line) or '&nbsp;'}</p>\n" for line in body.split("\n"))
    return f'<html><head><meta charset="utf-8"></head><body lang=NL>\n{lines}</body></html>\n'


def _address(value: str) -> str:
    """Address headers as clients write them: encoded words only for non-ASCII display names."""
    pairs = getaddresses([value])
    return ", ".join(formataddr(pair, charset="utf-8") if pair[0] else pair[1] for pair in pairs)


def build(m: dict, n: int) -> bytes:
    msg = _body(m)
    mailer = {
        "apple": "Apple Mail (2.3774.200.91.1.1)",
        "iphone": "iPhone Mail (21B101)",
        "outlook": "Microsoft Outlook 16.0",
        "android": "Samsung Email",
    }.get(m.get("client", ""))
    if mailer:
        msg["X-Mailer"] = mailer
    msg["From"] = _address(m["from"])
    msg["To"] = _address(m.get("to", HELP))
    msg["Subject"] = m["subject"]
    msg["Date"] = formatdate(1796000000 + n * 4073, localtime=False)
    msg["Message-ID"] = f"<b3.{n:03d}.{n * 104729}@mx.example>"
    for key, value in m.get("headers", {}).items():
        msg[key] = value
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_b3_{n:03d}_{index}")
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False).flatten(msg)
    return out.getvalue()


def _body(m: dict) -> Message:
    """The MIME structure of the mail client the writer used."""
    client = m.get("client", "plain")
    body = m["body"].strip("\n") + "\n"
    if client in ("outlook", "gmail", "apple"):
        msg: Message = MIMEMultipart("alternative")
        msg.attach(_text(body, "qp"))
        msg.attach(_text(m.get("html") or _html_of(body), "qp", "html"))
        return msg
    if client == "android":
        msg = MIMEMultipart("alternative")
        msg.attach(_text(body, "b64"))
        msg.attach(_text(m.get("html") or _html_of(body), "b64", "html"))
        return msg
    if client == "html":
        return _text(m.get("html") or _html_of(body), "qp", "html")
    if client == "b64":
        return _text(body, "b64")
    if client in ("qp", "iphone"):
        return _text(body, "qp")
    if client == "latin1":
        return _text(body, "qp", charset="iso-8859-1")
    if client == "fwd":
        return _forward(m, body)
    if client == "calendar":
        return _calendar(m, body)
    if client == "report":
        return _report(m, body)
    return _text(body)


def _forward(m: dict, body: str) -> Message:
    msg = MIMEMultipart("mixed")
    msg.attach(_text(body))
    inner = _text(m["fwd_body"].strip("\n") + "\n")
    inner["From"] = m["fwd_from"]
    inner["To"] = m.get("fwd_to", "iemand@example.nl")
    inner["Subject"] = m["fwd_subject"]
    inner["Date"] = "Tue, 10 Nov 2026 16:40:00 +0100"
    for key, value in m.get("fwd_headers", {}).items():
        inner[key] = value
    msg.attach(MIMEMessage(inner))
    return msg


def _calendar(m: dict, body: str) -> Message:
    msg = MIMEMultipart("mixed")
    alt = MIMEMultipart("alternative")
    alt.attach(_text(body, "qp"))
    cal = MIMEText(m["ics"].strip("\n").replace("\n", "\r\n") + "\r\n", "calendar", "utf-8")
    cal.set_param("method", "REQUEST")
    alt.attach(cal)
    msg.attach(alt)
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
        addr = getaddresses([m["from"]])[0][1].lower()
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
