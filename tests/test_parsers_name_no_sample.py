"""The parser generalises: no name, phone or robot id of a labelled mail appears anywhere in `parsers/`, not even
as an example in a comment (issue 11: "nothing in parsers/ names a sample's text"). Comments use made-up values."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from tests.corpus_scoring import corpus_a

REPO = Path(__file__).resolve().parent.parent
FIELDS = ("name", "phone", "robot_id")
#: Shorter values ("Jan", "0042") are ordinary words and numbers, not a sample's text.
SHORTEST = 5


def labelled_values() -> Iterator[str]:
    label_files = [*REPO.glob("tests/corpus/*/labels.json"), corpus_a() / "labels.json"]
    for path in label_files:
        if path.is_file():
            for label in json.loads(path.read_text(encoding="utf-8")):
                yield from _customer_values(label.get("customer") or {})
    for path in REPO.glob("samples/*.json"):
        yield from _customer_values(json.loads(path.read_text(encoding="utf-8")).get("customer") or {})


def _customer_values(customer: dict[str, str | None]) -> Iterator[str]:
    for field in FIELDS:
        value = customer.get(field)
        if value and len(value) >= SHORTEST:
            yield value


def test_no_labelled_value_is_named_in_the_parser() -> None:
    values = set(labelled_values())
    assert len(values) > 1000  # the labels were found (corpus A, own corpora, samples)
    sources = {path.name: path.read_text(encoding="utf-8") for path in (REPO / "parsers").glob("*.py")}
    named = sorted(
        f"{name}: {value!r}" for name, text in sources.items() for value in values if value in text
    )
    assert not named, "parsers/ names labelled values (use made-up examples):\n" + "\n".join(named)
