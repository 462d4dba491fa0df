"""HTML bodies to text (parsers/html_text.py): how mail clients' HTML reads as the lines a person typed."""

from __future__ import annotations

from parsers.html_text import html_to_text

#: Word (Outlook for Windows) HTML: a line per <p class=MsoNormal>, a blank line as a paragraph of a no-break space.
OUTLOOK = (
    '<html><head><style>p.MsoNormal{margin:0cm;}</style></head><body><div class="WordSection1">'
    '<p class="MsoNormal">Hallo,<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    '<p class="MsoNormal">De Tessa van mijn buurman (robot nr.<o:p></o:p></p>\n'
    '<p class="MsoNormal">61452) reageert niet.<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    '<p class="MsoNormal">Groet,<o:p></o:p></p>\n<p class="MsoNormal">Wim Dijkhuis<o:p></o:p></p></div></body></html>'
)


def test_outlook_lines_stay_lines_and_its_empty_lines_stay_blank() -> None:
    assert html_to_text(OUTLOOK) == (
        "Hallo,\n\nDe Tessa van mijn buurman (robot nr.\n61452) reageert niet.\n\nGroet,\nWim Dijkhuis"
    )


def test_paragraphs_of_other_html_stand_apart() -> None:
    html = "<html><body><p>Hallo,</p><p>De robot praat niet.</p><p>Groet,<br>Wim</p></body></html>"
    assert html_to_text(html) == "Hallo,\n\nDe robot praat niet.\n\nGroet,\nWim"
