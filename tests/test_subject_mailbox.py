"""The mailbox part of erasure and retention against a real Dovecot (STARTTLS, test CA): the daemon takes the
mail in and settles it in Processed / Quarantine; `intake subject erase` and `intake purge` then remove exactly
the person's (or the expired) copies there, through the daemon's IMAP adapter."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

from intake.config import parse_settings
from intake.daemon.wiring import run_once
from intake.testbed.servers import write_config
from tests.fixtures.dovecot import MailAccount
from tests.privacy_mail import JAN, JAN_NAME, PIET, raw_mail

INTAKE = str(Path(sys.executable).parent / "intake")


def sections(account: MailAccount, tmp_path: Path) -> dict[str, dict[str, Any]]:
    return {
        # 4 KiB: the one large mail below is quarantined by the daemon, as any mail over the limit is
        "mailbox": account.mailbox_config(max_message_bytes=4096),
        "database": {
            "url": f"sqlite+aiosqlite:///{tmp_path}/intake.db",
            "files_dir": str(tmp_path / "files"),
        },
        "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
        "logging": {"format": "keyvalue"},
    }


def intake(config: Path, *args: str) -> str:
    done = subprocess.run([INTAKE, "--config", str(config), *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def jan(n: int, subject: str, body: str, **kw: Any) -> bytes:
    return raw_mail(
        sender=JAN, name=JAN_NAME, subject=subject, body=body, message_id=f"<jan-{n}@example.nl>", **kw
    )


async def test_erase_removes_the_persons_mail_from_processed_and_quarantine(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    piet_unrelated = raw_mail(
        sender=PIET,
        name="Piet Bakker",
        subject="Lampje",
        body="Het lampje knippert.\n",
        message_id="<piet-2@x.nl>",
    )
    mail_account.append(
        [
            jan(1, "Robot reageert niet", f"Mijn robot reageert niet.\n\n{JAN_NAME}\n"),
            jan(2, "Re: Robot reageert niet", "Nog steeds niet.\n", in_reply_to="<jan-1@example.nl>"),
            raw_mail(
                sender=PIET,
                name="Piet Bakker",
                subject="Buurman",
                body=f"Mijn buurman {JAN_NAME} heeft hetzelfde.\n",
                message_id="<piet-1@x.nl>",
            ),
            piet_unrelated,
            jan(3, "Foto", "Zie de foto.\n" + "x" * 6000),  # over the size limit: quarantined
        ]
    )
    settings = parse_settings(sections(mail_account, tmp_path))
    await run_once(settings)
    assert (mail_account.count("Processed"), mail_account.count("Quarantine")) == (4, 1)
    config = write_config(tmp_path / "intake.toml", sections(mail_account, tmp_path))

    dry = intake(config, "subject", "erase", "--email", JAN, "--dry-run")
    assert "mailbox: would remove 3 mail(s) from Processed" in dry
    assert "mailbox: would remove 1 mail(s) from Quarantine" in dry
    assert (mail_account.count("Processed"), mail_account.count("Quarantine")) == (4, 1)

    done = intake(config, "subject", "erase", "--email", JAN)

    assert "mailbox: removed 3 mail(s) from Processed" in done
    assert mail_account.messages("Processed") == [piet_unrelated]
    assert mail_account.count("Quarantine") == 0
    again = intake(config, "subject", "erase", "--email", JAN, "--dry-run")
    assert "nothing found for this person" in again


async def test_purge_removes_the_mailbox_copy_of_an_expired_ticket(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    old = raw_mail(sender=PIET, name=None, subject="Oud", body="Een oude vraag.\n", message_id="<old@x.nl>")
    young = raw_mail(
        sender=PIET, name=None, subject="Nieuw", body="Een nieuwe vraag.\n", message_id="<new@x.nl>"
    )
    settings = parse_settings(sections(mail_account, tmp_path))
    long_ago = datetime.now(UTC) - timedelta(days=4 * 365)
    with mail_account.client() as imap:  # INTERNALDATE four years back: the server received it then
        imap.append("INBOX", old, msg_time=long_ago)
    await run_once(settings, clock=lambda: long_ago)
    mail_account.append([young])
    await run_once(settings)
    assert mail_account.count("Processed") == 2
    config = write_config(tmp_path / "intake.toml", sections(mail_account, tmp_path))

    out = intake(config, "purge")

    assert '"tickets": 1' in out and "mailbox: removed 1 mail(s) from Processed" in out
    assert mail_account.messages("Processed") == [young]


def _mail(sender: str, subject: str, body: str, message_id: str, *, base64: bool = False) -> bytes:
    """A mail staff never saw through the spool (taken in long ago, its spool bytes since purged)."""
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "help@tinybots.test"
    mail["Subject"] = subject
    mail["Message-ID"] = message_id
    mail["Date"] = "Mon, 02 Nov 2026 09:30:00 +0100"
    mail.set_content(body, cte="base64" if base64 else None)
    return mail.as_bytes(policy=SMTP)


async def test_erase_finds_mail_that_names_the_person_only_in_its_text(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    mail_account.append([jan(1, "Robot reageert niet", "Mijn robot reageert niet.\n")])
    await run_once(parse_settings(sections(mail_account, tmp_path)))
    # Base64 body: the number is not in the raw bytes, only in the text the server decodes.
    phone_in_body = _mail(
        PIET, "Buurman", "Mijn buurman (06-12345678) heeft het ook. Groet, Piët\n", "<p1@x.nl>", base64=True
    )
    address_in_body = _mail("kees@example.nl", "Doorsturen", f"Stuur het ook naar {JAN} aub.\n", "<k1@x.nl>")
    # Substring hits that name someone else: marjan@example.nl, and 0612345678 inside a longer number.
    marjan = _mail("marjan@example.nl", "Order", "Mijn ordernummer is 106123456789.\n", "<m1@x.nl>")
    unrelated = _mail(PIET, "Lampje", "Het lampje knippert.\n", "<p2@x.nl>")
    mail_account.append([phone_in_body, address_in_body, marjan, unrelated], folder="Processed")
    quarantined = _mail("anna@example.nl", "Bellen", "Bel +31 6 12345678 even.\n", "<a1@x.nl>")
    mail_account.append([quarantined], folder="Quarantine")
    config = write_config(tmp_path / "intake.toml", sections(mail_account, tmp_path))

    dry = intake(config, "subject", "erase", "--email", JAN, "--phone", "0612345678", "--dry-run")

    listed = [line for line in dry.splitlines() if line.startswith("would go: mailbox ")]
    assert len(listed) == 4, dry
    assert any("from piet@example.nl, 'Buurman' (found by text '06-12345678')" in line for line in listed)
    assert any(
        "from kees@example.nl, 'Doorsturen' (found by text 'jan@example.nl')" in line for line in listed
    )
    assert any("Quarantine" in line and "text '+31 6 12345678'" in line for line in listed)
    assert not any("marjan" in line for line in listed)
    assert "mailbox: would remove 3 mail(s) from Processed" in dry
    assert "mailbox: would remove 1 mail(s) from Quarantine" in dry
    assert mail_account.count("Processed") == 5

    done = intake(config, "subject", "erase", "--email", JAN, "--phone", "0612345678")

    assert "mailbox: removed 3 mail(s) from Processed" in done
    assert sorted(mail_account.messages("Processed")) == sorted([marjan, unrelated])
    assert mail_account.count("Quarantine") == 0
