"""Wordings that the blind sets showed the rules missed, written anew here as a spec of the general rule behind each
fix. From blind4: whose data (someone the writer represents), where data is kept and who can get at it, reported
and conditional rights, the press, and the legal anchors and verbs of the other languages. From the ordinary
help-desk mail of blind3: an unsubscribe is an objection to direct marketing only when the writer asks to stop a
kind of mail (never a footer, a bare subject word or a service being cancelled), and a changed or wrong contact
detail of the writer is rectification unless the writer fixes it themselves."""

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


def test_an_unsubscribe_with_a_refusal_of_advertising_is_one_objection() -> None:
    finding = find_rights(subject="", text="Meld mij af voor de nieuwsbrief, ik wil geen reclame meer van u.")
    assert finding.rights == (Right.OBJECTION,)


# Lead's decision (docs/parsing-rights.md): stopping a newsletter, mailings or surveys is a permanent stop of a
# direct-marketing purpose, an objection (Art. 21(2) AVG; soft opt-in, Telecommunicatiewet 11.7). Withdrawing
# consent stays for consent by name and for research participation.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wilt u mij afmelden voor de nieuwsbrief?", Right.OBJECTION),
        ("Graag uitschrijven voor jullie mailings.", Right.OBJECTION),
        ("Please unsubscribe me from your newsletter.", Right.OBJECTION),
        ("Kunt u mij afmelden voor de enquêtes? Ik doe er toch nooit aan mee.", Right.OBJECTION),
        ("Ik wil geen mails meer van jullie, meld me maar af.", Right.OBJECTION),
        ("Ik verzoek u mij af te melden voor de verzendlijst.", Right.OBJECTION),
        ("Bitte tragen Sie mich aus Ihrem Newsletter aus.", Right.OBJECTION),
        ("Ik heb me al twee keer afgemeld voor de nieuwsbrief en krijg hem nog steeds.", Right.OBJECTION),
        ("I unsubscribed from your surveys months ago, yet they keep coming.", Right.OBJECTION),
        ("Wilt u mij geen reclame meer sturen?", Right.OBJECTION),
        ("Wilt u mij de nieuwsbrief niet meer sturen?", Right.OBJECTION),
        ("Ik wil jullie enquêtes niet meer ontvangen.", Right.OBJECTION),
        ("I no longer want to receive your newsletters.", Right.OBJECTION),
        ("Mijn vader wil zich afmelden voor de nieuwsbrief.", Right.OBJECTION),
        ("Ich möchte Ihren Newsletter abbestellen.", Right.OBJECTION),
        ("Je souhaite me désinscrire de votre newsletter.", Right.OBJECTION),
        ("Ik meld mij af voor het onderzoek met de universiteit.", Right.CONSENT_WITHDRAWAL),
        ("Opt me out of the research programme.", Right.CONSENT_WITHDRAWAL),
    ],
)
def test_unsubscribing_from_a_kind_of_mail_is_an_objection(text: str, expected: Right) -> None:
    assert find_rights(subject="", text=text).rights == (expected,)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # a bare subject word above a mail about something else: returning the robot, a death
        ("Afmelden", "Mijn vader is overleden. Wanneer kunnen jullie de robot ophalen?"),
        # cancelling the service, a course or the robot is not a right (policy)
        ("", "Ik wil de robot van mijn moeder afmelden, ze woont nu in een verpleeghuis."),
        ("", "Wij willen ons abonnement graag uitschrijven per 1 maart."),
        # footer lines of bulk mail: the reader is addressed, no writer asks
        ("", "Wilt u geen uitnodigingen meer ontvangen? Afmelden"),
        ("", "Geen nieuwsbrief meer ontvangen? Meld u hier af."),
        ("", "U ontvangt deze mailing omdat u klant bent. Klik hier om u af te melden."),
        ("", "You are receiving this newsletter because you signed up. Unsubscribe here."),
        ("", "Afmelden voor deze nieuwsbrief | Voorkeuren wijzigen"),
        ("", "Wil je deze nieuwsbrief niet meer ontvangen? Meld je dan af via de link."),
        # a missing newsletter is no objection
        ("", "Ik krijg geen mails meer van jullie sinds vorige week."),
        ("", "Sinds de verhuizing ontvang ik de nieuwsbrief niet meer."),
    ],
)
def test_an_unsubscribe_word_that_asks_nothing_gives_nothing(subject: str, text: str) -> None:
    finding = find_rights(subject=subject, text=text)
    assert (finding.rights, finding.possible) == ((), ())


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # a subject that names an unsubscribe while the body asks nothing: a person reads it
        ("Nieuwsbrief afmelden", "Groeten, Els"),
        # "unsubscribe me" without saying from what: a newsletter or the service?
        ("", "Please unsubscribe me."),
        ("", "Uitschrijven graag."),
    ],
)
def test_an_unsubscribe_that_names_no_kind_of_mail_or_no_asker_is_possible(subject: str, text: str) -> None:
    finding = find_rights(subject=subject, text=text)
    assert (finding.rights, finding.possible) == ((), (Right.OBJECTION,))


