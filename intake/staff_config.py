"""The `[staff]` section: who answers tickets by mail, how their mail is proven to be theirs, the lifecycle.

Staff are the configured agents (an address, a display name, a role) and everyone at a staff domain (role
`agent`), never the help desk's own role addresses nor a web-form relay. A staff mail may make the help desk send
or change something only when it is authenticated (docs/staff.md "Forged mail"):
- "authentication-results": the `Authentication-Results` header (RFC 8601) our own receiving server added (its
  `authserv_id`) says dmarc=pass, or dkim=pass for the From domain;
- "token": the mail answers one of our notifications, whose Reply-To sub-address and Message-ID carry an HMAC
  of the ticket keyed with a secret from `token_secret_file` / `token_secret_env`;
- "both": both proofs are required.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from intake.config_errors import KeyProblem

Role = Literal["agent", "privacy_officer", "admin"]
AuthMode = Literal["authentication-results", "token", "both"]
#: A token secret shorter than this is refused: the HMAC is only as strong as its key.
MIN_SECRET_BYTES = 16


class StaffMember(BaseModel):
    """One agent: `addresses = [{address = "...", name = "...", role = "agent"}]` (or just the address)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    address: str
    name: str = ""
    role: Role = "agent"

    @field_validator("address")
    @classmethod
    def _an_address(cls, v: str) -> str:
        local, at, domain = v.strip().lower().rpartition("@")
        if not at or not local or "." not in domain:
            raise ValueError(f'{v!r} is not an e-mail address; fix: e.g. "jan.visser@tinybots.nl"')
        return f"{local}@{domain}"

    @property
    def display_name(self) -> str:
        return self.name or self.address.partition("@")[0]


class StaffSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    addresses: tuple[StaffMember | str, ...] = ()
    domains: tuple[str, ...] = ()
    #: Authentication-Results headers of this server (RFC 8601 authserv-id) are trusted, no others.
    authserv_id: str = ""
    auth: AuthMode = "authentication-results"
    token_secret_file: str = ""
    token_secret_env: str = ""
    #: Pending tickets without a customer mail for this many days close by themselves (0: never).
    auto_close_days: int = Field(default=14, ge=0)
    notify_customer_on_auto_close: bool = False
    #: Where staff are told what needs them (forged mail, a bounced answer) when no agent is assigned.
    #: Empty: [helpdesk] staff_notify.
    notify: tuple[str, ...] = ()

    @field_validator("domains")
    @classmethod
    def _lower_domains(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(d.strip().lower().lstrip("@") for d in v)

    @model_validator(mode="after")
    def _auth_is_possible(self) -> StaffSettings:
        if not self.addresses and not self.domains:
            return self  # no staff: nothing is relayed, nothing to check
        if self.auth in ("authentication-results", "both") and not self.authserv_id:
            raise KeyProblem(
                "authserv_id",
                "missing; fix: the authserv-id your receiving server writes in Authentication-Results, e.g. "
                'authserv_id = "mx.tinybots.nl" (or auth = "token")',
            )
        if self.auth in ("token", "both") and not (self.token_secret_file or self.token_secret_env):
            raise KeyProblem(
                "token_secret_file",
                "missing; fix: a file with a random secret (e.g. `openssl rand -hex 32`), "
                "or token_secret_env naming an environment variable",
            )
        if self.token_secret_file and self.token_secret_env:
            raise KeyProblem(
                "token_secret_env", "set only one of token_secret_file and token_secret_env; fix: remove one"
            )
        return self

    def members(self) -> tuple[StaffMember, ...]:
        return tuple(m if isinstance(m, StaffMember) else StaffMember(address=m) for m in self.addresses)

    @property
    def uses_token(self) -> bool:
        return self.auth in ("token", "both") and bool(self.token_secret_file or self.token_secret_env)

    def token_secret(self) -> bytes:
        """The HMAC key, read at use time (a rotated credential counts at once). Raises ValueError."""
        if self.token_secret_file:
            try:
                secret = Path(self.token_secret_file).read_bytes().strip()
            except OSError as exc:
                raise ValueError(
                    f"[staff] token_secret_file cannot be read ({exc.strerror}); fix: point it at a readable file"
                ) from None
        else:
            secret = os.environ.get(self.token_secret_env, "").encode()
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(
                f"[staff] the token secret is shorter than {MIN_SECRET_BYTES} bytes; "
                "fix: `openssl rand -hex 32` into the file"
            )
        return secret
