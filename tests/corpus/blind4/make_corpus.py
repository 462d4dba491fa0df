"""Fourth blind corpus: public request letters, informal requests and near misses, hand-written mails of the kinds the help desk receives, labelled by the label policy of corpus A
(../shared/corpus/README.md). Written before reading the parser. Deterministic, stdlib only.

Run from this folder: python3 make_corpus.py  (rebuilds gNNN/001.eml and labels.json)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent))  # the shared builder, after this set's own mails module

from blind_builder import write_corpus  # noqa: E402
from mails import MAILS  # noqa: E402

if __name__ == "__main__":
    write_corpus(HERE, MAILS, set_name="blind4", date_base=1796000000)
