"""Wordings that the blind sets showed the rules missed, written anew here as a spec of the general rule behind each
fix. From blind4: whose data (someone the writer represents), where data is kept and who can get at it, reported
and conditional rights, the press, and the legal anchors and verbs of the other languages. From the ordinary
help-desk mail of blind3: an unsubscribe is an objection to direct marketing only when the writer asks to stop a
kind of mail (never a footer, a bare subject word or a service being cancelled), and a changed or wrong contact
detail of the writer is rectification unless the writer fixes it themselves."""

from __future__ import annotations

import pytest

from parsers.model import Flag, Right
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


# blind5: "ik wil niet dat <a long subject> ooit gebruikt wordt" puts the verb at the end of a long subclause; it is
# a permanent stop (objection) unless the sentence says "until" or "for now" (restriction).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wij willen niet dat de gegevens van onze moeder (klant sinds 2021, robot in de woonkamer) ooit voor "
            "reclame verwerkt worden.",
            Right.OBJECTION,
        ),
        (
            "I do not want my father's data (customer number 12345, the robot in his flat) ever to be used for "
            "your research.",
            Right.OBJECTION,
        ),
        (
            "Ik wil niet dat de gegevens van mijn tante in het verpleeghuis tot het duidelijk is of dat mag nog "
            "gebruikt worden.",
            Right.RESTRICTION,
        ),
    ],
)
def test_a_refused_use_at_the_end_of_a_long_subclause_is_its_right(text: str, expected: Right) -> None:
    assert find_rights(subject="", text=text).rights == (expected,)


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil niet dat de app op de tablet van mijn moeder in het verpleeghuis nog langer gebruikt wordt.",
        "I do not want the robot in my mother's living room and kitchen to be used by the neighbours.",
    ],
)
def test_a_refused_use_of_the_product_is_no_objection(text: str) -> None:
    assert find_rights(subject="", text=text).rights == ()


# blind5: a stop with the wish that the data be kept ("alleen bewaren", "only keep") is a restriction, never an
# erasure, though a negation ("niet verder gebruiken") stands a few words before the keep verb.
@pytest.mark.parametrize(
    "text",
    [
        "Tot de curator er is, wil ik dat Tinybots de gegevens van mijn broer niet verwerkt, alleen bewaart.",
        "Until this is sorted out, don't use my data, only keep it.",
    ],
)
def test_stop_but_only_keep_is_a_restriction_without_erasure(text: str) -> None:
    assert find_rights(subject="", text=text).rights == (Right.RESTRICTION,)


# ---- the seventh blind set (tests/corpus/blind7) ----------------------------------------------------------------


# A reserving clause ("onverminderd mijn recht om ...", "without prejudice to my right to ...", "unbeschadet meines
# Rechts ...", "behoudens / met behoud van mijn recht ...") requests nothing and lends its data words to nothing; the
# rest of the sentence is read on its own.
@pytest.mark.parametrize(
    "text",
    [
        "Onverminderd mijn recht op verwijdering van mijn gegevens wil ik weten wanneer de monteur langskomt.",
        "Without prejudice to my right to object to the processing of my data, I would like to know why the robot"
        " beeps at night.",
        "Unbeschadet meines Rechts auf Widerspruch gegen die Verarbeitung meiner Daten bitte ich um eine Reparatur.",
        "Behoudens mijn recht op inzage in het dossier vraag ik u eerst de robot te repareren.",
        "Met behoud van mijn recht om de opnames te laten wissen, wil ik eerst weten waarom de robot zo hard praat.",
        "This letter is without prejudice to my right to erasure.",
    ],
)
def test_a_reserving_clause_requests_nothing(text: str) -> None:
    assert find_rights(subject="", text=text).rights == ()


def test_a_reserved_complaint_to_the_authority_is_still_flagged() -> None:
    finding = find_rights(
        subject="",
        text="Onverminderd mijn recht om een klacht in te dienen bij de AP, wil ik weten wanneer de monteur komt.",
    )
    assert (finding.rights, finding.flags) == ((), (Flag.COMPLAINT_AUTHORITY,))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Without prejudice to my rights to rectification and erasure, please send me a copy of my data.",
            Right.ACCESS,
        ),
        ("Unbeschadet meines Rechts auf Löschung bitte ich um Auskunft über meine Daten.", Right.ACCESS),
        ("Onverminderd mijn recht om bezwaar te maken: verwijder mijn gegevens.", Right.ERASURE),
        # the commas of a list of reserved rights do not end the clause
        (
            "Without prejudice to my rights of access, rectification and portability, please delete my account.",
            Right.ERASURE,
        ),
    ],
)
def test_the_request_beside_a_reserving_clause_is_its_right(text: str, expected: Right) -> None:
    assert find_rights(subject="", text=text).rights == (expected,)


