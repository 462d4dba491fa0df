#!/bin/sh
# usage: scripts/new-migration.sh "what changed" [--sqlite]
# Autogenerates storage/migrations/versions/<rev>_<slug>.py from the models; review it by hand afterwards.
set -eu
cd "$(dirname "$0")/.."
exec .venv/bin/python scripts/new_migration.py "$@"
