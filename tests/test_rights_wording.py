"""Wordings that the fourth blind set (tests/corpus/blind4) showed the rules missed, written anew here as a spec of
the general rule behind each fix: whose data (someone the writer represents), where data is kept and who can get
at it, reported and conditional rights, the press, and the legal anchors and verbs of the other languages."""

from __future__ import annotations

import pytest

from parsers.model import Right
from parsers.rights import find_rights
from parsers.rights_languages import article_rights


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