# "zolang", "as long as", "so long as", "while ... pending" make a stop a restriction, like "until"; so does keeping
# the data unused ("laat ze staan maar gebruik ze niet", "keep it but don't use it"). "Nothing done with it" is a stop.
@pytest.mark.parametrize(
    "text",
    [
        "Zolang het onderzoek van de AP loopt, mogen jullie de gegevens van mijn vader niet gebruiken.",
        "So long as the dispute is pending, don't do anything with my data.",
        "As long as my complaint is open, please do not use my personal data.",
        "Ik stuurde jullie vorige week de gegevens van mijn tante. Laat ze staan maar gebruik ze niet.",
        "Bewaar de gegevens van mijn vader maar verwerk ze niet.",
        "Keep my details on file but don't use them.",
        "Please leave the data where it is but do not use it.",
        "Zolang mijn klacht niet is afgehandeld wil ik niet dat jullie iets met mijn dossier doen.",
    ],
)
def test_a_stop_for_as_long_as_or_keep_but_do_not_use_is_a_restriction(text: str) -> None:
    assert find_rights(subject="", text=text).rights == (Right.RESTRICTION,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik wil niet dat jullie nog iets met mijn gegevens doen.", Right.OBJECTION),
        ("Doe er niets meer mee: ik wil niet dat mijn gegevens nog gebruikt worden.", Right.OBJECTION),
        ("Please don't do anything with my data for your marketing.", Right.OBJECTION),
    ],
)
def test_doing_nothing_more_with_the_data_is_a_stop(text: str, expected: Right) -> None:
    assert find_rights(subject="", text=text).rights == (expected,)


@pytest.mark.parametrize(
    "text",
    [
        "Ik kan de app niet openen, laat staan mijn gegevens bekijken.",
        "Laat de robot maar staan, maar gebruik de app niet meer.",
        "Zolang de robot kapot is, gebruiken we hem niet.",
        "Leave the robot in the hallway but don't use it while it charges.",
    ],
)
def test_keeping_or_waiting_without_the_data_is_no_restriction(text: str) -> None:
    assert find_rights(subject="", text=text).rights == ()


# "verbeteren" is also "improve": improving the software, the app, the service or its quality corrects no data; only
# correcting data (gegevens, naam, adres, geboortedatum, telefoonnummer) is rectification.
@pytest.mark.parametrize(
    "text",
    [
        "Gebruiken jullie de opnames van mijn vader om de spraakherkenning te verbeteren?",
        "Ik las dat de gesprekken met de robot worden gebruikt voor het verbeteren van de app.",
        "Verwerken jullie mijn gegevens voor de verbetering van jullie dienstverlening?",
        "Mijn gegevens worden gebruikt om de kwaliteit van het product verder te verbeteren, staat in de folder.",
    ],
)
def test_improving_the_product_is_no_rectification(text: str) -> None:
    assert Right.RECTIFICATION not in find_rights(subject="", text=text).rights


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil niet dat de gegevens van mijn moeder gebruikt worden om de software te verbeteren.",
        "Jullie gebruiken gesprekken om het systeem te verbeteren; ik maak bezwaar tegen dat gebruik van mijn data.",
    ],
)
def test_refusing_the_use_for_improving_the_product_is_only_an_objection(text: str) -> None:
    assert find_rights(subject="", text=text).rights == (Right.OBJECTION,)


@pytest.mark.parametrize(
    "text",
    [
        "De robot noemt haar bij de verkeerde naam, wilt u de naam in het dossier verbeteren?",
        "Graag de geboortedatum van mijn vader verbeteren, die staat op 1950 maar moet 1952 zijn.",
        "Jullie mogen de opnames gebruiken om de kwaliteit te verbeteren, maar verbeter ook mijn telefoonnummer.",
    ],
)
def test_correcting_data_beside_the_product_is_rectification(text: str) -> None:
    assert find_rights(subject="", text=text).rights == (Right.RECTIFICATION,)


