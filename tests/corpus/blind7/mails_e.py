"""Replies in reply chains (single messages whose parents are not in the set): ticket refs in subjects with
"Re: AW: Antw:" chains, in quotes only, with an en dash; ids and phones in quotes; forwards by colleagues; BSN
traps (masked, failing the elfproef, unmasked inside the writer's own quoted mail)."""

from __future__ import annotations

from words import q

REPLIES: list[dict] = [
    dict(
        frm="Katrin Albers <katrin.albers@t-online.example>",
        subj="Re: AW: Antw: [TB-004233] Tessa spreekt niet",
        lang="de",
        headers={"In-Reply-To": "<tb.004233.4@tinybots.nl>"},
        body="""Hallo nochmal,

leider spricht der Roboter immer noch nicht. Die Seriennummer ist 19982, nicht 19928 wie ich zuerst
geschrieben hatte. Ich bin ab 17 Uhr erreichbar: +49 170 2233445.

Gruß
Katrin Albers

> Beste mevrouw Albers,
>
> Wilt u het serienummer van de robot controleren? Wij vinden 19928 niet terug.
>
> Met vriendelijke groet,
> Helpdesk Tinybots
""",
        name="Katrin Albers",
        phone="+491702233445",
        robot="19982",
        ref="TB-004233",
        notes="German reply in a Re: AW: Antw: chain; a corrected serial number (the first one stated is the "
        "current one); the old one is also quoted.",
    ),
    dict(
        frm="Greet Willems <greet.willems@ziggo.example>",
        subj="Re: Uw vraag over de lader",
        mime="alt",
        style="gmail",
        headers={"In-Reply-To": "<tb.004345.2@tinybots.nl>"},
        body="""Het is gelukt, dank u wel!

Greet Willems

Op di 1 dec 2026 om 11:20 schreef Tinybots Helpdesk <help@tinybots.nl>:
> Beste mevrouw Willems,
>
> Ticketnummer: TB-004345
> De nieuwe lader past op alle robots van na 2024.
>
> Helpdesk Tinybots
""",
        name="Greet Willems",
        ref="TB-004345",
        notes="The ticket ref only in the quoted reply, not in the subject.",
    ),
    dict(
        frm="Ruud Claassen <ruud.claassen@kpnmail.example>",
        subj="vervolg op mijn vraag",
        body="""Goedemorgen,

Vervolg op ticket TB\u2013004317: de robot van mijn moeder is opnieuw opgestart maar de app ziet hem nog
steeds niet. Robotnr. 61145.

Ruud Claassen
""",
        name="Ruud Claassen",
        robot="61145",
        ref="TB-004317",
        notes="The ticket ref in the body with an en dash.",
    ),
    dict(
        frm="Mirjam Koopman <mirjam.koopman@hotmail.example>",
        subj="RE: [TB-004641] Robot staat uit",
        mime="html",
        style="outlook",
        headers={"In-Reply-To": "<tb.004641.1@tinybots.nl>"},
        body="""Hallo,

Dit is hetzelfde probleem als in mijn eerdere ticket TB-003998 van de zomer. Toen hielp een nieuwe voeding.
Robotnummer 44871.

Mirjam Koopman
""",
        name="Mirjam Koopman",
        robot="44871",
        ref="TB-004641",
        notes="Subject tag and an older ticket ref in the body: the subject tag wins.",
    ),
    dict(
        frm="Paul Maas <paul.maas@caiway.example>",
        subj="Uw robot",
        headers={
            "In-Reply-To": "<tb.004666.2@tinybots.nl>",
            "References": "<tb.004666.1@tinybots.nl> <tb.004666.2@tinybots.nl>",
        },
        body="""Beste,

Donderdagochtend is prima voor de monteur. Ik ben er vanaf 9 uur.

Paul Maas
06-1212 3434
""",
        name="Paul Maas",
        phone="+31612123434",
        notes="A reply whose subject tag was removed and without a quote: no ticket ref (headers only).",
    ),
    dict(
        frm="Hester Smeets <hester.smeets@upcmail.example>",
        subj="RE: [TB-004688] robot vader",
        mime="alt",
        style="outlook",
        headers={"In-Reply-To": "<tb.004688.1@tinybots.nl>"},
        body="""Hallo,

De robot van mijn vader doet het weer. Nu gaat het om de robot van mijn tante, robotnummer 40551, die
hetzelfde doet. Mijn nummer is veranderd, het is nu 06 3030 7171.

Hester Smeets

-----Oorspronkelijk bericht-----
Van: Tinybots Helpdesk <help@tinybots.nl>
Verzonden: dinsdag 1 december 2026 15:30
Aan: Hester Smeets <hester.smeets@upcmail.example>
Onderwerp: [TB-004688] robot vader

Beste mevrouw Smeets,

Wij hebben de robot van uw vader (robotnummer 40550) op afstand herstart. Wij bereiken u niet op
06 5050 1111; klopt dat nummer nog?

Met vriendelijke groet,
Helpdesk Tinybots | 020 123 4567
""",
        name="Hester Smeets",
        phone="+31630307171",
        robot="40551",
        ref="TB-004688",
        notes="Outlook quote without '>': another robot id and the old phone only in the quote.",
    ),
    dict(
        frm="Bas Ververs <bas.ververs@online.example>",
        subj="Re: [TB-004693] Gegevens voor de installatie",
        headers={"In-Reply-To": "<tb.004693.1@tinybots.nl>"},
        body="""> Wat is het robotnummer?
Robotnummer: 19034

> Op welk adres staat de robot?
Molenweg 3, Epe

> Op welk nummer kan de monteur u bellen?
0578 - 62 19 19, liefst 's ochtends.

Bas Ververs
""",
        name="Bas Ververs",
        phone="+31578621919",
        robot="19034",
        ref="TB-004693",
        notes="Inline answers below quoted questions (bottom-posting).",
    ),
    dict(
        frm="Ilse Roelofs <i.roelofs@wijkteam-epe.example>",
        subj="FW: [TB-004700] robot mevrouw Dam",
        body="""Goedemiddag,

Hieronder het bericht van de dochter van mevrouw Dam, ze vroeg mij het door te sturen. Ik ben de
wijkverpleegkundige; u kunt mij bereiken op 0578 - 22 88 10.

Ilse Roelofs
Wijkteam Epe

---------- Forwarded message ---------
Van: Carolien Dam <carolien.dam@gmail.example>
Date: wo 2 dec 2026 om 08:12
Subject: [TB-004700] robot mevrouw Dam
To: Ilse Roelofs <i.roelofs@wijkteam-epe.example>

Ilse, kun jij dit doorsturen? Mijn moeders robot (robot-id 37260) staat nog steeds uit. Mijn nummer is
06 9090 1010.

Carolien
""",
        name="Ilse Roelofs",
        phone="+31578228810",
        robot=None,
        ref="TB-004700",
        notes="A nurse forwards the client's daughter's mail inline; id and phone only in the forward.",
    ),
    dict(
        frm="Lenie Prins <lenie.prins@icloud.example>",
        subj="Re: Identificatie",
        mime="alt",
        style="apple",
        headers={"In-Reply-To": "<tb.004710.2@tinybots.nl>"},
        body="""Goedemiddag,

Hierbij de gegevens: mijn klantnummer is 186305470 en mijn BSN eindigt op *****4821 (de rest geef ik
liever niet per mail).

Lenie Prins

Op 1 dec. 2026 om 10:02 heeft Tinybots Helpdesk <help@tinybots.nl> het volgende geschreven:

> Beste mevrouw Prins,
> Om uw verzoek [TB-004710] te behandelen hebben wij uw klantnummer nodig.
> Helpdesk Tinybots
""",
        name="Lenie Prins",
        ref="TB-004710",
        notes="Apple Mail reply: a masked BSN and a 9-digit customer number that fails the elfproef; ref only "
        "in the quote.",
    ),
    dict(
        frm="Adri Bos <adri.bos@hetnet.example>",
        subj="RE: [TB-004725] gegevens moeder",
        cs="windows-1252",
        cte="8bit",
        headers={
            "In-Reply-To": "<tb.004725.1@tinybots.nl>",
            "X-Mailer": "Microsoft Outlook Express 6.00.2900.5931",
        },
        body="""Hallo,

Ik had u het BSN al gestuurd, zie hieronder mijn vorige mail. Wanneer komt de nieuwe robot?

Adri Bos

----- Original Message -----
From: Adri Bos
To: help@tinybots.nl
Sent: maandag 30 november 2026 20:14
Subject: gegevens moeder

Het BSN van mijn moeder is 309172548, haar robot is kapot (Tessa nr 52201).
""",
        name="Adri Bos",
        robot=None,
        ref="TB-004725",
        bsn="309172548",
        notes="Outlook Express 8bit windows-1252; an unmasked BSN and the robot id only in the writer's own "
        "quoted earlier mail.",
    ),
    dict(
        frm="Oma Truus <truus.hendriks@ziggo.example>",
        subj="Re: Antw: [TB-004733] tessa",
        mime="html",
        style="ox",
        cte="b64",
        headers={"In-Reply-To": "<tb.004733.3@tinybots.nl>"},
        body="""Hallo meneer

hij doet het weer hoor. dank u wel.

groetjes Truus Hendriks

Verzonden vanuit Outlook voor iOS
""",
        name="Truus Hendriks",
        ref="TB-004733",
        notes="Nickname display name, full name in the sign-off; base64 HTML-only.",
    ),
    dict(
        frm="Sanne Hoekstra <sanne.hoekstra@gmail.example>",
        subj="Tessa van opa - quick question",
        lang="mixed",
        mime="alt",
        style="gmail",
        body="""Hi!

Quick question: de Tessa van mijn opa (robot ID: 27506) has been saying 'geen verbinding' all morning. Is
there a storing bij jullie? I'm at work, maar je kunt me appen of bellen: 06-7878 4545.

Thanks!
Sanne Hoekstra
""",
        name="Sanne Hoekstra",
        phone="+31678784545",
        robot="27506",
        notes="Dutch-English code-switching.",
    ),
    dict(
        frm=f"{q('Fenna Dijkstra-Bouma')} <fenna.db@ziggo.example>",
        subj="Re: [TB-004748] nieuwe wifi",
        headers={"In-Reply-To": "<tb.004748.1@tinybots.nl>"},
        body="""Goeie,

Het nieuwe wifi-wachtwoord staat erin. Het robotnûmer is 63390, net as ik earder skreau.

Groetnis,
Fenna Dijkstra-Bouma
06 4141 2727
""",
        name="Fenna Dijkstra-Bouma",
        phone="+31641412727",
        robot="63390",
        ref="TB-004748",
        lang="mixed",
        notes="Frisian-tinged reply; 'robotnûmer'; double surname encoded in the display name.",
    ),
    dict(
        frm="Marco de Lange <marco.delange@live.example>",
        subj="Re: Tessa",
        mime="alt",
        style="outlook",
        headers={"In-Reply-To": "<tb.004755.2@tinybots.nl>"},
        body="""Helemaal goed zo.

Met vriendelijke groet,
Marco de Lange

Van: Tinybots Helpdesk <help@tinybots.nl>
Verzonden: woensdag 2 december 2026 09:12
Aan: Marco de Lange <marco.delange@live.example>
Onderwerp: Tessa

Beste heer De Lange,

Uw robot (Tessa ID 71001) krijgt vannacht een update. Uw ticketnummer is TB-004755.

Helpdesk Tinybots
""",
        name="Marco de Lange",
        ref="TB-004755",
        notes="Outlook quote header without '>'; ref and id only in the quote.",
    ),
]
