"""Public request letters as people paste them: datenanfragen.de templates (CC0, in templates/) and letters in
our own words in the style of the ICO, the Irish DPC, the Autoriteit Persoonsgegevens, the Verbraucherzentrale,
the CNIL, Bits of Freedom and PersonalData.IO (nothing of theirs copied; see README.md)."""

from __future__ import annotations

import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "templates"
_BLOCK = re.compile(r"\[(\w+)>(.*?)\]", re.S)
_FIELD = re.compile(r"\{(\w+)\}")


def letter(name: str, keep: tuple[str, ...] = (), fields: dict[str, str] | None = None) -> str:
    """A datenanfragen template as its generator fills it: optional blocks kept or dropped, fields filled."""
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    text = text.replace("<italic>", "").replace("</italic>", "")
    text = _BLOCK.sub(lambda m: m.group(2) if m.group(1) in keep else "", text)
    values = fields or {}
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), text).strip("\n")


LETTERS: list[dict] = [
    {
        "from": "Oliver Grant <oliver.grant@fastmail.example>",
        "subject": "Data request",
        "client": "gmail",
        "body": "Hello Tinybots,\n\nPlease find my request below.\n\n"
        + letter(
            "en-access-tracking.txt",
            ("data_portability", "has_fields"),
            {"id_data": "Name: Oliver Grant\nEmail: oliver.grant@fastmail.example\nTessa ID: 58120"},
        )
        + "\n\nOliver Grant",
        "name": "Oliver Grant",
        "robot": "58120",
        "rights": ["access", "portability"],
        "lang": "en",
        "notes": "datenanfragen en/access-tracking with the portability paragraph, own greeting above.",
    },
    {
        "from": "margaret.doyle@eircom.example",
        "subject": "Subject access request - my mother Mrs Kathleen Doyle",
        "body": "Dear Sir or Madam,\n\nI am sending this on behalf of my mother, who uses your Tessa robot and for whom I hold "
        "an enduring power of attorney (copy attached on request). The letter below was generated on "
        "datarequests.org; read 'me' as my mother.\n\n-----\n"
        + letter(
            "en-access-tracking.txt", ("has_fields",), {"id_data": "Kathleen Doyle, 14 Harbour View, Cobh"}
        )
        + "\n\nMargaret Doyle (for Kathleen Doyle)\n-----\n\nRegards,\nMargaret Doyle\n+353 21 481 2290",
        "name": "Margaret Doyle",
        "phone": "+353214812290",
        "rights": ["access"],
        "lang": "en",
        "notes": "Template pasted between dashes by an attorney for her mother; runs/portability blocks dropped.",
    },
    {
        "from": "Camille Lefèvre <camille.lefevre@orange.example>",
        "subject": "Demande d'accès RGPD",
        "client": "outlook",
        "body": "Bonjour,\n\n"
        + letter(
            "fr-access-tracking.txt",
            ("has_fields",),
            {"id_data": "Camille Lefèvre\n12 rue des Lilas, Lille\nRobot ID : 60231"},
        )
        + "\n\nCamille Lefèvre",
        "name": "Camille Lefèvre",
        "robot": "60231",
        "rights": ["access"],
        "lang": "fr",
        "notes": "datenanfragen fr/access-tracking without portability.",
    },
    {
        "from": "Thierry Moreau <t.moreau@laposte.example>",
        "subject": "RGPD article 15 et 20",
        "body": letter("fr-access-tracking.txt", ("data_portability",)) + "\n\nThierry Moreau",
        "name": "Thierry Moreau",
        "rights": ["access", "portability"],
        "lang": "fr",
        "notes": "Whole body is the fr template with portability, {id_data} block dropped, no greeting of his own.",
    },
    {
        "from": "Giulia Romano <giulia.romano@libero.example>",
        "subject": "Richiesta di accesso ai dati personali",
        "client": "gmail",
        "body": "Buongiorno,\n\nmia madre ha un robot Tessa (Tessa ID 71044). Vi inoltro la richiesta qui sotto.\n\n"
        + letter(
            "it-access-tracking.txt",
            ("data_portability", "has_fields"),
            {"id_data": "Giulia Romano, Via Roma 3, Bologna"},
        )
        + "\n\nGiulia Romano",
        "name": "Giulia Romano",
        "robot": "71044",
        "rights": ["access", "portability"],
        "lang": "it",
        "notes": "datenanfragen it/access-tracking with portability; Tessa ID in the writer's own line.",
    },
    {
        "from": "Lorenzo Bianchi <lorenzo.bianchi@tiscali.example>",
        "subject": "GDPR art. 15",
        "body": letter("it-access-tracking.txt", ("has_fields",)) + "\n\n[Nome e cognome]",
        "name": "Lorenzo Bianchi",
        "rights": ["access"],
        "lang": "it",
        "notes": "Template with {id_data} left unfilled and the name placeholder not replaced; name from From.",
    },
    {
        "from": "Heike Brandt <heike.brandt@web.example>",
        "subject": "Mahnung: Anfrage nach Art. 17 DSGVO",
        "body": letter("de-admonition.txt", (), {"request_date": "02.10.2026", "request_article": "17"})
        + "\nHeike Brandt",
        "name": "Heike Brandt",
        "rights": ["erasure"],
        "lang": "de",
        "notes": "datenanfragen de/admonition: a reminder naming Art. 17 restates the erasure request (blind4 decision).",
    },
    {
        "from": "Rüdiger Vogt <r.vogt@t-online.example>",
        "subject": "AW: Auskunft",
        "client": "outlook",
        "body": "Sehr geehrte Damen und Herren,\n\nich hänge meine Mahnung unten an. Es geht um die Daten meines Vaters "
        "(Roboter-ID 44902), für den ich Betreuer bin.\n\n"
        + letter("de-admonition.txt", (), {"request_date": "{request_date}", "request_article": "15"})
        + "\nRüdiger Vogt",
        "name": "Rüdiger Vogt",
        "robot": "44902",
        "rights": ["access"],
        "lang": "de",
        "notes": "Admonition for Art. 15 with the date placeholder left in; a Betreuer for his father.",
    },
    {
        "from": "Sanne Kuipers <sanne.kuipers@ziggo.example>",
        "subject": "Klacht bij de AP - ter info",
        "body": "Beste Tinybots,\n\nTer informatie stuur ik u de klacht die ik vandaag bij de Autoriteit Persoonsgegevens heb "
        "ingediend. U kunt dit nog voorkomen: verwijder alsnog al mijn gegevens zoals ik op 1 september heb gevraagd.\n\n"
        + letter(
            "nl-complaint.txt",
            (),
            {
                "request_date": "1 september 2026",
                "request_article": "17",
                "request_recipient_address": "Tinybots BV, Rotterdam",
            },
        )
        + "\nSanne Kuipers",
        "name": "Sanne Kuipers",
        "rights": ["erasure"],
        "lang": "nl",
        "notes": "datenanfragen nl/complaint to the DPA (placeholders partly left) with her own restated erasure request.",
    },
    {
        "from": "Bart Wouters <bart.wouters@telenet.example>",
        "subject": "klacht AP",
        "body": "Hallo,\n\nHieronder mijn klacht aan de AP, in kopie aan jullie. Ik verwacht geen antwoord meer van jullie.\n\n"
        + letter("nl-complaint.txt", (), {"request_date": "3 augustus 2026", "request_article": "15"})
        + "\nBart Wouters",
        "name": "Bart Wouters",
        "rights": [],
        "lang": "nl",
        "notes": "TRAP-ish: a copy of a complaint to the DPA, explicitly expecting nothing from us: requests nothing.",
    },
    # ---- own words in the style of public sample letters ----
    {
        "from": "Helen Carter <helen.carter@btinternet.example>",
        "subject": "Right to erasure request",
        "body": """Dear Sir or Madam

Right to erasure request

I am writing to ask that you erase all personal data you hold about me, under Article 17 of the UK GDPR.
I no longer use your Tessa service (robot number 30318) and the data is no longer necessary for the purpose for
which you collected it.

If you have disclosed my data to others, please contact each recipient and inform them of my request.

Please confirm in writing once you have erased the data. If you do not normally deal with these requests, please
pass this letter to your Data Protection Officer.

I reserve the right to complain to the Information Commissioner's Office if I do not hear from you within one month.

Yours faithfully
Helen Carter
14 Mill Lane, Hexham""",
        "name": "Helen Carter",
        "robot": "30318",
        "rights": ["erasure"],
        "lang": "en",
        "notes": "Own words in the style of the ICO erasure letter; reserved complaint is not a request.",
    },
    {
        "from": "David Okafor <d.okafor@outlook.example>",
        "subject": "Request to restrict processing",
        "client": "outlook",
        "body": """Dear Data Protection Officer,

On 4 November I told you that the date of birth you hold for me is wrong. While you check this, I ask you to restrict the
processing of my personal data under Article 18(1)(a) GDPR, so that it is only stored and not otherwise used until the
accuracy has been verified.

Please confirm that the restriction is in place and tell me before you lift it.

Kind regards,
David Okafor
+44 7700 900412""",
        "name": "David Okafor",
        "rights": ["restriction"],
        "lang": "en",
        "notes": "ICO-style restriction pending verification; earlier rectification only recalled, not restated. UK mobile.",
        "phone": "+447700900412",
    },
    {
        "from": "Priya Nair <priya.nair@gmail.example>",
        "subject": "Objection to processing - Article 21",
        "body": """Dear Tinybots,

I object to the processing of my personal data for your product research and service statistics, which you say you
carry out on the basis of legitimate interests. My particular situation: I am a carer and do not want my daily
patterns analysed. Please stop this processing unless you can show compelling legitimate grounds.

Please also note that I have not objected to processing needed to keep the robot working.

Thanks,
Priya Nair""",
        "name": "Priya Nair",
        "rights": ["objection"],
        "lang": "en",
        "notes": "ICO-style Article 21 objection to legitimate-interest processing.",
    },
    {
        "from": "Tom Hughes <tom.hughes@sky.example>",
        "subject": "Data portability request",
        "body": """Hi,

Under Article 20 I would like you to transmit the personal data I provided to you (account details, schedules and
reminders I entered for my dad's Tessa) directly to CareConnect Ltd, our new provider, in a machine-readable format.
If a direct transfer is not technically feasible, please send it to me as CSV or JSON.

Tom Hughes""",
        "name": "Tom Hughes",
        "rights": ["portability"],
        "lang": "en",
        "notes": "Portability with direct transmission to another controller.",
    },
    {
        "from": "Aoife Byrne <aoife.byrne@eir.example>",
        "subject": "Rectification of personal data",
        "client": "gmail",
        "body": """Dear Sir/Madam,

I wish to exercise my right to rectification under Article 16 GDPR. The following personal data you hold about me is
inaccurate:

- Surname: recorded as 'Burne', should be 'Byrne'
- Date of birth: recorded as 12/03/1956, should be 21/03/1956

Please correct these records and confirm once done. If you have passed the inaccurate data to others, please tell them
as well.

I look forward to your reply within one month.

Aoife Byrne""",
        "name": "Aoife Byrne",
        "rights": ["rectification"],
        "lang": "en",
        "notes": "Irish DPC-style rectification letter (own words).",
    },
    {
        "from": "Yvonne Scholten <y.scholten@kpnmail.example>",
        "subject": "Verzoek tot verwijdering persoonsgegevens",
        "body": """Geachte heer/mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u om alle
persoonsgegevens die u over mij verwerkt te verwijderen. Ik heb het abonnement op de robot per 1 november opgezegd en
er is geen reden meer om mijn gegevens te bewaren.

Wilt u mij binnen een maand laten weten dat u mijn gegevens heeft verwijderd? Als u mijn verzoek niet of niet helemaal
uitvoert, wilt u dan uitleggen waarom?

Met vriendelijke groet,

Yvonne Scholten
Lindelaan 8
3701 AB Zeist""",
        "name": "Yvonne Scholten",
        "rights": ["erasure"],
        "lang": "nl",
        "notes": "In the style of the Consumentenbond/AP voorbeeldbrief verwijdering (own words).",
    },
    {
        "from": "Kees Verhoef <keesverhoef@hetnet.example>",
        "subject": "verzoek beperking verwerking",
        "body": """Geachte Tinybots,

Hierbij verzoek ik u op grond van artikel 18 AVG de verwerking van mijn persoonsgegevens te beperken. Ik heb bezwaar
gemaakt tegen het gebruik van mijn gegevens voor uw onderzoek en u heeft nog niet beoordeeld of uw belangen zwaarder
wegen. Tot die beoordeling klaar is, mag u mijn gegevens alleen nog bewaren.

Ik ontvang graag een bevestiging.

Met vriendelijke groet,
K. Verhoef
robotnummer 22817""",
        "name": "Kees Verhoef",
        "robot": "22817",
        "rights": ["restriction"],
        "lang": "nl",
        "notes": "AP-style beperking; the earlier objection is recalled, not restated. Initials in the sign-off, full name in From.",
    },
    {
        "from": "Noor El Amrani <noor.elamrani@hotmail.example>",
        "subject": "Verzoek dataportabiliteit",
        "client": "outlook",
        "body": """Beste medewerker,

Ik wil gebruikmaken van mijn recht op dataportabiliteit (artikel 20 AVG). Wilt u de persoonsgegevens die ik zelf aan u
heb verstrekt voor de robot van mijn oma (haar dagplanning, herinneringen en contactpersonen) aan mij geven in een
gestructureerde, gangbare en machineleesbare vorm, bijvoorbeeld een Excel- of CSV-bestand?

Alvast bedankt,
Noor El Amrani
06 48 22 19 07""",
        "name": "Noor El Amrani",
        "phone": "+31648221907",
        "rights": ["portability"],
        "lang": "nl",
        "notes": "AP-style dataportabiliteit, for her grandmother's robot.",
    },
    {
        "from": "Wim de Graaf <wim.degraaf@planet.example>",
        "subject": "intrekken toestemming",
        "body": """Geachte heer, mevrouw,

Ik heb bij het aansluiten van de robot toestemming gegeven om mijn gebruiksgegevens te gebruiken voor
productverbetering. Deze toestemming trek ik hierbij in (artikel 7 lid 3 AVG). Wilt u dit bevestigen?

Met vriendelijke groet,
Wim de Graaf""",
        "name": "Wim de Graaf",
        "rights": ["consent_withdrawal"],
        "lang": "nl",
        "notes": "AP-style withdrawal of consent.",
    },
    {
        "from": "Ingrid Köhler <ingrid.koehler@gmx.example>",
        "subject": "Widerruf meiner Einwilligung",
        "body": """Sehr geehrte Damen und Herren,

hiermit widerrufe ich meine Einwilligung in die Verarbeitung meiner personenbezogenen Daten zu Forschungszwecken mit
Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO). Bitte bestätigen Sie mir den Eingang dieses Widerrufs schriftlich.

Mit freundlichen Grüßen
Ingrid Köhler""",
        "name": "Ingrid Köhler",
        "rights": ["consent_withdrawal"],
        "lang": "de",
        "notes": "Verbraucherzentrale-style Widerruf (own words).",
    },
    {
        "from": "Jürgen Albers <j.albers@posteo.example>",
        "subject": "Einschränkung der Verarbeitung nach Art. 18 DSGVO",
        "client": "qp",
        "body": """Guten Tag,

ich bestreite die Richtigkeit der bei Ihnen gespeicherten Gesundheitsangaben meiner Mutter. Schränken Sie die
Verarbeitung dieser Daten ein, bis Sie die Richtigkeit überprüft haben. Bis dahin dürfen die Daten nur gespeichert,
nicht aber an den Pflegedienst weitergegeben werden.

Mit freundlichen Grüßen
Jürgen Albers
Seriennummer: TB-DE-3307""",
        "name": "Jürgen Albers",
        "robot": "TB-DE-3307",
        "rights": ["restriction"],
        "lang": "de",
        "notes": "Restriction pending a contested accuracy; does not itself ask for a correction.",
    },
    {
        "from": "Petra Neumann <petra.neumann@freenet.example>",
        "subject": "Auskunft und Datenübertragbarkeit",
        "body": """Hallo,

bitte erteilen Sie mir Auskunft nach Art. 15 DSGVO über alle zu meiner Person gespeicherten Daten und stellen Sie mir
die von mir bereitgestellten Daten zusätzlich nach Art. 20 DSGVO in einem maschinenlesbaren Format (CSV oder JSON)
zur Verfügung.

Danke und viele Grüße
Petra Neumann""",
        "name": "Petra Neumann",
        "rights": ["access", "portability"],
        "lang": "de",
        "notes": "Art. 15 + Art. 20 combined in two sentences.",
    },
    {
        "from": "Élodie Martin <elodie.martin@free.example>",
        "subject": "Demande d'effacement de mes données",
        "body": """Madame, Monsieur,

En application de l'article 17 du RGPD, je vous prie d'effacer de vos fichiers toutes les données personnelles me
concernant. Je vous remercie de me confirmer cet effacement dans le délai d'un mois.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Élodie Martin""",
        "name": "Élodie Martin",
        "rights": ["erasure"],
        "lang": "fr",
        "notes": "CNIL-style effacement (own words).",
    },
    {
        "from": "Javier Ortega <javier.ortega@telefonica.example>",
        "subject": "Ejercicio del derecho de supresión",
        "body": """Estimados señores:

Por medio de la presente ejerzo el derecho de supresión previsto en el artículo 17 del RGPD y les solicito que
supriman todos mis datos personales de sus ficheros, ya que he dado de baja el servicio del robot de mi madre.

Les ruego que me comuniquen la supresión en el plazo de un mes.

Atentamente,
Javier Ortega""",
        "name": "Javier Ortega",
        "rights": ["erasure"],
        "lang": "es",
        "notes": "AEPD-style supresión (own words).",
    },
    {
        "from": "Katarzyna Nowak <k.nowak@onet.example>",
        "subject": "Sprzeciw wobec przetwarzania danych",
        "body": """Szanowni Państwo,

na podstawie art. 21 ust. 2 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych w celach marketingu
bezpośredniego. Proszę o niewysyłanie mi więcej ofert.

Z poważaniem
Katarzyna Nowak""",
        "name": "Katarzyna Nowak",
        "rights": ["objection"],
        "lang": "pl",
        "notes": "Polish objection to direct marketing.",
    },
    {
        "from": "Marco Ricci <marco.ricci@alice.example>",
        "subject": "Richiesta di rettifica dei dati",
        "body": """Spett.le Tinybots,

ai sensi dell'art. 16 del GDPR chiedo la rettifica dei miei dati personali: il mio indirizzo risulta ancora Via Verdi 10,
mentre dal 1° ottobre abito in Via Mazzini 22, Verona. Vi prego di aggiornare i vostri archivi.

Distinti saluti
Marco Ricci""",
        "name": "Marco Ricci",
        "rights": ["rectification"],
        "lang": "it",
        "notes": "Italian rectification of an address.",
    },
    {
        "from": "Chris Walker <chris.walker@protonmail.example>",
        "subject": "SAR",
        "body": """Dear [Company name],

Subject access request

[Your full name]
[Your address]

Please supply the personal data you hold about me, which I am entitled to receive under data protection law, held in:
- your customer records
- call recordings and chat logs
- [add anything else]

Please also tell me the purposes of the processing, who it is shared with and how long it is kept, and inform me of
my rights to rectification, erasure, restriction and to object.

If you need more information to find my data, please let me know. I look forward to receiving your response within
one calendar month.

Yours faithfully
[Your name]

--
Chris Walker""",
        "name": "Chris Walker",
        "rights": ["access"],
        "lang": "en",
        "notes": "Sample SAR with placeholders left; 'inform me of my rights to rectification ...' is Art. 15(1)(e), not a request for them.",
    },
    {
        "from": "Susan Price <susan.price@aol.example>",
        "subject": "Request for deletion",
        "body": """To the Data Protection Officer,

I am writing to request the deletion of my personal data under Article 17 GDPR. I have closed my account.

This request is without prejudice to my rights of access, rectification and portability, which I reserve. I also
reserve the right to object to any further processing and to lodge a complaint with the supervisory authority.

Sincerely,
Susan Price""",
        "name": "Susan Price",
        "rights": ["erasure"],
        "lang": "en",
        "notes": "Erasure letter that reserves every other right: only erasure is requested.",
    },
    {
        "from": "Ahmed Hassan <ahmed.hassan@gmail.example>",
        "subject": "Article 22 - automated decision about my father",
        "body": """Dear Tinybots,

Your system decided on its own that my father's activity was 'abnormal' and sent an escalation to his care agency,
which then reduced his home visits. I do not accept a decision like this being made solely by automated processing.
Under Article 22 GDPR I ask for human intervention: please have a person review this decision, and let me contest it
and explain my father's point of view.

Ahmed Hassan
robot ID: 81250""",
        "name": "Ahmed Hassan",
        "robot": "81250",
        "rights": ["automated_decision"],
        "lang": "en",
        "notes": "Art. 22 human intervention on behalf of a father.",
    },
    {
        "from": "Lena Fischer <lena.fischer@personaldata.example>",
        "subject": "Access request incl. sensor data and logs",
        "client": "gmail",
        "body": """Hello,

I use PersonalData.IO's approach to access requests, so please read this broadly. Under Article 15 GDPR please send me a
copy of all personal data you hold about me, explicitly including:
- raw and derived sensor data from the Tessa in my flat (motion, voice-activity, button presses)
- server logs, IP addresses and timestamps linked to my robot or app account
- any inferences, scores or labels you derived about me

Please provide it in electronic form.

Best,
Lena Fischer""",
        "name": "Lena Fischer",
        "rights": ["access"],
        "lang": "en",
        "notes": "In the style of PersonalData.IO's access requests (own words): inferences/logs are part of access.",
    },
    {
        "from": "Ruben Hoekstra <ruben.hoekstra@xs4all.example>",
        "subject": "Fwd: inzageverzoek mam",
        "body": """Hoi,

Mijn moeder (Tessa robotnummer 19774) heeft mij gevraagd onderstaande brief door te sturen. Ze heeft geen e-mail.

--- brief ---
Geachte heer/mevrouw,

Op grond van artikel 15 van de AVG vraag ik u om inzage in de persoonsgegevens die u over mij verwerkt. Ik ontvang
graag een overzicht van de gegevens, de doelen waarvoor u ze gebruikt, aan wie u ze verstrekt en hoe lang u ze
bewaart, en een kopie van de gegevens.

Met vriendelijke groet,
Hennie Hoekstra-Visser
--- einde brief ---

Groet,
Ruben Hoekstra""",
        "name": "Ruben Hoekstra",
        "robot": "19774",
        "rights": ["access"],
        "lang": "nl",
        "notes": "In the style of Bits of Freedom's PIM letter, pasted by a son for his mother.",
    },
]
