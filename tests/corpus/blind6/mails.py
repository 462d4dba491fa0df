"""All mails of the sixth blind set, in a fixed order (letters, informal requests, near misses) interleaved."""

from __future__ import annotations

from mails_letters import LETTERS
from mails_near import NEAR
from mails_requests import REQUESTS


def _interleave(*groups: list[dict]) -> list[dict]:
    """A fixed interleaving, so neighbouring folders are of different kinds."""
    out: list[dict] = []
    longest = max(len(g) for g in groups)
    for i in range(longest):
        for g in groups:
            if i < len(g):
                out.append(g[i])
    return out


MAILS: list[dict] = _interleave(REQUESTS, NEAR, LETTERS)
