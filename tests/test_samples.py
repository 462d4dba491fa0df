"""The sample mails in samples/ are the parser's ground truth, written by hand as a careful reader sees each mail.

Every `samples/<name>.eml` has a `samples/<name>.json` beside it with the expected part of the design §3.2 object:
the keys it names are compared (lists exactly), `text_contains`/`text_excludes` are checked against the new text,
and `output_excludes` (BSNs) must not occur anywhere in what the parser returns. Keys a sample leaves out are
not judged for that sample (e.g. `message_id` when the mail has none). All samples share one configuration,
`samples/intake-samples.toml`, and one fixed `now`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from intake.config import load_settings
from parsers import ParsedMessage, ParserConfig, parse_message

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
CONFIG_FILE = SAMPLES / "intake-samples.toml"
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
MIN_SAMPLES = 70

#: Keys compared for equality when a sample names them (lists compared exactly, order included).
EXACT_KEYS = (
    "message_id",
    "subject",
    "language",
    "classification",
    "customer",
    "rights",
    "flags",
    "ticket_ref",
    "redactions",
    "attachments",
)
TEXT_KEYS = ("text_contains", "text_excludes", "output_excludes")
#: What every sample must pin, so that no sample silently stops judging the parser.
REQUIRED_KEYS = ("language", "classification", "rights", "ticket_ref", "redactions", "text_contains")
#: The §3.2 keys every `intake parse --json` object carries.
CONTRACT_KEYS = (
    "file",
    "message_id",
    "subject",
    "language",
    "classification",
    "customer",
    "rights",
    "ticket_ref",
    "redactions",
    "text",
    "attachments",
)

SAMPLE_NAMES = sorted(p.stem for p in SAMPLES.glob("*.eml"))


def _expected(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def parser_config() -> ParserConfig:
    return load_settings(str(CONFIG_FILE), sections=("helpdesk",)).helpdesk.parser_config()


def _everything_returned(parsed: ParsedMessage) -> str:
    """All text the parser hands on: the JSON object plus the signature and quoted history kept for storage."""
    return "\n".join(
        (json.dumps(parsed.to_json(), ensure_ascii=False), parsed.signature, parsed.quoted, *parsed.notes)
    )


def _mismatches(parsed: ParsedMessage, expected: dict[str, Any]) -> list[str]:
    got = parsed.to_json()
    problems = [
        f"{key}: expected {expected[key]!r}, got {got.get(key)!r}"
        for key in EXACT_KEYS
        if key in expected and got.get(key) != expected[key]
    ]
    problems += [
        f"text lacks {wanted!r}" for wanted in expected.get("text_contains", ()) if wanted not in parsed.text
    ]
    problems += [
        f"text contains {unwanted!r}"
        for unwanted in expected.get("text_excludes", ())
        if unwanted in parsed.text
    ]
    returned = _everything_returned(parsed)
    problems += [
        f"output contains {secret!r}" for secret in expected.get("output_excludes", ()) if secret in returned
    ]
    return problems


def test_every_sample_has_its_expectation_and_there_are_enough() -> None:
    emls = {p.stem for p in SAMPLES.glob("*.eml")}
    jsons = {p.stem for p in SAMPLES.glob("*.json")}
    assert emls == jsons, f"without a partner: {sorted(emls ^ jsons)}"
    assert len(emls) >= MIN_SAMPLES
    for name in sorted(emls):
        expected = _expected(name)
        missing = [key for key in REQUIRED_KEYS if key not in expected]
        unknown = set(expected) - set(EXACT_KEYS) - set(TEXT_KEYS)
        assert not missing and not unknown, f"{name}: missing {missing}, unknown {sorted(unknown)}"


def test_samples_cover_every_classification_right_and_flag_in_both_languages() -> None:
    seen: set[tuple[str, str]] = set()
    for name in SAMPLE_NAMES:
        expected = _expected(name)
        language = expected["language"]
        seen.add((language, expected["classification"]))
        seen.update((language, right) for right in expected["rights"])
        seen.update(("any", flag) for flag in expected.get("flags", ()))
    rights: tuple[str, ...] = ("information", "access", "rectification", "erasure", "restriction")
    rights += ("objection", "portability", "automated_decision", "consent_withdrawal")
    classifications = ("customer", "staff", "auto_reply", "bounce", "bulk")
    wanted = {(lang, label) for lang in ("nl", "en") for label in rights + classifications}
    wanted |= {("any", flag) for flag in ("complaint_authority", "data_breach", "on_behalf_of")}
    assert not wanted - seen, f"not covered: {sorted(wanted - seen)}"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_parses_as_a_careful_reader_expects(name: str, parser_config: ParserConfig) -> None:
    raw = (SAMPLES / f"{name}.eml").read_bytes()
    parsed = parse_message(raw, config=parser_config, now=NOW)
    problems = _mismatches(parsed, _expected(name))
    assert not problems, f"{name}.eml:\n  " + "\n  ".join(problems)


def _intake_command() -> list[str]:
    script = Path(sys.executable).parent / "intake"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from intake.cli import main; main()"]


def test_intake_parse_json_prints_one_contract_object_per_sample() -> None:
    paths = [str(SAMPLES / f"{name}.eml") for name in SAMPLE_NAMES]
    done = subprocess.run(
        [*_intake_command(), "--config", str(CONFIG_FILE), "parse", "--json", *paths],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(paths)
    for path, line in zip(paths, lines, strict=True):
        obj = json.loads(line)
        assert [key for key in CONTRACT_KEYS if key not in obj] == [], f"{path}: {obj}"
        assert Path(obj["file"]).name == Path(path).name
        assert set(obj["customer"]) >= {"name", "email", "phone", "robot_id"}
    secrets = [s for name in SAMPLE_NAMES for s in _expected(name).get("output_excludes", ())]
    assert [s for s in secrets if s in done.stdout] == []
