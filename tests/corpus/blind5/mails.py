"""All mails of blind corpus 5, in a fixed interleaved order."""

from mails_auto import AUTO
from mails_care import CARE
from mails_people import PEOPLE
from mails_privacy import PRIVACY


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


MAILS = _interleave(PEOPLE, CARE, AUTO, PRIVACY)
