"""Automatic mail without any automatic-mail header is told by its stock wording; a person's words are not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from parsers import ParsedMessage, ParserConfig, parse_message

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
CONFIG = ParserConfig(own_addresses=("help@tinybots.nl",), relay_addresses=("website@tinybots.nl",))


def _parse(subject: str, body: str, sender: str = "Anna de Boer <anna@example.nl>") -> ParsedMessage:
    raw = (
        f"From: {sender}\nTo: help@tinybots.nl\nSubject: {subject}\nMessage-ID: <w1@example.nl>\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
    return parse_message(raw.replace("\n", "\r\n").encode(), config=CONFIG, now=NOW)


@pytest.mark.parametrize(
    ("subject", "body", "reason"),
    [
        (
            "Re: [TB-000123] Uw vraag",
            "Beste afzender,\n\nIk ben van 2 t/m 20 augustus met vakantie. Vanaf 21 augustus ben ik weer "
            "aanwezig.\nIn dringende gevallen kunt u contact opnemen met mijn collega.\n\nGroet, Anna",
            "auto_reply:out-of-office-wording",
        ),
        (
            "Your question",
            "Thank you for your email. I am currently out of the office with limited access to email.\n"
            "For urgent matters please contact the front desk.",
            "auto_reply:out-of-office-wording",
        ),
        (
            "Ihre Frage",
            "Vielen Dank für Ihre Nachricht. Ich bin bis zum 12. Mai nicht im Büro und ab dem 13. Mai wieder "
            "erreichbar. Ihre E-Mail wird nicht weitergeleitet.",
            "auto_reply:out-of-office-wording",
        ),
        (
            "Re: [TB-000123] Installatie",
            "Dit is een automatisch gegenereerd bericht. Uw melding is ontvangen onder nummer ZG-20394.",
            "auto_reply:acknowledgement-wording",
        ),
        (
            "Re: [TB-000777] Koppeling",
            "Bedankt voor uw e-mail. Dit is een automatisch antwoord. Wij behandelen uw vraag zo snel mogelijk.",
            "auto_reply:acknowledgement-wording",
        ),
        (
            "Uw bericht",
            "Geachte heer/mevrouw,\n\nWij hebben uw e-mail ontvangen onder meldingsnummer INC-2024-5521.\n\nServicedesk",
            "auto_reply:acknowledgement-wording",
        ),
        (
            "Your request",
            "We have received your request and created ticket #48213. An agent will contact you.",
            "auto_reply:acknowledgement-wording",
        ),
        (
            "Nieuw: rollators met 20% korting",
            "Beste klant,\n\nBekijk ons aanbod op www.example.nl/aanbod\n\nWilt u deze e-mail niet meer "
            "ontvangen? Klik hier om u af te melden.",
            "bulk:unsubscribe-footer",
        ),
        (
            "Uw mening telt",
            "Geachte heer, mevrouw,\n\nHoe tevreden bent u over ons contact? Vul de korte enquête in via "
            "https://survey.example.com/r/8812 (2 minuten).",
            "bulk:survey-invitation",
        ),
        (
            "Re: Uw vraag",
            "Bedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en reageren binnen 5 werkdagen."
            "\n\nKlantenservice",
            "auto_reply:acknowledgement-wording",
        ),
        (
            "Uw mailbox",
            "Beste gebruiker,\n\nUw mailbox heeft de opslaglimiet bereikt. Klik hier om uw account te verifiëren.",
            "bulk:phishing-wording",
        ),
        (
            "Re: Robot",
            "Dank voor uw bericht. Ik ben tot 12 mei afwezig en daarna weer bereikbaar. Dringend? In dringende "
            "gevallen kunt u mijn collega bellen.",
            "auto_reply:out-of-office-wording",
        ),
        (
            "Vakantie",
            "Hallo, wij zijn met vakantie tot 30 november en lezen onze mail niet. Groeten Jan en Lies",
            "auto_reply:out-of-office-wording",
        ),
        (
            "Deze mailbox wordt niet meer gebruikt",
            "Dit e-mailadres is niet meer in gebruik. Uw bericht is niet gelezen.\nMail voortaan naar "
            "secretariaat@example.nl.",
            "auto_reply:unused-mailbox-wording",
        ),
        (
            "Ausgabe 11",
            "Liebe Leserinnen und Leser,\n\nin dieser Ausgabe: neue Förderprogramme.\n\nZum Abmelden vom "
            "Newsletter klicken Sie hier.",
            "bulk:unsubscribe-footer",
        ),
        (
            "Uw pakket",
            "Uw pakket kon niet worden bezorgd. Betaal binnen 48 uur via https://pakket.example.com/betalen.",
            "bulk:phishing-wording",
        ),
        (
            "Actie vereist",
            "Uw bankpas verloopt binnenkort. Om blokkering te voorkomen werkt u uw gegevens bij via de link: "
            "https://bank.example.com/vernieuwen",
            "bulk:phishing-wording",
        ),
        (
            "Uw mailbox is bijna vol",
            "Klik binnen 24 uur op de onderstaande knop om uw account te verifiëren.",
            "bulk:phishing-wording",
        ),
        (
            "Action required",
            "Your mailbox is full and will be blocked. Verify your account within 24 hours: "
            "https://login.example.com/verify",
            "bulk:phishing-wording",
        ),
    ],
)
def test_automatic_mail_is_told_by_its_wording(subject: str, body: str, reason: str) -> None:
    parsed = _parse(subject, body)
    assert parsed.classification.is_automatic
    assert parsed.classification_reason == reason


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: [TB-000123] Robot",
            "Ik ben van 2 t/m 20 augustus met vakantie; kunt u de robot na 21 augustus bezorgen? Vanaf dan ben "
            "ik weer aanwezig.\n\nGroet, Anna",
        ),
        (
            "Your colleague",
            "Your colleague's out of office says he is away. Who can help me with my mother's Tessa?",
        ),
        (
            "Fwd: Nieuw: rollators met 20% korting",
            "Is dit van jullie?\n\n---------- Forwarded message ---------\nBekijk ons aanbod.\nKlik hier om u "
            "af te melden.",
        ),
        ("Nieuwsbrief", "Ik wil graag afmelden voor de nieuwsbrief. Hoe doe ik dat?\n\nAnna de Boer"),
        ("Wachtwoord", "Ik kan niet inloggen in de app, mijn wachtwoord is verlopen. Wat nu?\n\nAnna"),
        ("Enquête", "Ik heb uw enquête ingevuld maar de link werkte niet: https://survey.example.com"),
        (
            "Factuur",
            "Wij hebben uw factuur ontvangen, binnen 5 werkdagen betalen we, maar waarom is die zo hoog?",
        ),
        ("Vakantie", "Ik ben tot 5 mei met vakantie. Daarna ben ik weer bereikbaar. Kunt u mij dan bellen?"),
        (
            "Re: Monteur",
            "Thanks for your message, I'll be back on Monday, come then.\n\nAnna\n\n"
            "On Tue, 5 Mar 2024 at 10:12, Tinybots Helpdesk <help@tinybots.nl> wrote:\n> When can we visit?",
        ),
        (
            "Nieuw adres",
            "Mijn oude e-mailadres is niet meer in gebruik, wilt u voortaan naar dit adres mailen? Robot Id 4521.",
        ),
        (
            "Betaling",
            "Ik heb de factuur betaald binnen 14 dagen, zie https://bank.example.com/bewijs. Klopt dat?",
        ),
    ],
)
def test_a_person_who_only_mentions_such_wording_stays_a_customer(subject: str, body: str) -> None:
    assert _parse(subject, body).classification_reason == "customer:default"


@pytest.mark.parametrize(
    ("subject", "body", "reason"),
    [
        (
            "Re: Uw vraag",
            "Goedemiddag,\n\nIk werk op maandag, dinsdag en donderdag. Uw e-mail wordt op mijn eerstvolgende "
            "werkdag beantwoord.\n\nMet vriendelijke groet,\nAnna",
            "auto_reply:out-of-office-wording",
        ),
        (
            "AW: Ihre Anfrage",
            "Vielen Dank für Ihre Nachricht. Ich bin ab dem 12.08. wieder im Büro.\n\nMit freundlichen Grüßen\nAnna",
            "auto_reply:out-of-office-wording",
        ),
        (
            "Re: Your question",
            "Thank you for your email. I will be back in the office on Monday 5 June.\n\nAnna",
            "auto_reply:out-of-office-wording",
        ),
        (
            "Voorjaarsactie",
            "Nu 20% korting op alle rollators.\nwww.winkel.example/actie\n\nUitschrijven | Voorkeuren wijzigen",
            "bulk:unsubscribe-footer",
        ),
        (
            "Uw ervaring",
            "Beste klant,\n\nWij horen graag uw mening over ons contact: https://review.example.com/r/77",
            "bulk:survey-invitation",
        ),
    ],
)
def test_part_time_notices_footer_menus_and_review_requests(subject: str, body: str, reason: str) -> None:
    assert _parse(subject, body).classification_reason == reason


@pytest.mark.parametrize(
    ("subject", "body", "reason"),
    [
        (
            "Ontvangstbevestiging",
            "Geachte heer/mevrouw,\n\nUw e-mail is bij ons binnengekomen. U krijgt binnen 3 werkdagen antwoord."
            "\n\nOp dit bericht kunt u niet reageren.",
            "auto_reply:acknowledgement-wording",
        ),
        (
            "Ticket 4471",
            "Er is een ticket aangemaakt naar aanleiding van uw e-mail.\nTicketnummer: 4471\nStatus: nieuw",
            "auto_reply:acknowledgement-wording",
        ),
        (
            "Uw bestelling",
            "Je bestelling is verzonden en wordt morgen bezorgd.\n\nDit is een automatisch bericht.",
            "bulk:automated-notification",
        ),
        (
            "Onderzoek",
            "U bent geselecteerd voor ons klantonderzoek. Start de vragenlijst: https://onderzoek.example/q/1",
            "bulk:survey-invitation",
        ),
        (
            "Najaarsactie",
            "Deze week 10% korting op alle producten.\n\nGeen interesse meer? Afmelden",
            "bulk:unsubscribe-footer",
        ),
        (
            "Fachtag",
            "Melden Sie sich jetzt an.\n\nWenn Sie keine weiteren E-Mails von uns erhalten möchten, klicken Sie hier.",
            "bulk:unsubscribe-footer",
        ),
        (
            "Opslag",
            "Uw mailbox heeft de limiet van 2 GB bereikt. Log in met uw huidige wachtwoord via https://x.example/",
            "bulk:phishing-wording",
        ),
    ],
)
def test_more_machine_wordings_without_headers(subject: str, body: str, reason: str) -> None:
    assert _parse(subject, body).classification_reason == reason


def test_a_portal_relaying_a_persons_message_with_an_automatic_footer_stays_a_customer() -> None:
    body = (
        "Er is een nieuw bericht verstuurd via het portaal.\n\nNaam: Els Vos\nTelefoon: 06-12345678\n"
        "Bericht: De robot is stil.\n\nDit bericht is automatisch verstuurd."
    )
    assert _parse("Nieuw bericht", body, sender="Portaal <portaal@zorg.example>").classification_reason == (
        "customer:default"
    )


def test_out_of_office_words_at_the_start_of_a_persons_subject_stay_a_customer() -> None:
    body = "Mijn collega is met vakantie, daarom mail ik. De robot van mevrouw Kok gaat 's nachts aan. Kan dat uit?"
    assert _parse("Out of office van mijn collega", body).classification_reason == "customer:default"


def test_a_care_coordinators_notice_may_name_the_product_when_it_opens_with_the_absence() -> None:
    body = (
        "Beste afzender,\n\nIk ben tot en met 14 juni met verlof en vanaf 15 juni weer aanwezig. In dringende gevallen, "
        "ook voor vragen over de Tessa-robots in de wijk, kunt u bellen met het wijkteam.\n\nGroet, Anna"
    )
    assert _parse("Re: [TB-000321] Tessa mevr. Smit", body).classification_reason == (
        "auto_reply:out-of-office-wording"
    )


def test_a_customer_who_opens_with_the_robot_and_mentions_leave_stays_a_customer() -> None:
    body = (
        "De robot van mijn moeder praat niet meer sinds gisteren. Ik ben vanaf 2 juni met vakantie, in dringende "
        "gevallen kunt u mijn broer bellen. Vanaf 20 juni ben ik weer bereikbaar.\n\nGroet, Anna"
    )
    assert _parse("Robot praat niet", body).classification_reason == "customer:default"


@pytest.mark.parametrize(
    ("subject", "body", "reason"),
    [
        (
            "Read: Tessa for my father",
            "Your message\n\n  To: Louise Hendriks\n  Subject: Tessa for my father\n  Sent: 02/12/2026 16:02\n\n"
            "was read on 02/12/2026 18:47.",
            "auto_reply:read-receipt",
        ),
        (
            "Niet gelezen: Graag contact",
            "Uw bericht\n\n  Aan: Bas Heemskerk\n  Onderwerp: Graag contact\n  Verzonden: donderdag 3 december\n\n"
            "is verwijderd zonder te zijn gelezen op vrijdag 4 december 2026 08:12.",
            "auto_reply:read-receipt",
        ),
        (
            "Uitnodiging webinar",
            "Graag nodigen wij u uit voor ons webinar. Aanmelden: https://example.nl/webinar\n\n"
            "U ontvangt deze uitnodiging omdat u klant bent van een van onze partners. Afmelden kan via de link.",
            "bulk:unsubscribe-footer",
        ),
        (
            "Action required",
            "Dear user,\n\nYour mailbox has exceeded its storage limit (99.8%).\n\nVERIFY YOUR ACCOUNT NOW\n\n"
            "IT Service Desk",
            "bulk:phishing-wording",
        ),
    ],
)
def test_read_receipts_invitations_and_phishing_without_a_link(subject: str, body: str, reason: str) -> None:
    assert _parse(subject, body).classification_reason == reason


def test_a_portal_report_with_qualified_fields_and_a_no_reply_footer_stays_a_customer() -> None:
    body = (
        "Er is een melding gemaakt via het cliëntportaal.\n\nSoort melding: Storing\nMelder: Gerda Meulenbelt\n"
        "Telefoon melder: 06 11 20 33 81\nToelichting: Robot herhaalt herinneringen.\n\n"
        "Dit bericht is verstuurd vanuit het portaal. U kunt niet antwoorden op dit adres."
    )
    raw = (
        "From: Portaal <noreply@portaal.example>\nReply-To: Gerda Meulenbelt <g.m@zorg.example>\n"
        "To: help@tinybots.nl\nSubject: Melding via portaal\nMessage-ID: <p1@example.nl>\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
    parsed = parse_message(raw.replace("\n", "\r\n").encode(), config=CONFIG, now=NOW)
    assert parsed.classification_reason == "customer:no-reply-relay"


def test_a_person_who_writes_that_a_mail_was_read_and_asks_stays_a_customer() -> None:
    body = "Mijn dochter zegt dat uw bericht is gelezen op maandag, maar waarom belt niemand terug?"
    assert _parse("Robot", body).classification_reason == "customer:default"


def test_a_person_whose_short_mail_says_a_message_was_read_stays_a_customer() -> None:
    body = "Uw bericht is gelezen op maandag door mijn moeder. Bel haar gerust."
    assert _parse("Robot moeder", body).classification_reason == "customer:default"
