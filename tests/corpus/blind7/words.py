"""RFC 2047 encoded words as mail clients write display names (Q and B forms, utf-8 or iso-8859-1)."""

from __future__ import annotations

import base64


def q(text: str, cs: str = "utf-8") -> str:
    out = ""
    for ch in text:
        if ch == " ":
            out += "_"
        elif ch.isascii() and (ch.isalnum() or ch in "-.!*+/"):
            out += ch
        else:
            out += "".join(f"={b:02X}" for b in ch.encode(cs))
    return f"=?{cs}?Q?{out}?="


def b(text: str, cs: str = "utf-8") -> str:
    return f"=?{cs}?B?{base64.b64encode(text.encode(cs)).decode()}?="
