"""Tinybots Intake: the email intake daemon behind help@tinybots.nl."""

from __future__ import annotations

import sys


def _import_structlog_without_rich() -> None:
    """Loads structlog while `rich` is hidden from it.

    structlog's `dev` module imports rich (and with it pygments, ~150 modules) at import time whenever rich is
    installed (it is: the CLI prints tables with it), only for its pretty tracebacks. Intake never uses them:
    its console renderer prints plain tracebacks (intake/service/logging_setup.py; rich's would show local
    variables, which hold customer data). Hidden, they cost nothing: ~5% of the daemon's start-up
    (docs/performance.md, "Start-up and shut-down"). `import rich` later (the CLI's tables) works as usual.
    """
    if "structlog" in sys.modules or "rich" in sys.modules:
        return
    sys.modules["rich"] = None  # type: ignore[assignment]  # None in sys.modules: `import rich` raises ImportError
    try:
        import structlog  # noqa: F401
    finally:
        del sys.modules["rich"]


_import_structlog_without_rich()
