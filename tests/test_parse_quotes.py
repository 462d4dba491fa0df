"""New text versus quoted history versus signature, as Dutch and English mail clients write them."""

from __future__ import annotations

import re
import sys

import pytest

from parsers.quotes import _ACKNOWLEDGEMENT_STEMS, QUOTE_HEADERS, split_reply

GMAIL_NL = """Hoi,

De robot doet het sinds gisteren weer niet.

Groet,
Jan

Op di 24 nov 2026 om 10:12 schreef Tinybots Helpdesk <help@tinybots.nl>:

> Beste Jan,
>
> U heeft recht op inzage, correctie en verwijdering van uw gegevens.
"""

GMAIL_NL_WRAPPED = """Kunt u mij alle gegevens sturen die u van mij heeft?

Op ma 23 nov. 2026 om 16:40 schreef Tinybots Helpdesk <
help@tinybots.nl>:

> Beste klant,
> Bel ons op 020 123 4567.
"""

APPLE_MAIL_NL = """Dank u, het werkt weer.

Verzonden vanaf mijn iPhone

> Op 23 nov. 2026 om 10:12 heeft Tinybots Helpdesk <help@tinybots.nl> het volgende geschreven:
>
> Beste mevrouw Bakker,
"""

APPLE_MAIL_NL_UNQUOTED = """Mijn adres is veranderd.

Op 23 nov. 2026 om 10:12 heeft Tinybots Helpdesk <help@tinybots.nl> het volgende
geschreven:

Beste mevrouw Bakker,
"""

OUTLOOK_NL = """Goedemorgen,

De robot van mijn vader staat nog steeds uit.

Met vriendelijke groet,

Piet Jansen
06-12345678

________________________________
Van: Tinybots Helpdesk <help@tinybots.nl>
Verzonden: dinsdag 24 november 2026 10:12
Aan: Piet Jansen <piet@example.nl>
Onderwerp: [TB-000123] Uw vraag

Beste Piet,
"""

OUTLOOK_OORSPRONKELIJK = """Ik wil mijn gegevens laten verwijderen.

-----Oorspronkelijk bericht-----
Van: Tinybots Helpdesk [mailto:help@tinybots.nl]
Verzonden: maandag 23 november 2026 16:40
Aan: Kees <kees@example.nl>
Onderwerp: Uw robot

Beste Kees,
"""

ANDROID_NL = """De robot zegt niks meer.

Klaas

Verzonden vanaf mijn Samsung Galaxy-smartphone.

-------- Oorspronkelijk bericht --------
Van: Tinybots Helpdesk <help@tinybots.nl>
Datum: 23-11-2026 16:40 (GMT+01:00)
Aan: k@example.nl
Onderwerp: Update

Beste klant,
"""

GMAIL_EN = """Thanks, that fixed it.

Kind regards,
John Smith
+44 20 7946 0958

On Tue, Nov 24, 2026 at 10:12 AM Tinybots Helpdesk <help@tinybots.nl> wrote:

> Dear John,
> You may ask us to delete your data at any time.
"""

OUTLOOK_EN = """Please correct my date of birth.

________________________________
From: Tinybots Helpdesk <help@tinybots.nl>
Sent: Tuesday, November 24, 2026 10:12 AM
To: John Smith <john@example.com>
Subject: Your question
"""

ORIGINAL_MESSAGE_EN = """Still broken.

-----Original Message-----
From: help@tinybots.nl
Sent: Monday, November 23, 2026 4:40 PM
"""

THUNDERBIRD_EN = """I want a copy of my data in CSV.

On 23/11/2026 16:40, Tinybots Helpdesk wrote:
> Dear customer,
"""


@pytest.mark.parametrize(
    ("body", "text", "signature", "quoted_start"),
    [
        (GMAIL_NL, "Hoi,\n\nDe robot doet het sinds gisteren weer niet.", "Groet,\nJan", "Op di 24 nov"),
        (GMAIL_NL_WRAPPED, "Kunt u mij alle gegevens sturen die u van mij heeft?", "", "Op ma 23 nov."),
        (APPLE_MAIL_NL, "Dank u, het werkt weer.", "Verzonden vanaf mijn iPhone", "> Op 23 nov. 2026"),
        (APPLE_MAIL_NL_UNQUOTED, "Mijn adres is veranderd.", "", "Op 23 nov. 2026 om 10:12 heeft"),
        (
            OUTLOOK_NL,
            "Goedemorgen,\n\nDe robot van mijn vader staat nog steeds uit.",
            "Met vriendelijke groet,\n\nPiet Jansen\n06-12345678",
            "________________________________\nVan: Tinybots",
        ),
        (
            OUTLOOK_OORSPRONKELIJK,
            "Ik wil mijn gegevens laten verwijderen.",
            "",
            "-----Oorspronkelijk bericht-----",
        ),
        (
            ANDROID_NL,
            "De robot zegt niks meer.\n\nKlaas",
            "Verzonden vanaf mijn Samsung Galaxy-smartphone.",
            "-------- Oorspronkelijk bericht --------",
        ),
        (GMAIL_EN, "Thanks, that fixed it.", "Kind regards,\nJohn Smith\n+44 20 7946 0958", "On Tue, Nov 24"),
        (OUTLOOK_EN, "Please correct my date of birth.", "", "________________________________\nFrom:"),
        (ORIGINAL_MESSAGE_EN, "Still broken.", "", "-----Original Message-----"),
        (
            THUNDERBIRD_EN,
            "I want a copy of my data in CSV.",
            "",
            "On 23/11/2026 16:40, Tinybots Helpdesk wrote:",
        ),
    ],
    ids=[
        "gmail-nl",
        "gmail-nl-wrapped",
        "apple-mail-nl",
        "apple-mail-nl-unquoted-wrapped",
        "outlook-nl",
        "outlook-oorspronkelijk-bericht",
        "android-nl",
        "gmail-en",
        "outlook-en",
        "original-message-en",
        "thunderbird-en",
    ],
)
def test_reply_is_split_into_new_text_signature_and_quote(
    body: str, text: str, signature: str, quoted_start: str
) -> None:
    parts = split_reply(body)
    assert (parts.text, parts.signature) == (text, signature)
    assert parts.quoted.startswith(quoted_start)


def test_our_privacy_footer_in_a_quote_never_reaches_the_new_text() -> None:
    parts = split_reply(GMAIL_NL)
    assert "recht op inzage" not in parts.text + parts.signature
    assert "recht op inzage" in parts.quoted


def test_our_acknowledgement_quoted_without_any_header_is_recognised() -> None:
    body = (
        "Prima, dank u.\n\nBeste Jan,\n\nBedankt voor uw bericht. Wij hebben het ontvangen en geregistreerd onder "
        "ticketnummer TB-000123.\nEen medewerker van de helpdesk neemt zo snel mogelijk contact met u op.\n"
    )
    parts = split_reply(body)
    assert parts.text == "Prima, dank u."
    assert parts.quoted.startswith("Beste Jan,")


def test_quoted_lines_are_removed_wherever_they_are() -> None:
    parts = split_reply("Antwoord op uw vraag:\n> Welk robotnummer?\nHet is 30152.\n")
    assert parts.text == "Antwoord op uw vraag:\nHet is 30152."
    assert parts.quoted == "> Welk robotnummer?"


@pytest.mark.parametrize(
    ("body", "text", "signature"),
    [
        ("Hallo,\n\nRobot 1234 is stuk.\n\nMvg\nKees", "Hallo,\n\nRobot 1234 is stuk.", "Mvg\nKees"),
        (
            "Hallo,\n\nRobot stuk.\n\nGroeten, Marie de Wit\n",
            "Hallo,\n\nRobot stuk.",
            "Groeten, Marie de Wit",
        ),
        (
            "Hallo,\n\nRobot stuk.\n\n-- \nKees de Boer\n0612345678\n",
            "Hallo,\n\nRobot stuk.",
            "-- \nKees de Boer\n0612345678",
        ),
        (
            "Hi,\n\nthe robot is broken.\n\nBest regards,\nJohn",
            "Hi,\n\nthe robot is broken.",
            "Best regards,\nJohn",
        ),
        ("Hi,\n\nthe robot is broken.\n\nThanks,\nJohn", "Hi,\n\nthe robot is broken.", "Thanks,\nJohn"),
        ("Robot werkt niet.\n\nSent from my iPhone", "Robot werkt niet.", "Sent from my iPhone"),
        ("Robot stuk.\n\nGr Jan", "Robot stuk.", "Gr Jan"),
        (
            "Robot stuk.\n\nVerzonden vanuit Mail voor Windows",
            "Robot stuk.",
            "Verzonden vanuit Mail voor Windows",
        ),
    ],
    ids=[
        "mvg",
        "groeten-with-name",
        "dash-dash-space",
        "best-regards",
        "thanks-name",
        "sent-from-iphone",
        "gr-name",
        "verzonden-vanuit-windows-mail",
    ],
)
def test_signature_is_separated_from_the_new_text(body: str, text: str, signature: str) -> None:
    parts = split_reply(body)
    assert (parts.text, parts.signature) == (text, signature)


