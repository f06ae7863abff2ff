# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test install index lint bench eval clean audit

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e ".[test,eval,dev]"
	@touch $(STAMP)

install: $(STAMP)

index: $(STAMP)
	$(VENV)/bin/coach ingest --quiet

run: index
	$(VENV)/bin/coach serve

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check coach ui tests app.py benchmarks evals

bench: $(STAMP)
	$(PY) benchmarks/bench_index.py

eval: $(STAMP)
	$(PY) -m evals

# Known vulnerabilities in the runtime dependencies (pip-audit). Exit 1: vulnerable;
# exit 2: NOT audited (no vulnerability data reachable), never reported as clean.
audit: $(STAMP)
	$(PY) .ci/audit.py

clean:
	rm -rf $(VENV) data .pytest_cache test-artifacts
