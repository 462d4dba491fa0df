"""Informal and mixed privacy requests, by customers and their representatives (hand-written, fictional)."""

from __future__ import annotations

REQUESTS: list[dict] = [
    {
        "from": "Marja Boersma <marja.boersma@kpnmail.example>",
        "subject": "robot van mijn vader",
        "body": """Goedemiddag,

Mijn vader is op 12 oktober overleden. De robot is al opgehaald. Kunt u alles wissen wat u van mijn overleden vader
heeft? Hij had robotnummer 20557.

Met vriendelijke groet,
Marja Boersma""",
        "name": "Marja Boersma",
        "robot": "20557",
        "rights": ["erasure"],
        "notes": "Erasure for a deceased father by his daughter, informal.",
    },
    {
        "from": "Bewindvoering Noord <info@bewindnoord.example>",
        "subject": "Opvragen gegevens cliënt dhr. Pieters",
        "client": "outlook",
        "body": """Geachte heer/mevrouw,

Als bewindvoerder van de heer J. Pieters (robot-id 35120) verzoek ik u mij een kopie te sturen van alle
persoonsgegevens die u van mijn cliënt verwerkt. De beschikking van de kantonrechter stuur ik mee.

Met vriendelijke groet,

Annelies Mulder
Bewindvoering Noord
Tel. 050-3171122""",
        "name": "Annelies Mulder",
        "phone": "+31503171122",
        "robot": "35120",
        "rights": ["access"],
        "notes": "Organisation in From; bewindvoerder asks a copy of her ward's data.",
    },
    {
        "from": "Gerrit Jan Smeenk <gj.smeenk@solcon.example>",
        "subject": "mentorschap mevrouw Smeenk",
        "body": """Geachte Tinybots,

Ik ben mentor van mijn tante, mevrouw A. Smeenk. Ik ga er niet mee akkoord dat jullie haar gegevens gebruiken voor
jullie onderzoeksrapporten en wil dat jullie daar voorgoed mee stoppen.

Gerrit Jan Smeenk""",
        "name": "Gerrit Jan Smeenk",
        "rights": ["objection"],
        "notes": "Mentor objects, permanent intent ('voorgoed').",
    },
    {
        "from": "mr. L. Dijkman <curatele@dijkman-advocaten.example>",
        "subject": "correctie gegevens curandus",
        "body": """Geachte heer, mevrouw,

In mijn hoedanigheid van curator van de heer W. Bos verzoek ik u zijn geboortedatum in uw administratie te corrigeren:
die is 3 mei 1941, niet 5 maart 1941.

Hoogachtend,
mr. Lotte Dijkman
advocaat/curator""",
        "name": "Lotte Dijkman",
        "rights": ["rectification"],
        "notes": "Curator corrects a ward's birth date; title 'mr.' before the name.",
    },
    {
        "from": "Hans Timmer <hans.timmer@ziggo.example>",
        "subject": "vraagje privacy",
        "client": "apple",
        "body": """Hallo,

Ik wil weten welke gegevens de robot naar jullie stuurt. Neemt hij ook geluid op? En gaat dat naar Amerika?

Groeten Hans Timmer

Verstuurd vanaf mijn iPhone""",
        "name": "Hans Timmer",
        "rights": ["information"],
        "notes": "What is collected and where it goes, no copy asked: information.",
    },
    {
        "from": "Fatma Yilmaz <fatma.yilmaz@hotmail.example>",
        "subject": "opnames",
        "body": """Goedendag,

stuur mij een kopie van de opnames die de robot van mijn moeder heeft gemaakt vorige maand. Ze zegt dat hij dingen
heeft opgenomen. Robot nr 40018.

Fatma Yilmaz""",
        "name": "Fatma Yilmaz",
        "robot": "40018",
        "rights": ["access"],
        "notes": "Copy of recordings = access.",
    },
    {
        "from": "Rachel Green <rachel.green@icloud.example>",
        "subject": "Switching provider",
        "client": "apple",
        "body": """Hi there,

We're moving Mum to a different care robot next month. I'd like my data in a format I can take to another provider -
the reminders and contacts we set up. Is that possible?

Thanks
Rachel Green

Sent from my iPad""",
        "name": "Rachel Green",
        "rights": ["portability"],
        "lang": "en",
        "notes": "Informal portability.",
    },
    {
        "from": "Monika Schulz <monika.schulz@web.example>",
        "subject": "Daten meines Vaters",
        "body": """Guten Tag,

der Pflegedienst meines Vaters bekommt offenbar Berichte von Tessa. Schränken Sie die Verarbeitung ein, bis geklärt
ist, ob mein Vater dem überhaupt zugestimmt hat. Bis dahin bitte keine Berichte mehr weitergeben.

Monika Schulz""",
        "name": "Monika Schulz",
        "rights": ["restriction"],
        "lang": "de",
        "notes": "Temporary stop until it is clarified = restriction.",
    },
    {
        "from": "Anton Jacobs <anton.jacobs@caiway.example>",
        "subject": "profilering",
        "body": """Beste mensen,

In jullie voorwaarden staat dat jullie gebruikersprofielen maken op basis van hoe vaak iemand op de knop drukt. Ik ga
niet akkoord met profilering van mijn gegevens en die van mijn vrouw. Stop daarmee.

Anton Jacobs""",
        "name": "Anton Jacobs",
        "rights": ["objection"],
        "notes": "Objection to profiling, permanent.",
    },
    {
        "from": "Ton van Rijn <tonvanrijn@live.example>",
        "subject": "KLACHT",
        "body": """Geachte heer/mevrouw,

Dit is de derde keer dat de robot van mijn moeder (robotnummer 27703) midden in de nacht gaat praten. Niemand belt
terug, de beloofde monteur is niet gekomen. Ik ben er klaar mee. Ik zeg het contract op en ik wil dat al onze
gegevens bij jullie verwijderd worden.

Ton van Rijn
06-21 44 87 09""",
        "name": "Ton van Rijn",
        "phone": "+31621448709",
        "robot": "27703",
        "rights": ["erasure"],
        "notes": "Erasure inside a complaint.",
    },
    {
        "from": "Sjoukje Hoekstra <sjoukje@hoekstra-wommels.example>",
        "subject": "gegevens",
        "body": """Goeie,

Ik wol graach witte hokker gegevens jimme fan my hawwe. Kinne jimme my dêr in kopy fan stjoere?

Groetnis,
Sjoukje Hoekstra""",
        "name": "Sjoukje Hoekstra",
        "rights": ["access"],
        "lang": "mixed",
        "notes": "Frisian: which data you have of me + send me a copy = access.",
    },
    {
        "from": "Emre Demir <emre.demir@gmail.example>",
        "subject": "moeder gegevens",
        "client": "b64",
        "body": """Hallo,

mijn moeder haar gegevens moet weg bij jullie, ze wil niet meer die robot. Alles weghalen aub, naam adres alles.
Robot nummer is 51190.

Emre Demir""",
        "name": "Emre Demir",
        "robot": "51190",
        "rights": ["erasure"],
        "lang": "mixed",
        "notes": "Turkish-Dutch writer, informal erasure for his mother.",
    },
    {
        "from": "Gareth Evans <gareth.evans@virgin.example>",
        "subject": "voice logs",
        "body": """Hello,

Quick question before we renew: how long do you keep the voice logs from the robot and who else gets them? Are they
shared with the council?

Gareth Evans""",
        "name": "Gareth Evans",
        "rights": ["information"],
        "lang": "en",
        "notes": "Retention and recipients = information.",
    },
    {
        "from": "Brigitte Haas <brigitte.haas@gmx.example>",
        "subject": "Datenschutzfrage",
        "client": "gmail",
        "body": """Hallo Tinybots-Team,

welche Daten speichert Tessa über meine Mutter und wo stehen die Server? Werden die Daten an Dritte weitergegeben?

Viele Grüße
Brigitte Haas""",
        "name": "Brigitte Haas",
        "rights": ["information"],
        "lang": "de",
        "notes": "Information about collection, storage place, recipients.",
    },
    {
        "from": "Jannie Kok <jannie.kok@hetnet.example>",
        "subject": "nieuw adres",
        "body": """Beste Tinybots,

Mijn moeder is verhuisd naar de Eikenhof. Wilt u het adres in uw systeem aanpassen? Nieuw adres: Eikenhof 12,
kamer 3, 7411 AB Deventer. Robot id 30044.

Groet, Jannie Kok""",
        "name": "Jannie Kok",
        "robot": "30044",
        "rights": ["rectification"],
        "notes": "Updating an address in the file = rectification (blind4 decision).",
    },
    {
        "from": "Henk Brouwer <henk.brouwer@planet.example>",
        "subject": "toestemming huisarts",
        "body": """Geachte heer/mevrouw,

Ik trek mijn toestemming in voor het delen van de gegevens van de robot met de huisarts. Dat wil ik niet meer.

Henk Brouwer""",
        "name": "Henk Brouwer",
        "rights": ["consent_withdrawal"],
        "notes": "Informal withdrawal of consent.",
    },
    {
        "from": "Linda Murphy <linda.murphy@gmail.example>",
        "subject": "Please stop the emails to my mother",
        "body": """Hi,

Please stop using my mother's details for your marketing and don't send her any more offers or newsletters, by
post or email. She finds them confusing. Her Tessa number is 62210.

Linda Murphy""",
        "name": "Linda Murphy",
        "robot": "62210",
        "rights": ["objection"],
        "lang": "en",
        "notes": "Stop marketing permanently = objection.",
    },
    {
        "from": "Erik Visser <erik.visser@xs4all.example>",
        "subject": "gegevens vader even stilzetten",
        "body": """Hallo,

Stop voorlopig met het verwerken van de gegevens van mijn vader totdat duidelijk is of zijn mentor daarmee
instemt. Ik laat het weten als het weer mag.

Erik Visser""",
        "name": "Erik Visser",
        "rights": ["restriction"],
        "notes": "Temporary stop until clear = restriction.",
    },
    {
        "from": "Sarah Mitchell <sarah.mitchell@outlook.example>",
        "subject": "alerts",
        "client": "outlook",
        "body": """Hello,

I understand that the robot automatically decides when my dad's inactivity gets escalated to the emergency service.
I don't want a computer deciding that on its own - I want a person to look at it before anything is escalated.

Regards,
Sarah Mitchell""",
        "name": "Sarah Mitchell",
        "rights": ["automated_decision"],
        "lang": "en",
        "notes": "Not to be subject to a solely automated decision; asks human review.",
    },
    {
        "from": "Nathalie Dubois <nathalie.dubois@sfr.example>",
        "subject": "données de ma mère",
        "body": """Bonjour,

je voudrais recevoir une copie de toutes les données que vous avez sur ma mère, Mme Dubois, qui utilise le robot
Tessa à Maastricht.

Merci,
Nathalie Dubois""",
        "name": "Nathalie Dubois",
        "rights": ["access"],
        "lang": "fr",
        "notes": "Informal French access on behalf of a mother.",
    },
    {
        "from": "Lucía Fernández <lucia.fernandez@gmail.example>",
        "subject": "borrar mis datos",
        "body": """Hola,

ya no tengo el robot. Quiero que borren mis datos, por favor.

Gracias,
Lucía Fernández""",
        "name": "Lucía Fernández",
        "rights": ["erasure"],
        "lang": "es",
        "notes": "Informal Spanish erasure.",
    },
    {
        "from": "Paolo Greco <paolo.greco@virgilio.example>",
        "subject": "domanda sui dati",
        "body": """Buongiorno,

vorrei sapere quali dati raccoglie il robot di mio padre e con chi li condividete.

Grazie
Paolo Greco""",
        "name": "Paolo Greco",
        "rights": ["information"],
        "lang": "it",
        "notes": "Italian information question.",
    },
    {
        "from": "Tomasz Kowalski <tomasz.kowalski@wp.example>",
        "subject": "usunięcie danych",
        "body": """Dzień dobry,

proszę o usunięcie moich danych osobowych z Państwa systemu. Nie korzystam już z robota.

Pozdrawiam
Tomasz Kowalski""",
        "name": "Tomasz Kowalski",
        "rights": ["erasure"],
        "lang": "pl",
        "notes": "Polish informal erasure without article.",
    },
    {
        "from": "Johan Meijer <johan.meijer@kpnplanet.example>",
        "subject": "mijn gegevens",
        "body": """Hallo,

Stuur me een overzicht van alles wat jullie van mij hebben en gooi het daarna weg. Ik ben geen klant meer.

Johan Meijer""",
        "name": "Johan Meijer",
        "rights": ["access", "erasure"],
        "notes": "Access then erasure in one sentence; 'weggooien' as erasure.",
    },
    {
        "from": "Thuiszorg De Linde <noreply@thuiszorgdelinde.example>",
        "headers": {"Reply-To": "m.vandenberg@thuiszorgdelinde.example"},
        "subject": "Verzoek namens cliënt",
        "client": "html",
        "body": """Geachte Tinybots,

Namens onze cliënt mevrouw Bakker (robotnummer 44317) verzoek ik om inzage in de gegevens die jullie van haar
hebben. Mevrouw heeft hiervoor een machtiging getekend.

Met vriendelijke groet,
Marieke van den Berg
wijkverpleegkundige, Thuiszorg De Linde
T 088 - 412 33 10""",
        "name": "Marieke van den Berg",
        "email": "m.vandenberg@thuiszorgdelinde.example",
        "phone": "+31884123310",
        "robot": "44317",
        "rights": ["access"],
        "notes": "District nurse via a no-reply portal (Reply-To); access on behalf of a client.",
    },
    {
        "from": "Dirk Hendriks <dirk.hendriks@ziggo.example>",
        "subject": "naam moeder fout",
        "body": """Beste,

In de app en op de facturen staat de naam van mijn moeder verkeerd: Hendrika is met een h aan het eind, niet
'Hendrik'. Willen jullie dat verbeteren in het dossier?

Dirk Hendriks""",
        "name": "Dirk Hendriks",
        "rights": ["rectification"],
        "notes": "Correct a wrong name in the file = rectification.",
    },
    {
        "from": "Claire Bennett <claire.bennett@btinternet.example>",
        "subject": "voice recordings",
        "body": """Hi,

I no longer agree to the robot recording Dad's voice commands for your quality checks. Please take this as my
withdrawal of consent for that, effective now.

Claire Bennett""",
        "name": "Claire Bennett",
        "rights": ["consent_withdrawal"],
        "lang": "en",
        "notes": "Consent withdrawal in plain English.",
    },
    {
        "from": "Klaus Becker <klaus.becker@t-online.example>",
        "subject": "Werbung",
        "body": """Sehr geehrte Damen und Herren,

ich widerspreche der Nutzung meiner Daten zu Werbezwecken. Bitte schicken Sie mir keine Werbung mehr.

Klaus Becker""",
        "name": "Klaus Becker",
        "rights": ["objection"],
        "lang": "de",
        "notes": "Widerspruch Werbung.",
    },
    {
        "from": "Marloes Peeters <marloes.peeters@gmail.example>",
        "subject": "gegevens voor AI",
        "body": """Hoi,

Ik las dat jullie de gegevens van gebruikers gebruiken om de software van de robot te trainen. Ik wil niet dat jullie
de gegevens van mijn vader daarvoor gebruiken, nu niet en later ook niet.

Marloes Peeters""",
        "name": "Marloes Peeters",
        "rights": ["objection"],
        "notes": "Objection to training use, permanent.",
    },
    {
        "from": "Jos Lammers <jos.lammers@home.example>",
        "subject": "robot praat te zacht",
        "body": """Goedemorgen,

De robot van mijn moeder praat erg zacht, ook als het volume op de hoogste stand staat. Robotnr. 12094.

Nog iets anders: ik wil graag weten welke gegevens u over mij bewaart en daar een kopie van.

Met vriendelijke groet,
Jos Lammers
0493-318822""",
        "name": "Jos Lammers",
        "phone": "+31493318822",
        "robot": "12094",
        "rights": ["access"],
        "notes": "Access request tucked under an ordinary support question.",
    },
    {
        "from": "Wilma Post <wilma.post@kpnmail.example>",
        "subject": "gegevens overleden moeder",
        "body": """Geachte heer, mevrouw,

Als executeur van de nalatenschap van mijn moeder, mevrouw G. Post-Kramer, wil ik graag een kopie ontvangen van alle
gegevens die Tinybots over haar heeft vastgelegd. De verklaring van executele voeg ik toe.

Wilma Post""",
        "name": "Wilma Post",
        "rights": ["access"],
        "notes": "Executor asks a copy for a deceased mother (policy: deceased client's family counts).",
    },
    {
        "from": "Mark Davies <mark.davies@gmail.example>",
        "subject": "Close account",
        "body": """Hi,

please delete my account and all data you have on me. The robot was returned last week.

Mark""",
        "name": "Mark Davies",
        "rights": ["erasure"],
        "lang": "en",
        "notes": "First name only in the sign-off; the full name from From.",
    },
    {
        "from": "Riet Vos <riet.vos@hetnet.example>",
        "subject": "spraakopnames",
        "client": "qp",
        "body": """Goedendag,

Ik wil niet dat de spraakopnames die de robot van mij maakt bij jullie blijven staan. Wilt u die van mij
verwijderen? Ik vind dat geen prettig idee.

Riet Vos""",
        "name": "Riet Vos",
        "rights": ["erasure"],
        "notes": "Delete the recordings, informal.",
    },
    {
        "from": "Gert Mulder <gert.mulder@ziggo.example>",
        "subject": "doorverkopen?",
        "body": """Hallo,

Verkopen jullie onze gegevens door aan andere bedrijven? Mijn buurman zei dat dat gebeurt met dit soort apparaten.

Gert Mulder""",
        "name": "Gert Mulder",
        "rights": ["information"],
        "notes": "Question about recipients/selling = information.",
    },
    {
        "from": "Stefan Wagner <stefan.wagner@posteo.example>",
        "subject": "Daten als CSV",
        "body": """Hallo,

wir wechseln zu einem anderen Anbieter. Bitte schicken Sie mir die Daten, die ich für meine Mutter eingegeben habe
(Termine, Erinnerungen, Kontakte), als CSV, damit ich sie beim neuen Anbieter importieren kann.

Stefan Wagner""",
        "name": "Stefan Wagner",
        "rights": ["portability"],
        "lang": "de",
        "notes": "Portability in plain German.",
    },
    {
        "from": "Anja de Boer <anja.deboer@kpnmail.example>",
        "subject": "Re: TB-004512 robot reageert niet",
        "body": """Hallo,

Dank u, hij doet het weer. Nu ik u toch spreek: u mag mijn telefoonnummer uit uw bestand halen, bel me voortaan
alleen via mijn zoon.

Anja de Boer

Op 2 nov. 2026 om 10:14 schreef Tinybots Helpdesk <help@tinybots.nl>:
> Beste mevrouw De Boer,
> Wilt u de robot een keer uit en aan zetten?
> Met vriendelijke groet, Tinybots Helpdesk""",
        "name": "Anja de Boer",
        "ticket": "TB-004512",
        "rights": ["erasure"],
        "notes": "Remove one data item from the file = erasure (partial).",
    },
    {
        "from": "Truus Hendriksen <truus.hendriksen@kpnmail.example>",
        "subject": "bewaren",
        "body": """Goedemorgen,

Ik wil niet dat mijn gegevens langer bewaard worden dan nodig. Hoe lang bewaren jullie de gegevens van de robot
eigenlijk, en wat gebeurt ermee als we stoppen?

Truus Hendriksen""",
        "name": "Truus Hendriksen",
        "rights": ["information"],
        "notes": "Retention question with a wish, nothing deleted or copied: information.",
    },
    {
        "from": "Alan Price <alan.price@talktalk.example>",
        "subject": "Phone call recording",
        "body": """Hello,

On 3 November I phoned your help desk and the call was recorded. I want a copy of that recording, and of any notes
your staff made about me.

Alan Price""",
        "name": "Alan Price",
        "rights": ["access"],
        "lang": "en",
        "notes": "Copy of a call recording and notes about me = access.",
    },
    {
        "from": "Sabine Krüger <sabine.krueger@web.example>",
        "subject": "neue E-Mail-Adresse",
        "body": """Guten Tag,

bitte korrigieren Sie meine E-Mail-Adresse in Ihren Unterlagen. Die neue lautet sabine.krueger@web.example, die alte
gibt es nicht mehr.

Sabine Krüger""",
        "name": "Sabine Krüger",
        "rights": ["rectification"],
        "lang": "de",
        "notes": "Correct my e-mail address in your records = rectification.",
    },
    {
        "from": "Luc Janssens <luc.janssens@telenet.example>",
        "subject": "dossier",
        "body": """Dag,

Mag ik mijn dossier bij jullie eens inkijken? Ik wil zien wat er allemaal over mij genoteerd is sinds de installatie.

Luc Janssens""",
        "name": "Luc Janssens",
        "rights": ["access"],
        "notes": "Flemish 'dossier inkijken' = access.",
    },
]
