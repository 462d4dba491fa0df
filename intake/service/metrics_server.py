"""The optional Prometheus endpoint of `intake run`: `[metrics] listen = "127.0.0.1:9108"`, loopback only.

The daemon calls `start_metrics_server(settings.metrics)` once at start-up and `close()` on shutdown; with
`listen` empty it returns a closer that does nothing. The loopback rule is enforced by `MetricsSettings` (the
metrics carry no personal data, but queue sizes and timings are still nobody else's business): a scraper on
another machine reaches it through an SSH tunnel or a reverse proxy.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Protocol
from wsgiref.simple_server import WSGIServer

import structlog
from prometheus_client import start_http_server

from intake.config import MetricsSettings
from intake.service.metrics import REGISTRY

logger = structlog.get_logger("intake.metrics_server")


class Closer(Protocol):
    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class MetricsEndpoint:
    """A running endpoint; `url` is where `/metrics` is served (the real port when 0 was asked for)."""

    url: str
    _server: WSGIServer
    _thread: threading.Thread

    def close(self) -> None:
        """Stops serving and releases the port."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class _Disabled:
    def close(self) -> None:
        return None


def start_metrics_server(settings: MetricsSettings) -> Closer:
    """Serves `intake.service.metrics.REGISTRY` at http://HOST:PORT/metrics in a background thread.

    Raises OSError when the address cannot be bound (e.g. the port is taken).
    """
    address = settings.address()
    if address is None:
        return _Disabled()
    host, port = address
    server, thread = start_http_server(port, addr=host, registry=REGISTRY)
    bound_port = server.server_port
    url = f"http://[{host}]:{bound_port}/metrics" if ":" in host else f"http://{host}:{bound_port}/metrics"
    logger.info("metrics_listening", url=url)
    return MetricsEndpoint(url=url, _server=server, _thread=thread)
