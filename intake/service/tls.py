"""The one TLS client context of the process per CA file, for IMAP and SMTP alike.

Building a context loads the system CA store (~15 ms on a quiet machine, ~50 ms under load): per connection that
was a third of the sender's CPU, and a daemon whose IMAP and SMTP trust the same CA file needs only one. A
context is shared while its `ca_file` is unchanged (same mtime, size and inode): a renewed CA file is read
again. Hostname and chain are always verified; sharing one configured `SSLContext` between threads is safe.
"""

from __future__ import annotations

import functools
import os
import ssl


def client_context(ca_file: str | None) -> ssl.SSLContext:
    """System CAs plus `ca_file` (if any). A missing or unreadable `ca_file` raises OSError or ssl.SSLError;
    the caller names the setting to fix."""
    if not ca_file:
        return _context_for(None, None)
    try:
        stat = os.stat(ca_file)
    except OSError:
        return _context_for(ca_file, None)  # load_verify_locations raises the error that names the file
    return _context_for(ca_file, (stat.st_mtime_ns, stat.st_size, stat.st_ino))


@functools.lru_cache(maxsize=4)
def _context_for(ca_file: str | None, version: tuple[int, int, int] | None) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context
