"""The daemon's path: IMAP mailbox -> poller -> spool -> processing (parse pool) -> pipeline -> settle.

`wiring.py` builds every component from the settings and owns their lifecycle; each other module is one stage.
"""
