"""Seventh blind set: hand-written help-desk mails with MIME and client variety, labelled by the label policy of
corpus A (/work/shared/corpus/README.md). Written before reading the parser. Deterministic, standard library only.

Run from this folder:  python3 make_corpus.py          (rebuilds gNNN/001.eml and labels.json)
                       python3 make_corpus.py --check  (also checks each label against the built mail's text)
"""

from __future__ import annotations

import email
import email.encoders
import html
import json
import re
import sys
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, parseaddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from mails import MAILS  # noqa: E402

SET = "blind7"
DATE_BASE = 1796428800  # 2026-12-04 23:00 UTC (fixed)
HELP = "Tinybots Helpdesk <help@tinybots.nl>"


def text_part(body: str, subtype: str = "plain", cs: str = "utf-8", cte: str = "qp") -> Message:
    charset = Charset(cs)
    charset.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    return MIMEText(body, subtype, charset)  # type: ignore[arg-type]


def _lines_html(body: str, line: str, quote_open: str, quote_close: str) -> str:
    out, quoted = [], False
    for raw in body.split("\n"):
        is_q = raw.startswith(">")
        if is_q and not quoted:
            out.append(quote_open)
        if quoted and not is_q:
            out.append(quote_close)
        quoted = is_q
        text = raw[1:].lstrip() if is_q else raw
        out.append(line.format(html.escape(text) or "<br>"))
    if quoted:
        out.append(quote_close)
    return "\n".join(out)


def html_of(body: str, style: str, cs: str) -> str:
    """The HTML a given webmail or desktop client makes of the typed text."""
    if style == "outlook":
        head = (
            f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset={cs}"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            '</style></head><body lang="NL" link="#0563C1"><div class="WordSection1">\n'
        )
        inner = _lines_html(
            body,
            '<p class="MsoNormal">{}<o:p></o:p></p>',
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
            "</div>",
        )
        return head + inner + "\n</div></body></html>\n"
    if style == "gmail":
        inner = _lines_html(
            body,
            "{}<br>",
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">',
            "</blockquote>",
        )
        return f'<div dir="ltr">{inner}</div>\n'
    if style == "yahoo":
        inner = _lines_html(
            body,
            '<div dir="ltr" data-setdir="false">{}</div>',
            '<div class="yahoo_quoted"><blockquote>',
            "</blockquote></div>",
        )
        return (
            '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, '
            f'Helvetica, Arial, sans-serif;font-size:13px;">{inner}</div></body></html>\n'
        )
    if style == "zimbra":
        inner = _lines_html(
            body,
            "<p>{}</p>",
            '<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">',
            "</blockquote>",
        )
        return (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: '
            f'#000000">{inner}</div></body></html>\n'
        )
    if style == "ox":
        inner = _lines_html(
            body, '<div class="default-style">{}</div>', '<blockquote type="cite">', "</blockquote>"
        )
        return f'<!doctype html>\n<html><head><meta charset="{cs}"></head><body>{inner}</body></html>\n'
    inner = _lines_html(body, "<div>{}</div>", '<blockquote type="cite">', "</blockquote>")  # apple / generic
    return (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head>'
        f'<body style="overflow-wrap: break-word;">{inner}</body></html>\n'
    )


def attachment(
    ctype: str, filename: str, data: bytes | str, disposition: str = "attachment", cid: str | None = None
) -> Message:
    main, sub = ctype.split("/")
    if main == "text":
        part = MIMEText(data if isinstance(data, str) else data.decode(), sub, "utf-8")
    else:
        part = MIMEBase(main, sub)
        part.set_payload(data if isinstance(data, bytes) else data.encode())
        email.encoders.encode_base64(part)
    part.add_header("Content-Disposition", disposition, filename=filename)
    if main != "text" or sub != "calendar":
        part.set_param("name", filename)
    if cid:
        part["Content-ID"] = f"<{cid}>"
    return part


def fake_bytes(seed: str, size: int) -> bytes:
    """Deterministic filler for a photo or PDF."""
    out, x = bytearray(), sum(map(ord, seed))
    while len(out) < size:
        x = (x * 1103515245 + 12345) % 2**31
        out.append(x % 256)
    return bytes(out)


PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n"
JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


def inner_message(f: dict) -> Message:
    msg = text_part(f["body"].strip("\n") + "\n", cs=f.get("cs", "utf-8"), cte=f.get("cte", "qp"))
    msg["From"] = f["frm"]
    msg["To"] = f.get("to", "help@tinybots.nl")
    msg["Subject"] = f["subj"]
    msg["Date"] = f.get("date", "Mon, 16 Nov 2026 09:12:44 +0100")
    msg["Message-ID"] = f.get("mid", "<fwd.inner.0001@mail.example>")
    return msg


