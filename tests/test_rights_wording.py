"""Wordings that the fourth blind set (tests/corpus/blind4) showed the rules missed, written anew here as a spec of
the general rule behind each fix: whose data (someone the writer represents), where data is kept and who can get
at it, reported and conditional rights, the press, and the legal anchors and verbs of the other languages."""

from __future__ import annotations

import pytest

from parsers.model import Right
from parsers.rights import find_rights
from parsers.rights_languages import article_rights
from tests.corpus_scoring import corpus_a


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is held about someone the writer represents
        ("Ik ben zijn curator. Stuur mij alstublieft op wat jullie van hem hebben vastgelegd.", Right.ACCESS),
        ("As her attorney I would like to see everything you hold about her.", Right.ACCESS),
        # an informal "must go"
        ("Mijn gegevens mogen weg, ik ben geen klant meer.", Right.ERASURE),
        # where the data is kept, who can get at it, whether it is sold on
        ("Staan mijn gegevens op servers buiten Europa?", Right.INFORMATION),
        ("Wie kunnen er allemaal bij mijn dossier?", Right.INFORMATION),
        ("Ik vraag me af of jullie mijn gegevens doorverkopen.", Right.INFORMATION),
        # other languages: Italian consent ("consenso"), German "zurücknehmen", a German compound object
        ("Revoco il mio consenso al trattamento dei miei dati.", Right.CONSENT_WITHDRAWAL),
        ("Ich nehme meine Zustimmung zur Aufzeichnung zurück.", Right.CONSENT_WITHDRAWAL),
        ("Bitte korrigieren Sie meine Post-Adresse in Ihrer Kartei.", Right.RECTIFICATION),
        # a request noun of Spanish turns a cited article into a request
        ("Les reitero mi petición conforme al artículo 15 del RGPD.", Right.ACCESS),
        ("I disagree with the use of my data for your research.", Right.OBJECTION),
    ],
)
def test_the_wording_is_exactly_its_right(text: str, expected: Right) -> None:
    assert find_rights(subject="", text=text).rights == (expected,)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn gegevens mogen niet weg, ik wil alleen een nieuwe oplader.",
        "Waar staat de robot het beste, in de woonkamer of in de keuken?",
        "Wie kan er bij de robot als mijn moeder in het ziekenhuis ligt?",
        "We talked about my mother's data last week. My brother and I disagree about it, so we will call you.",
        "Revoco ogni consenso al trattamento dei miei dati qualora sia stato espresso.",
        "Ik schrijf een stuk voor de krant over zorgrobots. Hoe lang bewaren jullie de opnames?",
    ],
)
def test_the_lookalike_confirms_nothing(text: str) -> None:
    assert find_rights(subject="", text=text).rights == ()


def test_a_right_the_writer_read_about_is_for_a_person_to_confirm() -> None:
    finding = find_rights(
        subject="", text="Op uw website staat dat ik recht heb op verwijdering van mijn gegevens."
    )
    assert (finding.rights, finding.possible) == ((), (Right.ERASURE,))


def test_a_direct_marketing_objection_is_kept_beside_an_unsubscribe() -> None:
    finding = find_rights(subject="", text="Meld mij af voor de nieuwsbrief, ik wil geen reclame meer van u.")
    assert finding.rights == (Right.OBJECTION, Right.CONSENT_WITHDRAWAL)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ai sensi dell'artikel 7, paragrafo 3, del gdpr", {Right.CONSENT_WITHDRAWAL}),
        ("gemass artikel 7 absatz 3 dsgvo", {Right.CONSENT_WITHDRAWAL}),
        ("op grond van artikel 7 avg", set()),
    ],
)
def test_article_7_is_the_withdrawal_only_with_its_third_paragraph(
    sentence: str, expected: set[Right]
) -> None:
    assert article_rights(sentence) == expected


