"""Stage 1a of the parser: bytes of a text part (or a raw 8-bit header) to str, surviving mislabelled charsets.

Order: the declared charset (with the WHATWG aliases mail clients really mean, e.g. iso-8859-1 is read as
windows-1252), except that bytes declared as ASCII/Latin-1 which are valid UTF-8 are read as UTF-8 (the most
common mislabel); then UTF-8; then charset-normalizer's best guess; then windows-1252, which decodes anything.
Each fallback is reported as a note, never raised.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

#: What the label says versus what senders mean: browsers and mail clients treat these labels this way
#: (WHATWG Encoding Standard), so Outlook's "iso-8859-1" with curly quotes (0x93/0x94) decodes correctly.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "ansi_x3.4-1968": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    "unicode-1-1-utf-7": "utf-7",
    "x-unknown": "",
    "unknown-8bit": "",
    "unknown": "",
    "default": "",
    "x-user-defined": "",
}
#: Labels whose bytes are checked for UTF-8 first: a valid multi-byte UTF-8 sequence is practically never
#: meaningful Latin-1 ("Ã©" for "é"), so the label is the mistake.
_LATIN_LABELS = frozenset({"cp1252", "iso-8859-15", "iso8859-15"})
#: What windows-1252 text in Dutch, English, German or French contains beyond ASCII. charset-normalizer's
#: statistics misread short Dutch text ("één" as mac_latin2 "ťťn"), so this plain check is tried first.
_WESTERN = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ"
    "€‚„…‘’“”•–—™ŠšŽžŒœŸ\u00a0¡¢£¥§¨©ª«¬\u00ad®°±²³´µ¶·¸¹º»¼½¾¿"
)
#: Below this many bytes charset-normalizer's statistics are a coin toss; windows-1252 is the better guess
#: for the Dutch and English mail this desk receives.
_MIN_GUESS_BYTES = 40


def codec_for(label: str | None) -> str | None:
    """The Python codec to use for a declared charset label, or None when the label is empty or unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a NUL or other junk inside the label
        return None


def decode_bytes(data: bytes, declared: str | None) -> tuple[str, str | None]:
    """The text of `data` and a note when the declared charset was not used (None when it was)."""
    if not data:
        return "", None
    codec = codec_for(declared)
    if data.isascii():
        return data.decode("ascii"), None
    if codec is None or codec in _LATIN_LABELS or codec == "ascii":
        utf8 = _strict(data, "utf-8")
        if utf8 is not None:
            return utf8, None if codec is None else f"charset mislabelled: {declared} read as utf-8"
    if codec is not None:
        text = _strict(data, codec)
        if text is not None:
            return text, None
    return _guess(data, declared)


def _guess(data: bytes, declared: str | None) -> tuple[str, str]:
    label = declared or "none"
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return utf8, f"charset fallback: {label} read as utf-8"
    western = _strict(data, "cp1252")
    if western is not None and _looks_western(western):
        return western, f"charset fallback: {label} read as windows-1252 (guessed)"
    if len(data) >= _MIN_GUESS_BYTES:
        best = from_bytes(data[:65536]).best()
        if best is not None and best.encoding:
            text = _strict(data, best.encoding)
            if text is not None:
                return text, f"charset fallback: {label} read as {best.encoding} (guessed)"
    return data.decode("cp1252", "replace"), f"charset fallback: {label} read as windows-1252"


def _looks_western(text: str) -> bool:
    """True when every non-ASCII character is a Western European letter or common punctuation."""
    unusual = sum(1 for char in text if ord(char) > 127 and char not in _WESTERN)
    return unusual == 0


def _strict(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(codec)
    except (UnicodeError, LookupError, ValueError):
        return None
    try:
        text.encode("utf-8")  # some codecs produce lone surrogates, which no JSON or terminal accepts
    except UnicodeEncodeError:
        return None
    return text


def repair_header_text(value: str) -> str:
    """A header value with raw 8-bit bytes (kept by the email package as surrogates) decoded properly."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        try:
            raw = value.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return value.encode("utf-8", "replace").decode("utf-8")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", "replace")
