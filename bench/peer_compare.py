"""Beside django-helpdesk: the same N messages through its `get_email` and through our `intake run --once`, in
one run, back to back; print one JSON line with both rates and their ratio.

    .venv/bin/python bench/peer_compare.py [--n 1000] [--seed 1234] [--peer-dir ../shared/peer]
        [--skip-peer] [--parse-workers N]

1. The peer harness (`run_peer.py bench --dump-only`, its generator `bench_limits.make_messages` and its reply
   mix: 70 % new mails, 30 % replies to an earlier one, half of them with In-Reply-To) writes the messages twice
   with the same seed: with django-helpdesk's subject tag `[helpdesk-<n>]` and with ours `[TB-<nnnnnn>]`. The
   bytes are otherwise identical; `manifest.json` says which mail is new and which ticket each reply belongs to.
2. django-helpdesk 2.6.1: `run_peer.py bench --messages-dir` (its own throwaway Dovecot and SMTP sink; the wall
   and CPU time of its `get_email` processes).
3. Ours: a fresh throwaway Dovecot (the same configuration: Maildir, `mail_fsync = never`, STARTTLS) and SMTP
   sink, the messages appended in order, the database created and migrated beforehand (as the peer's `migrate`
   runs before its timed runs), then one `intake run --once` (wall and CPU time of that process and the helper
   processes it started, intake/testbed/process_cpu.py), then one more on the now empty mailbox (the fixed cost
   of a poll).
4. Checks on ours: every message became a message row, every new mail opened its own ticket, and every reply is
   on the ticket of the mail it answers; the run fails loudly otherwise.

Both tools send one acknowledgement per new ticket (ours with the acknowledgement brake lifted, as the peer
has none); django-helpdesk also mails the submitter about each of their own replies.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from intake.testbed.process_cpu import run_measured
from intake.testbed.servers import Dovecot, SmtpSink, make_certs, write_config
from storage.database import run_upgrade

REPO = Path(__file__).resolve().parents[1]
INTAKE = str(Path(sys.executable).parent / "intake")
PEER_TAG = "[helpdesk-{id}]"
OUR_TAG = "[TB-{id:06d}]"


def default_peer_dir() -> Path:
    for candidate in (REPO.parent / "shared" / "peer", REPO.parents[1] / "shared" / "peer"):
        if (candidate / "run_peer.py").exists():
            return candidate
    return REPO.parent / "shared" / "peer"


def peer(peer_dir: Path, *args: str) -> None:
    """`python3 run_peer.py ARGS` (it makes and uses its own venv); its progress goes to our stderr."""
    subprocess.run(["python3", str(peer_dir / "run_peer.py"), *args], check=True, stdout=subprocess.DEVNULL)


def dump_messages(peer_dir: Path, n: int, seed: int, tag: str, directory: Path) -> None:
    peer(
        peer_dir,
        "bench",
        "--n",
        str(n),
        "--seed",
        str(seed),
        "--tag-template",
        tag,
        "--dump-dir",
        str(directory),
        "--dump-only",
    )


def load(directory: Path) -> tuple[list[bytes], list[dict[str, Any]]]:
    manifest = json.loads((directory / "manifest.json").read_text())["messages"]
    return [(directory / m["file"]).read_bytes() for m in manifest], manifest


def run_django_helpdesk(peer_dir: Path, directory: Path, out: Path) -> dict[str, Any]:
    peer(peer_dir, "bench", "--messages-dir", str(directory), "--json-out", str(out))
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def timed_run_once(config: Path) -> dict[str, float]:
    """One `intake run --once`: wall and CPU (user + sys) seconds, with every helper process it started, the
    parse workers' fork server included (intake/testbed/process_cpu.py)."""
    run = run_measured([INTAKE, "--config", str(config), "run", "--once"])
    if run.exit_code != 0:
        raise SystemExit(f"intake run --once exited with {run.exit_code}")
    return {"wall_s": run.wall_s, "cpu_s": run.cpu_s}


def bare(message_id: str) -> str:
    return message_id.strip().strip("<>")


