#!/usr/bin/env bash
# Fuzz newsledger's readers and analysis for SECONDS (default 600) with atheris.
# Usage: fuzz/run.sh [SECONDS]   (from the repository root, after `make venv`)
# Crashes are written as crash-* files under fuzz/crashes/; turn each into a regression test in
# tests/test_fuzz_regressions.py.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
py=${PYTHON:-.venv/bin/python}
"$py" -m pip install --quiet 'atheris==3.0.0'
mkdir -p fuzz/corpus fuzz/crashes
# seed the corpus with the sample articles
for f in data/samples/*/*.txt data/samples/*/*.html; do
  [ -f "$f" ] && cp -n "$f" "fuzz/corpus/$(basename "$f")"
done
"$py" fuzz/fuzz_newsledger.py fuzz/corpus -max_total_time="$secs" -max_len=20000 \
  -artifact_prefix=fuzz/crashes/ -print_final_stats=1 2>&1 | tee fuzz/last_run.log | tail -n 25
