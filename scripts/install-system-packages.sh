#!/usr/bin/env bash
# Installs, with apt, the system packages that the tests and `make demo` need, only when one is missing.
# Idempotent: on a machine that has them all it prints nothing and exits 0.
set -euo pipefail

declare -A need=(
  [/usr/sbin/dovecot]=dovecot-imapd
  [/usr/lib/dovecot/lmtp]=dovecot-lmtpd
  [/usr/sbin/postfix]=postfix
  [/usr/bin/openssl]=openssl
  [/usr/bin/systemd-analyze]=systemd
  [/usr/bin/sqlite3]=sqlite3
  [/usr/bin/promtool]=prometheus  # promtool checks the alert rules in monitoring/
)
missing=()
for path in "${!need[@]}"; do
  [[ -e $path ]] || missing+=("${need[$path]}")
done
((${#missing[@]})) || exit 0

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install as root: apt-get install ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
echo "installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# policy-rc.d keeps the packaged services from starting: the tests run their own instances on free ports.
if [[ ! -e /usr/sbin/policy-rc.d ]]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
