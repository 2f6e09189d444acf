#!/usr/bin/env bash
# CI for issue 15 / issue 16 item 9 (anonymisation and small cells): end-to-end checks on the
# built binary. Needs nothing beyond the Swift toolchain. Usage: bash .ci/anonymize.sh BIN
set -euo pipefail
bin="$1"
cd "$(dirname "$0")/.."
out=".build/ci/anonymize"
rm -rf "$out" && mkdir -p "$out"

echo "== anonymize: the samples, in every format, validate and carry no household name"
for ext in planreis.xml csv json xes; do
    "$bin" anonymize Samples/*.planreis.xml -o "$out/anoniem.$ext" --key ci --report "$out/verslag.md"
    "$bin" validate "$out/anoniem.$ext" >/dev/null
done
if grep -qi -e claudia -e wesley "$out/anoniem.planreis.xml"; then
    echo "a household name survived" >&2
    exit 1
fi

echo "== anonymize: one shift per export, told in the report only"
shift_years=$(sed -n 's/.*hetzelfde aantal jaren verschoven: \*\*\([-+0-9]*\) jaar.*/\1/p' "$out/verslag.md")
test -n "$shift_years"

echo "== anonymize --check lists what it finds and exits 1"
printf 'casus;datum;actor;soort;titel;omschrijving\nc1;2021-03-01;Wijkteam;gebeurtenis;Gesprek;met Zwaantje Rekelhof, dossier 4471\n' >"$out/rest.csv"
if "$bin" anonymize --check "$out/rest.csv" >"$out/check.txt"; then
    echo "--check found nothing in a file with a name" >&2
    exit 1
fi
grep -q Zwaantje "$out/check.txt"

echo "== compare --min-cell 5 on the cohort sample: no count under 5"
"$bin" compare Samples/cohort --as-of 31-12-2014 --started 2014 --min-cell 5 --format json -o "$out/cohort.json"
python3 - "$out/cohort.json" <<'PY'
import json, sys
keys = {"cases", "entered", "ended", "endedEarly", "casesWithException"}
def walk(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in keys and isinstance(v, int) and v < 5:
                sys.exit(f"count under 5 at {path}/{k}: {v}")
            walk(v, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, f"{path}[{i}]")
walk(json.load(open(sys.argv[1])))
print("no count under 5")
PY
echo "anonymisation checks passed"
