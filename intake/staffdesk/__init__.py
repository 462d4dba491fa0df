"""Staff answer tickets by mail (issue 12, docs/staff.md): who is staff, proof that a mail is theirs, their
commands, the answer relayed to the customer, and what staff are told. `handle.py` is the pipeline's hook."""
