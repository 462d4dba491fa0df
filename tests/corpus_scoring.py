"""Scores of the real parser on labelled corpora (labels.json beside gNNN/NNN.eml files, corpus A's schema).

Used by tests/test_corpus_scores.py (which asserts the targets of issue 11) and bench/corpus_scores.py (which
prints the misses for a human). Method, the same for every corpus:

- classification: share of all mails whose class equals the label; "automatic taken for customer" counts
  mails labelled auto_reply/bounce/bulk that the parser calls customer (the one error that costs a ticket).
- name, email, phone, robot id: share of the mails LABELLED customer whose value equals the label exactly
  (null included): the label policy defines these fields only for customer mail, and the pipeline never
  creates a customer from any other class.
- ticket_ref: share of all mails equal to the label.
- rights: micro precision/recall over (mail, right) pairs of all mails; "possible" is the recall of the
  confirmed and the possible rights together (`rights_possible`, when the parser gives it).
- BSN leaks: mails whose labelled BSN (any spacing) occurs anywhere in the parser's JSON output.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from intake.config import load_settings
from parsers import ParserConfig, parse_message

REPO = Path(__file__).resolve().parent.parent
CONFIG_FILE = REPO / "samples" / "intake-samples.toml"
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
OWN_CORPUS = REPO / "tests" / "corpus" / "helpdesk"
#: The hand-written sets, each written before its writer read parsers/ and measured once blind (their READMEs):
#: blind (mixed help-desk mail and requests), blind3 (names, phones, robot ids, automatic mail without headers),
#: blind4 (public request letters, informal requests, near misses), blind5 (care organisations, phone-typed and
#: dictated mail, families abroad, reply chains), blind6 (request letters of other kinds, representatives, traps),
#: blind7 (mail clients' MIME, new kinds of writers, automatic mail, requests in new styles).
BLIND_CORPORA = {
    name: REPO / "tests" / "corpus" / name
    for name in ("blind", "blind3", "blind4", "blind5", "blind6", "blind7")
}
FIELDS = ("name", "email", "phone", "robot_id")
AUTOMATIC = frozenset({"auto_reply", "bounce", "bulk"})


def corpus_a() -> Path:
    """The shared corpus A: $INTAKE_CORPUS_A, else ../shared/corpus beside the checkout (or its parent's)."""
    configured = os.environ.get("INTAKE_CORPUS_A")
    candidates = [Path(configured)] if configured else []
    candidates += [REPO.parent / "shared" / "corpus", REPO.parent.parent / "shared" / "corpus"]
    for candidate in candidates:
        if (candidate / "labels.json").is_file():
            return candidate
    raise FileNotFoundError(
        "corpus A not found: put it at ../shared/corpus or set INTAKE_CORPUS_A to its folder"
    )


def parser_config() -> ParserConfig:
    return load_settings(str(CONFIG_FILE), sections=("helpdesk",)).helpdesk.parser_config()


@dataclass
class Scores:
    """Counts per field, and the misses as (file, field, expected, got) for humans."""

    mails: int = 0
    customers: int = 0
    right: dict[str, int] = field(default_factory=dict)
    automatic_as_customer: int = 0
    rights_tp: int = 0
    rights_fp: int = 0
    rights_fn: int = 0
    possible_tp: int = 0
    possible_count: int = 0
    bsn_leaks: int = 0
    misses: list[tuple[str, str, object, object]] = field(default_factory=list)

    def ratio(self, name: str) -> float:
        total = self.customers if name in FIELDS else self.mails
        return self.right.get(name, 0) / total if total else 1.0

    @property
    def rights_precision(self) -> float:
        found = self.rights_tp + self.rights_fp
        return self.rights_tp / found if found else 1.0

    @property
    def rights_recall(self) -> float:
        wanted = self.rights_tp + self.rights_fn
        return self.rights_tp / wanted if wanted else 1.0

    @property
    def possible_recall(self) -> float:
        wanted = self.rights_tp + self.rights_fn
        return self.possible_tp / wanted if wanted else 1.0

    def table(self, title: str) -> str:
        rows = [f"{title}: {self.mails} mails, {self.customers} customer"]
        rows.append(f"  classification            {self.ratio('classification'):.3f}")
        rows.append(f"  automatic as customer     {self.automatic_as_customer}")
        for name in FIELDS:
            rows.append(f"  {name:<25} {self.ratio(name):.3f}")
        rows.append(f"  ticket_ref                {self.ratio('ticket_ref'):.3f}")
        rows.append(
            f"  rights P / R              {self.rights_precision:.3f} / {self.rights_recall:.3f}"
            f"  (found right {self.rights_tp}, wrong {self.rights_fp}, missed {self.rights_fn};"
            f" R with possible {self.possible_recall:.3f}, possible on {self.possible_count} mails)"
        )
        rows.append(f"  BSN leaks                 {self.bsn_leaks}")
        return "\n".join(rows)


def labelled_mails(folder: Path, part: str | None = None) -> Iterator[tuple[dict[str, Any], bytes]]:
    """(label, raw bytes) per mail; `part` keeps only labels whose "split" is that part (own corpus)."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    for label in labels:
        if part is None or label.get("split") == part:
            yield label, (folder / label["file"]).read_bytes()


def score(mails: Iterator[tuple[dict[str, Any], bytes]], config: ParserConfig) -> Scores:
    scores = Scores()
    for label, raw in mails:
        _score_one(scores, label, parse_message(raw, config=config, now=NOW).to_json())
    return scores


def _score_one(scores: Scores, label: dict[str, Any], got: dict[str, Any]) -> None:
    file = label["file"]
    scores.mails += 1
    _count(scores, file, "classification", label["classification"], got["classification"])
    if label["classification"] in AUTOMATIC and got["classification"] == "customer":
        scores.automatic_as_customer += 1
    _count(scores, file, "ticket_ref", label["ticket_ref"], got["ticket_ref"])
    if label["classification"] == "customer":
        scores.customers += 1
        for name in FIELDS:
            _count(scores, file, name, label["customer"][name], got["customer"][name])
    _score_rights(scores, file, set(label["rights"]), set(got["rights"]), set(got.get("rights_possible", ())))
    bsn = label.get("bsn_present")
    if bsn and re.sub(r"\D", "", bsn) in re.sub(r"[\s.\-]", "", json.dumps(got, ensure_ascii=False)):
        scores.bsn_leaks += 1
        scores.misses.append((file, "bsn", "redacted", "leaked"))


def _count(scores: Scores, file: str, name: str, expected: object, got: object) -> None:
    if expected == got:
        scores.right[name] = scores.right.get(name, 0) + 1
    else:
        scores.misses.append((file, name, expected, got))


def _score_rights(scores: Scores, file: str, expected: set[str], got: set[str], possible: set[str]) -> None:
    scores.rights_tp += len(expected & got)
    scores.rights_fp += len(got - expected)
    scores.rights_fn += len(expected - got)
    scores.possible_tp += len(expected & (got | possible))
    scores.possible_count += bool(possible)
    if expected != got:
        scores.misses.append((file, "rights", sorted(expected), sorted(got)))
