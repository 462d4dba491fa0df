"""Writer's name: display name when it is a person, else sign-off/signature, else self-introduction."""

from __future__ import annotations

import pytest

from parsers.model import Found
from parsers.names import find_name, normalise_name


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Jan de Vries", "Jan de Vries"),
        ("Anneke van der Berg", "Anneke van der Berg"),
        ("Vries, Jan de", "Jan de Vries"),
        ("DE VRIES, JAN", "Jan de Vries"),
        ("ANNEKE VAN DER BERG", "Anneke van der Berg"),
        ("jan de vries", "Jan de Vries"),
        ("Jan De Vries", "Jan De Vries"),  # the writer's own capitals are kept (Flemish "De Bruyne")
        ("FATIMA EL AMRANI", "Fatima El Amrani"),
        ("Jan de Vries via Tinybots", "Jan de Vries"),
        ("PIET VAN 'T HOF", "Piet van 't Hof"),
        ("SEAN O'BRIEN", "Sean O'Brien"),
        ("Anne-Marie van Dijk", "Anne-Marie van Dijk"),
        ("JANSEN-DE VRIES, MARIE", "Marie Jansen-de Vries"),
        ("Dhr. J. de Vries", "J. de Vries"),
        ("A.B. Jansen", "A.B. Jansen"),
        ("jan.devries", None),
        ('"Jan de Vries (Tinybots klant)"', "Jan de Vries"),
        ("Ronald McDonald", "Ronald McDonald"),
    ],
)
def test_name_is_written_first_last_in_proper_case(written: str, expected: str | None) -> None:
    assert normalise_name(written) == expected


@pytest.mark.parametrize(
    "display_name",
    [
        "Helpdesk",
        "info",
        "Familie Jansen",
        "Zorggroep Noord",
        "Tinybots Support",
        "jan@example.nl",
        "Klantenservice",
        "Thuiszorg De Linde B.V.",
        "Website formulier",
        "no-reply",
        "Wijkteam Oost | Thuiszorg De Linde",
        "Servicedesk Zorggroep",
    ],
)
def test_role_company_household_or_address_is_not_a_name(display_name: str) -> None:
    assert (
        find_name(display_name=display_name, address="info@example.nl", text="Robot kapot.", signature="")
        is None
    )


def test_display_name_is_the_first_source() -> None:
    found = find_name(
        display_name="DE VRIES, JAN", address="jan@example.nl", text="Hoi", signature="Groeten, Piet"
    )
    assert found == Found("Jan de Vries", "header")


def test_display_name_that_repeats_the_mailbox_is_not_a_written_name() -> None:
    found = find_name(
        display_name="jdevries", address="jdevries@example.nl", text="Robot kapot.", signature=""
    )
    assert found is None


def test_name_after_sign_off_in_the_signature() -> None:
    signature = "Met vriendelijke groet,\n\nAnneke van der Berg\nDorpsstraat 1\n06-12345678"
    found = find_name(
        display_name="info", address="info@example.nl", text="Robot kapot.", signature=signature
    )
    assert found == Found("Anneke van der Berg", "signature")


@pytest.mark.parametrize(
    "sign_off",
    ["Groeten,", "Met vriendelijke groet,", "Mvg,", "Kind regards,", "Best regards,", "Hartelijke groeten,"],
)
def test_every_common_sign_off_introduces_the_name(sign_off: str) -> None:
    found = find_name(
        display_name=None, address=None, text=f"De robot is stuk.\n\n{sign_off}\nPiet Jansen", signature=""
    )
    assert found == Found("Piet Jansen", "signature")


def test_name_on_the_sign_off_line_itself() -> None:
    assert find_name(
        display_name=None, address=None, text="Robot stuk.\nGroeten, Piet Jansen", signature=""
    ) == Found("Piet Jansen", "signature")