def body_of(m: dict) -> Message:
    mime = m.get("mime", "plain")
    cs, cte, style = m.get("cs", "utf-8"), m.get("cte", "qp"), m.get("style", "apple")
    if mime == "raw":
        return email.message_from_string(m["raw"].lstrip("\n"))
    body = m["body"].strip("\n") + "\n"
    html_text = m.get("html") or html_of(body, style, cs)
    if mime == "plain":
        core: Message = text_part(body, "plain", cs, cte)
    elif mime == "html":
        core = text_part(html_text, "html", cs, cte)
    else:
        core = MIMEMultipart("alternative")
        core.attach(text_part(m.get("text", body), "plain", cs, cte))
        if mime == "related":
            rel = MIMEMultipart("related")
            rel.attach(text_part(html_text, "html", cs, cte))
            rel.attach(
                attachment(
                    "image/png",
                    "image001.png",
                    b"\x89PNG\r\n\x1a\n" + fake_bytes(m["subj"], 300),
                    "inline",
                    "image001.png@01DB1234.5678ABCD",
                )
            )
            core.attach(rel)
        else:
            core.attach(text_part(html_text, "html", cs, cte))
        if mime == "calendar":
            core.attach(text_part(m["ics"].replace("\n", "\r\n"), "calendar", "utf-8", "7bit"))
            core.get_payload()[-1].set_param("method", m.get("method", "REQUEST"))
    if not m.get("att") and not m.get("fwd"):
        return core
    if mime == "alt" and m.get("plain_core"):
        core = text_part(body, "plain", cs, cte)
    outer = MIMEMultipart("mixed")
    outer.attach(core)
    for ctype, name, data in m.get("att", []):
        if data is None:
            data = (PDF if ctype.endswith("pdf") else JPG) + fake_bytes(name, 600)
        outer.attach(attachment(ctype, name, data))
    if m.get("fwd"):
        part = MIMEMessage(inner_message(m["fwd"]))
        part.add_header("Content-Disposition", "inline")
        outer.attach(part)
    return outer


def address(value: str) -> str:
    if "=?" in value or not value:
        return value
    name, addr = parseaddr(value)
    return formataddr((name, addr), charset="utf-8") if name else addr


def build(m: dict, n: int) -> bytes:
    msg = body_of(m)
    del msg["MIME-Version"]
    top = Message()
    for key, value in [
        ("From", address(m["frm"])),
        ("To", address(m.get("to", HELP))),
        ("Subject", m["subj"]),
        ("Date", m.get("date") or formatdate(DATE_BASE + n * 3607 + 3600).replace("-0000", "+0100")),
        ("Message-ID", f"<{SET}.{n:03d}.{n * 7933}@{m.get('mid_host', 'mail.example')}>"),
    ]:
        top[key] = value
    for key, value in m.get("headers", {}).items():
        top[key] = value
    top["MIME-Version"] = "1.0"
    for key, value in msg.items():
        top[key] = value
    top.set_payload(msg.get_payload())
    for index, part in enumerate(top.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_{SET}_{n:03d}_{index}")
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(top)
    return out.getvalue()


def label(m: dict, n: int) -> dict:
    cls = m.get("cls", "customer")
    cust = {"name": None, "email": None, "phone": None, "robot_id": None}
    if cls == "customer":
        cust = {
            "name": m.get("name"),
            "email": (m.get("email") or parseaddr(m["frm"])[1]).lower(),
            "phone": m.get("phone"),
            "robot_id": m.get("robot"),
        }
    group = f"g{n:03d}"
    return {
        "file": f"{group}/001.eml",
        "classification": cls,
        "customer": cust,
        "rights": sorted(m.get("rights", [])) if cls == "customer" else [],
        "ticket_ref": m.get("ref"),
        "thread": {"group": group, "in_reply_to_file": None},
        "bsn_present": m.get("bsn"),
        "lang": m.get("lang", "nl"),
        "notes": m["notes"],
    }


def all_text(raw: bytes) -> str:
    msg = email.message_from_bytes(raw)
    chunks = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text" or part.get_content_type().startswith("message/d"):
            payload = part.get_payload(decode=True)
            if payload:
                chunks.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
            elif isinstance(part.get_payload(), list):
                chunks.extend(str(p) for p in part.get_payload())
        elif part.get_content_type() == "message/rfc822":
            chunks.append(str(part.get_payload()[0]))
    return html.unescape("\n".join(chunks))


def elfproef(d: str) -> bool:
    return (
        len(d) == 9
        and (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])) % 11 == 0
    )


def check(raw: bytes, lab: dict) -> list[str]:
    text, problems = all_text(raw), []
    flat = text.replace("\u2013", "-")
    if lab["ticket_ref"] and lab["ticket_ref"] not in flat:
        problems.append("ticket_ref not in text")
    refs = set(re.findall(r"TB-\d{6}", flat))
    if refs and not lab["ticket_ref"]:
        problems.append(f"unlabelled ref {refs}")
    cust = lab["customer"]
    if cust["email"] is not None and "@" not in cust["email"]:
        problems.append("customer email is no address (From header broken?)")
    if cust["robot_id"] and cust["robot_id"].lower() not in text.lower():
        problems.append("robot id not in text")
    if cust["phone"]:
        digits = re.sub(r"\D", "", text)
        if cust["phone"][3:] not in digits and cust["phone"][-7:] not in digits:
            problems.append("phone digits not in text")
    if cust["name"] and cust["name"].split()[-1].lower() not in text.lower() + raw.decode("latin-1").lower():
        problems.append("surname not seen")
    found = {c.replace(".", "") for c in re.findall(r"(?<![\d+])(\d{9}|\d{4}\.\d{2}\.\d{3})(?!\d)", text)}
    found = {d for d in found if elfproef(d)}
    if (lab["bsn_present"] or None) not in (found | {None}) or (found and not lab["bsn_present"]):
        problems.append(f"bsn check: elfproef passes {found}")
    return problems


def main() -> None:
    labels, bad = [], 0
    for n, m in enumerate(MAILS, start=1):
        raw = build(m, n)
        folder = HERE / f"g{n:03d}"
        folder.mkdir(exist_ok=True)
        (folder / "001.eml").write_bytes(raw)
        lab = label(m, n)
        labels.append(lab)
        if "--check" in sys.argv:
            for p in check(raw, lab):
                bad += 1
                print(f"{lab['file']}: {p}")
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(labels)} mails written; {bad} check problems")


if __name__ == "__main__":
    main()
