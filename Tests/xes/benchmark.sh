#!/usr/bin/env bash
# Benchmark of XES import (figures for people, not a test): on one large generated log and on
# every public log in shared/data/xes, wall time, CPU time and peak memory of
#   planreis validate FILE           (the whole process: parse into the model + semantic checks)
#   planreis-bench xes FILE          (the import alone, in process, on one and on two threads)
#   pm4py.read_xes(FILE)             (the process-mining reference; its read_xes call alone)
#   xmllint --stream --noout FILE    (libxml2's text reader alone)
# and the ratios the project's targets are stated in. Best of REPEATS (default 3) runs each.
# Usage: Tests/xes/benchmark.sh [copies]   (default 28 copies of receipt: about 104 MB)
# PLANREIS=path uses that binary (and planreis-bench beside it) instead of building.
# Needs: swift, python3 with venv (pm4py is installed into it), xmllint (libxml2-utils).
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

bench=${PLANREIS_BENCH:-$(dirname "$bin")/planreis-bench}
if [ -z "${PLANREIS:-}" ] || [ ! -x "$bench" ]; then
    swift build -c release --scratch-path .build-xes-release --product planreis-bench 2>&1 | tail -1
    bench=$root/.build-xes-release/release/planreis-bench
fi

# Each tool runs several times, interleaved with the others (this machine is noisy); the best
# wall time counts. Ratios are taken within one run of this script, on the same file.
python3 - "$bin" "$bench" "$venv/bin/python" "${REPEATS:-3}" "$big" "$data"/*.xes* <<'PY'
import os, re, resource, subprocess, sys, time
planreis, bench, python, repeats, files = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:]
pm4py_read = """import sys, time
t0 = time.time(); import pm4py; t1 = time.time()
log = pm4py.read_xes(sys.argv[1], return_legacy_log_object=True); t2 = time.time()
print(f"read_xes {t2 - t1:.3f} {len(log)} {sum(len(t) for t in log)}")"""

def run(command):
    # CPU time from the children's usage before and after; peak memory from /usr/bin/time
    # (the children's usage keeps the largest child so far, not this one's).
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", "/tmp/planreis-bench-rss"] + command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        rss = int(open("/tmp/planreis-bench-rss").read().split()[-1])
    except (OSError, ValueError, IndexError):
        rss = 0
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, rss, done

for path in files:
    size = os.path.getsize(path) / 1048576
    best = {}
    for _ in range(repeats):
        for name, command in [
            ("xmllint --stream --noout", ["xmllint", "--stream", "--noout", path]),
            ("planreis validate", [planreis, "validate", path]),
        ]:
            wall, cpu, rss, done = run(command)
            if name not in best or wall < best[name][0]: best[name] = (wall, cpu, rss, done.returncode)
    inprocess = run([bench, "xes", path, "--repeats", str(repeats)])[3].stdout
    imports = re.findall(r"^import( \(parse ahead\))?\s+([0-9.]+) s", inprocess, re.M)
    reads = []
    for _ in range(max(1, repeats - 1)):
        done = subprocess.run([python, "-c", pm4py_read, path], capture_output=True, text=True)
        match = re.search(r"read_xes ([0-9.]+) (\d+) (\d+)", done.stdout)
        if match: reads.append((float(match.group(1)), match.group(2), match.group(3)))
    print(f"== {os.path.basename(path)} ({size:.1f} MB)")
    for name, (wall, cpu, rss, code) in best.items():
        print(f"  {name:<28} {wall:7.3f} s wall  {cpu:7.3f} s cpu  {rss / 1024:6.0f} MB  exit {code}")
    for ahead, seconds in imports:
        print(f"  {'planreis import in process' + (' (2 threads)' if ahead else ' (1 thread)'):<28} {float(seconds):7.3f} s")
    if reads:
        read, traces, events = min(reads)
        print(f"  {'pm4py.read_xes':<28} {read:7.3f} s  ({traces} traces, {events} events)")
        validate = best["planreis validate"][0]
        print(f"  ratios: pm4py.read_xes / planreis validate = {read / validate:.1f}x; "
              f"planreis validate / xmllint --stream = {validate / best['xmllint --stream --noout'][0]:.2f}x")
        fastest = min((float(s) for _, s in imports), default=0)
        if fastest >= 0.001:
            print(f"          pm4py.read_xes / planreis import in process = {read / fastest:.1f}x")
PY
echo "(machine load now: $(cut -d' ' -f1-3 /proc/loadavg))"
