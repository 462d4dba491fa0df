"""All mails of the seventh blind set in a fixed interleaved order, so neighbouring folders differ in kind."""

from __future__ import annotations

from mails_a import WRITERS
from mails_b import REQUESTS
from mails_c import NEAR
from mails_d import AUTO
from mails_e import REPLIES


def _interleave(*groups: list[dict]) -> list[dict]:
    out: list[dict] = []
    for i in range(max(len(g) for g in groups)):
        for g in groups:
            if i < len(g):
                out.append(g[i])
    return out


MAILS: list[dict] = _interleave(WRITERS, AUTO, REQUESTS, REPLIES, NEAR)