def check_threading(database: Path, manifest: list[dict[str, Any]]) -> dict[str, int]:
    """Every new mail opened its own ticket and every reply is on the ticket of the mail it answers."""
    with sqlite3.connect(database) as db:
        ticket_of = {
            bare(mid): ticket
            for mid, ticket in db.execute("SELECT message_id, ticket_id FROM messages WHERE direction = 'in'")
        }
        tickets = db.execute("SELECT count(*) FROM tickets").fetchone()[0]
    opened: dict[int, int] = {}  # the manifest's ticket number -> our ticket id
    figures = {"new_ok": 0, "new_wrong": 0, "reply_ok": 0, "reply_wrong_ticket": 0, "missing": 0}
    for mail in manifest:
        ticket = ticket_of.get(bare(mail["message_id"]))
        if ticket is None:
            figures["missing"] += 1
        elif mail["role"] == "new":
            fresh = ticket not in opened.values()
            opened[mail["expect_ticket"]] = ticket
            figures["new_ok" if fresh else "new_wrong"] += 1
        else:
            right = opened.get(mail["expect_ticket"]) == ticket
            figures["reply_ok" if right else "reply_wrong_ticket"] += 1
    figures["tickets"] = tickets
    return figures


def run_ours(
    directory: Path, workdir: Path, batch_size: int, parse_workers: int | None = None
) -> dict[str, Any]:
    raws, manifest = load(directory)
    certs = make_certs(workdir)
    (workdir / "imap").mkdir()
    dovecot = Dovecot.create(workdir / "imap", certs)
    sink = SmtpSink(certs)
    try:
        dovecot.start()
        sink.start()
        account = dovecot.account("help")
        account.append(raws)
        os.environ["INTAKE_TEST_IMAP_PASSWORD"] = account.password
        url = f"sqlite+aiosqlite:///{workdir}/intake.db"
        run_upgrade(url)  # not timed: django-helpdesk's database is migrated before its runs too
        config = write_config(
            workdir / "intake.toml",
            {
                "mailbox": account.mailbox_config(
                    batch_size=batch_size,
                    **({} if parse_workers is None else {"parse_workers": parse_workers}),
                ),
                "smtp": sink.smtp_config(),
                "database": {"url": url},
                "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
                "outbound": {"acks_per_minute": 1_000_000, "batch_size": 500},
                "logging": {"level": "WARNING", "format": "keyvalue"},
            },
        )
        drain = timed_run_once(config)
        empty = timed_run_once(config)
        threading = check_threading(workdir / "intake.db", manifest)
        left = account.count("INBOX")
        sent = len(sink.received)
    finally:
        sink.stop()
        dovecot.stop()
    return {
        "n": len(raws),
        **drain,
        "msgs_per_s": round(len(raws) / drain["wall_s"], 1),
        "msgs_per_cpu_s": round(len(raws) / drain["cpu_s"], 1),
        "empty_poll": empty,
        "left_in_inbox": left,
        "acks_sent": sent,
        "threading": threading,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--peer-dir", type=Path, default=default_peer_dir())
    parser.add_argument("--skip-peer", action="store_true", help="ours only (while developing)")
    parser.add_argument("--parse-workers", type=int, help="[mailbox] parse_workers for ours (default: auto)")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="pc"))
    os.chmod(workdir, 0o755)
    try:
        ours_dir, theirs_dir = workdir / "ours", workdir / "theirs"
        dump_messages(args.peer_dir, args.n, args.seed, OUR_TAG, ours_dir)
        if not args.skip_peer:
            dump_messages(args.peer_dir, args.n, args.seed, PEER_TAG, theirs_dir)
        load_before = [round(x, 2) for x in os.getloadavg()]
        (workdir / "run").mkdir()
        ours = run_ours(ours_dir, workdir / "run", args.batch_size, args.parse_workers)
        result: dict[str, Any] = {"loadavg_before": load_before, "ours": ours}
        if not args.skip_peer:
            theirs = run_django_helpdesk(args.peer_dir, theirs_dir, workdir / "peer.json")
            result["django_helpdesk"] = {
                key: theirs.get(key)
                for key in (
                    "processed",
                    "wall_s",
                    "cpu_s",
                    "msgs_per_s",
                    "msgs_per_cpu_s",
                    "empty_poll",
                    "threading",
                )
            }
            result["ratio_msgs_per_s"] = round(ours["msgs_per_s"] / theirs["msgs_per_s"], 2)
            result["ratio_msgs_per_cpu_s"] = round(ours["msgs_per_cpu_s"] / theirs["msgs_per_cpu_s"], 2)
        result["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
        print(json.dumps(result))
        wrong = ours["threading"]
        if wrong["new_wrong"] or wrong["reply_wrong_ticket"] or wrong["missing"] or ours["left_in_inbox"]:
            raise SystemExit(f"ours: not every message on its ticket: {wrong}, {ours['left_in_inbox']} left")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
