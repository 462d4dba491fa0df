"""Public request letters pasted into mails as people do: datenanfragen.de templates (CC0, copied) and letters
written in the style of regulator / consumer-organisation templates whose licence does not allow copying
(own words; see README.md)."""

# --- datenanfragen.de / datarequests.org templates (github.com/datenanfragen/data, CC0 1.0) -----------------

DA_NL_ACCESS_TRACKING = """Aan wie het aanbelangt:

Ik verzoek hierbij om toegang overeenkomstig met artikel 15 AVG. Bevestig alstublieft of u al dan niet persoonlijke gegevens (zoals gedefinieerd in artikel 4, leden 1 en 2, AVG) over mij verwerkt.

In het geval dat u dat doet, vraag ik hierbij toegang tot de volgende informatie overeenkomstig met artikel 15 AVG:
1. alle aan mij toebehorende persoonlijke gegeven die u over mij heeft opgeslagen;
2. het doel van de gegevensverwerking;
3. de categorieën van de betrokken persoonlijke gegevens;
4. de ontvangers of categorieën van ontvangers aan wie de persoonlijke gegevens zijn of zullen worden bekendgemaakt;
5. waar mogelijk, de beoogde periode waarvoor de persoonlijke gegevens worden opgeslagen, of, indien niet mogelijk, de criteria die worden gebruikt om die periode te bepalen;
6. waar de data niet direct van de betrokkene verzameld is, alle beschikbare informatie over de bron;
7. het bestaan van geautomatiseerde besluitvorming, inclusief profilering, als bedoeld in artikel 22, leden 1 en 4, AVG en, althans in die gevallen, zinvolle informatie over de betrokken logica, evenals het belang en de beoogde gevolgen van dergelijke verwerking voor mij.

Als u mijn persoonlijke gegevens overdraagt naar een derde land of een internationale organisatie, verzoek ik om te worden geïnformeerd over de passende waarborgen overeenkomstig met artikel 46 AVG betreffende de overdracht.

Mijn verzoek omvat expliciet alle andere services en bedrijven waarvoor u de controleur bent zoals gedefinieerd in artikel 4, lid 7, AVG.

Zoals bepaald in Artikel 12, lid 3 AVG, you have to provide the requested information to me without undue delay and in any event within one month of receipt of the request. According to Article 15(3) GDPR, moet u mij de gevraagde informatie verstrekken zonder onnodige vertraging en in elk geval binnen een maand na ontvangst van het verzoek. Volgens artikel 15, lid 3, AVG moet u dit verzoek zonder kosten voor mij beantwoorden.

Vriendlijk verzoek ik u om mij te vertellen welke informatie (cookie nummer, apparaatkenmerk, etc.) nodig is voor u om mijn identiteit vast te stellen en hoe ik die informatie kan verkrijgen.

Ik neem de volgende informatie op die nodig is om mij te identificeren:
Naam: Wilma Okkerse
E-mailadres: wilma.okkerse@zeelandnet.example

Als u mijn verzoek niet binnen de gestelde termijn beantwoordt, behoud ik het recht voor om gerechtelijke stappen tegen u te ondernemen en een klacht in te dienen bij de verantwoordelijke toezichthoudende autoriteit.

Hoogachtend,
"""

