#!/usr/bin/env bash
# CI for issue 12 part 2 (XES round trips, OCEL 2.0, warnings that summarise).
# Usage: bash .ci/xes-ocel.sh PLANREIS_BINARY
# Needs python3 with venv (installed by .ci/run); PM4Py goes into .build/venv.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1
out=.build/ci/xes-ocel
rm -rf "$out" && mkdir -p "$out"
logs=../shared/data/xes

if [ ! -x .build/venv/bin/python ] || ! .build/venv/bin/python -c "import pm4py" 2>/dev/null; then
    python3 -m venv .build/venv && .build/venv/bin/pip install -q --disable-pip-version-check pm4py
fi
py=.build/venv/bin/python

echo "== XES: PM4Py reads every public log and a log with every attribute type as before, after planreis (direct and via XML, JSON, CSV)"
status=0
"$py" Tests/xes/pm4py_roundtrip.py --planreis "$bin" --work "$out/roundtrip" "$logs"/*.xes "$logs"/*.xes.gz \
    >"$out/roundtrip.log" 2>&1 || status=$?
grep -E '^(ok|DIFFERENT)|^    [a-z]' "$out/roundtrip.log" || true
[ "$status" = 0 ] || { echo "XES round trip changed a log (see $out/roundtrip.log)" >&2; exit 1; }

echo "== OCEL 2.0: PM4Py reads the export of every sample with the expected counts"
"$py" Tests/xes/ocel_check.py --planreis "$bin" --work "$out/ocel" Samples/*.planreis.xml Tests/Fixtures/hostile/vijandig.planreis.xml \
    >"$out/ocel.log" 2>&1 || status=$?
grep -E '^(ok|MISMATCH)' "$out/ocel.log" || true
[ "$status" = 0 ] || { echo "OCEL counts differ (see $out/ocel.log)" >&2; exit 1; }

echo "== warnings summarise: 92 decisions without outcome give 5 warnings and one count line; --all-warnings all 92"
csv="$out/veel-besluiten.csv"
{ echo "casus;datum;actor;soort;titel"; for i in $(seq 1 92); do echo "c1;$((1 + i % 28))-$((1 + i % 12))-2020;gemeente;besluit;Besluit $i"; done; } > "$csv"
summary=$("$bin" validate "$csv" 2>&1 >/dev/null)
all=$("$bin" validate --all-warnings "$csv" 2>&1 >/dev/null)
[ "$(grep -c 'waarschuwing: besluit' <<<"$summary")" = 5 ] || { echo "expected 5 warnings:" >&2; echo "$summary" >&2; exit 1; }
grep -q 'waarschuwing: … en nog 87 keer: besluit … zonder uitkomst' <<<"$summary" || { echo "no count line" >&2; exit 1; }
[ "$(grep -c 'waarschuwing: besluit' <<<"$all")" = 92 ] || { echo "--all-warnings does not show all 92" >&2; exit 1; }
"$bin" validate "$csv" 2>/dev/null | grep -q '92 waarschuwingen' || { echo "the total is not exact" >&2; exit 1; }
echo "xes-ocel checks passed"