def test_thanks_that_opens_a_long_letter_is_not_a_signature() -> None:
    body = (
        "Bedankt voor uw snelle reactie.\n\nDe robot praat nu weer, maar hij herinnert mijn moeder niet meer aan\n"
        "haar medicijnen om 8 uur. Dat was eerder wel zo. Ook de wekker gaat niet af.\n"
        "Kunt u daarnaar kijken? Wij zijn bereikbaar op werkdagen tussen 9 en 17 uur.\n"
        "Het robotnummer is 30152. De update is volgens de app geslaagd.\nNog een vraag: kan het volume lager?\n"
    )
    parts = split_reply(body)
    assert parts.text == body.strip()
    assert parts.signature == ""


def test_sentence_starting_with_op_and_ending_with_colon_is_not_a_quote_header() -> None:
    body = "Op maandag schreef ik het volgende:\nde robot is stuk.\n"
    parts = split_reply(body)
    assert parts.text == body.strip()
    assert parts.quoted == ""


def test_inline_forward_without_own_text_reads_the_forwarded_message() -> None:
    body = (
        "---------- Forwarded message ---------\nFrom: Truus <truus@example.nl>\nDate: Mon, Nov 23, 2026\n"
        "Subject: robot\nTo: Jan <jan@example.nl>\n\nIk wil dat mijn gegevens verwijderd worden.\n\nGroetjes,\nTruus\n"
    )
    parts = split_reply(body)
    assert (parts.text, parts.signature, parts.forward_only) == (
        "Ik wil dat mijn gegevens verwijderd worden.",
        "Groetjes,\nTruus",
        True,
    )


def test_inline_forward_with_own_text_quotes_the_forwarded_message() -> None:
    body = "Zie hieronder, graag actie.\n\nBegin doorgestuurd bericht:\n\nVan: Truus <truus@example.nl>\n\nTekst\n"
    parts = split_reply(body)
    assert parts.text == "Zie hieronder, graag actie."
    assert parts.quoted.startswith("Begin doorgestuurd bericht:")
    assert not parts.forward_only


def test_form_fields_in_a_web_form_mail_are_not_a_quote_header() -> None:
    body = (
        "Naam: Jan de Vries\nE-mail: jan@example.nl\nTelefoon: 0612345678\nOnderwerp: Robot\nBericht: stuk\n"
    )
    assert split_reply(body).text == body.strip()


def test_bottom_posted_answer_below_the_quote_is_new_text() -> None:
    body = (
        "Op ma 23 nov. 2026 om 16:40 schreef Tinybots Helpdesk <help@tinybots.nl>:\n"
        "> Wat is het nummer van uw robot?\n>\n> Met vriendelijke groet,\n> Helpdesk\n\n"
        "Het nummer is 30152.\n\nGroet,\nTruus\n"
    )
    parts = split_reply(body)
    assert (parts.text, parts.signature) == ("Het nummer is 30152.", "Groet,\nTruus")
    assert parts.quoted.startswith("Op ma 23 nov. 2026") and "> Wat is het nummer" in parts.quoted


def test_inline_answers_between_quoted_lines_are_all_new_text() -> None:
    body = (
        "On Mon, Nov 23, 2026 at 4:40 PM Tinybots <help@tinybots.nl> wrote:\n> Which robot?\n\nThe one in the kitchen.\n\n"
        "> Since when?\n\nSince Monday.\n"
    )
    parts = split_reply(body)
    assert parts.text == "The one in the kitchen.\n\nSince Monday."
    assert "> Which robot?" in parts.quoted and "> Since when?" in parts.quoted


