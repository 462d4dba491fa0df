"""Near misses: mails with privacy, data, deletion or complaint words that request no right under the policy, and
one unsubscribe that does (objection, the policy's permanent stop of use for advertising)."""

from __future__ import annotations

from words import q

NEAR: list[dict] = [
    dict(
        frm="Wim de Graaf <wimdegraaf@planet.example>",
        subj="link privacyverklaring werkt niet",
        body="""Goedemiddag,

Op jullie website kom ik bij 'privacyverklaring' op een foutpagina (404). Misschien kunnen jullie dat even
doorgeven aan de webbouwer.

Wim de Graaf
""",
        name="Wim de Graaf",
        notes="About the privacy statement's broken link; no request of the writer's data.",
    ),
    dict(
        frm="Nicole Brandsma <nicole.brandsma@gmail.example>",
        subj="Lampje lijkt op camera",
        mime="alt",
        style="gmail",
        body="""Hoi,

Mijn moeder is ervan overtuigd dat het blauwe lampje bovenop Tessa een camera is en dat ze gefilmd wordt. Ik
weet dat dat niet zo is, maar ze wordt er onrustig van. Mag ik er een stukje tape over plakken of is dat slecht
voor de sensor? Robotnummer 46102.

Groet,
Nicole Brandsma
""",
        name="Nicole Brandsma",
        robot="46102",
        notes="Complaint about a 'camera' (a light); a product question, no right.",
    ),
    dict(
        frm="Peter Sanders <peter.sanders@kpnmail.example>",
        subj="oude afspraak verwijderen",
        body="""Hallo,

Hoe verwijder ik een oude afspraak uit de agenda van de robot? Hij herinnert mijn vrouw nog steeds aan de
tandarts van vorige week. Tessa nr. 33471.

Peter Sanders
""",
        name="Peter Sanders",
        robot="33471",
        notes="Deleting a reminder/appointment is not erasure.",
    ),
    dict(
        frm="Ria Hofstede <ria.hofstede@hetnet.example>",
        subj="Afmelden nieuwsbrief",
        body="""Goedendag,

Wilt u mij afmelden voor de nieuwsbrief? Ik wil geen reclame meer van u ontvangen.

Met vriendelijke groet,
Ria Hofstede
""",
        name="Ria Hofstede",
        rights=["objection"],
        notes="Unsubscribe from the newsletter with 'geen reclame meer': objection (policy: permanent stop of "
        "use for advertising).",
    ),
    dict(
        frm="Bert Nijland <bert.nijland@ziggo.example>",
        subj="bezwaar factuur december",
        mime="html",
        style="ox",
        body="""Geachte heer/mevrouw,

Ik maak bezwaar tegen de factuur van december: u heeft twee keer de maandbijdrage afgeschreven. Graag het
teveel betaalde terugstorten.

Met vriendelijke groet,
B. Nijland
""",
        name="Bert Nijland",
        notes="'Bezwaar' against a double charge is no objection; initials in the sign-off, "
        "the full name from the From display name.",
    ),
    dict(
        frm="Esther Pauwels <esther.pauwels@gmail.example>",
        subj="Re: [TB-004388] geluid",
        mime="alt",
        style="gmail",
        headers={"In-Reply-To": "<tb.004388.1@tinybots.nl>"},
        body="""Dank u, het geluid doet
het weer!

Esther

Op ma 30 nov 2026 om 10:15 schreef Tinybots Helpdesk <help@tinybots.nl>:
> Beste mevrouw Pauwels,
>
> Het volume staat weer op 70%.
>
> Met vriendelijke groet, Helpdesk Tinybots
> --
> Tinybots verwerkt uw gegevens volgens de AVG. U heeft recht op inzage, correctie en verwijdering van uw
> gegevens; zie onze privacyverklaring.
""",
        name="Esther Pauwels",
        ref="TB-004388",
        notes="Rights words only in the quoted help-desk footer; a thank-you.",
    ),
    dict(
        frm="Lotte Hermans <lotte.hermans@student.example>",
        subj="Vraag voor mijn scriptie",
        lang="nl",
        body="""Beste Tinybots,

Ik studeer verpleegkunde en schrijf mijn scriptie over zorgrobots. Hoe gaan zorgrobotbedrijven in het
algemeen om met de AVG? Zou iemand een kwartiertje met mij willen bellen? 06 2019 8877.

Met vriendelijke groet,
Lotte Hermans
""",
        name="Lotte Hermans",
        phone="+31620198877",
        notes="Student question about the GDPR in general: no right.",
    ),
    dict(
        frm="Jan-Willem Post <jw.post@xs4all.example>",
        subj="toegang app voor mijn zoon",
        body="""Hallo,

Mag ik mijn zoon ook toegang geven tot de Tessa-app, zodat hij de afspraken van mijn vrouw kan zien? Hoe
doe ik dat?

Jan-Willem Post
""",
        name="Jan-Willem Post",
        notes="App access for a son: no right.",
    ),
    dict(
        frm="Karin Zwart <karin.zwart@live.example>",
        subj="Broer uit de app halen",
        mime="html",
        style="outlook",
        body="""Hallo,

Mijn broer heeft geen contact meer met de familie. Kunnen jullie hem uit de app van mijn vader
verwijderen? Hij hoeft de afspraken niet meer te zien.

Karin Zwart
""",
        name="Karin Zwart",
        notes="Removing another person from the app: no right.",
    ),
    dict(
        frm="Gijs Verbeek <gijs.verbeek@online.example>",
        subj="Opzeggen",
        body="""Goedemorgen,

Mijn moeder is vorige week overleden. Wilt u het abonnement stopzetten en laten weten hoe we de robot
terugsturen? Robotnr 14476.

Met vriendelijke groet,
Gijs Verbeek
06 1029 3847
""",
        name="Gijs Verbeek",
        phone="+31610293847",
        robot="14476",
        notes="Cancelling after a death without asking deletion: no right.",
    ),
    dict(
        frm="Johan Brink <johan.brink@home.example>",
        subj="Garantie",
        body="""Hallo,

Volgens de voorwaarden heb ik recht op een nieuwe robot als hij binnen twee jaar stukgaat. Die van ons is nu
14 maanden oud en gaat niet meer aan. Robot id: 20873.

Johan Brink
""",
        name="Johan Brink",
        robot="20873",
        notes="Warranty 'recht op': no right.",
    ),
    dict(
        frm="Mieke Evers <mieke.evers@ziggo.example>",
        subj="Tessa praat 's nachts",
        body="""Geachte heer,
mevrouw,

Onverminderd mijn recht om bezwaar te maken tegen de verwerking van gegevens, wil ik eerst weten waarom de
robot van mijn moeder 's nachts begint te praten. Ze schrikt zich elke keer wakker.

Mieke Evers
""",
        name="Mieke Evers",
        notes="A reserved right ('onverminderd mijn recht om bezwaar te maken'): none.",
    ),
    dict(
        frm="Stefan Wolff <stefan.wolff@gmx.example>",
        subj="Kündigung Vertrag",
        lang="de",
        body="""Hallo,

hiermit kündige ich den Vertrag für den Roboter meiner Tante zum 31.01.2027. Wegen Datenschutz machen
wir uns keine Sorgen, das ist alles in Ordnung. Bitte bestätigen Sie die Kündigung.

Stefan Wolff
""",
        name="Stefan Wolff",
        notes="German cancellation mentioning Datenschutz: no right.",
    ),
    dict(
        frm="Olivia Grant <olivia.grant@gmail.example>",
        subj="Installer can call me",
        lang="en",
        mime="alt",
        style="gmail",
        body="""Hi,

I'm happy for you to share my phone number with the installer so he can call me before he comes. It's
+31 6 5151 2323.

Olivia Grant
""",
        name="Olivia Grant",
        phone="+31651512323",
        notes="Consent given, not withdrawn: no right.",
    ),
    dict(
        frm="Frank Huisman <frank.huisman@kpnmail.example>",
        subj="kopie contract",
        body="""Beste,

Kunnen jullie mij een kopie sturen van het contract en de laatste factuur van de robot van mijn vader? Ik
ben ze kwijt. Robotnummer 53318.

Frank Huisman
""",
        name="Frank Huisman",
        robot="53318",
        notes="A copy of a contract and invoice: no access request.",
    ),
    dict(
        frm="Annelies Groen <annelies.groen@hotmail.example>",
        subj="handleiding en voorwaarden op papier",
        body="""Hallo,

Mijn vader heeft liever alles op papier. Kunnen jullie hem jullie voorwaarden en de handleiding per post
sturen? Adres: Kerkstraat 14, 7701 BK Dedemsvaart.

Annelies Groen
""",
        name="Annelies Groen",
        notes="Paper manual and terms by post; postcode and house number; no right.",
    ),
    dict(
        frm=f"{q('Jürgen Hölzel')} <juergen.hoelzel@gmx.example>",
        subj="Alte Termine löschen",
        lang="de",
        mime="html",
        style="ox",
        body="""Hallo,

wie kann ich in der App die alten Termine meiner Mutter löschen? Die Liste ist inzwischen sehr lang.

Gruß
Jürgen Hölzel
""",
        name="Jürgen Hölzel",
        notes="German: deleting old appointments in the app is no erasure.",
    ),
    dict(
        frm="Dennis Kok <dennis.kok@ziggo.example>",
        subj="mailtjes",
        body="""Hallo,

Ik krijg van jullie steeds mailtjes over updates van de robot van mijn oma. Die zijn handig, maar kan de
app ze ook als melding sturen in plaats van mail?

Dennis Kok
""",
        name="Dennis Kok",
        notes="About service mails, asks a different channel; no stop, no right.",
    ),
]
