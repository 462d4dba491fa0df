"""The configuration reference (docs/configuration.md) is generated from samples/intake.toml and current, the
sample and the Settings model name the same keys, and the README's minimal configuration is valid."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from intake.config import parse_settings
from tests.test_config import SAMPLE, sample_lines_by_key, section_models

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "config_reference.py"
REFERENCE = ROOT / "docs" / "configuration.md"


def test_configuration_reference_is_generated_from_the_current_sample() -> None:
    check = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=60, check=False
    )
    assert check.returncode == 0, check.stderr


def test_check_reports_a_stale_reference_with_the_fix(tmp_path: Path) -> None:
    # The script against a copy of the tree whose reference lacks a key: --check fails and says how to fix it.
    (tmp_path / "scripts").mkdir()
    (tmp_path / "samples").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "scripts" / "config_reference.py").write_text(SCRIPT.read_text(encoding="utf-8"))
    (tmp_path / "samples" / "intake.toml").write_text(SAMPLE.read_text(encoding="utf-8"))
    stale = REFERENCE.read_text(encoding="utf-8").replace("| `batch_size` |", "| `batch_sise` |")
    (tmp_path / "docs" / "configuration.md").write_text(stale)
    script = str(tmp_path / "scripts" / "config_reference.py")

    check = subprocess.run([sys.executable, script, "--check"], capture_output=True, text=True, check=False)
    assert check.returncode == 1
    assert "docs/configuration.md is out of date" in check.stderr and "fix: run" in check.stderr

    subprocess.run([sys.executable, script], check=True, capture_output=True)
    assert (tmp_path / "docs" / "configuration.md").read_text() == REFERENCE.read_text(encoding="utf-8")


def test_sample_and_settings_model_name_the_same_keys() -> None:
    in_model = {(section, key) for section, model in section_models().items() for key in model.model_fields}
    in_sample = set(sample_lines_by_key())
    assert in_model - in_sample == set(), "keys of the Settings model missing from samples/intake.toml"
    assert in_sample - in_model == set(), "keys in samples/intake.toml that the Settings model does not know"


def test_every_key_of_the_sample_has_a_row_in_the_reference() -> None:
    reference = REFERENCE.read_text(encoding="utf-8")
    rows = {
        (section, key)
        for section, body in re.findall(r"^## `\[(\w+)\]`\n(.*?)(?=^## |\Z)", reference, re.M | re.S)
        for key in re.findall(r"^\| `(\w+)` \|", body, re.M)
    }
    assert rows == set(sample_lines_by_key())


def test_the_readme_minimal_configuration_is_valid() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## A minimal configuration", 1)[1]
    toml = re.search(r"```toml\n(.*?)```", section, re.S)
    assert toml is not None, "README.md: no TOML block under 'A minimal configuration'"
    settings = parse_settings(tomllib.loads(toml.group(1)), source="README.md")
    assert settings.mailbox is not None and settings.smtp is not None
    assert settings.helpdesk.privacy_officer
