"""Whether a configured robot id shape (`helpdesk.robot_id_pattern`) can be used: it is matched against every
mail, so it must compile, be short, and have no nested repetition, repeated alternative or back reference
(matching time could explode). Used by `intake.config` when the configuration is read.
"""

from __future__ import annotations

import re
from importlib import import_module
from typing import Any

#: A configured id shape is matched against every mail: short, and without nested repetition.
MAX_SHAPE_CHARS = 200
# The standard library's own regex parser (what re.compile uses) tells the structure of a configured shape.
re_parser: Any = import_module("re._parser")


def shape_problem(pattern: str) -> str | None:
    """Why a configured robot id shape cannot be used (does not compile, too long, not linear), or None."""
    if len(pattern) > MAX_SHAPE_CHARS:
        return f"longer than {MAX_SHAPE_CHARS} characters"
    try:
        parsed = re_parser.parse(pattern)
    except re.error as exc:
        return f"not a regular expression ({exc})"
    if _nested_repeat(list(parsed), inside_repeat=False):
        return "nested repetition, a repeated alternative or a back reference (matching time can explode)"
    return None


def _nested_repeat(items: list[tuple[Any, Any]], *, inside_repeat: bool) -> bool:
    for opcode, argument in items:
        name = str(opcode)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _low, high, sub = argument
            repeats = high is re_parser.MAXREPEAT or int(high) > 1
            if repeats and inside_repeat:
                return True
            if _nested_repeat(list(sub), inside_repeat=inside_repeat or repeats):
                return True
        elif name == "SUBPATTERN":
            if _nested_repeat(list(argument[-1]), inside_repeat=inside_repeat):
                return True
        elif name == "BRANCH":
            if inside_repeat and len(argument[1]) > 1:
                return True
            if any(_nested_repeat(list(b), inside_repeat=inside_repeat) for b in argument[1]):
                return True
        elif name in ("GROUPREF", "GROUPREF_EXISTS"):
            return True  # a back reference makes matching non-regular
    return False
