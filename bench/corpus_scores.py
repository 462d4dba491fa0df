"""Per-field accuracy of the parser on the labelled corpora, with every miss (for humans; the test asserts).

    .venv/bin/python bench/corpus_scores.py [--misses] [--corpus PATH] [--part dev|held_out]

Without --corpus: corpus A (../shared/corpus or $INTAKE_CORPUS_A), both parts of tests/corpus/helpdesk and the
blind corpora tests/corpus/blind, tests/corpus/blind3, tests/corpus/blind4, tests/corpus/blind5, tests/corpus/blind6 and
tests/corpus/blind7.
The method is in tests/corpus_scoring.py.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests package, run from anywhere

from tests.corpus_scoring import (
    BLIND_CORPORA,
    OWN_CORPUS,
    corpus_a,
    labelled_mails,
    parser_config,
    score,
)

logging.getLogger("mailparser").addHandler(logging.NullHandler())  # its per-part warnings are not figures


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--misses", action="store_true", help="list every miss")
    options.add_argument("--corpus", type=Path, help="one labelled corpus folder")
    options.add_argument("--part", choices=("dev", "held_out"), help="only this part of the corpus")
    args = options.parse_args()
    config = parser_config()
    if args.corpus:
        runs = [(str(args.corpus), args.corpus, args.part)]
    else:
        runs = [("corpus A", corpus_a(), None)]
        if (OWN_CORPUS / "labels.json").is_file():
            runs += [("own dev", OWN_CORPUS, "dev"), ("own held-out", OWN_CORPUS, "held_out")]
        runs += [(name, folder, None) for name, folder in BLIND_CORPORA.items()]
    for title, folder, part in runs:
        scores = score(labelled_mails(folder, part), config)
        print(scores.table(title))
        if args.misses:
            for file, name, expected, got in scores.misses:
                print(f"    {file:<16} {name:<15} want {expected!r:<32} got {got!r}")
        print()


if __name__ == "__main__":
    main()
