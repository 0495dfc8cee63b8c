# Two commands for a fresh machine with Python 3.11 and pip:
#   make demo   validate the bundled Heerlen-Noord spec (runtime dependencies only)
#   make test   lint, type-check, build the docs site (strict) and run every test (everything)
VENV   ?= .venv
PYTHON ?= python3
BIN    := $(VENV)/bin
# $(VENV)/.python  the Python the venv was made with; rewritten only when that changes
# $(VENV)/.runtime `pip install -e .`: what `doelenboom validate` needs
# $(VENV)/.installed `pip install -e '.[dev,xlsx,docs,report,scale]'`: what `make test` needs (implies .runtime)
PYSTAMP := $(VENV)/.python
RUNTIME := $(VENV)/.runtime
STAMP   := $(VENV)/.installed
# Which Python: implementation, version and installation (a venv reports its base's prefix).
PY_ID  := import sys; print(sys.implementation.name, *sys.version_info[:3], sys.base_prefix)

.PHONY: demo test lint docs clean bench chromium FORCE

# A venv made by another Python (another version, or the same version elsewhere) is recreated;
# otherwise the stamp is left untouched, so nothing below it is reinstalled.
$(PYSTAMP): FORCE
	@want="$$($(PYTHON) -c '$(PY_ID)')" || exit 1; \
	have="$$($(BIN)/python -c '$(PY_ID)' 2>/dev/null)"; \
	if [ "$$want" != "$$have" ]; then \
	    if [ -d $(VENV) ]; then echo "$(VENV) was made with '$$have', not '$$want': recreating it"; fi; \
	    rm -rf $(VENV) && $(PYTHON) -m venv $(VENV) && \
	    $(BIN)/pip install --quiet --upgrade pip || exit 1; \
	fi; \
	[ "$$(cat $@ 2>/dev/null)" = "$$want" ] || echo "$$want" > $@

$(RUNTIME): $(PYSTAMP) pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(STAMP): $(PYSTAMP) pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev,xlsx,docs,report,scale]'
	touch $@ $(RUNTIME)

demo: $(RUNTIME)
	$(BIN)/doelenboom validate specs/heerlen_noord.yaml

lint: $(STAMP)
	$(BIN)/ruff check src tests examples docs/gen
	$(BIN)/ruff format --check src tests examples docs/gen
	$(BIN)/mypy
	$(BIN)/mypy --strict examples docs/gen

# The reference pages are generated from the code first, so they are never stale.
docs: $(STAMP)
	$(BIN)/python docs/gen/generate.py
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

# The browser tests (tests/browser/) drive Debian's Chromium: installed here when it is missing and
# we are root (as on CI), else a clear message. Never Playwright's own browser download.
CHROMIUM ?= chromium
chromium:
	@if command -v $(CHROMIUM) >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 || \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; } \
	    || exit 1; \
	else \
	    echo "the browser tests need Chromium: run 'apt-get install chromium' as root (or set CHROMIUM=...)" >&2; \
	    exit 1; \
	fi

test: lint docs chromium
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/progress_benchmark.py
	$(BIN)/python benchmarks/report_benchmark.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis site docs/reference test-artifacts
