#!/usr/bin/env python3
"""Workbook import speed: planreis against openpyxl on the same 10,000-row workbook.

    .build/venv-bench/bin/python Tests/bench/workbook_import.py BIN WORKBOOK [--runs 5]

BIN is a release build of planreis; WORKBOOK an .xlsx with the spreadsheet columns (CI makes
one with `planreis-bench generate --events 10000`, `planreis convert -o x.xlsx` and LibreOffice
saving it again as Excel would: shared strings, deflated parts). Both are timed as whole
processes, best of RUNS:
  - planreis validate WORKBOOK: unzip, parse every part, build the journeys, run every check;
  - openpyxl: python -c 'load_workbook(read_only=True)' and read the value of every cell
    (no journeys, no checks), interpreter start and import included;
  - openpyxl in-process: the same load and read, timed inside Python (no start, no import).
"""
import argparse, subprocess, sys, time

p = argparse.ArgumentParser()
p.add_argument("bin")
p.add_argument("workbook")
p.add_argument("--runs", type=int, default=5)
a = p.parse_args()

READ = ("import openpyxl,sys\nwb=openpyxl.load_workbook(sys.argv[1],read_only=True)\n"
        "n=0\nfor row in wb.worksheets[0].iter_rows(values_only=True):\n    n+=sum(1 for v in row if v is not None)\nprint(n)")

def best(cmd):
    times = []
    for _ in range(a.runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return min(times)

planreis = best([a.bin, "validate", a.workbook])
openpyxl_process = best([sys.executable, "-c", READ, a.workbook])
import openpyxl
inproc = []
for _ in range(a.runs):
    t = time.perf_counter()
    wb = openpyxl.load_workbook(a.workbook, read_only=True)
    cells = sum(1 for row in wb.worksheets[0].iter_rows(values_only=True) for v in row if v is not None)
    inproc.append(time.perf_counter() - t)
rows = wb.worksheets[0].max_row
print(f"workbook: {a.workbook} ({rows} rows, {cells} filled cells), best of {a.runs}")
print(f"planreis validate (process):     {planreis:.3f} s")
print(f"openpyxl read-only (process):    {openpyxl_process:.3f} s   ratio openpyxl/planreis {openpyxl_process / planreis:.1f}x")
print(f"openpyxl read-only (in-process): {min(inproc):.3f} s   ratio {min(inproc) / planreis:.1f}x")
