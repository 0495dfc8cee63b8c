# Two commands for a fresh machine with Python 3.11 and pip:
#   make demo   validate the bundled Heerlen-Noord spec
#   make test   lint, type-check, build the docs site (strict) and run every test
VENV   ?= .venv
PYTHON ?= python3
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint docs clean bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,xlsx,docs]'
	touch $(STAMP)

demo: $(STAMP)
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

test: lint docs
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/progress_benchmark.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis site docs/reference
