"""All mails of the fourth blind corpus, in a fixed interleaved order."""

from mails_letters import LETTERS
from mails_near import NEAR
from mails_people import PEOPLE
from mails_requests import REQUESTS


def _from(m: dict) -> dict:
    m = dict(m)
    m["from"] = m.pop("from_")
    return m


def _interleave(*lists: list) -> list:
    out: list = []
    longest = max(len(x) for x in lists)
    for i in range(longest):
        for x in lists:
            if i < len(x):
                out.append(_from(x[i]))
    return out


MAILS = _interleave(PEOPLE, LETTERS, REQUESTS, NEAR)
