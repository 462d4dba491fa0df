"""Hostile mail shapes for the parser's time bound (tests/test_parse_linear_time.py, bench/stress_parse.py).

Each shape builds a whole message of about `size` bytes around one thing that made a regex or a library take
time that grows faster than the input (issue 14): runs of spaces, of address characters, of a reply-header
phrase, long lines, base64 in a bounce, deep quotes, encoded words, huge headers, many or deeply nested MIME
parts, deeply nested HTML. The content is made up; no shape copies a real mail.
"""

from __future__ import annotations

import base64
from collections.abc import Callable

HEAD = (
    b"From: Jan Jansen <jan@example.nl>\r\nTo: help@tinybots.nl\r\nSubject: robot\r\n"
    b"Date: Tue, 24 Nov 2026 10:14:55 +0100\r\nMessage-ID: <hostile@example.nl>\r\nMIME-Version: 1.0\r\n"
)
TEXT = b"Content-Type: text/plain; charset=utf-8\r\n\r\n"


def _run(unit: str, size: int) -> str:
    """`unit` repeated to about `size` characters."""
    return unit * max(1, size // len(unit))


def _plain(body: str, head: bytes = HEAD) -> bytes:
    return head + TEXT + body.encode("utf-8")


def spaces_in_body(size: int) -> bytes:
    return _plain("Hallo,\r\n\r\n" + " " * size + "\r\nGroet,\r\nJan\r\n")


def spaces_after_sign_off(size: int) -> bytes:
    return _plain("Robot stuk.\r\n\r\nMet vriendelijke groet" + " " * size + "x\r\n")


def spaces_after_a_label(size: int) -> bytes:
    # a robot-id label, then a blank run: the id may stand on the next line, so the run is looked past
    return _plain("Robot stuk.\r\nRobotnummer" + " " * size + "x\r\nRobot Id :" + "\t" * size + "\r\n")


def a_sentence_of_header_lines(size: int) -> bytes:
    # pasted headers: one endless "sentence" of clauses for the rights steps
    return _plain("Graag inzage. " + _run("Content-Transfer-Encoding: 8bit ", size) + "\r\n")


def tabs_and_dashes(size: int) -> bytes:
    return _plain("Robot stuk.\r\n" + _run(" \t-", size) + "\r\n")


def address_characters_from_no_reply(size: int) -> bytes:
    head = HEAD.replace(b"Jan Jansen <jan@example.nl>", b"<noreply@example.nl>")
    return _plain("Formulier:\r\n" + _run("a.b-c_d", size) + "\r\n", head)


def at_signs(size: int) -> bytes:
    return _plain("Mijn adres: " + _run("a@", size) + "\r\n" + _run("x@y.", size // 4) + "\r\n")


def reply_phrase_repeated(size: int) -> bytes:
    return _plain(_run("Op 3 mrt. 2026 om 10:12 heeft Jan ", size) + "\r\n")


def reply_phrase_lines(size: int) -> bytes:
    return _plain(_run("Op heeft schreef\r\n", size // 2) + _run("On wrote\r\n", size // 2))


def inline_answers(size: int) -> bytes:
    return _plain(
        _run(
            "On Tue, 24 Nov 2026 at 10:12 Helpdesk <help@tinybots.nl> wrote:\r\n> vraag\r\nantwoord\r\n", size
        )
    )


def outlook_labels(size: int) -> bytes:
    return _plain("Robot stuk.\r\n" + _run("From: x\r\nVan: y\r\nDe: z\r\n", size))


def sign_off_lines(size: int) -> bytes:
    return _plain(_run("Groet,\r\nJan\r\n", size))


def long_line(size: int) -> bytes:
    return _plain("Robot stuk " + _run("woord ", size) + "\r\n")


def long_line_of_one_word(size: int) -> bytes:
    return _plain("x" * size)


def nested_quotes(size: int) -> bytes:
    return _plain("Ja.\r\n" + ">" * size + " oud\r\n" + _run("> > > regel\r\n", size // 2))


def format_flowed_paragraph(size: int) -> bytes:
    flowed = b"Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\r\n\r\n"
    return HEAD + flowed + _run("woord \r\n", size).encode()


def bounce_with_base64(size: int) -> bytes:
    head = (
        b"From: MAILER-DAEMON@mail.example.nl\r\nTo: help@tinybots.nl\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <bounce@mail.example.nl>\r\n"
    )
    blob = base64.b64encode(bytes(range(256)) * (size // 512 + 1)).decode()[: size // 2]
    body = (
        "This is the mail system at host mail.example.nl.\r\n\r\n<"
        + blob
        + "@x>:\r\n"
        + _run("a@a@", size // 4)
        + "\r\n"
        + blob[: size // 4]
        + "\r\n"
    )
    return _plain(body, head)


def encoded_words(size: int) -> bytes:
    words = _run("=?utf-8?q?caf=C3=A9?= ", size // 2).encode()
    broken = _run("=?utf-8?q?", size // 4).encode()
    return (
        b"From: =?utf-8?q?Jan?= <jan@example.nl>\r\nTo: help@tinybots.nl\r\nSubject: "
        + words
        + b"\r\nX-Note: "
        + broken
        + b"\r\nMessage-ID: <words@example.nl>\r\n"
        + TEXT
        + b"Robot stuk.\r\n"
    )


def huge_header_line(size: int) -> bytes:
    return (
        HEAD
        + b"X-Long: "
        + _run("a ", size // 2).encode()
        + b"\r\nReceived: from "
        + _run("(x ", size // 4).encode()
        + b"; Tue, 24 Nov 2026 10:14:55 +0100\r\n"
        + TEXT
        + b"Robot stuk.\r\n"
    )


def many_recipients(size: int) -> bytes:
    to = ", ".join(f"Naam {n} <n{n}@example.nl>" for n in range(size // 30)).encode()
    return HEAD.replace(b"To: help@tinybots.nl", b"To: " + to) + TEXT + b"Robot stuk.\r\n"


def folded_header(size: int) -> bytes:
    return HEAD + b"Subject2: " + _run("x\r\n ", size).encode() + b"\r\n" + TEXT + b"Robot stuk.\r\n"


def many_mime_parts(size: int) -> bytes:
    part = b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nregel\r\n"
    return (
        HEAD
        + b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
        + part * (size // len(part))
        + b"--B--\r\n"
    )


def deep_multipart(size: int) -> bytes:
    depth = max(1, size // 60)
    opening = b"".join(
        b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (level, level + 1)
        for level in range(depth)
    )
    return HEAD + b'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n' + opening + TEXT + b"diep\r\n"


def html_deep_nesting(size: int) -> bytes:
    html = "<div>" * (size // 11) + "Robot stuk." + "</div>" * (size // 11)
    return HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()


def html_many_blockquotes(size: int) -> bytes:
    html = "<p>Ja.</p>" + _run("<blockquote><p>oud</p>", size // 2) + _run("<p>a</p>", size // 2)
    return HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()


def html_angle_brackets(size: int) -> bytes:
    return HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + b"<" * size


#: name -> builder(size in bytes) -> message
SHAPES: dict[str, Callable[[int], bytes]] = {
    builder.__name__: builder
    for builder in (
        spaces_in_body,
        spaces_after_sign_off,
        spaces_after_a_label,
        a_sentence_of_header_lines,
        tabs_and_dashes,
        address_characters_from_no_reply,
        at_signs,
        reply_phrase_repeated,
        reply_phrase_lines,
        inline_answers,
        outlook_labels,
        sign_off_lines,
        long_line,
        long_line_of_one_word,
        nested_quotes,
        format_flowed_paragraph,
        bounce_with_base64,
        encoded_words,
        huge_header_line,
        many_recipients,
        folded_header,
        many_mime_parts,
        deep_multipart,
        html_deep_nesting,
        html_many_blockquotes,
        html_angle_brackets,
    )
}
