#!/usr/bin/env bash
# CI for issue 16 (figures): the per-case export loads in pandas as one row per case, the
# budgets of two years add up to the spending, the same case read twice counts once, and a
# process-mining log compares on a few screens. Called from .ci/run with the planreis binary.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:?usage: .ci/figures.sh PATH-TO-planreis}
out=.build/ci/figures
rm -rf "$out" && mkdir -p "$out"

echo "== figures: per-case export in pandas"
# The venv of the XES checks holds pandas (PM4Py needs it); otherwise make one with pandas only.
py=.build/venv/bin/python
if ! "$py" -c "import pandas" 2>/dev/null; then
    python3 -m venv .build/venv-figures
    .build/venv-figures/bin/pip install -q --disable-pip-version-check pandas
    py=.build/venv-figures/bin/python
fi
"$bin" compare Samples/cohort --as-of 31-12-2014 --started 2014 --per-case -o "$out/cases.csv"
"$bin" compare Samples/cohort --as-of 31-12-2014 --started 2014 --per-case -o "$out/cases.json"
"$bin" compare Samples/cohort --as-of 31-12-2014 --started 2014 --format json -o "$out/cohort.json"
"$py" - "$out/cases.csv" "$out/cases.json" "$out/cohort.json" <<'PY'
import json, sys
import pandas as pd
csv, js = pd.read_csv(sys.argv[1]), pd.read_json(sys.argv[2])
cohort = json.load(open(sys.argv[3]))
assert len(csv) == cohort["cases"] == 55, (len(csv), cohort["cases"])
assert csv["case_id"].is_unique and list(csv["case_id"]) == cohort["caseIds"]
assert list(csv.columns) == list(js.columns), (list(csv.columns), list(js.columns))
assert (csv["length_min_days"] <= csv["length_max_days"]).all()
# The per-case rows give the cohort's figures: status on the date and the intensive phase.
assert csv["status_on_reference_date"].value_counts().to_dict() == {"intensief": 32, "vroegtijdig-beeindigd": 12, "monitor": 11}
ended = csv[(csv["ending"] != "ended-early") & csv["intensief_min_days"].notna()]
assert len(ended) == 11 and round(ended["intensief_min_days"].mean()) == cohort["phases"]["intensief"]["meanDays"] == 122
assert abs(ended["intensief_min_days"].std() - cohort["phases"]["intensief"]["sdDays"]) < 0.01
assert ended["intensief_min_days"].quantile(0.25) == cohort["phases"]["intensief"]["q1Days"]
print("pandas reads", len(csv), "cases, one row each; SD and quartiles agree")
PY

echo "== figures: budgets of two years add up, the same case twice counts once"
cat > "$out/kruist.csv" <<'CSV'
casus;gemeente;datum;einddatum;actor;soort;titel;id;verwijst_naar;kosten;betaler
kruist;Tilburg;1-11-2020;;Gemeente;obstakel;Geen woning;o1;;;
kruist;Tilburg;1-12-2020;31-5-2021;Gemeente;uitzondering;Tijdelijke woning;u1;o1;12000;gemeente
CSV
"$bin" budget "$out/kruist.csv" --year 2020 --format json -o "$out/b2020.json" 2>/dev/null
"$bin" budget "$out/kruist.csv" "$out/kruist.csv" --year 2021 --format json -o "$out/b2021.json" 2>"$out/b2021.err"
python3 - "$out/b2020.json" "$out/b2021.json" "$out/b2021.err" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["total"]["costCents"] + b["total"]["costCents"] == 1200000, (a["total"], b["total"])
assert a["total"]["costCents"] == 204396, a["total"]["costCents"]
assert b["input"]["duplicates"] == 1 and open(sys.argv[3]).read().count("2 keer gelezen") == 1
print("2020 + 2021 =", (a["total"]["costCents"] + b["total"]["costCents"]) / 100, "euro; read twice, counted once")
PY

echo "== figures: cohort and budget JSON match their schemas (version 2)"
"$py" -m pip install -q --disable-pip-version-check jsonschema
"$bin" budget Samples --year 2020 --budget 50000 --format json -o "$out/budget.json" 2>/dev/null
"$py" - "$out/cohort.json" "$out/b2021.json" "$out/budget.json" <<'PY'
import json, sys, jsonschema
for path, schema in [(sys.argv[1], "cohort"), (sys.argv[2], "budget"), (sys.argv[3], "budget")]:
    s = json.load(open(f"Templates/schemas/{schema}.schema.json"))
    errors = list(jsonschema.Draft202012Validator(s).iter_errors(json.load(open(path))))
    assert not errors, (path, [e.message for e in errors[:5]])
print("cohort and budget JSON valid against their schemas")
PY

echo "== figures: a process-mining log compares on a few screens"
log=../shared/data/xes/receipt.xes.gz
if [ -f "$log" ]; then
    "$bin" compare "$log" --as-of 31-12-2012 -o "$out/receipt.md" 2>/dev/null
    lines=$(wc -l < "$out/receipt.md")
    echo "compare receipt.xes.gz: $lines lines"
    [ "$lines" -le 200 ] || { echo "compare on receipt.xes.gz gave $lines lines" >&2; exit 1; }
    if grep -q "Onbekend | 1434 (100%)" "$out/receipt.md"; then echo "status table shows Onbekend 100 %" >&2; exit 1; fi
else
    echo "($log not present: skipped)"
fi
echo "figures checks passed"