def test_mobile_footer_in_signature_is_not_a_name() -> None:
    assert (
        find_name(display_name=None, address=None, text="x", signature="Verstuurd vanaf mijn iPhone") is None
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Goedemiddag, mijn naam is Jan de Vries en ik bel over de robot.", "Jan de Vries"),
        ("Hello, my name is Sarah O'Connor and I care for my father.", "Sarah O'Connor"),
        ("Ik ben Fatima el Amrani, de dochter van mevrouw Jansen.", "Fatima el Amrani"),
    ],
)
def test_self_introduction_in_the_text(text: str, expected: str) -> None:
    assert find_name(display_name=None, address=None, text=text, signature="") == Found(expected, "body")


def test_ik_ben_followed_by_a_role_is_not_a_name() -> None:
    assert (
        find_name(display_name=None, address=None, text="Ik ben de dochter van mevrouw Jansen.", signature="")
        is None
    )


def test_full_name_from_signature_beats_a_lone_first_name_in_the_header() -> None:
    found = find_name(
        display_name="Jan", address="jan@example.nl", text="Robot stuk.", signature="Groeten,\nJan de Vries"
    )
    assert found == Found("Jan de Vries", "signature")


def test_lone_first_name_names_nobody() -> None:
    """The label policy's name is the writer's full name: a first name alone ("Lieke") is none."""
    assert (
        find_name(display_name=None, address=None, text="Robot stuk.\n\nGroetjes,\nMarja", signature="")
        is None
    )
    assert (
        find_name(display_name="Marja", address="m@example.nl", text="Robot stuk.\n\nMarja", signature="")
        is None
    )
    assert (
        find_name(display_name="Oma Truus", address="t@example.nl", text="Robot stuk.", signature="") is None
    )


def test_ben_and_al_are_first_names_too() -> None:
    found = find_name(display_name="Ben Kortenaar", address="b@example.nl", text="Robot stuk.", signature="")
    assert found == Found("Ben Kortenaar", "header")
    assert (
        find_name(display_name="El Amrani", address="e@example.nl", text="Robot stuk.", signature="") is None
    )


def test_job_title_above_the_name_is_not_the_name() -> None:
    text = "Kunt u kijken?\n\nMet vriendelijke groet,\n\nWijkverpleegkundige\nNoor Hendriks\nZorg aan Huis"
    found = find_name(display_name="Zorg aan Huis", address="team@example.nl", text=text, signature="")
    assert found == Found("Noor Hendriks", "signature")


def test_thanks_at_the_start_of_a_sentence_is_no_signed_name() -> None:
    text = "Dank u, de robot praat\nweer!\n\nEsther"
    found = find_name(display_name="Esther Pauwels", address="e@example.nl", text=text, signature="")
    assert found == Found("Esther Pauwels", "header")
    text = "Dank je, het scherm doet het\nweer.\n\nGroet"
    assert find_name(display_name=None, address="x@example.nl", text=text, signature="") is None


def test_unknown_writer_gives_none() -> None:
    assert (
        find_name(display_name=None, address="x@example.nl", text="De robot doet het niet.", signature="")
        is None
    )


def test_web_form_name_line_in_the_body() -> None:
    body = "Nieuw bericht via het formulier\n\nNaam: Annemiek Bakker\nE-mail: a.bakker@example.com\n\nVraag:\nRobot stuk"
    found = find_name(display_name="Tinybots website", address="website@tinybots.nl", text=body, signature="")
    assert found == Found("Annemiek Bakker", "body")


def test_signature_name_in_the_writers_own_capitals() -> None:
    signature = "Met vriendelijke groet,\n\nFatima El Amrani\nWijkverpleegkundige, Thuiszorg De Linde"
    assert find_name(display_name=None, address=None, text="x", signature=signature) == Found(
        "Fatima El Amrani", "signature"
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Van der Berg, Anneke", "Anneke van der Berg"),
        ("Vries de, J. (Jan)", "J. de Vries"),
        ("Berg van der, Anneke", "Anneke van der Berg"),
        ("Jan de Vries, mantelzorger", "Jan de Vries"),
        ("Jan de Vries | Thuiszorg Oost", "Jan de Vries"),
        ("Jan de Vries - Wijkteam", "Jan de Vries"),
        ("Jan de Vries via Tinybots", "Jan de Vries"),
    ],
)
def test_surname_first_only_when_a_surname_stands_before_the_comma(written: str, expected: str) -> None:
    assert normalise_name(written) == expected


