"""Privacy-rights accuracy on the labelled corpora, printed per right and held to the targets of issue 11.

Corpora: corpus A (`../shared/corpus`, or $INTAKE_CORPUS_A), the public request letters (tests/corpus/letters),
the hand-written blind sets (tests/corpus/blind, blind3, blind4, blind5, blind6), and the held-out and blind parts of the generated rights corpus
(tests/corpus/rights, split by sentence with a seeded hash; the rules were tuned on its dev part only). Targets, on all rights pooled:
- precision of the confirmed rights >= 0.97 (a journalist is not told "your privacy request");
- recall of confirmed + possible >= 0.98 (a request reaches the privacy officer, confirmed or to confirm);
- possible requests on at most 10% of customer mail (the officer's extra work).
Run with `-s` to see the table and the misses (bench/rights_scores.py prints the same).
"""

from __future__ import annotations

import pytest

from bench.rights_scores import ROOT, load_labels, misses, outcomes, report, score
from tests.corpus_scoring import corpus_a

CORPORA = {
    "corpus A": (corpus_a(), "all"),
    "letters": (ROOT / "tests" / "corpus" / "letters", "all"),
    "rights held-out": (ROOT / "tests" / "corpus" / "rights", "held-out"),
    "rights dev": (ROOT / "tests" / "corpus" / "rights", "dev"),
    # written after tuning and measured once blind (R 0.902); two rules were then widened, so now a regression
    "rights blind": (ROOT / "tests" / "corpus" / "rights", "blind"),
    # public request letters, informal requests and near misses, written blind (first P 0.918 / R 0.836); then fixed
    "blind4": (ROOT / "tests" / "corpus" / "blind4", "all"),
    # representatives, informal and other-kind letters, near misses, written blind (first P 0.848 / R 0.893); then
    # its misses' general causes were fixed (tests/corpus/blind6/README.md), so now a regression
    "blind6": (ROOT / "tests" / "corpus" / "blind6", "all"),
    # hand-written help-desk mail with a few requests (first P 0.909, 0.200 and 0.615), fixed since: here chiefly
    # false requests in ordinary mail are counted
    "blind": (ROOT / "tests" / "corpus" / "blind", "all"),
    "blind3": (ROOT / "tests" / "corpus" / "blind3", "all"),
    "blind5": (ROOT / "tests" / "corpus" / "blind5", "all"),
}
PRECISION, RECALL_WITH_POSSIBLE, POSSIBLE_SHARE = 0.97, 0.98, 0.10


@pytest.mark.parametrize("name", list(CORPORA))
def test_rights_meet_the_targets(name: str) -> None:
    corpus, split = CORPORA[name]
    assert (corpus / "labels.json").is_file(), f"{corpus}: no labels.json (set INTAKE_CORPUS_A for corpus A)"
    found = outcomes(corpus, load_labels(corpus, split))
    scores = score(found)
    print("\n" + "\n".join(report(name, scores) + misses(found)))
    assert scores.customer_mails >= 30, "too few customer mails to measure"
    assert scores.precision() >= PRECISION
    assert scores.recall_with_possible() >= RECALL_WITH_POSSIBLE
    assert scores.possible_share() <= POSSIBLE_SHARE
