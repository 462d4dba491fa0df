"""The iTIP method of a mail's calendar part (RFC 5546): "reply" is a meeting response.

Outlook, Gmail, Apple Calendar and Exchange answer an invitation with a `text/calendar; method=REPLY` part
("Geaccepteerd: Installatie Tessa", "Declined: ..."), written by the calendar when the person clicks a button:
with no words of the person's own it is an automatic response, like a read receipt (`classify`).

# why not the icalendar library: one property (METHOD), from the part's Content-Type parameter or its first
# lines, is all that is read; parsing the whole calendar object would cost more than the rest of the check.
"""

from __future__ import annotations

import re
from email.message import Message

#: A calendar part is in the first few parts of any real meeting response; a mail of many parts is not one.
_MAX_PARTS = 20
#: The METHOD property stands near the top of the iCalendar object.
_HEAD_BYTES = 2048
_METHOD = re.compile(rb"^METHOD:([A-Za-z-]{1,20})\r?$", re.MULTILINE)


def calendar_method(message: Message) -> str:
    """The lowercased iTIP method of the first text/calendar part ("reply", "request", ...), "" for none."""
    for index, part in enumerate(message.walk()):
        if index >= _MAX_PARTS:
            break
        if part.get_content_type() != "text/calendar":
            continue
        declared = part.get_param("method", "")
        if isinstance(declared, str) and declared:
            return declared.strip().lower()
        payload = part.get_payload(decode=True)
        head = payload[:_HEAD_BYTES] if isinstance(payload, bytes) else b""
        found = _METHOD.search(head)
        return found.group(1).decode("ascii").lower() if found else ""
    return ""
