"""The Prometheus endpoint: served on loopback only, scraped over a real socket, with gauges from the database
and counters from the pipeline."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from datetime import time as dt_time
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from intake.config import ConfigError, MetricsSettings, parse_settings
from intake.daemon.poller import write_state
from intake.service.metrics import QUARANTINE_SIZE, keep_gauges_fresh, refresh_gauges
from intake.service.metrics_server import MetricsEndpoint, start_metrics_server
from storage import rights_queue
from storage.database import Database
from storage.deadlines import AMSTERDAM
from tests.test_status import FRESH_SAMPLES, OVERDUE_SAMPLE, SAMPLES, fill, outbox_pending, settings_for


def scrape(url: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """{(sample name, sorted labels): value} from a real HTTP GET."""
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        body = response.read().decode("utf-8")
    samples = {}
    for family in text_string_to_metric_families(body):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def value(samples: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.fixture
def endpoint() -> Iterator[MetricsEndpoint]:
    server = start_metrics_server(MetricsSettings(listen="127.0.0.1:0"))
    assert isinstance(server, MetricsEndpoint)
    yield server
    server.close()


def test_endpoint_serves_every_intake_metric_over_loopback(endpoint: MetricsEndpoint) -> None:
    assert endpoint.url.startswith("http://127.0.0.1:")
    names = {name for name, _ in scrape(endpoint.url)}
    for metric in (
        "intake_rights_open",
        "intake_rights_overdue",
        "intake_quarantine_size",
        "intake_outbox_pending",
        "intake_outbox_failed_mails",
        "intake_last_poll_timestamp_seconds",
        "intake_tickets_created_total",
    ):
        assert metric in names, metric


def test_closing_the_endpoint_releases_the_port(endpoint: MetricsEndpoint) -> None:
    url = endpoint.url
    scrape(url)
    endpoint.close()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=5)


def test_endpoint_is_off_without_a_listen_address() -> None:
    closer = start_metrics_server(MetricsSettings(listen=""))
    assert not isinstance(closer, MetricsEndpoint)
    closer.close()


def test_endpoint_listens_on_the_ipv6_loopback() -> None:
    server = start_metrics_server(MetricsSettings(listen="[::1]:0"))
    assert isinstance(server, MetricsEndpoint)
    try:
        assert server.url.startswith("http://[::1]:")
        assert ("intake_rights_open", ()) in scrape(server.url)
    finally:
        server.close()


@pytest.mark.parametrize("listen", ["0.0.0.0:9108", "192.0.2.7:9108", "[::]:9108"])
def test_a_non_loopback_listen_address_is_refused(listen: str) -> None:
    with pytest.raises(ConfigError, match=r"\[metrics\] listen: .* is not a loopback address"):
        parse_settings({"metrics": {"listen": listen}})


async def test_gauges_show_the_database_after_a_refresh(
    endpoint: MetricsEndpoint, database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    filled = await fill(database, settings_for(migrated_db_url, tmp_path), now=now)
    last_poll = now - timedelta(seconds=30)
    await write_state(database, {"poller.last_poll_at": last_poll.isoformat()})

    await refresh_gauges(database, now)
    samples = scrape(endpoint.url)

    assert value(samples, "intake_rights_open") == len(filled.rights_request_ids)
    assert value(samples, "intake_rights_overdue") == 1
    assert value(samples, "intake_rights_oldest_overdue_days") == filled.overdue_due_date_days
    assert value(samples, "intake_quarantine_size") == 1
    assert value(samples, "intake_spool_pending") == 0
    assert value(samples, "intake_outbox_pending") == await outbox_pending(database)
    assert value(samples, "intake_outbox_failed_mails") == 0
    assert value(samples, "intake_last_poll_timestamp_seconds") == pytest.approx(last_poll.timestamp())

    # The next deadline is the end (Amsterdam) of the earliest due date not yet passed: a fresh request's, about
    # four weeks out, not the overdue one's.
    async with database.session() as session:
        due_dates = [v.due_date for v in await rights_queue.list_requests(session, status="open")]
    upcoming = min(d for d in due_dates if d >= now.astimezone(AMSTERDAM).date())
    next_due = value(samples, "intake_rights_next_due_timestamp_seconds")
    assert (
        next_due == datetime.combine(upcoming + timedelta(days=1), dt_time.min, tzinfo=AMSTERDAM).timestamp()
    )
    assert 20 < (next_due - now.timestamp()) / 86400 < 40


async def test_pipeline_counters_and_stage_histograms_move(
    endpoint: MetricsEndpoint, database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    before = scrape(endpoint.url)
    filled = await fill(database, settings_for(migrated_db_url, tmp_path), now=datetime.now(UTC))
    after = scrape(endpoint.url)

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta("intake_tickets_created_total") == filled.tickets_created
    names = (OVERDUE_SAMPLE, *FRESH_SAMPLES)
    expected = Counter(
        json.loads((SAMPLES / n).with_suffix(".json").read_text())["classification"] for n in names
    )
    for classification, count in expected.items():
        assert delta("intake_messages_total", classification=classification) == count
    assert delta("intake_rights_requests_total") == len(filled.rights_request_ids)
    assert delta("intake_stage_seconds_count", stage="parse") == len(names)
    assert delta("intake_stage_seconds_count", stage="route") == len(names)


async def test_daemon_task_keeps_the_gauges_fresh_until_stopped(
    endpoint: MetricsEndpoint, database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    QUARANTINE_SIZE.set(0)  # the registry is process-wide: forget what an earlier test left
    stop = asyncio.Event()
    task = asyncio.create_task(
        keep_gauges_fresh(database, stop, clock=lambda: datetime.now(UTC), interval=0.05)
    )
    try:
        await fill(database, settings_for(migrated_db_url, tmp_path), now=datetime.now(UTC))
        deadline = time.monotonic() + 60
        while value(await asyncio.to_thread(scrape, endpoint.url), "intake_quarantine_size") != 1:
            assert time.monotonic() < deadline, "the gauges never showed the quarantined mail"
            await asyncio.sleep(0.05)
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=30)
    assert task.done() and task.exception() is None
