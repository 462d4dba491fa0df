"""Configuration errors in an admin's words: every pydantic validation error becomes one line that names the
TOML key (`[mailbox] port`), says what is wrong with the value given, and how to fix it.

    /etc/tinybots-intake/intake.toml: invalid configuration
      [mailbox] hots: unknown key; did you mean 'host'? fix: remove it or correct its spelling (...)
      [mailbox] port: must be a whole number, not 'imaps'; fix: correct the value, e.g. port = 993

Used by `intake.config.parse_settings`; the settings class is passed in (it is defined there).
"""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel, ValidationError

_SAMPLE = "see samples/intake.toml"

# What a value must be, per pydantic error type, in the words of a TOML file.
_EXPECTED = {
    "int_parsing": "a whole number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_parsing": "a number",
    "float_type": "a number",
    "bool_parsing": "true or false",
    "bool_type": "true or false",
    "string_type": "a string in double quotes",
    "tuple_type": 'a list, e.g. ["a", "b"]',
    "list_type": 'a list, e.g. ["a", "b"]',
}


class KeyProblem(ValueError):
    """A section-level rule that is about one key: the error message then names `[section] key`."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def _section_model(settings: type[BaseModel], section: str) -> type[BaseModel] | None:
    field = settings.model_fields.get(section)
    if field is None:
        return None
    for candidate in (field.annotation, *getattr(field.annotation, "__args__", ())):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f"did you mean {close[0]!r}? " if close else ""


def _unknown_key_message(settings: type[BaseModel], loc: list[str]) -> str:
    if len(loc) == 1:
        known = [k for k in settings.model_fields if _section_model(settings, k) is not None]
        return (
            f"unknown section; {_did_you_mean(loc[0], known)}fix: remove it or rename it to one of "
            f"{', '.join(known)} ({_SAMPLE})"
        )
    model = _section_model(settings, loc[0])
    known = list(model.model_fields) if model else []
    return f"unknown key; {_did_you_mean(loc[-1], known)}fix: remove it or correct its spelling ({_SAMPLE})"


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


def _example(settings: type[BaseModel], loc: list[str]) -> str:
    """`, e.g. key = <default>` in TOML, to show the expected shape, or "" when there is no useful default."""
    model = _section_model(settings, loc[0]) if len(loc) == 2 else None
    field = model.model_fields.get(loc[1]) if model else None
    if field is None or field.default in (None, "", ()):
        return ""
    return f", e.g. {loc[1]} = {_toml(field.default)}"


def _error_message(settings: type[BaseModel], err: Any, loc: list[str]) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return _unknown_key_message(settings, loc)
    if kind in _EXPECTED:
        return f"must be {_EXPECTED[kind]}, not {err['input']!r}; fix: correct the value{_example(settings, loc)}"
    if kind == "model_type" and len(loc) == 1:
        return f"must be a section: a line [{loc[0]}] followed by key = value lines ({_SAMPLE})"
    if kind == "missing":
        return f"missing; fix: add it{_example(settings, loc)} ({_SAMPLE})"
    msg = str(err["msg"]).removeprefix("Value error, ")
    msg = msg.replace("Input should be", "must be").replace("String should match", "must match")
    if kind in ("literal_error", "string_pattern_mismatch") or kind.startswith(("greater", "less")):
        return f"{msg}, not {err['input']!r}; fix: correct the value ({_SAMPLE})"
    return msg


def _error_key(err: Any) -> tuple[str, list[str]]:
    loc = [str(p) for p in err["loc"]]
    problem = (err.get("ctx") or {}).get("error")
    if isinstance(problem, KeyProblem):
        loc = [*loc, problem.key]
    if len(loc) >= 2:
        return f"[{loc[0]}] {'.'.join(loc[1:])}", loc
    if loc:
        return f"[{loc[0]}]", loc
    return "(file)", loc


def format_validation_error(path: str, exc: ValidationError, settings: type[BaseModel]) -> str:
    """The message of the ConfigError for `exc`: a header naming the file, then one line per problem."""
    lines = [f"{path}: invalid configuration"]
    for err in exc.errors():
        key, loc = _error_key(err)
        lines.append(f"  {key}: {_error_message(settings, err, loc)}")
    return "\n".join(lines)
