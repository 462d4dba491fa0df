"""VERP: the envelope sender `help+bounce-<outbox id>@tinybots.nl` names the outbox row a bounce is about.

A delivery report goes to the envelope sender (RFC 5321 §4.5.5, RFC 3464), so even a report that quotes none of
our headers still names the row. The help mailbox must accept plus-addresses (recipient_delimiter "+" in
Postfix and Dovecot; the default at most hosted mailboxes). The rule lives in `storage.verp` (re-exported by
`storage.outbox`) so that routing (in `storage/`, which may not import `intake`) matches reports with the same
code that made the address.
"""

from storage.verp import outbox_id_from_verp, verp_address

__all__ = ["outbox_id_from_verp", "verp_address"]
