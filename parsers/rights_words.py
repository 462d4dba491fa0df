"""The building blocks of the rights vocabulary: word lists behind a substring gate, one regex per list.

Everything in parsers/rights_*.py is linear-time: the patterns use bounded gaps (`[^.?!]{0,40}`) and no
nested quantifiers, and they run per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


def split_words(words: str) -> list[str]:
    """Word lists are written as one string, the way they read in the research notes."""
    return words.split()


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: used as a cache key per sentence
class Words:
    """A vocabulary regex behind a substring gate: the regex runs only when one of its stems occurs.

    Python's regex engine tries every branch of a long alternation at every position; the `in` test on a
    handful of stems is C-speed, so everyday mail that mentions none of the stems costs next to nothing.
    """

    stems: tuple[str, ...]
    pattern: re.Pattern[str]

    def may_occur(self, text: str) -> bool:
        return any(map(text.__contains__, self.stems))  # map, not a generator: no Python frame per stem

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_occur(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_occur(text) else iter(())


class StemIndex:
    """Which of many `Words` may occur in a text, in one pass: the same answers as each one's `may_occur`.

    A rule loop asking `may_occur` of thirty vocabularies tests some three hundred stems one by one; here a trie
    of all stems is looked for at every position of the text (a lookahead: overlapping stems count), and the
    longest stem found at a position stands for every stem it starts with (they occur there too).
    """

    def __init__(self, vocabularies: Iterable[Words]) -> None:
        listed = list(vocabularies)
        stems = sorted({stem for words in listed for stem in words.stems})
        bit = {stem: 1 << index for index, stem in enumerate(stems)}
        self._finder = re.compile(f"(?=({trie(stems)}))")
        self._occurring = {
            stem: sum(bit.get(stem[:end], 0) for end in range(1, len(stem) + 1)) for stem in stems
        }
        self._masks = {words: sum(bit[stem] for stem in words.stems) for words in listed}

    def present(self, text: str) -> int:
        """The stems that occur in `text`, as bits."""
        present = 0
        for found in self._finder.finditer(text):
            present |= self._occurring[found.group(1)]
        return present

    def may_occur(self, words: Words, present: int) -> bool:
        """`words.may_occur(text)` for the `present` of that text (`words` must be one of the index's)."""
        return bool(self._masks[words] & present)


def words(stems: str, *patterns: str) -> Words:
    """Stems are separated by spaces, or by "|" when a stem itself has a space."""
    separated = stems.split("|") if "|" in stems else stems.split()
    return Words(tuple(stem for stem in separated if stem), pattern(*patterns))


def pattern(*patterns: str) -> re.Pattern[str]:
    """One regex from alternatives; the word-initial ones share a single leading \\b.

    With one \\b in front the engine only tries the branches at word starts instead of at every character,
    which makes the vocabularies about seven times faster on real text (measured).
    """
    branches = [branch for pattern in patterns for branch in _top_level_branches(pattern)]
    bounded = [branch[2:] for branch in branches if branch.startswith(r"\b")]
    other = [branch for branch in branches if not branch.startswith(r"\b")]
    joined = ([rf"\b(?:{'|'.join(bounded)})"] if bounded else []) + other
    return re.compile("|".join(joined))


#: A letter tree of literals: each letter leads on; the key "" marks the end of a literal.
_Trie = dict[str, "_Trie"]


def trie(literals: Iterable[str]) -> str:
    """A regex matching exactly the given literals, their shared beginnings written once ("acc(?:es|ount)").

    Python's engine tries every branch of a flat alternation at every position; in the trie it follows only the
    branches of the letter that stands there. No quantifier is nested: the pattern stays linear-time.
    """
    root: _Trie = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(root)


def _trie_pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if "" in node:  # a literal ends here, longer ones go on
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _top_level_branches(pattern: str) -> list[str]:
    branches: list[str] = []
    depth, start, index = 0, 0, 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches
