"""The operator's monitoring files (monitoring/): the Prometheus alert rules load in the real `promtool` and fire
as their unit tests say, the Grafana dashboard is a well-formed dashboard whose queries are valid PromQL, and
every metric either names is one that intake/service/metrics.py exports."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from intake.service.metrics import REGISTRY

ROOT = Path(__file__).resolve().parent.parent
MONITORING = ROOT / "monitoring"
ALERTS = MONITORING / "prometheus-alerts.yml"
ALERT_TESTS = MONITORING / "prometheus-alerts.test.yml"
DASHBOARD = MONITORING / "grafana-dashboard.json"
#: What Grafana puts in place of its variables before a query reaches Prometheus.
GRAFANA_VARIABLES = {"$__rate_interval": "5m", "$instance": ".*"}
_METRIC = re.compile(r"\bintake_\w+")


def promtool(*args: str, cwd: Path = MONITORING) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("promtool")
    assert tool, (
        "promtool is missing; fix: make setup (scripts/install-system-packages.sh installs prometheus)"
    )
    return subprocess.run([tool, *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False)


def exported_names() -> set[str]:
    """Every sample name the registry can export, also for labelled metrics that have no sample yet."""
    suffixes = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_count", "_sum", "_created")}
    return {
        family.name + suffix for family in REGISTRY.collect() for suffix in suffixes.get(family.type, ("",))
    }


def dashboard() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    return data


def queries() -> list[str]:
    return [target["expr"] for panel in dashboard()["panels"] for target in panel.get("targets", [])]


def test_alert_rules_load_in_promtool() -> None:
    result = promtool("check", "rules", str(ALERTS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_alert_rules_fire_as_their_unit_tests_say() -> None:
    result = promtool("test", "rules", str(ALERT_TESTS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_alerts_cover_what_an_operator_must_hear_about() -> None:
    text = ALERTS.read_text(encoding="utf-8")
    # {alert name: its expression}: the text between `expr:` and `for:`/`labels:` of each `- alert:` block
    alerts = {
        block.split()[0]: block.split("expr:", 1)[1].split("labels:", 1)[0].split("for:", 1)[0]
        for block in text.split("- alert: ")[1:]
    }
    assert "intake_last_poll_timestamp_seconds" in alerts["IntakeDaemonNotPolling"]
    assert "intake_quarantine_size" in alerts["IntakeQuarantineNotEmpty"]
    assert "intake_outbox_failed_total" in alerts["IntakeOutboxFailed"]
    assert "intake_outbox_pending" in alerts["IntakeOutboxNotSending"]
    assert "3 * 86400" in alerts["IntakeRightsRequestDueSoon"]
    assert "intake_rights_overdue" in alerts["IntakeRightsRequestOverdue"]
    tested = set(re.findall(r"alertname: (\w+)", ALERT_TESTS.read_text(encoding="utf-8")))
    assert tested == set(alerts), "every alert has a promtool unit test"


@pytest.mark.parametrize("path", [ALERTS, ALERT_TESTS, DASHBOARD], ids=lambda p: p.name)
def test_every_metric_named_exists_in_the_registry(path: Path) -> None:
    named = set(_METRIC.findall(path.read_text(encoding="utf-8")))
    assert named, f"{path.name} names no metric"
    assert named - exported_names() == set()


def test_dashboard_queries_are_valid_promql(tmp_path: Path) -> None:
    # promtool parses every expression of a rule file: the queries go in as recording rules.
    rules = tmp_path / "dashboard-queries.yml"
    lines = ["groups:", "  - name: dashboard", "    rules:"]
    for number, expr in enumerate(queries()):
        for variable, value in GRAFANA_VARIABLES.items():
            expr = expr.replace(variable, value)
        lines += [f"      - record: dashboard:query_{number}", f"        expr: {json.dumps(expr)}"]
    rules.write_text("\n".join(lines) + "\n")
    result = promtool("check", "rules", str(rules), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(queries())} rules found" in result.stdout


def test_dashboard_is_well_formed() -> None:
    board = dashboard()
    assert board["uid"] and board["title"] and board["schemaVersion"] >= 36
    variables = {v["name"] for v in board["templating"]["list"]}
    assert variables == {"datasource", "instance"}
    panels = board["panels"]
    assert len({p["id"] for p in panels}) == len(panels), "panel ids are unique"
    for panel in panels:
        pos = panel["gridPos"]
        assert pos["x"] >= 0 and pos["x"] + pos["w"] <= 24, panel["title"]
        if panel["type"] == "row":
            continue
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}, panel["title"]
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            used = set(re.findall(r"\$(\w+)", target["expr"])) - {"__rate_interval"}
            assert used <= variables, (panel["title"], used)
    shown = {p["title"] for p in panels}
    assert {"Since the last mailbox poll", "Quarantine", "Failed (given up)", "Overdue"} <= shown
