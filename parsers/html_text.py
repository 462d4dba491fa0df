"""Stage 1b of the parser: an HTML body to readable plain text (inscriptis), for HTML-only mail and TNEF bodies.

inscriptis renders the layout (paragraphs, line breaks, tables, lists) the way a reader sees it, which keeps
quote headers such as "Op ... schreef ...:" on their own line for the quote splitter. Scripts, styles, images
and link targets are dropped: a help desk needs the words, not the markup.
"""

from __future__ import annotations

import html as html_module
import re

from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig as InscriptisConfig

_CONFIG = InscriptisConfig(css=CSS_PROFILES["strict"], display_images=False, display_links=False)
_MANY_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*){2,}")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
#: A document with this many tags is not a letter; rendering it would take long for no reader (Zammad #2374).
MAX_HTML_CHARS = 2_000_000


def html_to_text(html: str) -> str:
    """The visible text of an HTML document, with at most one blank line in a row. Never raises."""
    if not html.strip():
        return ""
    try:
        text = get_text(html[:MAX_HTML_CHARS], _CONFIG)
    except Exception:  # inscriptis/lxml reject some broken documents: fall back to the bare character data
        text = _bare_text(html[:MAX_HTML_CHARS])
    text = _TRAILING_SPACE.sub("\n", text.replace("\r\n", "\n"))
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()


_TAG = re.compile(r"<[^>]*>")


def _bare_text(html: str) -> str:
    # why not a library here: this is the fallback for documents the HTML library itself refused.
    return html_module.unescape(_TAG.sub(" ", html))