DA_DE_ACCESS_TRACKING_PORTABILITY = """Guten Tag,

ich bitte hiermit um Auskunft gemäß Art. 15 DSGVO. Bitte bestätigen Sie mir, ob Sie mich betreffende personenbezogene Daten verarbeiten (vgl. Art. 4 Nr. 1 und 2 DSGVO).

In diesem Fall bitte ich Sie im Sinne des Art. 15 Abs. 1 DSGVO um Auskunft über
1. sämtliche personenbezogenen Daten, die Sie zu meiner Person gespeichert haben;
2. die Verarbeitungszwecke;
3. die Kategorien personenbezogener Daten, die verarbeitet werden;
4. die Empfänger oder Kategorien von Empfängern, gegenüber denen die personenbezogenen Daten offengelegt worden sind oder noch offengelegt werden;
5. falls möglich die geplante Dauer, für die die personenbezogenen Daten gespeichert werden, oder, falls dies nicht möglich ist, die Kriterien für die Festlegung dieser Dauer;
6. wenn die personenbezogenen Daten nicht bei mir erhoben wurden, alle verfügbaren Informationen über die Herkunft der Daten;
7. falls zutreffend, das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling gemäß Art. 22 Abs. 1 und 4 DSGVO und – sofern gegeben – aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen einer derartigen Verarbeitung meine Person.

Sofern Sie meine personenbezogenen Daten an ein Drittland oder an eine internationale Organisation übermitteln, bitte ich über die geeigneten Garantien gemäß Art. 46 DSGVO im Zusammenhang mit der Übermittlung unterrichtet zu werden.

Ich bitte Sie, mir die betreffenden personenbezogenen Daten, die ich Ihnen zur Verfügung gestellt habe, im Sinne des Art. 20 Abs. 1 DSGVO in einem strukturierten, gängigen und maschinenlesbaren Format zu übermitteln.

Meine Anfrage schließt explizit auch sämtliche weiteren Angebote und Unternehmen ein, für die Sie Verantwortlicher im Sinne des Art. 4 Nr. 7 DSGVO sind.

Die Auskunft ist nach Art. 12 Abs. 3 DSGVO unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang der Anfrage zu erteilen. Sie hat nach Art. 15 Abs. 3 DSGVO kostenlos zu erfolgen.

Bitte teilen Sie mir mit, welche Informationen (bspw. Cookie-ID oder Device-Advertising-ID) Sie benötigen, um mich zu identifizieren und erklären Sie mir, wie ich an diese Informationen herankomme.

Sie erreichen mich wie folgt:
Name: Sabine Kröger
E-Mail: s.kroeger@web.example

Sollten Sie meiner Anfrage nicht innerhalb der genannten Frist nachkommen, behalte ich mir vor rechtliche Schritte gegen Sie einzuleiten und Beschwerde bei der zuständigen Datenschutzaufsichtsbehörde einzureichen.

Mit freundlichen Grüßen
Sabine Kröger
"""

DA_EN_ADMONITION = """To Whom It May Concern:

A month ago, on 14 October 2026, I send you a request according to Article 15 GDPR. Unfortunately, I did not receive an answer so far. The period of one month according to Article 12 (3) 1 GDPR is therefore exceeded. Surely, my request has been held up in your daily business or is already on its way. Because of that I will extend the period.

After the arrival of this admonition, you will have additional two week to react upon it, otherwise I will contact the responsible supervisory authority.

Yours sincerely,
Graham Whitfield
"""

DA_NL_ADMONITION = """Geachte,

op 2 oktober 2026 heb ik u een verzoek verstuurd overeenkomstig met artikel 17 AVG.
Helaas heb ik dusver nog geen antwoord ontvangen. De periode van een maand zoals beschreven in artikel 12(3) zin 1 AVG is daarmee overschreden.

Daarom neem ik nu opnieuw contact met u op. Na de aankomst van deze vermaning, gelieve mijn verzoek binnen twee weken adequaat te beantwoorden. Anders behoud ik het recht om juridische stappen te ondernemen en een klacht tegen u in te dienen bij de daarvoor verantwoordelijke toezichthoudende autoriteit.

Dankuwel.

Met vriendelijke groet,
Kees Overbeek
"""

DA_FR_ADMONITION = """À qui de droit :

Le 5 octobre 2026 je vous ai envoyé une requête en accord avec l'article 15 RGPD.
Je n'ai malheureusement pas reçu de réponse. La période d'un mois selon l'article 12(3) alinéa 1 GDPR est donc dépassée.

C'est pourquoi je vous contacte une nouvelle fois. Après l'arrivée de cette admonition, veuillez répondre dans un délai de 2 semaines. Autrement je garde le droit de prendre des actions légales contre vous et déposer plainte auprès les authorités responsables.

Cordialement,
Hélène Garnier
"""