def test_no_more_emails_after_an_erasure_request_is_the_erasure() -> None:
    text = (
        "Please erase my data. I don't want to receive any more emails from you either."  # as corpus A g108
    )
    assert find_rights(subject="", text=text).rights == (Right.ERASURE,)


def test_a_consent_withdrawal_and_an_unsubscribe_are_both_kept() -> None:
    text = "Ik trek mijn toestemming voor het onderzoek in. Meld mij ook af voor de nieuwsbrief."
    assert find_rights(subject="", text=text).rights == (Right.OBJECTION, Right.CONSENT_WITHDRAWAL)


# A changed or wrong contact detail of the writer is rectification (corpus A g007, g037).
@pytest.mark.parametrize(
    "text",
    [
        "Mijn oude nummer klopt niet meer, mijn nieuwe is 06-12345678.",
        "Het nummer dat jullie van mij hebben is van mijn vorige werkgever.",
        "Het adres dat u heeft is van mijn oude woning.",
        "The number you have is not mine any more, please call 020-5551234.",
        "Mijn nieuwe telefoonnummer is 06-87654321.",
        "My mobile number is now +31 6 1234 5678.",
        "Meine neue Telefonnummer ist 0171 2345678.",
        "Het nummer waarop u mij belde is van mijn oude werk.",
    ],
)
def test_a_changed_or_wrong_own_contact_detail_is_rectification(text: str) -> None:
    assert find_rights(subject="", text=text).rights == (Right.RECTIFICATION,)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # a number given beside a fact that has a "now" in it
        ("", "Mijn moeder is nu 90 en woont alleen, mijn nummer is 06-12345678."),
        # the writer fixes it themselves
        ("Gegevens", "Het adres van mijn moeder stond verkeerd, maar dat kan ik zelf aanpassen zie ik."),
        ("", "My date of birth was wrong in the form but I can change it myself."),
        ("", "Mijn adres klopt niet meer, maar dat pas ik zelf wel aan in de app."),
        # the help desk's number, not the writer's
        ("", "Het nummer dat u mij gaf klopt niet."),
        # a pronoun points to the nearest noun: the reminder, not the data of the subject line
        ("mijn gegevens", "Kunt u de afspraak van vrijdag weghalen? Die klopt niet meer."),
    ],
)
def test_a_value_the_writer_fixes_or_a_robot_item_is_no_rectification(subject: str, text: str) -> None:
    assert find_rights(subject=subject, text=text).rights == ()


def test_an_old_number_that_no_longer_works_is_for_a_person_to_confirm() -> None:
    finding = find_rights(
        subject="", text="Mijn oude nummer werkt niet meer. U kunt mij bellen op 06-11223344."
    )
    assert (finding.rights, finding.possible) == ((), (Right.RECTIFICATION,))


def test_a_complaint_beside_a_request_keeps_the_request() -> None:
    text = "Ik heb een klacht over de levering, verwijder mijn gegevens."
    assert find_rights(subject="", text=text).rights == (Right.ERASURE,)


def test_what_a_filed_complaint_was_about_is_possible_beside_the_request() -> None:
    text = "Ik heb een klacht ingediend over de onjuiste gegevens in mijn dossier. Zet het gebruik ervan stil tot die is behandeld."
    finding = find_rights(subject="", text=text)
    assert (finding.rights, finding.possible) == ((Right.RESTRICTION,), (Right.RECTIFICATION,))


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
