"""Privacy-rights scores per corpus: precision and recall per right, confirmed and confirmed + possible.

    .venv/bin/python bench/rights_scores.py [--corpus DIR ...] [--split dev|held-out|all] [--quiet]

A corpus is a folder with `labels.json` (a list of {"file", "classification", "rights", ...}) and the .eml files
it names. By default: ../shared/corpus (corpus A, when present), tests/corpus/rights (generated, split dev /
held-out / blind by the label's "split"), tests/corpus/letters (public request letters) and the hand-written blind
sets tests/corpus/blind, blind2, blind3, blind4, blind5, blind6 and blind7. For each it prints

- per right: precision of the confirmed rights (`rights`), recall of the confirmed rights, and recall of the
  confirmed + possible rights (`rights` + `rights_possible`): a possible request reaches the privacy officer too;
- all rights pooled (micro average);
- the share of customer mail with a possible request (`rights_possible` not empty): the officer's extra work;
- every miss, one line each (file, expected, confirmed, possible), for a human to read.

Only customer mail carries rights; every other class must carry none (its rights count as false positives).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from parsers import ParserConfig, Right, parse_message

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = (
    ROOT.parent / "shared" / "corpus",  # corpus A beside the checkout (tests/corpus_scoring.py: corpus_a)
    ROOT.parent.parent / "shared" / "corpus",
    ROOT / "tests" / "corpus" / "rights",
    ROOT / "tests" / "corpus" / "letters",
    # hand-written blind sets (each measured once before the rules were changed for it; figures in their READMEs)
    ROOT / "tests" / "corpus" / "blind",
    ROOT / "tests" / "corpus" / "blind2",
    ROOT / "tests" / "corpus" / "blind3",
    ROOT / "tests" / "corpus" / "blind4",
    ROOT / "tests" / "corpus" / "blind5",
    ROOT / "tests" / "corpus" / "blind6",
    ROOT / "tests" / "corpus" / "blind7",
)
CONFIG = ParserConfig(relay_addresses=("website@tinybots.nl",))
NOW = datetime(2026, 12, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One mail: what its label says and what the parser found."""

    file: str
    customer: bool
    expected: frozenset[str]
    confirmed: frozenset[str]
    possible: frozenset[str]


@dataclass(slots=True)
class Scores:
    """Counts per right; precision and recall are derived from them."""

    true_positive: Counter[str] = field(default_factory=Counter)
    false_positive: Counter[str] = field(default_factory=Counter)
    false_negative: Counter[str] = field(default_factory=Counter)
    #: Recall of confirmed + possible: a label right found in either list.
    reached: Counter[str] = field(default_factory=Counter)
    expected: Counter[str] = field(default_factory=Counter)
    customer_mails: int = 0
    possible_mails: int = 0

    def add(self, outcome: Outcome) -> None:
        self.customer_mails += outcome.customer
        self.possible_mails += bool(outcome.customer and outcome.possible)
        for right in outcome.confirmed:
            counter = self.true_positive if right in outcome.expected else self.false_positive
            counter[right] += 1
        for right in outcome.expected:
            self.expected[right] += 1
            if right not in outcome.confirmed:
                self.false_negative[right] += 1
            if right in outcome.confirmed | outcome.possible:
                self.reached[right] += 1

    def precision(self, right: str | None = None) -> float:
        tp, fp = self._sum(self.true_positive, right), self._sum(self.false_positive, right)
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, right: str | None = None) -> float:
        tp, expected = self._sum(self.true_positive, right), self._sum(self.expected, right)
        return tp / expected if expected else 1.0

    def recall_with_possible(self, right: str | None = None) -> float:
        reached, expected = self._sum(self.reached, right), self._sum(self.expected, right)
        return reached / expected if expected else 1.0

    def possible_share(self) -> float:
        return self.possible_mails / self.customer_mails if self.customer_mails else 0.0

    @staticmethod
    def _sum(counter: Counter[str], right: str | None) -> int:
        return counter[right] if right is not None else sum(counter.values())


def load_labels(corpus: Path, split: str = "all") -> list[dict[str, object]]:
    """The corpus's labels, optionally only the dev or held-out part (labels without "split" are in both)."""
    labels: list[dict[str, object]] = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    if split == "all":
        return labels
    return [label for label in labels if label.get("split", split) == split]


def outcomes(corpus: Path, labels: Iterable[dict[str, object]]) -> list[Outcome]:
    """Parse every labelled mail of the corpus as `intake parse --json` does."""
    found: list[Outcome] = []
    for label in labels:
        parsed = parse_message((corpus / str(label["file"])).read_bytes(), config=CONFIG, now=NOW)
        expected = label.get("rights") or []
        assert isinstance(expected, list)
        found.append(
            Outcome(
                file=str(label["file"]),
                customer=label.get("classification") == "customer",
                expected=frozenset(str(right) for right in expected),
                confirmed=frozenset(right.value for right in parsed.rights),
                possible=frozenset(right.value for right in getattr(parsed, "rights_possible", ())),
            )
        )
    return found


def score(found: Iterable[Outcome]) -> Scores:
    scores = Scores()
    for outcome in found:
        scores.add(outcome)
    return scores


def misses(found: Iterable[Outcome]) -> list[str]:
    """One line per mail whose confirmed rights differ from its label, or whose label a possible misses."""
    lines = []
    for outcome in found:
        wrong = outcome.confirmed != outcome.expected
        unreached = outcome.expected - outcome.confirmed - outcome.possible
        if wrong or unreached or (outcome.possible and not outcome.expected):
            lines.append(
                f"  {outcome.file}: expected {sorted(outcome.expected)} confirmed {sorted(outcome.confirmed)}"
                f" possible {sorted(outcome.possible)}"
            )
    return lines


def report(name: str, scores: Scores) -> list[str]:
    lines = [
        f"== {name}: {scores.customer_mails} customer mails, possible on {scores.possible_mails}"
        f" ({scores.possible_share():.1%})",
        f"  {'right':<20} {'n':>4} {'P conf':>7} {'R conf':>7} {'R +poss':>8}",
    ]
    for right in [r.value for r in Right]:
        if scores.expected[right] or scores.false_positive[right]:
            lines.append(
                f"  {right:<20} {scores.expected[right]:>4} {scores.precision(right):>7.3f}"
                f" {scores.recall(right):>7.3f} {scores.recall_with_possible(right):>8.3f}"
            )
    lines.append(
        f"  {'ALL':<20} {sum(scores.expected.values()):>4} {scores.precision():>7.3f}"
        f" {scores.recall():>7.3f} {scores.recall_with_possible():>8.3f}"
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", type=Path, help="a corpus folder (repeatable)")
    parser.add_argument("--split", choices=("dev", "held-out", "blind", "all"), default="all")
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    args = parser.parse_args(argv)
    for corpus in args.corpus or [c for c in DEFAULT_CORPORA if (c / "labels.json").exists()]:
        splits = _splits(corpus) if args.split == "all" else (args.split,)
        for split in splits:
            found = outcomes(corpus, load_labels(corpus, split))
            name = corpus.name if split == "all" else f"{corpus.name} ({split})"
            print("\n".join(report(name, score(found))))
            if not args.quiet:
                print("\n".join(misses(found)))
    return 0


def _splits(corpus: Path) -> tuple[str, ...]:
    """The corpus's parts in the order dev, held-out, blind; ("all",) for a corpus without parts."""
    present = {str(label["split"]) for label in load_labels(corpus) if "split" in label}
    return tuple(split for split in ("dev", "held-out", "blind") if split in present) or ("all",)


if __name__ == "__main__":
    sys.exit(main())
