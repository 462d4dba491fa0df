"""Prometheus metrics: defined once here, updated by the stages, served by `intake run` on a loopback port.

Names and labels never carry personal data (no addresses, no subjects): classifications, kinds and states only.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

MESSAGES = Counter(
    "intake_messages_total",
    "Inbound messages processed, by classification",
    ["classification"],
    registry=REGISTRY,
)
TICKETS_CREATED = Counter("intake_tickets_created_total", "Tickets opened", registry=REGISTRY)
RIGHTS_REQUESTS = Counter("intake_rights_requests_total", "Rights requests queued", registry=REGISTRY)
QUARANTINED = Counter("intake_quarantined_total", "Messages moved to quarantine", registry=REGISTRY)
OUTBOX_SENT = Counter(
    "intake_outbox_sent_total", "Outbound mails accepted by the relay", ["kind"], registry=REGISTRY
)
OUTBOX_FAILED = Counter(
    "intake_outbox_failed_total", "Outbound mails failed permanently", ["kind"], registry=REGISTRY
)

RIGHTS_OPEN = Gauge("intake_rights_open", "Open rights requests", registry=REGISTRY)
RIGHTS_OVERDUE = Gauge("intake_rights_overdue", "Open rights requests past their due date", registry=REGISTRY)
QUARANTINE_SIZE = Gauge("intake_quarantine_size", "Messages currently quarantined", registry=REGISTRY)
OUTBOX_PENDING = Gauge("intake_outbox_pending", "Outbound mails waiting to be sent", registry=REGISTRY)
OUTBOX_FAILED_NOW = Gauge("intake_outbox_failed", "Outbound mails in the failed state", registry=REGISTRY)
LAST_POLL = Gauge(
    "intake_last_poll_timestamp_seconds", "Unix time of the last successful mailbox poll", registry=REGISTRY
)
IDLE_ACTIVE = Gauge(
    "intake_idle_active", "1 while the mailbox connection waits in IMAP IDLE", registry=REGISTRY
)

STAGE_SECONDS = Histogram(
    "intake_stage_seconds",
    "Time per pipeline stage",
    ["stage"],  # fetch | spool | parse | route | send | settle
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
    registry=REGISTRY,
)
