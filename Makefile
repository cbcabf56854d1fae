# Two commands for a newcomer: `make run` opens the application, `make test` passes the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench demo clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

# One worker per CPU; each test file stays on one worker (its module fixtures are built once).
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

demo: $(STAMP)
	$(BIN)/python main.py demo --db sqlite:///demo.db --items 100000 --password demo12345

bench: $(STAMP)
	$(BIN)/python main.py bench --db sqlite:///demo.db --json

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
