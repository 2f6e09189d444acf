#!/usr/bin/env bash
# Workbooks in CI (issue 12): real LibreOffice round trips.
#   bash .ci/workbook.sh PATH/TO/planreis
# 1. LibreOffice turns the CSV samples into .xlsx and .ods; planreis reads each to the very
#    journeys it reads from the CSV (compared as canonical XML, byte for byte).
# 2. LibreOffice turns workbooks planreis wrote (journeys, the budget review, the template)
#    into CSV; the values are the ones planreis wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:?usage: .ci/workbook.sh PATH/TO/planreis}
out=$(pwd)/.build/ci/workbook
rm -rf "$out" && mkdir -p "$out/lo-in" "$out/lo-out" "$out/xml"

if ! command -v soffice >/dev/null 2>&1; then
    echo "== installing LibreOffice Calc (headless)"
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
    else
        echo "LibreOffice is missing (run as root to install libreoffice-calc-nogui)" >&2
        exit 1
    fi
fi
# A profile of its own, so that a desktop LibreOffice of the user is never touched.
lo() { soffice -env:UserInstallation=file://"$out/profile" --headless "$@" >/dev/null 2>&1; }

echo "== LibreOffice: CSV samples → .xlsx and .ods; planreis reads the same journeys"
csvs=(Samples/it-westbrabant-casus-3.csv Samples/cohort/it-westbrabant-2013-2014.csv Templates/spreadsheet/planreis-sjabloon.csv)
# ';' separated, '"' quoted, UTF-8 (or Windows-1252, as older Excel saves), from line 1, Dutch
# locale, no guessing of dates or other special numbers: every cell arrives as the text typed
# (plain numbers as numbers).
for csv in "${csvs[@]}"; do
    charset=76
    python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$csv" 2>/dev/null || charset=1
    lo --infilter="CSV:59,34,$charset,1,,1043,false,false" --convert-to xlsx --outdir "$out/lo-in" "$csv"
    lo --infilter="CSV:59,34,$charset,1,,1043,false,false" --convert-to ods --outdir "$out/lo-in" "$csv"
done
for csv in "${csvs[@]}"; do
    name=$(basename "$csv" .csv)
    "$bin" convert "$csv" -o "$out/xml/$name.csv.planreis.xml" 2>/dev/null
    for kind in xlsx ods; do
        "$bin" validate "$out/lo-in/$name.$kind" 2>/dev/null
        "$bin" convert "$out/lo-in/$name.$kind" -o "$out/xml/$name.$kind.planreis.xml" 2>/dev/null
        if ! cmp -s "$out/xml/$name.csv.planreis.xml" "$out/xml/$name.$kind.planreis.xml"; then
            echo "$name.$kind (LibreOffice) reads differently from $csv:" >&2
            diff "$out/xml/$name.csv.planreis.xml" "$out/xml/$name.$kind.planreis.xml" | head -40 >&2
            exit 1
        fi
    done
done

# analyze and render take workbooks as they take CSV: the same analysis.
"$bin" analyze Samples/it-westbrabant-casus-3.csv --format json -o "$out/xml/casus-3.csv.json" 2>/dev/null
"$bin" analyze "$out/lo-in/it-westbrabant-casus-3.xlsx" --format json -o "$out/xml/casus-3.xlsx.json" 2>/dev/null
cmp "$out/xml/casus-3.csv.json" "$out/xml/casus-3.xlsx.json"
"$bin" render "$out/lo-in/it-westbrabant-casus-3.ods" -o "$out/casus-3.svg" 2>/dev/null

echo "== LibreOffice: workbooks planreis wrote → CSV; the same values"
for f in Samples/*.planreis.xml; do
    name=$(basename "$f" .planreis.xml)
    "$bin" convert "$f" -o "$out/xml/$name.planreis.xml"
    "$bin" convert "$f" -o "$out/lo-out/$name.xlsx"
done
"$bin" budget Samples/*.planreis.xml --year 2020 --format xlsx -o "$out/lo-out/budget.xlsx"
"$bin" budget Samples/*.planreis.xml --year 2020 --format json -o "$out/budget.json"
"$bin" compare Samples/cohort --as-of 31-12-2014 --started 2014 --format xlsx -o "$out/lo-out/cohort.xlsx"
cp Templates/spreadsheet/planreis-sjabloon.xlsx "$out/lo-out/"
# Export: ';', '"', UTF-8, Dutch locale, text as shown (dates 15-07-2021, € 1.250,50), every sheet.
outfilter='csv:Text - txt - csv (StarCalc):59,34,76,1,,1043,false,true,true,false,false,-1'
(cd "$out/lo-out" && lo --convert-to "$outfilter" --outdir "$out/lo-csv" ./*.xlsx)
for f in Samples/*.planreis.xml; do
    name=$(basename "$f" .planreis.xml)
    csv=$(ls "$out/lo-csv/$name"*.csv | head -1)
    "$bin" convert "$csv" -o "$out/xml/$name.via-lo.planreis.xml"
    if ! cmp -s "$out/xml/$name.planreis.xml" "$out/xml/$name.via-lo.planreis.xml"; then
        echo "$name: planreis .xlsx → LibreOffice CSV → planreis changed the journeys:" >&2
        diff "$out/xml/$name.planreis.xml" "$out/xml/$name.via-lo.planreis.xml" | head -40 >&2
        exit 1
    fi
done
"$bin" validate "$(ls "$out/lo-csv/planreis-sjabloon"*.csv | head -1)"
python3 - "$out/lo-csv" "$out/budget.json" <<'PY'
import csv, glob, json, os, sys
folder, budget = sys.argv[1], json.load(open(sys.argv[2]))
sheets = {os.path.basename(p)[len("budget-"):-4]: list(csv.reader(open(p, encoding="utf-8"), delimiter=";"))
          for p in glob.glob(os.path.join(folder, "budget-*.csv"))}
assert "totaal" in sheets and "per betaler" in sheets, sorted(sheets)
header, total = sheets["totaal"][0], sheets["totaal"][1]
assert header[:3] == ["rij", "uitzonderingen", "kosten"], header
def cents(text):
    # As shown in the exporting locale: "€ 3.000,00" or "€ 3,000.00"; the last mark is the decimal one.
    digits = text.replace("€", "").replace("\xa0", "").replace(" ", "")
    mark = max(digits.rfind(","), digits.rfind("."))
    whole, fraction = (digits[:mark], digits[mark + 1:]) if mark >= 0 else (digits, "0")
    whole = whole.replace(",", "").replace(".", "")
    return int(whole) * 100 + int(fraction.ljust(2, "0")[:2])
want = budget["total"]
assert int(total[1]) == want["exceptions"], (total, want)
assert cents(total[2]) == want["costCents"], (total, want)
print("budget workbook: totals as in the JSON review,", len(sheets), "sheets")
PY
echo "workbook checks passed"
