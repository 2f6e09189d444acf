#!/usr/bin/env bash
# CI for the report's scale (issue 14, item 3): the HTML report of a generated journey of 20
# lanes stays within its size budget (1,000 events <= 1 MiB, 10,000 <= 8 MiB; deterministic),
# every event has its mark, and in headless Chromium no label of the 1,000-event report sits on
# a bar, a lane line or another label. Paint time is printed, never asserted.
# Called from .ci/run with the planreis binary; needs planreis-bench built next to it.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:?usage: .ci/report-scale.sh PATH-TO-planreis}
dir=$(dirname "$bin")
out=.build/ci/report-scale

echo "== report scale: size budgets for 1,000 and 10,000 events (planreis render, analysis included)"
python3 Tests/bench/report_scale.py --bin "$dir" --budget --out "$out"
echo "== report scale: legibility of the 1,000-event report in Chromium"
python3 Tests/bench/report_scale.py --bin "$dir" --without-analysis --sizes 1000 --repeats 1 --out "$out"
