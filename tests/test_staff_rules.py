"""The pure rules of staff work: reading Authentication-Results (RFC 8601), whose verdict counts, the ticket
token, and the commands at the top of a staff mail. No servers needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.cli.check_cmd import check_staff
from intake.config import parse_settings
from intake.staffdesk import tokens
from intake.staffdesk.commands import Command, read_instructions
from intake.staffdesk.identity import results_verdict
from parsers.auth_results import parse_auth_results

OURS = "mx.tinybots.nl"
FROM = "jan.visser@tinybots.nl"


def test_authentication_results_are_read_with_comments_quotes_and_versions() -> None:
    read = parse_auth_results(
        "MX.Tinybots.nl 1; spf=pass (sender SPF authorized) smtp.mailfrom=tinybots.nl;\r\n"
        ' dkim=pass (2048-bit key; unprotected) header.d=tinybots.nl header.s="sel1";'
        " dmarc/1=PASS (p=REJECT) header.from=tinybots.nl"
    )
    assert read is not None and read.authserv_id == "mx.tinybots.nl"
    assert [(r.method, r.result) for r in read.results] == [
        ("spf", "pass"),
        ("dkim", "pass"),
        ("dmarc", "pass"),
    ]
    assert read.results[1].property("header.d") == "tinybots.nl"
    assert read.results[1].property("header.s") == "sel1"
    assert parse_auth_results("   ") is None


@pytest.mark.parametrize(
    ("headers", "verdict"),
    [
        ([f"{OURS}; dmarc=pass header.from=tinybots.nl"], None),
        ([f"{OURS}; dkim=pass header.d=tinybots.nl"], None),
        (
            [f"{OURS}; dkim=pass header.i=@mail.tinybots.nl"],
            "not_authenticated",
        ),  # stricter than relaxed DMARC: only the From domain or a parent of it
        ([f"{OURS}; dkim=pass header.d=example.org"], "not_authenticated"),  # someone else's signature
        ([f"{OURS}; spf=pass smtp.mailfrom=tinybots.nl"], "not_authenticated"),  # SPF says nothing of From
        ([f"{OURS}; dkim=pass header.d=tinybots.nl; dmarc=fail header.from=tinybots.nl"], "dmarc_fail"),
        ([f"{OURS}; none"], "not_authenticated"),
        (["mx.elsewhere.example; dmarc=pass"], "no_authentication_results_of_ours"),
        (["mx.elsewhere.example; dmarc=fail", f"{OURS}; dmarc=pass"], "no_authentication_results_of_ours"),
        ([f"{OURS}; spf=pass", f"{OURS}; dmarc=pass"], None),  # two milters of our own server
        ([], "no_authentication_results_of_ours"),
    ],
)
def test_only_our_servers_pass_on_top_proves_a_staff_from(headers: list[str], verdict: str | None) -> None:
    assert results_verdict(headers, authserv_id=OURS, from_address=FROM) == verdict


def test_a_parent_domain_signature_is_aligned_with_a_subdomain_from() -> None:
    header = [f"{OURS}; dkim=pass header.d=tinybots.nl"]
    assert results_verdict(header, authserv_id=OURS, from_address="jan@support.tinybots.nl") is None


def test_the_ticket_token_proves_only_its_own_ticket_and_only_with_the_secret() -> None:
    secret = b"0123456789abcdef0123456789abcdef"
    reply_to = tokens.reply_to_address("help@tinybots.nl", "TB-000007", secret)
    message_id = tokens.message_id("TB-000007", "staff", "tinybots.nl", secret)
    assert reply_to.startswith("help+TB-000007.") and reply_to.endswith("@tinybots.nl")
    assert tokens.proves("TB-000007", secret, addresses=[reply_to], message_ids=[])
    assert tokens.proves("TB-000007", secret, addresses=[], message_ids=[message_id])
    assert not tokens.proves("TB-000008", secret, addresses=[reply_to], message_ids=[message_id])
    assert not tokens.proves(
        "TB-000007", b"another secret of some length", addresses=[reply_to], message_ids=[]
    )
    assert not tokens.proves("TB-000007", secret, addresses=["help@tinybots.nl"], message_ids=["<x@y>"])


def test_commands_come_first_and_the_answer_follows() -> None:
    read = read_instructions("\n#assign Jan Visser\n\n#CLOSE\nBeste mevrouw,\n#2 op de lijst\n")
    assert read.commands == (Command("assign", "Jan Visser"), Command("close", ""))
    assert read.answer == "Beste mevrouw,\n#2 op de lijst"
    assert read.unknown == ()


def test_a_hash_after_the_first_lines_or_inside_text_is_no_command() -> None:
    assert read_instructions("Zie #close hieronder").commands == ()
    assert read_instructions("#sluiten nu").unknown == ("sluiten",)
    late = "\n" * 9 + "#close"
    assert read_instructions(late).commands == ()


def test_intake_check_reports_an_unreadable_token_secret(tmp_path: Path) -> None:
    staff = {"addresses": [FROM], "auth": "token", "token_secret_file": str(tmp_path / "missing")}
    result = check_staff(parse_settings({"staff": staff}))
    assert result is not None and not result.ok and "cannot be read" in result.detail
    (tmp_path / "short").write_text("abc")
    result = check_staff(parse_settings({"staff": {**staff, "token_secret_file": str(tmp_path / "short")}}))
    assert result is not None and not result.ok and "shorter than 16 bytes" in result.detail
    (tmp_path / "good").write_text("0123456789abcdef0123456789abcdef")
    both = {**staff, "auth": "both", "authserv_id": OURS, "token_secret_file": str(tmp_path / "good")}
    result = check_staff(parse_settings({"staff": both}))
    assert result is not None and result.ok and "mx.tinybots.nl" in result.detail
    assert check_staff(parse_settings({})) is None
