"""Informal privacy requests without legal words, representatives, and questions that are the information right."""

FOOTER = """--
Tinybots Helpdesk | help@tinybots.nl | 020 123 4567
Tinybots BV verwerkt persoonsgegevens volgens de AVG. U heeft recht op inzage, correctie, verwijdering,
beperking, overdraagbaarheid en bezwaar. Zie www.tinybots.nl/privacy."""

REQUESTS = [
    dict(
        from_="Henk Bosman <henkbosman@hetnet.example>",
        subject="robot",
        body="""hallo

de robot is terug naar jullie. haal mij maar uit jullie systeem, ik wil er niks meer mee

henk bosman
""",
        name="Henk Bosman",
        rights=["erasure"],
        notes="'haal mij uit jullie systeem' = erasure, no legal words.",
    ),
    dict(
        from_="Truus Verhoef <truus.verhoef@planet.example>",
        subject="opnames",
        body="""Goedendag,

Ik heb destijds ja gezegd op het formulier over de spraakopnames. Ik trek mijn toestemming in, ik wil niet meer
dat de robot mij opneemt.

Groet, Truus Verhoef
""",
        name="Truus Verhoef",
        rights=["consent_withdrawal"],
        notes="Informal consent withdrawal.",
    ),
    dict(
        from_="Gert-Jan Pol <gj.pol@kpnmail.example>",
        subject="Re: Uw mening over Tessa",
        body="""Stop met de enquêtes. Ik heb er nu vier gehad en ik wil er nooit meer een.

Gert-Jan Pol
""",
        name="Gert-Jan Pol",
        rights=["objection"],
        notes="'stop met de enquêtes' with permanent intent = objection (policy).",
    ),
    dict(
        from_="Yvonne Kamphuis <yvonne.kamphuis@gmail.example>",
        subject="gegevens van mijn moeder",
        client="gmail",
        body="""Beste medewerker,

Welke gegevens hebben jullie van mijn moeder, mevrouw A. Kamphuis? Ik ben haar dochter en mantelzorger en wil
graag een kopie van alles wat jullie over haar bewaren, ook wat de robot opslaat.

Hartelijke groet,
Yvonne Kamphuis
""",
        name="Yvonne Kamphuis",
        rights=["access"],
        notes="Access on behalf of a parent, informal.",
    ),
    dict(
        from_="Erika Vogt <erika.vogt@freenet.example>",
        subject="Bitte löschen",
        lang="de",
        body="""Hallo,

bitte löschen Sie alles über mich. Ich brauche den Roboter nicht mehr.

Erika Vogt
""",
        name="Erika Vogt",
        rights=["erasure"],
        notes="German informal erasure.",
    ),
    dict(
        from_="Jan-Willem Hoekstra <jw.hoekstra@home.example>",
        subject="verhuisd",
        body="""Hallo Tinybots,

Kunnen jullie mijn adres aanpassen in jullie bestand? Ik ben verhuisd naar de Kastanjelaan 17, 8441 CD
Heerenveen. Het oude adres klopt dus niet meer.

Mvg Jan-Willem Hoekstra
""",
        name="Jan-Willem Hoekstra",
        rights=["rectification"],
        notes="Updating one's own address in the file = rectification (corpus A g037 decision).",
    ),
    dict(
        from_="Marian Kuipers <marian.kuipers@ziggo.example>",
        subject="Moeder, dementie",
        client="outlook",
        body="""Goedemiddag,

Mijn moeder heeft sinds vorig jaar dementie en ik ben door de rechter benoemd als haar mentor. Ik wil graag zien
wat jullie allemaal over haar vastleggen: wat de robot opslaat, wat er in jullie klantdossier staat en wie dat kan
inzien. Kunt u mij dat toesturen? De beschikking stuur ik mee.

Met vriendelijke groet,
Marian Kuipers
""",
        name="Marian Kuipers",
        rights=["access"],
        notes="Mentor (legal representative) asks to see the data about her mother = access.",
    ),
    dict(
        from_="Rob Tuinstra <rob.tuinstra@xs4all.example>",
        subject="Nalatenschap vader",
        body="""Geachte heer/mevrouw,

Mijn vader, de heer P. Tuinstra, is op 3 november overleden. Ik ben executeur van zijn nalatenschap. De robot is
al opgehaald. Ik verzoek u nu ook al zijn gegevens bij u te verwijderen, inclusief de opnames.

Met vriendelijke groet,
Rob Tuinstra
""",
        name="Rob Tuinstra",
        rights=["erasure"],
        notes="Executor of a deceased client's estate asks for erasure.",
    ),
    dict(
        from_="Linda Carver <linda.carver@gmail.example>",
        subject="My aunt's recordings",
        lang="en",
        body="""Hi,

I'm my aunt's court-appointed guardian (she lives in Eindhoven, I'm in Manchester). She never understood that the
robot recorded her voice. I'd like you to delete those recordings and anything else you hold on her.

Best,
Linda Carver
""",
        name="Linda Carver",
        rights=["erasure"],
        notes="Guardian asks for erasure for her aunt, English.",
    ),
    dict(
        from_="Wim de Graaf <wim.degraaf@kpnmail.example>",
        subject="waar staan de gegevens",
        body="""Goedemorgen,

Staan de gegevens van mijn vader bij jullie op een computer in Nederland of ergens in Amerika? En gaat er iets naar
andere bedrijven? Ik wil dat graag weten voordat we verder gaan met de robot.

Wim de Graaf
""",
        name="Wim de Graaf",
        rights=["information"],
        notes="Storage location, transfers and recipients without asking for a copy = information.",
    ),
    dict(
        from_="Helen Dawson <helen.dawson@yahoo.example>",
        subject="data outside the EU?",
        lang="en",
        body="""Hello,

Before my dad starts using Tessa: do you send any of his data to the US or anywhere else outside the EU, for
example to a cloud provider? And which companies get to see it?

Thanks,
Helen Dawson
""",
        name="Helen Dawson",
        rights=["information"],
        notes="Transfers outside the EU and recipients = information.",
    ),
    dict(
        from_="Brigitte Sommer <brigitte.sommer@web.example>",
        subject="Speicherdauer",
        lang="de",
        body="""Guten Tag,

wie lange speichern Sie eigentlich die Aufnahmen und Protokolle meiner Mutter? Und werden die nach dem Ende des
Vertrags automatisch gelöscht?

Freundliche Grüße
Brigitte Sommer
""",
        name="Brigitte Sommer",
        rights=["information"],
        notes="Retention question (German) = information; asks whether deletion happens, does not request it.",
    ),
    dict(
        from_="Anja Smits <anja.smits@live.example>",
        subject="overstappen",
        body="""Hallo,

We stappen over naar een robot van een andere leverancier. Kunnen jullie de gegevens van mijn moeder (profiel,
medicijnschema en contactpersonen) in een bestand zetten dat de nieuwe leverancier kan inlezen? CSV of Excel is
prima.

Groetjes, Anja Smits
""",
        name="Anja Smits",
        rights=["portability"],
        notes="Export to move to another provider = portability, no legal words.",
    ),
    dict(
        from_="Koos Wijnands <koos.wijnands@zeelandnet.example>",
        subject="reclame",
        body="""Ik wil niet dat jullie mijn gegevens nog gebruiken voor reclame. Geen folders, geen mails, niks.

K. Wijnands
""",
        name="Koos Wijnands",
        rights=["objection"],
        notes="Objection to direct marketing, permanent. Initials in the sign-off, full name in From.",
    ),
    dict(
        from_="Gonnie Reitsma <gonnie.reitsma@hotmail.example>",
        subject="afmelden nieuwsbrief",
        body="""Goedemiddag,

Wilt u mij afmelden voor de nieuwsbrief en de aanbiedingen? Ik wil geen reclame meer van Tinybots ontvangen.

Met vriendelijke groet,
Gonnie Reitsma
""",
        name="Gonnie Reitsma",
        rights=["objection"],
        notes="Unsubscribe from marketing, permanent 'geen reclame meer' = objection to direct marketing (policy: "
        "stop using my data for advertising with a permanent intent).",
    ),
    dict(
        from_="Bart Lenferink <bart.lenferink@gmail.example>",
        subject="telefoonnummer klopt niet",
        body="""Hoi,

In jullie administratie staat nog mijn oude nummer. Mijn nummer is nu 06-28 44 19 73. Willen jullie dat
aanpassen?

Bart Lenferink
""",
        name="Bart Lenferink",
        phone="+31628441973",
        rights=["rectification"],
        notes="Rectification of his phone number; the new number is his own.",
    ),
    dict(
        from_="Nel Akkerman <nel.akkerman@ziggo.example>",
        subject="klacht en gegevens",
        body="""Geachte heer/mevrouw,

Ik heb vorige week een klacht ingediend over hoe jullie met mijn gegevens omgaan. Ik wil dat jullie stoppen met
het gebruiken van mijn gegevens totdat die klacht is afgehandeld.

Nel Akkerman
""",
        name="Nel Akkerman",
        rights=["restriction"],
        notes="Temporary stop until the complaint is settled = restriction.",
    ),
    dict(
        from_="Peter Hammond <peter.hammond@ntlworld.example>",
        subject="Automatic rejection",
        lang="en",
        body="""Hello,

Your website rejected my application for the subsidised Tessa within seconds, apparently because of a score based
on my postcode. Nobody looked at it. I want a real person to review the decision.

Peter Hammond
""",
        name="Peter Hammond",
        rights=["automated_decision"],
        notes="Human review of an automated decision, no article.",
    ),
    dict(
        from_="Renate Köhler <renate.koehler@gmx.example>",
        subject="Daten meiner Mutter",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

ich bin die rechtliche Betreuerin meiner Mutter. Bitte schicken Sie mir eine Kopie aller Daten, die Sie über sie
gespeichert haben. Den Betreuerausweis finden Sie im Anhang.

Mit freundlichen Grüßen
Renate Köhler
""",
        name="Renate Köhler",
        rights=["access"],
        notes="German access by a legal guardian (Betreuerin).",
    ),
    dict(
        from_="Sam Whitaker <sam.whitaker@icloud.example>",
        subject="what do you know about me",
        lang="en",
        client="apple",
        body="""What do you know about me? Send me everything you've got, recordings included.

Sent from my iPhone
""",
        name="Sam Whitaker",
        rights=["access"],
        notes="Short English access; no sign-off (name only in From: full name is in From).",
    ),
    dict(
        from_="Corrie Jansma <corrie.jansma@kpnmail.example>",
        subject="wie kan erbij",
        body="""Dag,

Wie kan er allemaal bij de opnames van mijn vader? Delen jullie die met de thuiszorg of met de huisarts?

Corrie Jansma
""",
        name="Corrie Jansma",
        rights=["information"],
        notes="Recipients question = information.",
    ),
    dict(
        from_="Ahmet Yilmaz <ahmet.yilmaz@hotmail.example>",
        subject="gegevens",
        lang="mixed",
        body="""Goedendag

mijn gegevens moet weg bij jullie, ik gebruik robot niet meer van mijn vader. en eerst wil ik zien wat jullie
hebben van hem, stuur maar op.

groet Ahmet Yilmaz
""",
        name="Ahmet Yilmaz",
        rights=["access", "erasure"],
        notes="Turkish-Dutch writer: erasure of his own data and access to the father's.",
    ),
    dict(
        from_="Thuiszorg De Linde - Wijkteam Oost <wijkteam.oost@delinde-zorg.example>",
        subject="Verzoek namens cliënt",
        client="outlook",
        body="""Goedemiddag,

Namens onze cliënt de heer Brouwer (robot is in oktober opgehaald) verzoeken wij u zijn gegevens te verwijderen.
De heer Brouwer kan dit zelf niet meer aangeven; zijn zoon, de wettelijk vertegenwoordiger, heeft ingestemd.

Met vriendelijke groet,

Esther Mulder
Wijkverpleegkundige
Thuiszorg De Linde
""",
        name="Esther Mulder",
        rights=["erasure"],
        notes="District nurse on behalf of a client; team name in From, nurse's name from the signature.",
    ),
    dict(
        from_="Michael Grant <michael.grant@gmail.example>",
        subject="Re: [TB-004512] Cancellation",
        lang="en",
        ticket="TB-004512",
        body="""Yes, please go ahead and delete my account and all my data as well.

Michael Grant

On 30 Nov 2026, at 10:12, Tinybots Helpdesk <help@tinybots.nl> wrote:

> Dear Mr Grant,
>
> We have cancelled your subscription. Would you also like us to delete your account?
>
> Kind regards,
> Sanne
"""
        + "\n".join("> " + line for line in FOOTER.split("\n"))
        + "\n",
        name="Michael Grant",
        rights=["erasure"],
        notes="Erasure in a short reply; the quoted help desk footer lists every right and must not add any.",
    ),
    dict(
        from_="Fenna Dijkstra <fenna.dijkstra@planet.example>",
        subject="verkopen jullie gegevens",
        body="""Hallo,

Ik wil weten of jullie mijn gegevens doorverkopen aan andere bedrijven. Mijn buurvrouw zegt dat dat gebeurt.

Fenna Dijkstra
""",
        name="Fenna Dijkstra",
        rights=["information"],
        notes="Recipients question = information.",
    ),
    dict(
        from_="Hans-Peter Ulrich <hp.ulrich@t-online.example>",
        subject="Sprachaufnahmen",
        lang="de",
        body="""Guten Tag,

ich möchte nicht mehr, dass Tessa meine Stimme aufnimmt. Meine Zustimmung dazu nehme ich hiermit zurück.

Hans-Peter Ulrich
""",
        name="Hans-Peter Ulrich",
        rights=["consent_withdrawal"],
        notes="German consent withdrawal without the legal word 'widerrufen'.",
    ),
    dict(
        from_="Jolanda Vermeulen <jolanda.vermeulen@online.example>",
        subject="nog steeds niets gehoord",
        body="""Beste mensen,

Twee weken geleden heb ik gevraagd om al mijn gegevens te wissen. Ik heb nog niets gehoord. Wilt u dat alsnog
doen en mij laten weten wanneer het gebeurd is?

Jolanda Vermeulen
""",
        name="Jolanda Vermeulen",
        rights=["erasure"],
        notes="Follow-up restating the erasure request = carries it again.",
    ),
    dict(
        from_="Claire Whitmore <claire.whitmore@gmail.example>",
        subject="Dad's data",
        lang="en",
        body="""Hi,

Please stop processing my dad's data until we have sorted out who is his legal representative. My brother and I
disagree about it and I don't want anything happening with it in the meantime.

Claire Whitmore
""",
        name="Claire Whitmore",
        rights=["restriction"],
        notes="Temporary stop 'until ... sorted out' = restriction.",
    ),
    dict(
        from_="Ria van den Broek <ria.vandenbroek@kpnmail.example>",
        subject="naam verkeerd",
        body="""Goedemiddag,

Mijn naam staat verkeerd in jullie administratie en op de facturen: het is Van den Broek, niet Vandenbroek. Willen
jullie dat verbeteren?

Ria van den Broek
""",
        name="Ria van den Broek",
        rights=["rectification"],
        notes="Rectification of a misspelt surname.",
    ),
    dict(
        from_="Jörg Hartmann <joerg.hartmann@neu-mail.example>",
        subject="Neue E-Mail-Adresse",
        lang="de",
        body="""Hallo,

bitte berichtigen Sie meine E-Mail-Adresse in Ihrer Kundendatei. Die alte Adresse joerg.hartmann@alt-mail.example
gibt es nicht mehr, bitte nur noch diese hier verwenden.

Danke, Jörg Hartmann
""",
        name="Jörg Hartmann",
        rights=["rectification"],
        notes="Correcting his e-mail address in the customer file; the old address is not his e-mail label.",
    ),
    dict(
        from_="Lotte Hendriks <lotte.hendriks@gmail.example>",
        subject="onderzoek",
        body="""Hallo,

Ik las in de nieuwsbrief dat jullie met de universiteit onderzoek doen met gebruiksgegevens. Ik wil niet dat mijn
gegevens daarvoor gebruikt worden, nu niet en later ook niet.

Lotte Hendriks
""",
        name="Lotte Hendriks",
        rights=["objection"],
        notes="Permanent stop of one purpose (research) = objection.",
    ),
]