# Portuguese: "artigo(s)" with the ordinal "15.º" (read as "15.o"), the regulation's Portuguese name, the request
# verbs ("solicito", "peço", "requeiro"), and the core access words on "os meus dados" / "dados pessoais".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Solicito, ao abrigo do artigo 20.º do RGPD, a portabilidade dos dados da minha mãe.",
            Right.PORTABILITY,
        ),
        ("Peço, nos termos do artigo 17.º do RGPD, o apagamento dos meus dados.", Right.ERASURE),
        (
            "Com base no artigo 15.º do Regulamento Geral sobre a Proteção de Dados requeiro o acesso.",
            Right.ACCESS,
        ),
        ("Peço uma cópia dos dados que têm sobre o meu pai.", Right.ACCESS),
        ("Gostaria de ter acesso aos meus dados pessoais, por favor.", Right.ACCESS),
    ],
)
def test_portuguese_wording_is_exactly_its_right(text: str, expected: Right) -> None:
    assert find_rights(subject="", text=text).rights == (expected,)


def test_portuguese_articles_and_ordinals_name_their_rights() -> None:
    assert article_rights("nos termos dos artigos 15.o e 17.o do rgpd") == {Right.ACCESS, Right.ERASURE}
    assert article_rights("ai sensi dell'articolo 15 del gdpr") == {Right.ACCESS}


@pytest.mark.parametrize(
    "text",
    [
        "Peço uma cópia da fatura de março.",
        "Os dados do robot estão corretos, obrigado.",
    ],
)
def test_portuguese_lookalike_confirms_nothing(text: str) -> None:
    assert find_rights(subject="", text=text).rights == ()


def test_a_portuguese_article_outside_a_request_is_for_a_person_to_confirm() -> None:
    finding = find_rights(subject="", text="O artigo 15.º do RGPD aplica-se a todos os clientes.")
    assert (finding.rights, finding.possible) == ((), (Right.ACCESS,))


# The regulation's own name in the Nordic languages (Swedish, Danish, Norwegian, Finnish), their article words
# ("artikkel", "artikla") and request verbs ("begär", "anmoder om", "ber om", "pyydän") make a cited article a request.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jag begär att ni raderar mina uppgifter enligt artikel 17 i dataskyddsförordningen.",
            Right.ERASURE,
        ),
        ("Jeg anmoder om indsigt i henhold til artikel 15 i databeskyttelsesforordningen.", Right.ACCESS),
        ("Jeg ber om sletting etter artikkel 17 i personvernforordningen.", Right.ERASURE),
        ("Pyydän tietosuoja-asetuksen artikla 15 mukaisesti pääsyä tietoihini.", Right.ACCESS),
    ],
)
def test_nordic_articles_of_the_regulation_are_their_right(text: str, expected: Right) -> None:
    assert find_rights(subject="", text=text).rights == (expected,)


def test_a_nordic_article_outside_a_request_is_for_a_person_to_confirm() -> None:
    finding = find_rights(
        subject="", text="Enligt artikel 15 i dataskyddsförordningen har alla rätt till ett registerutdrag."
    )
    assert (finding.rights, finding.possible) == ((), (Right.ACCESS,))


def test_another_law_of_the_nordic_languages_names_no_right() -> None:
    assert find_rights(subject="", text="Jag begär svar enligt artikel 15 i konsumentköplagen.").rights == ()


# French (and Italian, Spanish) questions where the data is kept and for how long: "où sont stockées / conservées",
# "combien de temps ... gardez-vous", "la durée de conservation", "à qui transmettez-vous".
@pytest.mark.parametrize(
    "text",
    [
        "Où sont conservées les données de ma mère ?",
        "Pendant combien de temps gardez-vous mes données ?",
        "Quelle est la durée de conservation des enregistrements de mon père ?",
        "Je voudrais connaître la durée de conservation des données de mon mari.",
        "À qui transmettez-vous les données de ma tante ?",
        "Dove sono conservati i dati di mia madre?",
        "¿Dónde se almacenan los datos de mi padre?",
    ],
)
def test_french_questions_where_and_how_long_are_information(text: str) -> None:
    assert find_rights(subject="", text=text).rights == (Right.INFORMATION,)


@pytest.mark.parametrize(
    "text",
    [
        "Où sont les câbles du robot ?",
        "Combien de temps gardez-vous le robot en réparation ?",
        "Où sont stockées les pièces de rechange ?",
    ],
)
def test_french_questions_about_the_product_are_no_information(text: str) -> None:
    assert find_rights(subject="", text=text).rights == ()
