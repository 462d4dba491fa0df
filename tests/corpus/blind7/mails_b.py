"""Privacy-rights requests: letters in the style of public sources not used by the earlier sets (own words),
and informal requests, by writers and representatives, in several languages and clients."""

from __future__ import annotations

from words import q

REQUESTS: list[dict] = [
    dict(
        frm="Elisabeth Gruber <elisabeth.gruber@aon.example>",
        subj="Auskunftsbegehren gemäß Art. 15 DSGVO",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

ich ersuche Sie hiermit als Erwachsenenvertreterin meiner Mutter, Frau Hermine Gruber (Tessa-Nummer 73301),
um Auskunft nach Art. 15 DSGVO. Bitte teilen Sie mir binnen eines Monats mit, ob Sie personenbezogene Daten
meiner Mutter verarbeiten, und übermitteln Sie mir gegebenenfalls eine Kopie dieser Daten samt der
Verarbeitungszwecke, der Empfänger und der geplanten Speicherdauer.

Eine Kopie meines Vertretungsnachweises liegt bei.

Mit freundlichen Grüßen
Mag. Elisabeth Gruber
Wien
""",
        att=[("application/pdf", "Vertretungsnachweis.pdf", None)],
        name="Elisabeth Gruber",
        robot="73301",
        rights=["access"],
        notes="Austrian style Auskunftsbegehren by an Erwachsenenvertreterin (own words).",
    ),
    dict(
        frm="Urs Brunner <urs.brunner@bluewin.example>",
        subj="Auskunftsbegehren nach Art. 25 DSG",
        lang="de",
        body="""Guten Tag

Gestützt auf Art. 25 des schweizerischen Datenschutzgesetzes verlange ich Auskunft darüber, ob und welche
Personendaten über mich bei Ihnen bearbeitet werden. Ich habe im Sommer für meinen Vater in Arnhem mehrmals
mit Ihrem Helpdesk korrespondiert. Bitte senden Sie mir die Auskunft schriftlich und kostenlos.

Freundliche Grüsse
Urs Brunner
+41 79 555 12 34
""",
        name="Urs Brunner",
        phone="+41795551234",
        rights=["access"],
        notes="Swiss-law access request (Art. 25 DSG, not the GDPR), EDÖB style in own words; Swiss mobile.",
    ),
    dict(
        frm="Koen Vermeersch <koen.vermeersch@proximus.example>",
        subj="Verzoek tot gegevenswissing",
        body="""Geachte,

Bij deze vraag ik u, overeenkomstig artikel 17 van de Algemene Verordening Gegevensbescherming, alle
persoonsgegevens die u over mij bijhoudt te wissen. Het toestel van mijn vader werd in oktober teruggestuurd
en ik heb geen contact meer met uw dienst nodig. Gelieve mij de wissing binnen de wettelijke termijn te
bevestigen.

Met vriendelijke groeten,
Koen Vermeersch
Kortrijk
""",
        name="Koen Vermeersch",
        rights=["erasure"],
        notes="Flemish erasure letter in the style of the Belgian GBA model letters (own words).",
    ),
    dict(
        frm="Martine Lefèvre <martine.lefevre@orange.example>",
        subj="Demande d'effacement de données",
        lang="fr",
        mime="alt",
        style="apple",
        body="""Madame, Monsieur,

En application de l'article 17 du RGPD, je vous prie de supprimer l'ensemble des données personnelles
concernant ma mère, Mme Jeanne Lefèvre, décédée le 2 novembre. Je suis son héritière et vous trouverez
l'acte de décès en pièce jointe.

Je vous remercie de me confirmer l'effacement par retour de courriel.

Martine Lefèvre
""",
        att=[("application/pdf", "acte_de_deces.pdf", None)],
        name="Martine Lefèvre",
        rights=["erasure"],
        notes="French erasure for a deceased mother by her heir, consumer-association style (own words).",
    ),
    dict(
        frm="Jolanda Peters <jolanda.peters@ziggo.example>",
        subj="Onjuiste geboortedatum moeder",
        body="""Geachte heer/mevrouw,

In het overzicht dat ik van u kreeg, staat de geboortedatum van mijn moeder als 03-07-1938. Dat moet
07-03-1938 zijn. Ik verzoek u dit in uw administratie te corrigeren (artikel 16 AVG). Haar BSN staat
voor de zekerheid hieronder, zodat u de juiste persoon vindt: 2741.83.651.

Met vriendelijke groet,
Jolanda Peters
Tessa-nummer moeder: 49912
""",
        name="Jolanda Peters",
        robot="49912",
        rights=["rectification"],
        bsn="274183651",
        notes="Rectification of a birth date, Juridisch Loket style; an unmasked BSN in dotted form.",
    ),
    dict(
        frm="Daniel Okafor <daniel.okafor@proton.example>",
        subj="Subject access request",
        lang="en",
        mime="alt",
        style="gmail",
        body="""Dear Data Protection Officer,

I am making a subject access request under Article 15 of the UK GDPR and the EU GDPR. Please supply a copy
of all personal data you hold about me, including any call notes from your help desk, and tell me where
you obtained it if not from me.

For identification: I contacted you about the Tessa robot of my aunt (Tessa number 62277) in September.

Yours faithfully,
Daniel Okafor
+44 7700 900123
""",
        name="Daniel Okafor",
        phone="+447700900123",
        robot="62277",
        rights=["access"],
        notes="UK writer, Open Rights Group style SAR (own words); a UK mobile in E.164 with spaces.",
    ),
    dict(
        frm="Margaret Hughes <m.hughes@btinternet.example>",
        subj="Please stop the surveys",
        lang="en",
        body="""Hello,

Every time my mother's robot has been repaired you send her a satisfaction survey. Please stop using her
details for surveys altogether; she finds them confusing and she will never fill one in.

Kind regards,
Margaret Hughes (daughter of Mrs Hughes, Tessa no. 18812)
""",
        name="Margaret Hughes",
        robot="18812",
        rights=["objection"],
        notes="Objection to surveys with a permanent intent, Citizens Advice style; robot id in the sign-off.",
    ),
    dict(
        frm=f"{q('Bärbel Schröder')} <baerbel.schroeder@t-online.example>",
        subj="Widerruf meiner Einwilligung",
        lang="de",
        cs="utf-8",
        cte="b64",
        body="""Guten Tag,

hiermit widerrufe ich meine Einwilligung, dass Sie die Sprachaufnahmen des Roboters meines Vaters zur
Verbesserung Ihrer Spracherkennung verwenden. Roboter-ID: 90871.

Mit freundlichen Grüßen
Bärbel Schröder
""",
        name="Bärbel Schröder",
        robot="90871",
        rights=["consent_withdrawal"],
        notes="Digitalcourage style Widerruf (own words); base64 utf-8 body; RFC 2047 Q utf-8 name.",
    ),
    dict(
        frm="Wolfgang Krause <w.krause@gmx.example>",
        subj="Löschung und Auskunft",
        lang="de",
        mime="html",
        style="ox",
        body="""Sehr geehrte Damen und Herren,

bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben, und schicken Sie mir eine Kopie.
Anschließend löschen Sie bitte sämtliche Daten über mich, soweit keine gesetzliche Aufbewahrungspflicht
besteht.

Wolfgang Krause
Münster
""",
        name="Wolfgang Krause",
        rights=["access", "erasure"],
        notes="Stiftung Warentest style combined access and erasure (own words), HTML-only.",
    ),
    dict(
        frm="Ana Sousa <ana.sousa@sapo.example>",
        subj="Pedido de acesso aos dados pessoais",
        lang="pt",
        body="""Exmos. Senhores,

Ao abrigo do artigo 15.º do RGPD, venho solicitar o acesso aos dados pessoais que tratam sobre o meu pai,
António Sousa, utilizador do robot Tessa em Roterdão (número de série 41007). Peço uma cópia dos dados.

Com os melhores cumprimentos,
Ana Sousa
""",
        name="Ana Sousa",
        robot="41007",
        rights=["access"],
        notes="Portuguese access request for a father, DECO style (own words); 'número de série'.",
    ),
    dict(
        frm="Karin Lindqvist <karin.lindqvist@telia.example>",
        subj="Begäran om registerutdrag",
        lang="sv",
        body="""Hej,

Jag begär ett registerutdrag enligt artikel 15 i dataskyddsförordningen om de personuppgifter ni
behandlar om mig. Jag har mejlat er om min mammas robot i Groningen.

Med vänliga hälsningar
Karin Lindqvist
""",
        name="Karin Lindqvist",
        rights=["access"],
        notes="Swedish access request (registerutdrag), IMY style in own words.",
    ),
    dict(
        frm="Dirk Meijer <dirk.meijer@kpnmail.example>",
        subj="gegevens",
        body="""haal mijn gegevens weg bij
jullie. we hebben geen robot meer

dirk meijer
""",
        name="Dirk Meijer",
        rights=["erasure"],
        notes="Informal erasure, lower case, from a phone.",
    ),
    dict(
        frm="Priya Raman <priya.raman@outlook.example>",
        subj="Question about mum's data",
        lang="en",
        mime="html",
        style="outlook",
        body="""Hi,

My mum has had a Tessa for a month now. What kind of information does the robot store about her, and who
at Tinybots can see it? Is any of it sent outside the EU?

Thanks,
Priya Raman
""",
        name="Priya Raman",
        rights=["information"],
        notes="Informal information question (what is stored, recipients, transfers) without asking a copy.",
    ),
    dict(
        frm="Gert-Jan Bakker <gj.bakker@hetnet.example>",
        subj="Overstap andere leverancier",
        body="""Goedemiddag,

Mijn vader gaat over naar een andere zorgrobot via de gemeente. Kunnen jullie alle gegevens die jullie over
hem hebben in een Excel- of CSV-bestand zetten, zodat we die aan de nieuwe leverancier kunnen geven?
Robotnummer 25519.

Met vriendelijke groet,
Gert-Jan Bakker
06-4455 6677
""",
        name="Gert-Jan Bakker",
        phone="+31644556677",
        robot="25519",
        rights=["portability"],
        notes="Informal portability for a father (file format + new supplier).",
    ),
    dict(
        frm="Irma Koster <irma.koster@zonnet.example>",
        subj="klacht en de opnames",
        mime="alt",
        style="yahoo",
        body="""Geachte helpdesk,

Ik heb een klacht ingediend over hoe de robot van mijn moeder gesprekken heeft opgenomen. Zolang die klacht
loopt wil ik niet dat jullie iets met die opnames doen. Laat ze staan maar gebruik ze niet.

Irma Koster
""",
        name="Irma Koster",
        rights=["restriction"],
        notes="Restriction while a complaint is pending, informal.",
    ),
    dict(
        frm="Hans Dekker <hans.dekker@caiway.example>",
        subj="abonnement mijn moeder automatisch verlaagd",
        body="""Beste Tinybots,

Jullie systeem heeft het abonnement van mijn moeder automatisch teruggezet naar 'basis' omdat ze de robot te
weinig zou gebruiken. Die beslissing is door een computer genomen en klopt niet. Ik wil dat een medewerker
hier opnieuw naar kijkt en dat ik mijn kant van het verhaal kan doen.

Hans Dekker
Tessa nr 12290
""",
        name="Hans Dekker",
        robot="12290",
        rights=["automated_decision"],
        notes="Automated decision: asks human review of a decision a computer took.",
    ),
    dict(
        frm="Marja Wijnants <marja.wijnants@upcmail.example>",
        subj="Naam fout gespeld",
        body="""Hallo,

In al jullie mails staat mijn naam als Wijnans. Het is Wijnants, met een t. Willen jullie dat aanpassen in
jullie systeem?

Groet,
Marja Wijnants
""",
        name="Marja Wijnants",
        rights=["rectification"],
        notes="Informal rectification of the writer's name.",
    ),
    dict(
        frm="Bewindvoering Noord <post@bewindnoord.example>",
        subj="Overlijden dhr. R. Stam, robot 30128",
        mime="alt",
        style="outlook",
        body="""Geachte heer, mevrouw,

Als bewindvoerder van wijlen de heer R. Stam deel ik u mee dat hij op 20 november is overleden. Ik verzoek u
het abonnement te beëindigen, de robot op te halen en daarna alle persoonsgegevens van de heer Stam uit uw
systemen te verwijderen.

Met vriendelijke groet,

Joost Hendriks
Bewindvoering Noord
050 - 211 43 00
""",
        name="Joost Hendriks",
        phone="+31502114300",
        robot="30128",
        rights=["erasure"],
        notes="Administrator: cancellation after a death (no right) plus an explicit erasure request.",
    ),
    dict(
        frm="Lisette van Beek <lisette.vanbeek@gmail.example>",
        subj="Onderzoek",
        mime="alt",
        style="gmail",
        body="""Hallo,

Ik las dat jullie gesprekken met Tessa gebruiken om de software te verbeteren. Ik wil niet dat de gegevens
van mijn moeder daarvoor gebruikt worden, nu niet en ook later niet.

Lisette van Beek
""",
        name="Lisette van Beek",
        rights=["objection"],
        notes="Objection to use for product improvement with a permanent intent.",
    ),
    dict(
        frm="Tom Jacobs <tom.jacobs@ziggo.example>",
        subj="toestemming spraakopnames",
        body="""Beste,

Bij de installatie heb ik toestemming gegeven voor het bewaren van de spraakopnames. Die toestemming trek ik
hierbij in.

Tom Jacobs
robot-id 77120
""",
        name="Tom Jacobs",
        robot="77120",
        rights=["consent_withdrawal"],
        notes="Consent withdrawal; the consent given earlier is background.",
    ),
    dict(
        frm="Michael O'Brien <michael.obrien@eircom.example>",
        subj="My father's records",
        lang="en",
        body="""Hello,

I hold power of attorney for my father, Patrick O'Brien (Tessa serial number 58830). Please send me a copy
of the personal data you have about him. His date of birth in your system is also wrong: it should be
14 May 1941, not 14 March.

Regards,
Michael O'Brien
+353 87 123 4567
""",
        name="Michael O'Brien",
        phone="+353871234567",
        robot="58830",
        rights=["access", "rectification"],
        notes="Attorney: access plus rectification; Irish mobile; apostrophe in the name.",
    ),
    dict(
        frm="Heike Vogel <heike.vogel@web.example>",
        subj="Daten meines Vaters",
        lang="de",
        body="""Hallo,

mein Vater ist ins Pflegeheim gezogen, den Roboter brauchen wir nicht mehr. Bitte löschen Sie alles, was
Sie über ihn gespeichert haben.

Danke
Heike Vogel
""",
        name="Heike Vogel",
        rights=["erasure"],
        notes="Informal German erasure for a father.",
    ),
    dict(
        frm="Sophie Martin <sophie.martin@free.example>",
        subj="Où sont stockées les données ?",
        lang="fr",
        body="""Bonjour,

Mon père utilise Tessa depuis peu. Où sont stockées ses données et pendant combien de temps les gardez-vous ?

Merci,
Sophie Martin
""",
        name="Sophie Martin",
        rights=["information"],
        notes="French information question (storage, retention).",
    ),
]
