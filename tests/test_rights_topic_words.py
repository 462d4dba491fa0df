"""The one-pass word tests of the rights step against their definitions: the topic regex (rights_text.TOPIC_TOKEN:
a token that is a topic word, starts with a topic prefix or ends with a topic suffix) and the cue index
(rights.CUES: each rule cue's `may_occur`)."""

from __future__ import annotations

import random
import re

import pytest

from parsers.rights import CUES
from parsers.rights_languages import DE_RULES, ROMANCE_RULES
from parsers.rights_text import (
    TOKEN,
    TOPIC_PREFIXES,
    TOPIC_SUFFIXES,
    TOPIC_TOKEN,
    TOPIC_WORDS,
    is_on_topic,
    split_sentences,
)
from parsers.rights_vocabulary import RULES
from parsers.rights_words import StemIndex, trie, words


def _by_tokens(sentence: str) -> bool:
    return any(
        t in TOPIC_WORDS or t.startswith(TOPIC_PREFIXES) or t.endswith(TOPIC_SUFFIXES)
        for t in TOKEN.findall(sentence)
    )


def test_the_trie_matches_exactly_its_literals() -> None:
    literals = ["acc", "access", "account", "a.b", "x", "xy"]
    pattern = re.compile(trie(literals))
    assert all(pattern.fullmatch(literal) for literal in literals)
    assert not any(pattern.fullmatch(other) for other in ("", "ac", "acce", "accounts", "a-b", "y", "xyz"))


@pytest.mark.parametrize("vocabulary", [sorted(TOPIC_WORDS), TOPIC_PREFIXES, TOPIC_SUFFIXES])
def test_every_topic_literal_in_and_around_words(vocabulary: tuple[str, ...]) -> None:
    for literal in vocabulary:
        for sentence in (
            literal,
            f"de {literal}.",
            f"x{literal}",
            f"{literal}x",
            f"'{literal}'s",
            f"{literal[:-1]}",
            f"{literal.upper()} {literal[1:]}",
            f"é{literal}é",
        ):
            assert bool(TOPIC_TOKEN.search(sentence)) == _by_tokens(sentence), sentence


def test_random_text_agrees_with_the_token_rule() -> None:
    rng = random.Random(7)
    pieces = [*sorted(TOPIC_WORDS), *TOPIC_PREFIXES, *TOPIC_SUFFIXES, *"aes' -Aéx", "ij"]
    for _ in range(20_000):
        sentence = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        assert bool(TOPIC_TOKEN.search(sentence)) == _by_tokens(sentence), sentence


def test_ordinary_sentences() -> None:
    text = (
        "Mijn account doet het niet. Graag een kopie van mijn gegevens! De robot is stuk. Hoi, hoe gaat het?"
    )
    assert [is_on_topic(s) for s in split_sentences("", text)] == [True, True, False, False]


def test_the_cue_index_agrees_with_may_occur() -> None:
    cues = [rule.cue for rule in (*RULES, *DE_RULES, *ROMANCE_RULES)]
    stems = sorted({stem for cue in cues for stem in cue.stems})
    rng = random.Random(11)
    texts = [
        " ".join(rng.choice([*stems, "x", "de", "?", "a", " "]) for _ in range(rng.randint(0, 8)))
        for _ in range(3000)
    ]
    texts += [stem[1:] for stem in stems] + [stem[:-1] for stem in stems]
    for text in texts:
        present = CUES.present(text)
        assert [CUES.may_occur(cue, present) for cue in cues] == [cue.may_occur(text) for cue in cues], text


def test_overlapping_and_nested_stems_all_count() -> None:
    short, long, inner = words("acc", r"\bacc"), words("access", r"\baccess"), words("cess|ss", r"cess|ss")
    index = StemIndex([short, long, inner])
    present = index.present("an accessory")
    assert all(index.may_occur(vocabulary, present) for vocabulary in (short, long, inner))
    present = index.present("accent")
    assert [index.may_occur(v, present) for v in (short, long, inner)] == [True, False, False]
