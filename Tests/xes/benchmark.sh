#!/usr/bin/env bash
# Benchmark of XES import (figures for people, not a test): on one large generated log and on
# receipt.xes.gz, wall time and peak memory of
#   planreis validate FILE           (parse into the model + semantic checks)
#   planreis convert FILE -o - --format xes   (streamed in and out: memory bounded by a trace)
#   pm4py.read_xes(FILE)             (the process-mining reference; import time reported apart)
#   xmllint --stream --noout FILE    (libxml2's text reader alone: the floor)
# Usage: Tests/xes/benchmark.sh [copies]   (default 28 copies of receipt: about 110 MB)
# PLANREIS=path uses that binary instead of building. Needs: swift, python3 with venv, xmllint (libxml2-utils), /usr/bin/time (package time).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
copies=${1:-28}
work=${BENCH_DIR:-$root/.build-xes-bench}
data=${XES_DATA:-$root/../shared/data/xes}
venv=${VENV:-$root/.build/venv}
mkdir -p "$work"

bin=${PLANREIS:-$root/.build-xes-release/release/planreis}
if [ -z "${PLANREIS:-}" ]; then
    echo "== release build"
    swift build -c release --scratch-path .build-xes-release --product planreis 2>&1 | tail -1
fi

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pm4py" 2>/dev/null; then
    echo "== installing pm4py into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q pm4py
fi

big=$work/receipt-x$copies.xes
if [ ! -f "$big" ]; then
    echo "== generating $big ($copies copies of receipt's traces, trace ids renamed)"
    python3 - "$data/receipt.xes.gz" "$big" "$copies" <<'PY'
import gzip, re, sys
source, target, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = gzip.open(source, "rt", encoding="utf-8").read()
start, end = text.index("<trace>"), text.rindex("</trace>") + len("</trace>")
header, body, footer = text[:start], text[start:end], text[end:]
with open(target, "w", encoding="utf-8") as out:
    out.write(header)
    for copy in range(copies):
        # Trace-level concept:name gets a suffix per copy; event names stay.
        traces = body.split("<trace>")
        for trace in traces[1:]:
            head, sep, rest = trace.partition("<event>")
            head = re.sub(r'(<string key="concept:name" value=")([^"]*)(")', lambda m: f"{m.group(1)}{m.group(2)}-{copy}{m.group(3)}", head, count=1)
            out.write("<trace>" + head + sep + rest)
    out.write(footer)
PY
fi
ls -l "$big" | awk '{ printf "%s: %.1f MB\n", $9, $5 / 1048576 }'

measure() {
    local label=$1
    shift
    if /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt"; then status=ok; else status="exit $?"; fi
    read -r wall rss <"$work/time.txt"
    printf "  %-34s %8.2f s %8d MB  %s\n" "$label" "$wall" $((rss / 1024)) "$status"
}

pm4py_read='import sys, time
t0 = time.time(); import pm4py; t1 = time.time()
log = pm4py.read_xes(sys.argv[1], return_legacy_log_object=True); t2 = time.time()
print(f"import {t1 - t0:.2f} s, read_xes {t2 - t1:.2f} s, {len(log)} traces, {sum(len(t) for t in log)} events", file=sys.stderr)'

for file in "$big" "$data/receipt.xes.gz"; do
    echo "== $(basename "$file")"
    measure "xmllint --stream --noout" xmllint --stream --noout "$file"
    measure "planreis validate" "$bin" validate "$file"
    head -c 300 "$work/out.txt" | sed 's/^/      /'
    measure "planreis convert -o - --format xes" "$bin" convert "$file" -o - --format xes
    measure "pm4py.read_xes" "$venv/bin/python" -c "$pm4py_read" "$file"
    grep -E "^import" "$work/err.txt" | sed 's/^/      /' || true
done
echo "(machine load now: $(cut -d' ' -f1-3 /proc/loadavg))"