def test_company_disclaimer_is_kept_out_of_the_new_text() -> None:
    body = (
        "Goedemiddag,\n\nDe robot in kamer 12 reageert niet.\n\n"
        "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, "
        "wordt u verzocht de inhoud niet te gebruiken en het bericht te verwijderen. Persoonsgegevens in dit "
        "bericht worden verwerkt volgens de AVG.\n"
    )
    parts = split_reply(body)
    assert parts.text == "Goedemiddag,\n\nDe robot in kamer 12 reageert niet."
    assert parts.signature.startswith("Dit e-mailbericht is uitsluitend bestemd")


@pytest.mark.parametrize(
    ("body", "boundary"),
    [
        (
            "Robot bozuk.\n\nAyse Yilmaz <ayse@example.com>, 3 Mar 2026 Sal, 10:12 tarihinde şunu yazdı:\n> Merhaba\n",
            "wrote_tr",
        ),
        (
            "Robot bozuk.\n\nKimden: Tinybots <help@tinybots.nl>\nGönderildi: 3 Mart 2026 Salı 10:12\nKime: Ayse\n"
            "Konu: robot\n\nMerhaba\n",
            "outlook",
        ),
        (
            "Robot bozuk.\n\nEl mar, 3 mar 2026 a las 10:12, Tinybots (<help@tinybots.nl>) escribió:\n> Hola\n",
            "wrote_es",
        ),
        (
            "Robot bozuk.\n\nIl giorno mar 3 mar 2026 alle ore 10:12 Tinybots <help@tinybots.nl> ha scritto:\n> Ciao\n",
            "wrote_it",
        ),
    ],
    ids=["gmail-turkish", "outlook-turkish", "gmail-spanish", "gmail-italian"],
)
def test_clients_in_other_languages_of_dutch_families_are_split_too(body: str, boundary: str) -> None:
    parts = split_reply(body)
    assert (parts.text, parts.boundary) == ("Robot bozuk.", boundary)


def test_answers_below_a_reply_separator_between_quoted_lines_are_new_text() -> None:
    body = (
        "----- Oorspronkelijk bericht -----\nVan: Tinybots Helpdesk <help@tinybots.nl>\nAan: Joop Meijer\n"
        "Verzonden: 2 december 2026 11:40\nOnderwerp: Re: [TB-260101]\n\n> Heeft u de robot al opnieuw opgestart?\n\n"
        "Ja, maar hij blijft hangen.\n\n> Wat is uw telefoonnummer?\n\n0162 - 45 78 90\n\nJoop"
    )
    parts = split_reply(body)
    assert "Ja, maar hij blijft hangen." in parts.text and "0162 - 45 78 90" in parts.text
    assert "Heeft u de robot" not in parts.text and "Heeft u de robot" in parts.quoted


def test_a_forwarded_message_with_quoted_lines_stays_forwarded() -> None:
    body = (
        "Zie hieronder.\n\n---------- Forwarded message ---------\nVan: Roel <roel@example.nl>\n"
        "Subject: Tessa\n\n> eerdere vraag\n\nDe robot van pap (robotnummer 35521) zegt de verkeerde dag."
    )
    assert "35521" not in split_reply(body).text


def test_acknowledgement_stems_gate_every_match_of_the_pattern() -> None:
    """`find_quote_start` skips the acknowledgement pattern when the lowercased text holds none of its stems: each
    alternative must hold a stem, and every character IGNORECASE matches to a stem's letter must lower to it."""
    pattern = dict(QUOTE_HEADERS)["own_acknowledgement"]
    for alternative in pattern.pattern.split("|"):
        assert any(stem in alternative.lower() for stem in _ACKNOWLEDGEMENT_STEMS), alternative
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in set("".join(_ACKNOWLEDGEMENT_STEMS)):
        for found in re.finditer(re.escape(letter), every_character, re.IGNORECASE):
            assert found.group().lower() == letter, (hex(ord(found.group())), letter)
    # the unusual case-folds IGNORECASE knows are found in the text as the pattern finds them
    body = "Nieuwe vraag.\n\nDIT İS EEN AUTOMATİSCH VERSTUURDE BEVESTİGİNG van Tinybots.\n"
    parts = split_reply(body)
    assert (parts.text, parts.quoted[:3]) == ("Nieuwe vraag.", "DIT")