DA_ES_ADMONITION = """A quien le interese:

El día 9 de octubre de 2026 les envié una petición de acuerdo con el Artículo 17 del RGPD.
Lamentablemente no he recibido ninguna respuesta. El plazo de un mes del artículo 12(3) del RGPD ha vencido.

Es por eso que os estoy contactando de nuevo. Despúes de la llegada de esta amonestación, responded por favor mi petición de forma adecuada en un término de dos semanas. De lo contrario, me reservo el derecho de tomar acciones legales contra vosotros y a presentar una queja con la autoridad supervisora responsable.

Atentamente,
Javier Ortega Ruiz
"""

DA_IT_ADMONITION = """A chi di competenza:

in data 1 ottobre 2026 vi ho mandato una richiesta secondo l'Articolo 15 del GDPR.
Sfortunatamente, non ho ancora ricevuto nessuna risposta. Il periodo di un mese definito nell'Articolo 12(3) frase 1 del GDPR è dunque stato superato.

Per questo motivo vi sto contattando nuovamente. Dopo l'arrivo di questa ammonizione, per favore rispondete alla mia richiesta adeguatamente entro due settimane. Altrimenti, mi riservo il diritto d'intraprendere un'azione legale contro di voi e di presentare un reclamo all'autorità di controllo responsabile.

Grazie in anticipo per il vostro aiuto.

Cordialmente,
Chiara Benedetti
"""

