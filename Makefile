# Tinybots Intake: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup system-packages test lint typecheck pytest demo bench clean

setup: system-packages $(STAMP)
	@# Bytecode for our own packages, as pip writes it when it installs a wheel: where PYTHONDONTWRITEBYTECODE is set
	@# (this sandbox), every `intake` command would otherwise compile ~65 modules again: ~80 ms of CPU per start
	@# (docs/performance.md, "Session 6"). Python checks each file's mtime, so an edited module is never run stale.
	@$(BIN)/python -m compileall -q intake parsers storage >/dev/null

# Python packages into .venv; re-run when pyproject.toml changes.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ required")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@

# Servers the tests and the demo start on loopback (Dovecot, Postfix, OpenSSL) and promtool, installed with apt when missing.
system-packages:
	@scripts/install-system-packages.sh

lint: setup
	$(BIN)/ruff check intake parsers storage tests bench
	$(BIN)/ruff format --check intake parsers storage tests bench

typecheck: setup
	$(BIN)/mypy intake parsers storage

pytest: setup
	$(BIN)/pytest

test: setup
	$(BIN)/ruff check intake parsers storage tests bench
	$(BIN)/mypy intake parsers storage
	$(BIN)/pytest

demo: setup
	$(BIN)/python -m intake.testbed.demo

bench: setup
	$(BIN)/python bench/parse.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
