"""Shared test setup. Real servers on loopback, each in its own fixture module under tests/fixtures/."""

import email_validator

# Tests use reserved test domains (tinybots.test, example.nl); never a DNS lookup.
email_validator.TEST_ENVIRONMENT = True

pytest_plugins = [
    "tests.fixtures.certs",
    "tests.fixtures.database",
    "tests.fixtures.dovecot",
    "tests.fixtures.smtp",
    "tests.fixtures.sink_process",
    "tests.log_scan",  # every log line of the session scanned for personal data
]
