"""Commands in the first lines of a staff mail: `#note`, `#close`, `#pending`, `#open`, `#assign NAME`, and the
privacy officer's `#verified`, `#extend 1 REASON`, `#done REASON`, `#refused REASON` (docs/staff.md).

Pure: the new text of the mail in, the commands and the answer that follows them out. Command lines come first
(blank lines between them allowed); the first other line starts the answer. Only the first few lines are read
as commands, so a "#" further down (a hashtag, an issue number) is text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Lines read for commands at most: commands are written first, and a long mail costs no more.
MAX_COMMAND_LINES = 8
_COMMAND = re.compile(r"^#(?P<name>[a-z][a-z_-]{0,20})(?:[ \t]+(?P<args>.*))?$", re.IGNORECASE)
TICKET_COMMANDS = frozenset({"note", "close", "pending", "open", "assign"})
PRIVACY_COMMANDS = frozenset({"verified", "extend", "done", "refused"})


@dataclass(frozen=True, slots=True)
class Command:
    name: str  # lowercased, without "#"
    args: str  # the rest of its line, stripped


@dataclass(frozen=True, slots=True)
class Instructions:
    commands: tuple[Command, ...]
    answer: str  # the text after the commands (for #note: the note)

    def named(self, *names: str) -> Command | None:
        return next((c for c in self.commands if c.name in names), None)

    @property
    def unknown(self) -> tuple[str, ...]:
        known = TICKET_COMMANDS | PRIVACY_COMMANDS
        return tuple(c.name for c in self.commands if c.name not in known)


def read_instructions(text: str) -> Instructions:
    lines = text.splitlines()
    commands: list[Command] = []
    first_answer_line = len(lines)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        match = _COMMAND.match(stripped) if index < MAX_COMMAND_LINES else None
        if match is None:
            first_answer_line = index
            break
        commands.append(Command(match["name"].lower(), " ".join((match["args"] or "").split())))
    return Instructions(tuple(commands), "\n".join(lines[first_answer_line:]).strip())
