"""Near misses that carry rights or data words but request nothing (label policy), ordinary help-desk mail, and a
few automatic messages (hand-written, fictional)."""

from __future__ import annotations

# the rights list of Tinybots' privacy statement (/work/shared/privacy-statement-nl.txt), as a customer pastes it
_RIGHTS_PART = """Uw privacyrechten

U heeft onder de algemene verordening persoonsgegevens de volgende rechten:

 • het recht op informatie over de verwerkingen;
 • het recht op inzage in zijn gegevens;"""

NEAR: list[dict] = [
    {
        "from": "Wendy Jansen <wendy.jansen@ziggo.example>",
        "subject": "vraag over rechten",
        "body": """Hallo,

Welke rechten heb ik eigenlijk onder de AVG als gebruiker van de robot? Mijn dochter zei dat ik van alles kan
opvragen, maar ik weet niet wat dat dan is. Ik hoef nu niets, ik ben gewoon benieuwd.

Wendy Jansen""",
        "name": "Wendy Jansen",
        "rights": [],
        "notes": "TRAP: a question about rights in general, explicitly asking nothing.",
    },
    {
        "from": "Lotte van Leeuwen <lotte.vanleeuwen@student.example>",
        "subject": "Werkstuk over privacy en zorgrobots",
        "body": """Beste Tinybots,

Ik zit in 5 vwo en schrijf een profielwerkstuk over zorgrobots en privacy. Hoe gaan jullie om met de AVG? Hebben
mensen recht op inzage in wat de robot opslaat en hoe regelen jullie het recht op verwijdering? Ik zou het fijn vinden
als iemand een paar vragen wil beantwoorden.

Groetjes,
Lotte van Leeuwen""",
        "name": "Lotte van Leeuwen",
        "rights": [],
        "notes": "TRAP: school assignment asking how rights are handled.",
    },
    {
        "from": "Maarten Smit <m.smit@dagbladoost.example>",
        "subject": "Persvraag: gegevens van ouderen",
        "client": "outlook",
        "body": """Goedemiddag,

Ik werk aan een artikel voor Dagblad Oost over zorgtechnologie. Welke gegevens verzamelt Tessa over ouderen, waar
worden die opgeslagen en hoe lang bewaren jullie die? Kunnen gebruikers hun gegevens laten verwijderen?

Graag een reactie voor donderdag.

Maarten Smit
redacteur Dagblad Oost
06-10 29 38 47""",
        "name": "Maarten Smit",
        "phone": "+31610293847",
        "rights": [],
        "notes": "TRAP: journalist; press questions are not rights (policy).",
    },
    {
        "from": "Inkoop Zorggroep Rivierenland <inkoop@zgrivierenland.example>",
        "subject": "Aanbesteding - vragenlijst gegevensbescherming",
        "client": "outlook",
        "body": """Geachte leverancier,

In het kader van de aanbesteding 'Zorg op afstand 2027' vragen wij u bijgaande vragenlijst in te vullen en een
verwerkersovereenkomst aan te leveren. Wij vragen onder meer:
1. Waar worden persoonsgegevens van cliënten opgeslagen?
2. Welke subverwerkers zet u in?
3. Hoe faciliteert u verzoeken van betrokkenen (inzage, rectificatie, wissing, overdraagbaarheid)?
4. Wat is uw bewaartermijn?

Graag ontvangen wij uw antwoorden vóór 15 december.

Met vriendelijke groet,
Ilse Vermeer
Inkoopadviseur, Zorggroep Rivierenland""",
        "name": "Ilse Vermeer",
        "rights": [],
        "notes": "TRAP: procurement DPA questionnaire by a care organisation.",
    },
    {
        "from": "Corrie Willems <corrie.willems@kpnmail.example>",
        "subject": "prijs",
        "body": """Goedendag,

Op uw website las ik dit:

"""
        + _RIGHTS_PART
        + """

Allemaal goed en wel, maar wat ik wil weten: wat kost de robot per maand als ik hem zelf betaal en niet via de
gemeente?

Corrie Willems""",
        "name": "Corrie Willems",
        "rights": [],
        "notes": "TRAP: privacy statement's rights list quoted beside a price question.",
    },
    {
        "from": "Bert Koster <bert.koster@hetnet.example>",
        "subject": "nieuw wifi",
        "body": """Hallo,

We hebben een nieuw modem. Kunt u op afstand de oude wifi-instellingen van de robot wissen, zodat ik het nieuwe
netwerk kan invoeren? Robotnummer 15522.

Bert Koster""",
        "name": "Bert Koster",
        "robot": "15522",
        "rights": [],
        "notes": "TRAP: erase wifi settings (device).",
    },
    {
        "from": "Ria Smits <ria.smits@ziggo.example>",
        "subject": "herinnering",
        "client": "apple",
        "body": """Hoi,

Wilt u de oude herinnering voor de fysio op dinsdag verwijderen? Die is niet meer nodig. Ik krijg het zelf niet
weg in de app.

Groetjes Ria Smits

Verstuurd vanaf mijn iPhone""",
        "name": "Ria Smits",
        "rights": [],
        "notes": "TRAP: delete an old reminder.",
    },
    {
        "from": "Hennie Dekker <hennie.dekker@planet.example>",
        "subject": "bezwaar prijsverhoging",
        "body": """Geachte heer/mevrouw,

Hierbij maak ik bezwaar tegen de prijsverhoging per 1 januari. In mijn contract staat niets over een verhoging van
12%. Ik verwacht dat u de oude prijs handhaaft.

Hennie Dekker""",
        "name": "Hennie Dekker",
        "rights": [],
        "notes": "TRAP: bezwaar against a price rise.",
    },
    {
        "from": "Paul Roberts <paul.roberts@sky.example>",
        "subject": "Cancel subscription - my father passed away",
        "body": """Hello,

I am sorry to inform you that my father, Mr George Roberts, passed away on 20 November. Please cancel his Tessa
subscription and let me know how to return the robot. Robot number 50981.

Kind regards,
Paul Roberts""",
        "name": "Paul Roberts",
        "robot": "50981",
        "rights": [],
        "notes": "TRAP: cancelling after a death.",
    },
    {
        "from": "Jan Bosman <jan.bosman@caiway.example>",
        "subject": "garantie",
        "body": """Goedemiddag,

De luidspreker van de robot kraakt. Ik heb recht op garantie, want hij is pas 14 maanden oud. Wanneer wordt hij
vervangen? Serienummer 33017.

Jan Bosman""",
        "name": "Jan Bosman",
        "robot": "33017",
        "rights": [],
        "notes": "TRAP: warranty 'recht op'.",
    },
    {
        "from": "Tinybots Nieuws <nieuws@mail.tinybots-news.example>",
        "subject": "Nieuwsbrief december: uw privacy en Tessa",
        "cls": "bulk",
        "client": "html",
        "headers": {"List-Unsubscribe": "<https://tinybots-news.example/u/8831>", "Precedence": "bulk"},
        "body": """Nieuwsbrief december

Uw privacy bij Tessa
U heeft recht op inzage, correctie en verwijdering van uw gegevens. U kunt ook bezwaar maken tegen het gebruik
ervan of uw toestemming intrekken. Stuur daarvoor een e-mail naar privacy@tinybots.nl.

Nieuw: Tessa leest het weerbericht voor.

Afmelden? Klik hier.""",
        "notes": "Newsletter listing rights.",
    },
    {
        "from": "Gerda Hofman <gerda.hofman@kpnmail.example>",
        "subject": "Fwd: brief gemeente Wmo",
        "client": "fwd",
        "body": """Hallo,

Ik kreeg deze brief van de gemeente. Moet ik hier iets mee voor de robot?

Gerda Hofman""",
        "fwd_from": "Gemeente Zwolle <wmo@zwolle.example>",
        "fwd_subject": "Besluit Wmo-voorziening",
        "fwd_body": """Geachte mevrouw Hofman,

Wij hebben uw aanvraag voor een Wmo-voorziening beoordeeld en toegekend. In dit besluit verwerken wij uw
persoonsgegevens. U heeft het recht om uw gegevens in te zien en te laten corrigeren. Bent u het niet eens met dit
besluit, dan kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
Team Wmo, Gemeente Zwolle""",
        "name": "Gerda Hofman",
        "rights": [],
        "notes": "TRAP: forwarded municipal Wmo letter with rights words.",
    },
    {
        "from": "Steve Turner <steve.turner@gmail.example>",
        "subject": "medication reminder time",
        "body": """Hi,

Can you correct the time of Mum's medication reminder? It says 8 pm but should be 7 pm. Tessa ID 41876.

Steve Turner""",
        "name": "Steve Turner",
        "robot": "41876",
        "rights": [],
        "lang": "en",
        "notes": "TRAP: correcting a reminder.",
    },
    {
        "from": "Ursula Lang <ursula.lang@web.example>",
        "subject": "doppelter Termin",
        "body": """Hallo,

bitte löschen Sie den doppelten Termin am Mittwoch im Kalender von Tessa. Meine Mutter wird sonst zweimal erinnert.

Ursula Lang""",
        "name": "Ursula Lang",
        "rights": [],
        "lang": "de",
        "notes": "TRAP: delete a calendar entry.",
    },
    {
        "from": "Harm Wiersma <harm.wiersma@ziggo.example>",
        "subject": "toegang app",
        "body": """Goedendag,

Kunt u mijn zoon ook toegang geven tot de app, zodat hij de agenda van mijn vrouw kan bijhouden? Zijn e-mail is
sjoerd.wiersma@gmail.example.

Harm Wiersma""",
        "name": "Harm Wiersma",
        "rights": [],
        "notes": "TRAP: app access for a relative.",
    },
    {
        "from": "Emma Clarke <emma.clarke@outlook.example>",
        "subject": "copy of invoice",
        "body": """Hello,

Could you send me a copy of the October invoice? I need it for the insurance.

Emma Clarke""",
        "name": "Emma Clarke",
        "rights": [],
        "lang": "en",
        "notes": "TRAP: copy of an invoice.",
    },
    {
        "from": "Karin Vermeulen <karin.vermeulen@hetnet.example>",
        "subject": "zus uit de app",
        "body": """Hallo,

Wilt u mijn zus uit de app verwijderen? Zij heeft geen contact meer met moeder en hoeft niet meer mee te kijken.

Karin Vermeulen""",
        "name": "Karin Vermeulen",
        "rights": [],
        "notes": "TRAP: removing another person from the app.",
    },
    {
        "from": "Nigel Foster <nigel.foster@btinternet.example>",
        "subject": "Late delivery",
        "body": """Hello,

The replacement robot was promised for Monday and still has not arrived. This is not acceptable. If this happens
again I reserve the right to ask you to delete all my data and take my business elsewhere.

Nigel Foster""",
        "name": "Nigel Foster",
        "rights": [],
        "lang": "en",
        "notes": "TRAP: a reserved/threatened right, nothing requested.",
    },
    {
        "from": "Dineke Schouten <dineke.schouten@kpnmail.example>",
        "subject": "toestemming",
        "body": """Beste Tinybots,

Hierbij geef ik toestemming om de gegevens van de robot van mijn moeder te delen met de thuiszorg, zoals de
wijkverpleegkundige vroeg.

Dineke Schouten""",
        "name": "Dineke Schouten",
        "rights": [],
        "notes": "TRAP: consent given, not withdrawn.",
    },
    {
        "from": "Freek Dijkstra <freek.dijkstra@ziggo.example>",
        "subject": "Re: [TB-005130] Tessa zegt niets",
        "client": "gmail",
        "body": """Dank, het werkt weer!

Freek Dijkstra

Op ma 30 nov. 2026 om 14:02 schreef Tinybots Helpdesk <help@tinybots.nl>:
> Beste heer Dijkstra,
>
> De robot is op afstand opnieuw gestart.
>
> Met vriendelijke groet,
> Tinybots Helpdesk
> --
> Tinybots verwerkt uw gegevens volgens de AVG. U heeft recht op inzage, correctie en verwijdering van uw
> gegevens en u kunt bezwaar maken tegen de verwerking. Zie tinybots.nl/privacy.""",
        "name": "Freek Dijkstra",
        "ticket": "TB-005130",
        "rights": [],
        "notes": "TRAP: rights words only in the quoted help-desk footer.",
    },
    {
        "from": "Sophie Laurent <sophie.laurent@orange.example>",
        "subject": "facture",
        "body": """Bonjour,

Je conteste la facture de novembre : le montant a été débité deux fois. Merci de me rembourser.

Sophie Laurent""",
        "name": "Sophie Laurent",
        "rights": [],
        "lang": "fr",
        "notes": "TRAP: disputing an invoice (FR).",
    },
    {
        "from": "Julie Ward <julie.ward@gmail.example>",
        "subject": "weekly quiz",
        "body": """Hi,

Can you unsubscribe my mother from the weekly quiz on the robot? She doesn't enjoy it any more.

Thanks, Julie Ward""",
        "name": "Julie Ward",
        "rights": [],
        "lang": "en",
        "notes": "TRAP: 'unsubscribe' from a robot feature, not from mail.",
    },
    {
        "from": "Frans Hermans <frans.hermans@caiway.example>",
        "subject": "vervangende robot",
        "body": """Goedemorgen,

Volgens het contract heb ik recht op een vervangende robot als de mijne langer dan een week kapot is. Hij is nu tien
dagen stuk. Robotnummer 28830.

Frans Hermans""",
        "name": "Frans Hermans",
        "robot": "28830",
        "rights": [],
        "notes": "TRAP: contractual 'recht op' a replacement.",
    },
    {
        "from": "Dr. Anna Keller <a.keller@uni-research.example>",
        "subject": "Research data request",
        "client": "outlook",
        "body": """Dear Tinybots team,

I lead a study on social robots in home care at our university. Would you be willing to share an anonymised data
set of robot usage (reminder counts, response times) for our analysis? We would of course sign a data-sharing
agreement.

Best regards,
Dr. Anna Keller""",
        "name": "Anna Keller",
        "rights": [],
        "lang": "en",
        "notes": "TRAP: a researcher asking for an anonymised data set (not her own data).",
    },
    {
        "from": "Functionaris Gegevensbescherming Zorgkring <fg@zorgkring.example>",
        "subject": "DPIA Tessa - vragen subverwerkers",
        "body": """Beste Tinybots,

Voor onze DPIA over de inzet van Tessa bij cliënten heb ik de volgende vragen: welke subverwerkers gebruikt u, waar
staan de servers, en hoe lang bewaart u de gebruiksgegevens van onze cliënten?

Met vriendelijke groet,
Pieter Claassen
Functionaris Gegevensbescherming, Zorgkring""",
        "name": "Pieter Claassen",
        "rights": [],
        "notes": "TRAP: a care organisation's DPO asks for its DPIA (procurement/processor questions).",
    },
    {
        "from": "Giorgio Conti <giorgio.conti@libero.example>",
        "subject": "ordine",
        "body": """Buongiorno,

vorrei cancellare l'ordine del secondo robot, non ci serve più.

Giorgio Conti""",
        "name": "Giorgio Conti",
        "rights": [],
        "lang": "it",
        "notes": "TRAP: 'cancellare' an order.",
    },
    {
        "from": "Carmen López <carmen.lopez@gmail.example>",
        "subject": "baja del servicio",
        "body": """Hola,

quiero darme de baja del servicio a partir de enero. ¿Cómo devuelvo el robot?

Carmen López""",
        "name": "Carmen López",
        "rights": [],
        "lang": "es",
        "notes": "TRAP: cancelling a service (ES 'darme de baja').",
    },
    {
        "from": "Agnieszka Wiśniewska <a.wisniewska@onet.example>",
        "subject": "reklamacja",
        "body": """Dzień dobry,

składam reklamację: robot nie włącza się od tygodnia. Numer seryjny 70215.

Agnieszka Wiśniewska""",
        "name": "Agnieszka Wiśniewska",
        "robot": "70215",
        "rights": [],
        "lang": "pl",
        "notes": "TRAP: Polish warranty complaint.",
    },
    {
        "from": "Klaas Postma <klaas.postma@hetnet.example>",
        "subject": "robot seit neat",
        "body": """Goeie,

De robot fan ús mem seit al twa dagen neat mear. It ljochtsje brânt wol. Robotnûmer 14408.

Groetnis,
Klaas Postma""",
        "name": "Klaas Postma",
        "robot": "14408",
        "rights": [],
        "lang": "mixed",
        "notes": "Frisian support mail. Robot label 'Robotnûmer' (Frisian spelling).",
    },
    {
        "from": "Bernadette Hayes <b.hayes@eircom.example>",
        "subject": "question before we sign",
        "body": """Hello,

Before we sign the contract for my mother: does the GDPR give her the right to see the data the robot collects?
Just curious, we don't need anything now.

Bernadette Hayes""",
        "name": "Bernadette Hayes",
        "rights": [],
        "lang": "en",
        "notes": "TRAP: question ABOUT a right, nothing requested.",
    },
    {
        "from": "Peter van Dijk <peter.vandijk@ziggo.example>",
        "subject": "bezwaar gemeente",
        "body": """Hallo,

De gemeente heeft de Wmo-vergoeding voor de robot van mijn moeder stopgezet. Ik wil bezwaar maken tegen die
beschikking. Kunnen jullie een brief sturen waarin staat dat zij de robot echt nodig heeft?

Peter van Dijk""",
        "name": "Peter van Dijk",
        "rights": [],
        "notes": "TRAP: bezwaar against a municipal decision.",
    },
    {
        "from": "Marianne Brink <marianne.brink@kpnmail.example>",
        "subject": "Fwd: datalek melding",
        "body": """Hallo,

Ik kreeg hieronder een melding van mijn zorgverzekeraar over een datalek. Zijn jullie ook gehackt? Ik hoor het graag.

Marianne Brink

---------- Doorgestuurd bericht ---------
Van: Zorgverzekeraar Plus <privacy@zvplus.example>
Onderwerp: Melding datalek

Beste verzekerde, bij een leverancier heeft een datalek plaatsgevonden. U heeft het recht op inzage en verwijdering
van uw gegevens; neem contact op met onze functionaris gegevensbescherming.""",
        "name": "Marianne Brink",
        "rights": [],
        "notes": "TRAP: forwarded breach notice from another company; a security question to us.",
    },
    # ---- ordinary help-desk mail ----
    {
        "from": "Gijs van der Wal <gijs.vanderwal@ziggo.example>",
        "subject": "Robot 23017 blijft piepen",
        "body": """Hallo,

De robot van mijn moeder piept elk kwartier. Wat kan ik doen?

Gijs van der Wal
06 12 98 45 33""",
        "name": "Gijs van der Wal",
        "phone": "+31612984533",
        "robot": "23017",
        "rights": [],
        "notes": "Ordinary support; robot id in the subject.",
    },
    {
        "from": "Elly Groen <elly.groen@hetnet.example>",
        "subject": "batterij",
        "client": "b64",
        "body": """Goedemiddag,

Hoe lang gaat de batterij mee als de stroom uitvalt? Tessanummer 31207.

Vriendelijke groet,
Elly Groen""",
        "name": "Elly Groen",
        "robot": "31207",
        "rights": [],
        "notes": "Ordinary question.",
    },
    {
        "from": "Michael Weber <michael.weber@gmx.example>",
        "subject": "Tessa spricht nur Niederländisch",
        "body": """Hallo,

kann man Tessa auf Deutsch umstellen? Meine Mutter wohnt in Kleve. Roboter-ID: 90411.

Gruß
Michael Weber""",
        "name": "Michael Weber",
        "robot": "90411",
        "rights": [],
        "lang": "de",
        "notes": "Ordinary question (language setting).",
    },
    {
        "from": "Yasmin Bakker <yasmin.bakker@gmail.example>",
        "subject": "nieuwe zorgmedewerker",
        "body": """Hoi,

Er komt een nieuwe thuiszorgmedewerker bij mijn oma. Hoe voeg ik haar toe als contactpersoon? Robotnr 26650.

Yasmin Bakker
+31 6 2047 1180""",
        "name": "Yasmin Bakker",
        "phone": "+31620471180",
        "robot": "26650",
        "rights": [],
        "notes": "Ordinary app question.",
    },
    {
        "from": "Ahmet Kaya <ahmet.kaya@hotmail.example>",
        "subject": "robot doet raar",
        "body": """Hallo,

robot van mijn vader doet raar, hij zegt steeds 'ik begrijp u niet' ook als niemand praat. Kan iemand kijken?
Robot nummer 47720. Mijn nummer 06-39 88 21 40.

Ahmet Kaya""",
        "name": "Ahmet Kaya",
        "phone": "+31639882140",
        "robot": "47720",
        "rights": [],
        "lang": "mixed",
        "notes": "Turkish-Dutch ordinary support.",
    },
    {
        "from": "Joyce Vermeer <joyce.vermeer@kpnmail.example>",
        "subject": "Out of office: robot",
        "body": """Hallo,

Ik ben volgende week op vakantie (out of office). Mijn broer regelt dan alles rond de robot van mama. Zijn nummer
staat al bij jullie. Robot id 18834.

Joyce Vermeer""",
        "name": "Joyce Vermeer",
        "robot": "18834",
        "rights": [],
        "notes": "Human mail that mentions out of office in the subject.",
    },
    {
        "from": "Thomas Reed <thomas.reed@outlook.example>",
        "subject": "volume",
        "client": "outlook",
        "body": """Hi,

How do I make Tessa speak louder in the morning only? Tessa number 55302.

Thomas Reed""",
        "name": "Thomas Reed",
        "robot": "55302",
        "rights": [],
        "lang": "en",
        "notes": "Ordinary question.",
    },
    {
        "from": "Automatisch antwoord <noreply@zorgkring.example>",
        "subject": "Automatisch antwoord: DPIA Tessa",
        "cls": "auto_reply",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Dank voor uw bericht. Ik ben afwezig tot 4 januari. Voor privacyvragen (inzage, verwijdering) kunt u
terecht bij privacy@zorgkring.example.""",
        "notes": "Auto-reply with rights words.",
    },
    {
        "from": "Mailer <no-reply@survey.example>",
        "subject": "Hoe tevreden bent u over de helpdesk?",
        "cls": "bulk",
        "headers": {"Precedence": "bulk"},
        "body": """Beste klant,

Wij horen graag hoe u de helpdesk van Tinybots ervaren heeft. Vul de vragenlijst in (3 minuten).
Uw antwoorden worden anoniem verwerkt. U kunt altijd verzoeken uw gegevens te laten verwijderen.

Afmelden voor deze enquêtes""",
        "notes": "Survey invitation with a rights sentence.",
    },
]
