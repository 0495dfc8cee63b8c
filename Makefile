# Two commands for a fresh machine with Python 3.11 and pip:
#   make demo   validate the bundled Heerlen-Noord spec
#   make test   lint, type-check and run every test
VENV   ?= .venv
PYTHON ?= python3
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,xlsx,docs]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/doelenboom validate specs/heerlen_noord.yaml

lint: $(STAMP)
	$(BIN)/ruff check src tests examples
	$(BIN)/ruff format --check src tests examples
	$(BIN)/mypy
	$(BIN)/mypy --strict examples

test: lint
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis site