@pytest.mark.parametrize(
    ("display_name", "text", "signature", "expected"),
    [
        (
            "Dhr. R.J. Smit",
            "Robot doet het niet.",
            "Met vriendelijke groet,\nRobert Smit\n06-12345678",
            "Robert Smit",
        ),
        ("J. Kramer", "Vraag.", "Met vriendelijke groeten,\n\nJohanna Kramer", "Johanna Kramer"),
        ("van der Linden", "Vraag.", "Groet,\nJoke", "Joke van der Linden"),
        ("Kramer, J.", "Vraag.", "Groetjes,\nJohanna", "Johanna Kramer"),
        ("Oma Truus", "Vraag.", "Hartelijke groeten,\nTruus Hendriks\ntel. 0546-823411", "Truus Hendriks"),
        ("Ruud (iPad)", "Zie foto.\n\nRuud Dekker", "Verstuurd vanaf mijn iPad", "Ruud Dekker"),
        ("Familie Jansen", "Vraag.", "Vriendelijke groet,\nKees Jansen", "Kees Jansen"),
        ("Riet Bakker", "Ik ben de dochter.", "Groet,\nMarjolein Bakker (dochter)", "Marjolein Bakker"),
        ("Gert Veldman", "Vraag.", "Vriendelijke groeten,\nRia Veldman (mede namens Gert)", "Ria Veldman"),
        (
            "Wijkteam Noord",
            "Vraag.",
            "Groet,\nEsther\n\nEsther Bouwman\nWijkverpleegkundige",
            "Esther Bouwman",
        ),
        ("Anneke van Dam", "Vraag.", "Groetjes,\nAnneke", "Anneke van Dam"),
        ("Anneke van Dam", "Vraag.", "Met vriendelijke groet,\nA. van Dam", "Anneke van Dam"),
        (None, "Hallo,\n\nIk heb een vraag.\n\nJan de Vries\nZwolle", "", "Jan de Vries"),
        ("Sandra Kok | Thuiszorg West", "Vraag.", "Kind regards,\nSandra", "Sandra Kok"),
        ("Mark", "Question.\n\nViele Grüße\nMark Weber", "", "Mark Weber"),
        ("Jan en Marie de Vries", "Vraag.", "Groetjes van Marie", "Marie de Vries"),
        (None, "Vraag.", "Groeten van Joke de Vries", "Joke de Vries"),
        ("J.de Vries", "Vraag.", "Groet,\nJan", "Jan de Vries"),
        ("Dekker", "Question.", "Regards,\nFatima", "Fatima Dekker"),
        (
            "Hennie Vos",
            "Ik schrijf vanaf het account van mijn moeder.",
            "Alvast bedankt,\nJeroen Brouwer",
            "Jeroen Brouwer",
        ),
        ("Fam. Rutten", "Question.", "Best,\nArjen Rutten", "Arjen Rutten"),
        ("Hans", "Zie onderwerp. Mvg Hans Verbruggen, 06 - 2233 4455", "", "Hans Verbruggen"),
        (
            "Zorggroep Oost",
            "Vraag.",
            "Groet,\n\nAnneke van Dam       M: 06 - 1234 5678\nWijkverpleegkundige",
            "Anneke van Dam",
        ),
        ("Piet", "Vraag.", "groetjes\npiet jansen", "Piet Jansen"),
        ("Piet", "Vraag.", "Hgr,\nPiet Jansen", "Piet Jansen"),
        ("Frau Petra Schmidt", "Frage.", "Mit freundlichen Grüßen\nPetra Schmidt", "Petra Schmidt"),
        ("Prof. dr. ir. Jan de Vries", "Vraag.", "", "Jan de Vries"),
        ("Dhr. P. Mulder", "Vraag.", "m.vr.gr.\nPaul Mulder", "Paul Mulder"),
        ("K. de Wit", "Vraag.", "Met een hartelijke groet van\nKarel de Wit", "Karel de Wit"),
        ("drs. H. Bos", "Vraag.", "Hoogachtend,\n\ndrs. Hanneke Bos", "Hanneke Bos"),
        ("BOS, H.M.", "Vraag.", "Groet,\nH.M. (Hanneke) Bos", "Hanneke Bos"),
        ("Johannes Smit", "Vraag.", "Groet,\nHannes Smit", "Johannes Smit"),
        ("Hans Kok", "Vraag.", "Groet,\nAns Kok", "Ans Kok"),
        (None, "Afzender: Mw. L. (Lies) Jansen\nBericht: de robot is stil", "", "Lies Jansen"),
    ],
)
def test_the_one_who_signs_completes_or_replaces_a_partial_or_other_display_name(
    display_name: str | None, text: str, signature: str, expected: str
) -> None:
    found = find_name(display_name=display_name, address="x@example.nl", text=text, signature=signature)
    assert found is not None and found.value == expected


