#!/usr/bin/env bash
# CI for issue 11 (evidence in the analysis): the sample's summary headlines a closed stall the
# source supports, charges nothing to the household, shows doormodderen, labels every estimate and
# gives each exception's break-even; the JSON validates against its schema; a municipality's own
# criteria file is read and a bad one is reported with its place.
# Usage: bash .ci/evidence.sh PATH/TO/planreis
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:?usage: evidence.sh PATH/TO/planreis}
out=.build/ci/evidence
rm -rf "$out" && mkdir -p "$out"

echo "== evidence: the Claudia & Wesley summary"
"$bin" analyze Samples/claudia-wesley.planreis.xml -o "$out/cw.md"
grep -q '^\*\*Stilstand:\*\*.*\*\*Langste stilstand:\*\* Ondertoezichtstelling voor 9 maanden → Wachten op een jeugdbeschermer (8 maanden volgens de bron' "$out/cw.md"
grep -q '\*\*Doormodderen:\*\* Doelen worden niet bereikt, juni 2017' "$out/cw.md"
grep -q '## Open: geen latere handeling vastgelegd' "$out/cw.md"
test "$(grep -c '\*\*Berust op een schatting:\*\*' "$out/cw.md")" -eq 3
test "$(grep -c '| \*\*Break-evenkans\*\* |' "$out/cw.md")" -eq 3
grep -q '## Selectiecriteria' "$out/cw.md"

"$bin" analyze Samples/claudia-wesley.planreis.xml --format json -o "$out/cw.json"
python3 - "$out/cw.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
stalls = a["stalls"]
assert all(not s["open"] for s in stalls["items"]), "an open stall among the closed ones"
assert all(s["actor"] != "inwoner" for s in stalls["items"]), "a stall charged to the household"
assert all(r["actor"] != "inwoner" for r in stalls["perActor"]), "household in stalls per actor"
assert any(s["kind"] == "muddling" and s["actor"] == "jeugdconsulent" for s in stalls["items"])
assert any(s["kind"] == "refusal-reversed" and s["actor"] == "raad" for s in stalls["items"])
assert any(s["kind"] == "handover" for s in stalls["open"])
assert all(e["restsOnEstimate"] for e in a["exceptions"])
assert [c["outcome"] for c in a["criteria"]["items"]].count("met") == 3
print("evidence JSON checks passed")
PY

echo "== evidence: the analysis JSON validates against Templates/schemas/analysis.schema.json"
venv=.build/ci-venv-evidence
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/pip" install -q 'jsonschema>=4.18,<5'
"$venv/bin/python" - "$out/cw.json" <<'PY'
import json, sys, jsonschema
schema = json.load(open("Templates/schemas/analysis.schema.json"))
jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[1])))
print("analysis JSON matches its schema")
PY

echo "== evidence: --criteria reads a municipality's own checklist and locates a bad one"
printf 'id;criterium;toets;waarde\nk;Kleur rood;kleur;rood\n' > "$out/own.csv"
"$bin" analyze Samples/it-westbrabant-casus-1.planreis.xml --criteria "$out/own.csv" -o "$out/own.md"
grep -q '| Kleur rood | niet voldaan |' "$out/own.md"
printf 'id;criterium;toets;waarde\nk;K;kleur;paars\n' > "$out/bad.csv"
if "$bin" analyze Samples/it-westbrabant-casus-1.planreis.xml --criteria "$out/bad.csv" 2> "$out/bad.err" >/dev/null; then
    echo "a bad criteria file was accepted" >&2; exit 1
fi
grep -q 'bad.csv:2:11: fout' "$out/bad.err"
echo "evidence checks passed"
