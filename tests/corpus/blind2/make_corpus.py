"""Second blind set (see README.md): built with the blind corpus's generator. Run from this folder."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind"))

from mails_second import SECOND  # noqa: E402
from make_corpus import build, label  # noqa: E402  (the blind corpus's generator)


def main() -> None:
    labels = []
    for n, written in enumerate(SECOND, start=1):
        mail = dict(written)
        mail["from"] = mail.pop("from_")
        file = f"g{n:03d}/001.eml"
        (HERE / file).parent.mkdir(exist_ok=True)
        (HERE / file).write_bytes(build(mail, 500 + n))
        labels.append(label(mail, file))
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(labels)} mails")


if __name__ == "__main__":
    main()
