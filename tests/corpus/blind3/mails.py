"""All mails of the third blind set, in a fixed interleaved order."""

from mails_auto import AUTO
from mails_names import NAMES
from mails_phones import PHONES
from mails_robots import ROBOTS


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


MAILS = _interleave(NAMES, PHONES, AUTO, ROBOTS)
