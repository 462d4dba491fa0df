"""The one TLS client context of the process per CA file, for IMAP and SMTP alike.

Building a context loads the system CA store (~15 ms on a quiet machine, ~50 ms under load): per connection that
was a third of the sender's CPU, and a daemon whose IMAP and SMTP trust the same CA file needs only one. A
context is shared while its `ca_file` is unchanged (same mtime, size and inode): a renewed CA file is read
again. Hostname and chain are always verified; sharing one configured `SSLContext` between threads is safe.

The system CAs are read from OpenSSL's hashed certificate directory when the system has one (Debian, Ubuntu,
Alpine: `update-ca-certificates` keeps it beside the bundle): OpenSSL then reads only the CA a server's chain
names, when it verifies, instead of parsing all ~145 certificates of the bundle up front (~20-25 ms of CPU per
process that connects; docs/performance.md, "Session 7"). Without such a directory, or when SSL_CERT_FILE
names a bundle other than the system's, the bundle is loaded whole, as before.
"""

from __future__ import annotations

import functools
import os
import re
import ssl

#: The names `openssl rehash` (c_rehash) gives its links: the subject-name hash and a collision counter.
_HASHED_NAME = re.compile(r"[0-9a-f]{8}\.[0-9]+")


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
    context = _with_system_cas()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


def _with_system_cas() -> ssl.SSLContext:
    """A verifying client context that trusts the system CAs (module doc: from the hashed directory if any)."""
    paths = ssl.get_default_verify_paths()
    bundle = os.environ.get(paths.openssl_cafile_env, paths.openssl_cafile)
    # SSL_CERT_FILE naming the system's own bundle (as some images set it) adds nothing the directory lacks
    system_bundle = os.path.realpath(bundle) == os.path.realpath(paths.openssl_cafile)
    if system_bundle and paths.capath and _is_hashed_directory(paths.capath):
        return ssl.create_default_context(capath=paths.capath)
    return ssl.create_default_context()  # the bundle, parsed whole


def _is_hashed_directory(path: str) -> bool:
    """Whether `path` holds at least one link named as OpenSSL looks CAs up (a plain folder of PEM files does
    not verify anything)."""
    try:
        with os.scandir(path) as entries:
            return any(_HASHED_NAME.fullmatch(entry.name) for entry in entries)
    except OSError:
        return False
