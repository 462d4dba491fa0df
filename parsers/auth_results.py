"""`Authentication-Results` header values (RFC 8601) read into their parts; pure, no trust decisions.

    Authentication-Results: mx.tinybots.nl; spf=pass smtp.mailfrom=tinybots.nl;
        dkim=pass (2048-bit key) header.d=tinybots.nl header.s=sel1; dmarc=pass header.from=tinybots.nl

becomes `AuthResults("mx.tinybots.nl", (MethodResult("spf", "pass", ...), ...))`. Which server's header counts,
and what makes a sender authenticated, is decided with the configuration in `intake/staffdesk/identity.py`.
Comments are dropped, quoted strings unquoted; a value that cannot be read gives None (nothing is trusted).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: A header value is read no further than this: ours is a few hundred bytes, the rest would only cost time.
MAX_VALUE_CHARS = 8192


@dataclass(frozen=True, slots=True)
class MethodResult:
    """One `method=result` with its properties, e.g. dkim=pass header.d=tinybots.nl."""

    method: str  # lowercased, without a /version
    result: str  # lowercased
    properties: tuple[tuple[str, str], ...] = ()  # (ptype.property lowercased, value)

    def property(self, name: str) -> str | None:
        return next((value for key, value in self.properties if key == name), None)


@dataclass(frozen=True, slots=True)
class AuthResults:
    authserv_id: str  # lowercased
    results: tuple[MethodResult, ...]


def _without_comments(value: str) -> str:
    """The value with (comments) and "quotes" resolved in one pass: comments removed (nested too), quoted
    strings kept without their quotes; a backslash escapes the next character in both."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for char in value:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(char)
        elif char == "\\":
            escaped = True
        elif quoted:
            if char == '"':
                quoted = False
            else:
                out.append(char)
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif depth:
            continue
        elif char == '"':
            quoted = True
        else:
            out.append(char)
    return "".join(out)


def _method_result(part: str) -> MethodResult | None:
    words = part.split()
    if not words or "=" not in words[0]:
        return None
    method, _, result = words[0].partition("=")
    if not method or not result:
        return None
    properties: list[tuple[str, str]] = []
    for word in words[1:]:
        key, eq, value = word.partition("=")
        if eq and "." in key:  # ptype.property=value; a bare `reason=` is not a property
            properties.append((key.lower(), value))
    return MethodResult(method.partition("/")[0].lower(), result.lower(), tuple(properties))


def parse_auth_results(value: str) -> AuthResults | None:
    """One header value; None when it names no authserv-id."""
    parts = _without_comments(value[:MAX_VALUE_CHARS]).replace("\r", " ").replace("\n", " ").split(";")
    head = parts[0].split()
    if not head:
        return None
    results = tuple(r for r in (_method_result(p) for p in parts[1:]) if r is not None)
    return AuthResults(head[0].lower(), results)


def parse_all(values: Iterable[str]) -> tuple[AuthResults | None, ...]:
    """Each header value in order (top of the mail first), None for one that cannot be read."""
    return tuple(parse_auth_results(v) for v in values)