def test_form_fields_name_the_writer_only_when_no_one_signs() -> None:
    form = "Voornaam: Pieter\nAchternaam: de Graaf\nE-mail: p@example.nl"
    assert find_name(display_name=None, address=None, text=form, signature="") == Found(
        "Pieter de Graaf", "body"
    )
    letter = "Gegevens van mijn man:\nNaam: Theo Gerritsen\n"
    found = find_name(
        display_name="Maria Gerritsen", address="m@example.nl", text=letter, signature="Groet, Maria"
    )
    assert found == Found("Maria Gerritsen", "header")


def test_a_clients_name_on_the_last_line_does_not_replace_the_writers_display_name() -> None:
    text = "Hallo,\n\nDe robot van deze cliënt praat niet meer.\n\nMaria Jansen\nKamer 12"
    found = find_name(display_name="Anneke van Dam", address="a@example.nl", text=text, signature="")
    assert found == Found("Anneke van Dam", "header")


@pytest.mark.parametrize(
    ("display_name", "text", "expected"),
    [
        ("Corrie", "ja graag\ncorrie blom", "Corrie Blom"),
        ("Karin", "Ik ben de contactpersoon, bel mij maar.\nKarin Smeets", "Karin Smeets"),
        (None, "Onze robot geeft geen geluid meer.\nKees Wolters\ntel: 0546 - 87 65 43", "Kees Wolters"),
        (
            "B.J. Scholten",
            "DE ROBOT DOET HET NIET.\nBEL MIJ OP 06-24 68 13 57.\nBERT SCHOLTEN",
            "Bert Scholten",
        ),
    ],
)
def test_a_full_name_on_the_last_line_signs_a_mail_without_closing_or_blank_line(
    display_name: str | None, text: str, expected: str
) -> None:
    found = find_name(display_name=display_name, address="x@example.nl", text=text, signature="")
    assert found == Found(expected, "signature")


def test_a_clients_single_name_on_the_last_line_names_nobody() -> None:
    text = "De robot van deze cliënt praat niet meer.\nMevrouw Jansen\nKamer 12"
    assert find_name(display_name=None, address="x@example.nl", text=text, signature="") is None


def test_a_closing_inside_a_dictated_last_line_introduces_the_name() -> None:
    text = "hallo de robot doet het niet u kunt mij bellen op 06 28 11 90 47 met vriendelijke groet gerda brinkman"
    found = find_name(display_name=None, address="x@example.nl", text=text, signature="")
    assert found == Found("Gerda Brinkman", "signature")


@pytest.mark.parametrize(
    ("display_name", "signature"),
    [
        ("Mw. A.M. Groeneveld", "Met vriendelijke groeten,\nMevrouw Groeneveld\nTel. 0118 - 41 22 90"),
        ("A. de Haan", "m.v.g. A. de Haan"),
        (
            "Klantcontact Zorgkantoor",
            "Met vriendelijke groet,\n\nnamens Zorgkantoor Midden,\nW. Hoekstra\nAdviseur",
        ),
    ],
)
def test_initials_or_a_titled_surname_do_not_name_the_writer(display_name: str, signature: str) -> None:
    assert (
        find_name(display_name=display_name, address="x@example.nl", text="Vraag.", signature=signature)
        is None
    )