LETTERS = [
    dict(
        from_="Wilma Okkerse <wilma.okkerse@zeelandnet.example>",
        subject="Verzoek om toegang artikel 15 AVG",
        body="Goedemiddag,\n\nZie hieronder mijn verzoek. Ik heb de tekst van datarequests.org gebruikt.\n\n"
        + DA_NL_ACCESS_TRACKING
        + "\nWilma Okkerse\n",
        name="Wilma Okkerse",
        rights=["access"],
        notes="datenanfragen nl/access-tracking (CC0) with own greeting; its Art. 15(1) items and Art. 46 are part "
        "of access, Art. 22 is only asked about (information inside access), not automated_decision.",
    ),
    dict(
        from_="Sabine Kröger <s.kroeger@web.example>",
        subject="Anfrage nach Art. 15 DSGVO",
        lang="de",
        client="outlook",
        body=DA_DE_ACCESS_TRACKING_PORTABILITY,
        name="Sabine Kröger",
        rights=["access", "portability"],
        notes="datenanfragen de/access-tracking with the Art. 20 paragraph (CC0), pasted as the whole body.",
    ),
    dict(
        from_="Graham Whitfield <g.whitfield@btinternet.example>",
        subject="Admonition: my request according to Article 15 GDPR",
        lang="en",
        body=DA_EN_ADMONITION,
        name="Graham Whitfield",
        rights=["access"],
        notes="datenanfragen en/admonition (CC0): a reminder that names the Art. 15 request and asks again for "
        "the answer = a follow-up restating the request.",
    ),
    dict(
        from_="Kees Overbeek <kees.overbeek@hetnet.example>",
        subject="Herinnering verzoek artikel 17 AVG",
        body="Beste Tinybots,\n\nIk heb nog steeds niets gehoord. Hieronder mijn herinnering.\n\n"
        + DA_NL_ADMONITION,
        name="Kees Overbeek",
        rights=["erasure"],
        notes="datenanfragen nl/admonition (CC0) for an Art. 17 request: restates the erasure request.",
    ),
    dict(
        from_="Hélène Garnier <helene.garnier@orange.example>",
        subject="Relance : demande article 15 RGPD",
        lang="mixed",
        body=DA_FR_ADMONITION,
        name="Hélène Garnier",
        rights=["access"],
        notes="datenanfragen fr/admonition (CC0), Art. 15 reminder.",
    ),
    dict(
        from_="Javier Ortega Ruiz <javier.ortega@telefonica.example>",
        subject="Recordatorio: petición artículo 17 RGPD",
        lang="mixed",
        body=DA_ES_ADMONITION,
        name="Javier Ortega Ruiz",
        rights=["erasure"],
        notes="datenanfragen es/admonition (CC0), Art. 17 reminder.",
    ),
    dict(
        from_="Chiara Benedetti <chiara.benedetti@libero.example>",
        subject="Sollecito richiesta art. 15 GDPR",
        lang="mixed",
        body=DA_IT_ADMONITION,
        name="Chiara Benedetti",
        rights=["access"],
        notes="datenanfragen it/admonition (CC0), Art. 15 reminder.",
    ),
    # --- own words, in the style of the ICO's subject access letter ------------------------------------------
    dict(
        from_="Margaret Holloway <mholloway@virginmedia.example>",
        subject="Subject access request",
        lang="en",
        body="""Tinybots BV
Data Protection Officer

Margaret Holloway
14 Chestnut Grove, Harrogate

6 December 2026

Dear Sir or Madam

Subject access request

My full name is Margaret Holloway and I have rented a Tessa robot since March. Under the UK GDPR and the EU
GDPR I am entitled to a copy of the personal data you hold about me, and I ask you to send me that copy,
together with the other information I am entitled to receive: why you use my data, who you have shared it with,
how long you keep it and where you got it from.

I would like the information by email. If you need more details from me to find my data, please let me know.

Yours faithfully
Margaret Holloway
""",
        name="Margaret Holloway",
        rights=["access"],
        notes="Own letter in the ICO template's style (ICO page text not copied).",
    ),
    # --- own words, in the style of the Autoriteit Persoonsgegevens' voorbeeldbrieven ----------------------------
    dict(
        from_="R. Veldkamp <r.veldkamp@ziggo.example>",
        subject="Verzoek om inzage (artikel 15 AVG)",
        body="""Aan: Tinybots BV
t.a.v. de functionaris gegevensbescherming

Betreft: verzoek om inzage

Geachte heer, mevrouw,

Met deze brief doe ik een beroep op artikel 15 van de Algemene verordening gegevensbescherming (AVG). Ik verzoek u
mij te laten weten of u persoonsgegevens van mij verwerkt en, als dat zo is, mij een kopie van die gegevens te
sturen, met de doelen van de verwerking, de ontvangers en de bewaartermijn.

U dient binnen een maand na ontvangst van deze brief te reageren.

Met vriendelijke groet,

Rianne Veldkamp
Vinkenlaan 8
7421 AB Deventer
""",
        name="Rianne Veldkamp",
        rights=["access"],
        notes="Own letter in the AP voorbeeldbrief style. Initials in From, full name in the sign-off.",
    ),
    dict(
        from_="Harm Jonkers <harm.jonkers@kpnplanet.example>",
        subject="Verzoek tot verwijdering persoonsgegevens",
        body="""Geachte heer/mevrouw,

Hierbij verzoek ik u op grond van artikel 17 van de AVG om alle persoonsgegevens die u van mij verwerkt te
verwijderen. Ik ben geen klant meer sinds 1 september 2026 en er is geen reden meer om mijn gegevens te bewaren.

Wilt u mij binnen een maand schriftelijk laten weten dat u mijn gegevens heeft gewist? Heeft u mijn gegevens aan
anderen verstrekt, laat hen dan ook weten dat ik om verwijdering heb gevraagd (artikel 19 AVG).

Met vriendelijke groet,
Harm Jonkers
""",
        name="Harm Jonkers",
        rights=["erasure"],
        notes="AP-style erasure letter (own words); Art. 19 notification is part of erasure.",
    ),
    dict(
        from_="Marloes Tiemens <marloes.tiemens@xs4all.example>",
        subject="Verzoek om correctie van mijn gegevens",
        client="gmail",
        body="""Geachte heer, mevrouw,

Op grond van artikel 16 AVG verzoek ik u de volgende onjuiste persoonsgegevens te corrigeren:

- geboortedatum: u heeft 12-03-1951 genoteerd, juist is 21-03-1951;
- tweede contactpersoon: deze is niet meer mijn zoon maar mijn dochter.

Ik ontvang graag binnen een maand een bevestiging dat de gegevens zijn aangepast.

Met vriendelijke groet,
Marloes Tiemens
""",
        name="Marloes Tiemens",
        rights=["rectification"],
        notes="AP-style rectification letter (own words).",
    ),
    dict(
        from_="Theo Brinkhuis <theo.brinkhuis@caiway.example>",
        subject="Bezwaar tegen verwerking van mijn persoonsgegevens",
        body="""Geachte heer, mevrouw,

Ik maak op grond van artikel 21 AVG bezwaar tegen de verwerking van mijn persoonsgegevens voor het
gebruikersonderzoek dat u met de gegevens van de robot doet. Mijn bijzondere situatie is dat ik lid ben van de
cliëntenraad van mijn zorgaanbieder en niet wil dat mijn gebruik van de robot in rapporten terechtkomt.

Ik verzoek u de verwerking voor dit doel te staken en mij binnen een maand te laten weten wat u met mijn bezwaar
heeft gedaan.

Met vriendelijke groet,
Theo Brinkhuis
""",
        name="Theo Brinkhuis",
        rights=["objection"],
        notes="AP-style objection letter (own words), Art. 21(1) with a particular situation.",
    ),
    dict(
        from_="Ineke Schuurman <ineke.schuurman@online.example>",
        subject="Verzoek beperking van de verwerking",
        body="""Geachte heer, mevrouw,

Ik betwist de juistheid van de gegevens over mijn medicijngebruik die u in het profiel van de robot heeft
opgeslagen. Op grond van artikel 18 lid 1 onder a AVG verzoek ik u de verwerking van die gegevens te beperken
totdat u heeft gecontroleerd of ze kloppen.

Met vriendelijke groet,
Ineke Schuurman
""",
        name="Ineke Schuurman",
        rights=["restriction"],
        notes="AP-style restriction letter (own words): contests accuracy but asks only for the hold.",
    ),
    dict(
        from_="Frank de Ruiter <frank.deruiter@solcon.example>",
        subject="Verzoek dataportabiliteit",
        body="""Geachte heer, mevrouw,

Wij stappen over naar een andere leverancier. Op grond van artikel 20 AVG verzoek ik u de persoonsgegevens die ik
aan u heb verstrekt (profiel, contactpersonen, het dagschema) aan mij te verstrekken in een gestructureerde,
gangbare en machineleesbare vorm, bijvoorbeeld CSV of JSON.

Met vriendelijke groet,
Frank de Ruiter
""",
        name="Frank de Ruiter",
        rights=["portability"],
        notes="AP-style portability letter (own words).",
    ),
    # --- own words, in the style of Bits of Freedom's Privacy Inzage Machine ------------------------------------
    dict(
        from_="Joost Meulenbelt <joost@meulenbelt.example>",
        subject="Inzageverzoek",
        body="""Geachte heer/mevrouw,

Met een beroep op artikel 15 AVG vraag ik u om inzage in mijn persoonsgegevens. Ik wil graag een volledig
overzicht ontvangen van:

1. de persoonsgegevens die u van mij verwerkt;
2. de doeleinden waarvoor u dat doet;
3. de ontvangers aan wie u ze verstrekt of heeft verstrekt;
4. hoe lang u ze bewaart;
5. waar u ze vandaan heeft, als u ze niet van mij zelf heeft gekregen;
6. of u geautomatiseerde besluiten over mij neemt en zo ja, welke logica u daarbij gebruikt.

Ik zie uw reactie binnen een maand tegemoet.

Met vriendelijke groet,
Joost Meulenbelt
""",
        name="Joost Meulenbelt",
        rights=["access"],
        notes="In the style of Bits of Freedom's PIM letter (own words). The Art. 22 question is part of access.",
    ),
    # --- own words, in the style of the Consumentenbond's inzageverzoek ------------------------------------------
    dict(
        from_="Anouk Wessels <anouk.wessels@telfort.example>",
        subject="Inzageverzoek",
        client="apple",
        body="""Hoi,

Dit is mijn verzoek, ik heb de brief van de Consumentenbond als voorbeeld genomen.

------
Onderwerp: Inzageverzoek

Geachte heer/mevrouw,

Ik wil graag weten welke persoonsgegevens uw organisatie van mij heeft. Ik doe daarom een verzoek tot inzage op
grond van artikel 15 AVG. Een kopie van mijn identiteitsbewijs, met BSN en foto afgeschermd, stuur ik mee.

Met vriendelijke groet,
Anouk Wessels
Lijsterbesstraat 41
6541 KL Nijmegen
------

Verstuurd vanaf mijn iPhone
""",
        name="Anouk Wessels",
        rights=["access"],
        notes="Consumentenbond-style letter between dashes (own words) with an iPhone footer.",
    ),
    # --- own words, in the style of the Verbraucherzentrale's Musterbriefe ---------------------------------------
    dict(
        from_="Dieter Hahnemann <d.hahnemann@t-online.example>",
        subject="Widerspruch gegen die Verwendung meiner Daten für Werbung",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Zwecke
der Werbung, auch per E-Mail und Telefon. Bitte bestätigen Sie mir schriftlich, dass Sie meine Daten nicht mehr
für Werbung nutzen.

Mit freundlichen Grüßen
Dieter Hahnemann
""",
        name="Dieter Hahnemann",
        rights=["objection"],
        notes="Verbraucherzentrale-style objection to advertising (own words).",
    ),
    dict(
        from_="Ursula Brandt <ursula.brandt@gmx.example>",
        subject="Berichtigung meiner Daten nach Art. 16 DSGVO",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

in Ihren Unterlagen ist mein Nachname falsch geschrieben (Brand statt Brandt) und meine Adresse veraltet. Ich
fordere Sie gemäß Art. 16 DSGVO auf, diese Daten unverzüglich zu berichtigen. Die neue Anschrift lautet:
Lindenstraße 12, 48143 Münster.

Mit freundlichen Grüßen
Ursula Brandt
""",
        name="Ursula Brandt",
        rights=["rectification"],
        notes="German rectification (own words).",
    ),
    dict(
        from_="Klaus Wendt <klaus.wendt@arcor.example>",
        subject="Einschränkung der Verarbeitung (Art. 18 DSGVO)",
        lang="de",
        body="""Guten Tag,

die Sturzprotokolle meines Vaters werden von Ihnen meiner Meinung nach unrechtmäßig ausgewertet. Eine Löschung
möchte ich aber nicht, weil ich die Protokolle als Nachweis gegenüber der Pflegekasse brauche. Ich verlange deshalb
nach Art. 18 Abs. 1 lit. b DSGVO die Einschränkung der Nutzung seiner Daten. Ich bin sein gesetzlicher Betreuer;
die Bestellungsurkunde liegt bei.

Mit freundlichen Grüßen
Klaus Wendt
""",
        name="Klaus Wendt",
        rights=["restriction"],
        notes="Art. 18(1)(b): restriction instead of erasure, which is expressly NOT wanted; guardian for his father.",
    ),
    dict(
        from_="Monika Sauer <monika.sauer@posteo.example>",
        subject="Widerruf meiner Einwilligung",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

hiermit widerrufe ich gemäß Art. 7 Abs. 3 DSGVO meine Einwilligung in die Aufzeichnung und Auswertung der
Sprachaufnahmen, die Tessa bei mir zu Hause macht, mit Wirkung für die Zukunft.

Mit freundlichen Grüßen
Monika Sauer
""",
        name="Monika Sauer",
        rights=["consent_withdrawal"],
        notes="German consent withdrawal with article (own words).",
    ),
    dict(
        from_="Reinhard Lutz <r.lutz@mailbox.example>",
        subject="Automatisierte Entscheidung - Art. 22 DSGVO",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

mein Antrag auf die vergünstigte Miete wurde laut Ihrer E-Mail automatisch abgelehnt, offenbar allein aufgrund
eines Punktwerts. Gemäß Art. 22 Abs. 3 DSGVO verlange ich das Eingreifen einer Person auf Ihrer Seite, möchte
meinen Standpunkt darlegen und fechte die Entscheidung an.

Mit freundlichen Grüßen
Reinhard Lutz
""",
        name="Reinhard Lutz",
        rights=["automated_decision"],
        notes="Art. 22(3): human intervention, contest the decision.",
    ),
    # --- own words, in the style of the CNIL's model letters ------------------------------------------------------
    dict(
        from_="Bernard Lefèvre <bernard.lefevre@sfr.example>",
        subject="Opposition à l'utilisation de mes données",
        lang="mixed",
        body="""Madame, Monsieur,

En application de l'article 21 du RGPD, je m'oppose à ce que mes données personnelles soient utilisées à des fins
de prospection commerciale. Je vous remercie de me confirmer la prise en compte de ma demande dans les meilleurs
délais, et au plus tard dans un délai d'un mois.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Lefèvre
""",
        name="Bernard Lefèvre",
        rights=["objection"],
        notes="CNIL-style opposition letter (own words).",
    ),
    dict(
        from_="Sylvie Marchand <sylvie.marchand@wanadoo.example>",
        subject="Demande de rectification",
        lang="mixed",
        body="""Bonjour,

Je vous écris au nom de ma mère, Mme Odette Marchand, dont je suis la tutrice. Conformément à l'article 16 du
RGPD, je vous demande de rectifier son adresse dans votre fichier : elle habite désormais à la résidence
Les Tilleuls, 3 rue des Lilas, 59000 Lille.

Cordialement,
Sylvie Marchand
""",
        name="Sylvie Marchand",
        rights=["rectification"],
        notes="French rectification by a guardian (tutrice) for her mother; the mother is not the customer.",
    ),
    # --- Italian, Spanish, Polish: own words with legal anchors ---------------------------------------------------
    dict(
        from_="Paolo Ferraresi <paolo.ferraresi@tiscali.example>",
        subject="Richiesta di cancellazione dei dati (art. 17 GDPR)",
        lang="mixed",
        body="""Gentili signori,

ai sensi dell'art. 17 del Regolamento (UE) 2016/679 chiedo la cancellazione di tutti i dati personali che mi
riguardano, compresi quelli raccolti dal robot installato presso mio padre, che è deceduto il mese scorso. Sono
l'erede e l'esecutore testamentario.

Distinti saluti,
Paolo Ferraresi
""",
        name="Paolo Ferraresi",
        rights=["erasure"],
        notes="Italian erasure by the heir of a deceased client.",
    ),
    dict(
        from_="Giulia Romano <giulia.romano@alice.example>",
        subject="Revoca del consenso",
        lang="mixed",
        body="""Buongiorno,

con la presente revoco il consenso al trattamento dei miei dati per finalità di ricerca, ai sensi dell'art. 7,
paragrafo 3, del GDPR.

Cordiali saluti
Giulia Romano
""",
        name="Giulia Romano",
        rights=["consent_withdrawal"],
        notes="Italian consent withdrawal with article.",
    ),
    dict(
        from_="Carmen Delgado <carmen.delgado@movistar.example>",
        subject="Ejercicio del derecho de acceso",
        lang="mixed",
        body="""Muy señores míos:

Por medio del presente escrito ejerzo el derecho de acceso previsto en el artículo 15 del RGPD, y solicito que se
me facilite gratuitamente una copia de mis datos personales objeto de tratamiento, los fines del tratamiento, los
destinatarios y el plazo de conservación.

Atentamente,
Carmen Delgado
""",
        name="Carmen Delgado",
        rights=["access"],
        notes="Spanish access in the AEPD style (own words).",
    ),
    dict(
        from_="Raúl Navarro <raul.navarro@ono.example>",
        subject="Derecho de oposición",
        lang="mixed",
        body="""Hola,

Quiero ejercer mi derecho de oposición (art. 21 RGPD): no quiero que utilicen mis datos para enviarme publicidad
ni encuestas nunca más.

Gracias,
Raúl Navarro
""",
        name="Raúl Navarro",
        rights=["objection"],
        notes="Spanish objection to marketing and surveys.",
    ),
    dict(
        from_="Katarzyna Nowak <katarzyna.nowak@wp.example>",
        subject="Wniosek o dostęp do danych osobowych",
        lang="mixed",
        body="""Dzień dobry,

na podstawie art. 15 RODO proszę o potwierdzenie, czy przetwarzają Państwo moje dane osobowe, a jeśli tak, o
przekazanie kopii tych danych oraz informacji o celach przetwarzania i okresie ich przechowywania.

Z poważaniem
Katarzyna Nowak
""",
        name="Katarzyna Nowak",
        rights=["access"],
        notes="Polish access with art. 15 RODO.",
    ),
    dict(
        from_="Tomasz Wiśniewski <tomasz.wisniewski@onet.example>",
        subject="Żądanie usunięcia danych",
        lang="mixed",
        body="""Szanowni Państwo,

na podstawie art. 17 ust. 1 RODO żądam niezwłocznego usunięcia wszystkich moich danych osobowych. Proszę o
potwierdzenie usunięcia.

Z wyrazami szacunku
Tomasz Wiśniewski
""",
        name="Tomasz Wiśniewski",
        rights=["erasure"],
        notes="Polish erasure with art. 17 RODO.",
    ),
    dict(
        from_="Agnieszka Lewandowska <a.lewandowska@interia.example>",
        subject="Sprzeciw",
        lang="mixed",
        body="""Dzień dobry,

zgodnie z art. 21 ust. 2 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu
bezpośredniego.

Pozdrawiam
Agnieszka Lewandowska
""",
        name="Agnieszka Lewandowska",
        rights=["objection"],
        notes="Polish objection to direct marketing, art. 21(2) RODO.",
    ),
    # --- own words, in the style of noyb / Which? / ICO consent letters -------------------------------------------
    dict(
        from_="Daniel Okafor <daniel.okafor@outlook.example>",
        subject="Request under Article 15 GDPR",
        lang="en",
        client="outlook",
        body="""Dear Sir or Madam,

I am writing on behalf of my father, Samuel Okafor, who uses your Tessa robot and for whom I hold a lasting power
of attorney (attached). Under Article 15(1) and (3) GDPR please provide a copy of all personal data you process
about him, including voice recordings, usage logs and notes made by your staff, and the information listed in
Article 15(1)(a) to (h).

Kind regards,
Daniel Okafor
""",
        name="Daniel Okafor",
        rights=["access"],
        notes="noyb-style access (own words) by an attorney for his father.",
    ),
    dict(
        from_="Susan Pritchard <susan.pritchard@sky.example>",
        subject="Right to be forgotten",
        lang="en",
        body="""Hello,

I would like to exercise my right to erasure under Article 17 of the GDPR. Please delete all the personal
information you hold about me and confirm in writing once this has been done. If you have passed my details to
any third parties, please tell them to delete them as well.

Thanks,
Susan Pritchard
""",
        name="Susan Pritchard",
        rights=["erasure"],
        notes="Which?-style erasure letter (own words).",
    ),
    dict(
        from_="Oliver Bennett <oliver.bennett@talktalk.example>",
        subject="Withdrawal of consent",
        lang="en",
        body="""Dear Tinybots,

I withdraw my consent, given when we installed the robot, for you to use the recordings of my conversations with
Tessa to train your speech software (Article 7(3) GDPR). Please stop doing so from today.

Regards,
Oliver Bennett
""",
        name="Oliver Bennett",
        rights=["consent_withdrawal"],
        notes="English consent withdrawal with article.",
    ),
    dict(
        from_="Fiona McAllister <fiona.mcallister@btopenworld.example>",
        subject="Restriction of processing",
        lang="en",
        body="""Dear Data Protection Officer,

The activity report you sent to my mother's GP says she skipped her medication for a week, which is not true. I
contest the accuracy of this data and, under Article 18(1)(a) GDPR, ask you to restrict its processing while you
check it. I am her attorney for health and welfare.

Fiona McAllister
""",
        name="Fiona McAllister",
        rights=["restriction"],
        notes="Restriction while accuracy is checked, by an attorney; no separate correction asked.",
    ),
]
