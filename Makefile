# The two commands of the README: `make demo` and `make test`. Each installs what it needs.
PYTHON ?= python3
VENV ?= .venv
PIP := $(VENV)/bin/pip
BIN := $(VENV)/bin

.PHONY: demo test lint bench bench-deps browser-deps clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/smpvet demo

# $(call debian,COMMAND,WITHOUT_IT): install Debian's package COMMAND when it is missing
# (as root; otherwise say what WITHOUT_IT happens).
debian = command -v $(1) >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $(1) >/dev/null; \
	  else echo "$(1) missing and not root: $(2)"; fi; }

# Debian's chromium and axe-core from npm, for the browser tests (skipped without them).
browser-deps:
	@$(call debian,chromium,the browser tests will be skipped)
	@if command -v npm >/dev/null 2>&1; then cd tests/browser && npm ci --silent --no-audit --no-fund; \
	  else echo "npm missing: the accessibility checks will be skipped"; fi

test: $(VENV)/.installed browser-deps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# wrk, the load generator of the web benchmark, from Debian's packages.
bench-deps:
	@$(call debian,wrk,the web benchmark will be skipped)

bench: $(VENV)/.installed bench-deps
	$(BIN)/python bench/run

clean:
	rm -rf $(VENV) var test-output .pytest_cache
