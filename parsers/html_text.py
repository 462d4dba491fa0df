"""Stage 1b of the parser: an HTML body to readable plain text (inscriptis), for HTML-only mail and TNEF bodies.

inscriptis renders the layout (paragraphs, line breaks, tables, lists) the way a reader sees it, which keeps
quote headers such as "Op ... schreef ...:" on their own line for the quote splitter. Scripts, styles, images
and link targets are dropped: a help desk needs the words, not the markup. Quoted history that HTML mail
puts in <blockquote> (Gmail, Apple Mail, Thunderbird) is marked with ">" per nesting level, found through
inscriptis' annotations, so the quote splitter treats it as the plain-text quote it stands for.
"""

from __future__ import annotations

import html as html_module
import re
from bisect import bisect_right

from inscriptis import get_annotated_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.html_properties import Display
from inscriptis.model.config import ParserConfig as InscriptisConfig
from inscriptis.model.html_element import HtmlElement

_QUOTE = "quote"
_CONFIG = InscriptisConfig(
    css=CSS_PROFILES["strict"],
    display_images=False,
    display_links=False,
    annotation_rules={"blockquote": [_QUOTE]},
)
# Word, and with it Outlook for Windows, writes every LINE as <p class=MsoNormal> with no margin (its style sheet)
# and a blank line as a paragraph of its own (<p class=MsoNormal><o:p>&nbsp;</o:p></p>); rendered with the
# margins of a paragraph, each line would stand apart and a label would part from its value ("robot nr." /
# "61452"). Such documents are rendered with <p> as a plain block.
_WORD_PARAGRAPH_CSS = {**CSS_PROFILES["strict"], "p": HtmlElement(tag="p", display=Display.block)}
_WORD_CONFIG = InscriptisConfig(
    css=_WORD_PARAGRAPH_CSS,
    display_images=False,
    display_links=False,
    annotation_rules={"blockquote": [_QUOTE]},
)
_WORD_MARKER = re.compile(r"class=\"?MsoNormal\b", re.IGNORECASE)
#: Word's empty line: a paragraph holding only a no-break space, which the renderer would drop as blank.
_WORD_EMPTY_LINE = re.compile(r"<o:p>(?:&nbsp;|\u00a0)++</o:p>", re.IGNORECASE)
#: Word's markers stand in the first paragraphs; the whole document is not searched for them.
_WORD_MARKER_CHARS = 20_000
_MANY_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*){2,}")
#: Starts only where a run of spaces starts: "[ \t]+\n" searched over a long run without a newline was O(n²).
_TRAILING_SPACE = re.compile(r"(?<![ \t\u00a0])[ \t\u00a0]++\n")
#: Only this much of an HTML part is rendered: inscriptis takes ~1 s per 200 kB of dense markup (tables,
#: paragraphs; measured, issue 14), and a letter's words come first (Zammad #2374 for the idea). The raw mail
#: keeps the rest; `mime` notes the cut.
MAX_HTML_CHARS = 300_000


def html_to_text(html: str) -> str:
    """The visible text of an HTML document, with at most one blank line in a row. Never raises."""
    if not html.strip():
        return ""
    try:
        html = html[:MAX_HTML_CHARS]
        config = _CONFIG
        if _WORD_MARKER.search(html, 0, _WORD_MARKER_CHARS):
            config, html = _WORD_CONFIG, _WORD_EMPTY_LINE.sub("<br>", html)
        rendered = get_annotated_text(html, config)
        text = str(rendered.get("text", ""))
        quotes = [
            (int(start), int(end)) for start, end, label in rendered.get("label", ()) if label == _QUOTE
        ]
        if quotes:
            text = _mark_quoted_lines(text, quotes)
    except Exception:  # inscriptis/lxml reject some broken documents: fall back to the bare character data
        text = _bare_text(html[:MAX_HTML_CHARS])
    if not text.strip() and not _HIDDEN_TEXT.search(html, 0, MAX_HTML_CHARS):
        # lxml drops what lies below its nesting limit (~255 levels) without an error; the bare character
        # data is all there is then (unless it would be a style sheet or a script)
        text = _bare_text(html[:MAX_HTML_CHARS])
    text = _TRAILING_SPACE.sub("\n", text.replace("\r\n", "\n"))
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()


def _mark_quoted_lines(text: str, quotes: list[tuple[int, int]]) -> str:
    """Every line that lies in a blockquote gets one ">" per blockquote around it, as plain-text mail does."""
    # The quotes around a position: those started at or before it less those ended at or before it (sorted
    # once; counting every quote for every line was O(lines x quotes) on a document of many blockquotes).
    starts = sorted(start for start, _ in quotes)
    ends = sorted(end for _, end in quotes)
    lines: list[str] = []
    offset = 0
    for line in text.split("\n"):
        middle = offset + len(line) // 2  # a line belongs to a quote when its text lies inside the span
        depth = bisect_right(starts, middle) - bisect_right(ends, middle) if line.strip() else 0
        lines.append(">" * depth + " " + line.strip() if depth else line)
        offset += len(line) + 1
    return "\n".join(lines)


#: "<[^>]*>" scanned to the end of the document from every "<" of a "<<<<" run (O(n²)).
_HIDDEN_TEXT = re.compile(r"<(?:style|script)\b", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*+>")


def _bare_text(html: str) -> str:
    # why not a library here: this is the fallback for documents the HTML library itself refused.
    return html_module.unescape(_TAG.sub(" ", html))