# ---- the sixth blind set (tests/corpus/blind6): the general causes of its misses, in new sentences ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report of an earlier request is background beside today's request
        (
            "In maart heb ik bezwaar gemaakt tegen het gebruik van mijn gegevens. Beperk nu de verwerking van"
            " mijn gegevens tot u daarover beslist.",
            Right.RESTRICTION,
        ),
        (
            "Last month I told you that my address in your records is wrong. Until you have checked it, please"
            " restrict the processing of my data.",
            Right.RESTRICTION,
        ),
        # ... and a reminder restates it
        ("Ik heb u in maart gevraagd mijn gegevens te verwijderen. Graag alsnog.", Right.ERASURE),
        (
            "I sent you a subject access request on 1 May. Please respond within the legal deadline.",
            Right.ACCESS,
        ),
        (
            "Ik heb op 2 mei om verwijdering van mijn gegevens gevraagd. Ik heb nog steeds niets gehoord.",
            Right.ERASURE,
        ),
        # the device or the company collecting is a question about the processing; data held about me is access
        ("Ik wil weten welke gegevens de tablet verzamelt.", Right.INFORMATION),
        ("Ik wil weten welke gegevens jullie van mij hebben.", Right.ACCESS),
        # refusing profiling objects to it (Art. 21)
        ("Ik wil niet dat jullie mij profileren.", Right.OBJECTION),
        # German: "die Verarbeitung" as the object, sending my data, a file for the next provider, questions
        ("Bitte schränken Sie die Verarbeitung ein, solange das geprüft wird.", Right.RESTRICTION),
        ("Bitte senden Sie mir meine Daten.", Right.ACCESS),
        ("Bitte schicken Sie meine Daten als JSON, ich ziehe zu einem neuen Anbieter um.", Right.PORTABILITY),
        ("Welche Daten erheben Sie mit dem Gerät?", Right.INFORMATION),
        ("Werden meine Daten an Dritte weitergegeben?", Right.INFORMATION),
        # ... and what the company holds about the writer is access (German, Italian)
        ("Welche Daten speichern Sie über mich?", Right.ACCESS),
        ("Quali dati avete su di me?", Right.ACCESS),
        # English portability without the legal words
        ("Could you send my data in a file I can import at a different provider?", Right.PORTABILITY),
        # French, Italian: what is held about me or someone I represent; what is collected, with whom it is shared
        ("Envoyez-moi une copie des données que vous avez sur moi.", Right.ACCESS),
        ("Vorrei una copia dei dati che avete su mia madre.", Right.ACCESS),
        ("Vorrei sapere con chi condividete i dati di mio marito.", Right.INFORMATION),
        # Frisian request words
        ("Kinne jimme myn gegevens wiskje?", Right.ERASURE),
    ],
)
def test_blind6_wording_is_exactly_its_right(text: str, expected: Right) -> None:
    assert find_rights(subject="", text=text).rights == (expected,)


@pytest.mark.parametrize(
    "text",
    [
        # a report of an earlier request alone is for a person to confirm, not confirmed
        "Op 1 juni heb ik een verzoek op grond van artikel 15 AVG verstuurd. Ik laat het er nu bij.",
        # hearsay and questions about a right, of any person
        "Mijn zoon zei dat ik van alles kan opvragen. Ik hoef nu niets, ik ben gewoon benieuwd.",
        "Does the GDPR give my father the right to get his recordings?",
        "Heeft mijn moeder eigenlijk recht op inzage in de opnames?",
        # our privacy statement: the items under its heading, and its sentences in the controller's voice
        "Dit staat op uw site:\n\nU heeft volgens de wet de volgende rechten:\n\n- het recht op inzage in zijn"
        " gegevens;\n\nWat kost een tweede robot?",
        "Hieronder een overzicht van de persoonsgegevens die wij verwerken.",
        # non-data senses: carbon copy and an authority's name, a robot activity, routing, the writer's own use
        "Hier mijn klacht bij de Autoriteit Persoonsgegevens, ter info in kopie.",
        "Please unsubscribe my father from the daily memory game on the robot.",
        "Please forward this request to your data protection officer.",
        "We no longer use your service since my mother moved, and the data is no longer needed.",
        # profiling alone, a retention wish
        "Profilering",
        "Ik wil niet dat mijn gegevens langer bewaard worden dan noodzakelijk.",
        # look-alikes of the new wordings
        "Schicken Sie mir die Rechnung als PDF.",
        "Wie exportiere ich die Termine als CSV?",
        "Die Verarbeitung Ihrer Bestellung dauert zu lange.",
        "Can we take the robot to another address when we move?",
        "Pouvez-vous m'envoyer une copie de la facture?",
        "Ik heb de witte robot gekocht, is het een fan van muziek?",
    ],
)
def test_blind6_lookalike_confirms_nothing(text: str) -> None:
    assert find_rights(subject="", text=text).rights == ()


def test_a_report_of_an_earlier_request_alone_is_for_a_person_to_confirm() -> None:
    finding = find_rights(
        subject="", text="Op 1 juni heb ik een verzoek op grond van artikel 15 AVG verstuurd."
    )
    assert (finding.rights, finding.possible) == ((), (Right.ACCESS,))


def test_hearsay_of_what_the_writer_can_ask_is_for_a_person_to_confirm() -> None:
    finding = find_rights(subject="", text="Mijn zoon zei dat ik mijn gegevens kan opvragen.")
    assert (finding.rights, finding.possible) == ((), (Right.ACCESS,))


def test_the_whole_privacy_statement_pasted_above_a_question_requests_nothing() -> None:
    statement = corpus_a().parent / "privacy-statement-nl.txt"  # beside corpus A in the shared folder
    text = f"{statement.read_text(encoding='utf-8')}\n\nWat kost de robot per maand?"
    assert find_rights(subject="prijs", text=text) == find_rights(subject="", text="")
