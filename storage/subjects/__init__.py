"""A person's data in the store (GDPR Art. 15-18, 20): find it, snapshot it, change it, erase it.

`find` follows the links from what staff know (email, phone, robot id, name) to every row that concerns the
person; `load` snapshots those rows for listing and export; `erase` deletes and scrubs them; `set_restricted`
and `rectify` change the customer record; `pseudonym` is the keyed hash that stands in for the person in what
is kept for accountability.
"""

from storage.subjects.changes import (
    Rectification,
    SubjectChangeError,
    audit,
    pseudonym,
    rectify,
    set_restricted,
)
from storage.subjects.erase import (
    ErasurePlan,
    ErasureResult,
    erase,
    mailbox_copies,
    mention_pattern,
    plan_erasure,
    reclaim,
)
from storage.subjects.find import Identities, SubjectFindings, SubjectQuery, find, phone_regex
from storage.subjects.records import SubjectRecords, load, spool_raw

__all__ = [
    "ErasurePlan",
    "ErasureResult",
    "Identities",
    "Rectification",
    "SubjectChangeError",
    "SubjectFindings",
    "SubjectQuery",
    "SubjectRecords",
    "audit",
    "erase",
    "find",
    "load",
    "mailbox_copies",
    "mention_pattern",
    "phone_regex",
    "plan_erasure",
    "pseudonym",
    "reclaim",
    "rectify",
    "set_restricted",
    "spool_raw",
]
