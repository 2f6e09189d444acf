#!/usr/bin/env bash
# Accessibility and the workbench end to end, in headless Chromium (docs/testing.md):
#   1. axe-core (from PyPI's axe-playwright-python, pinned by hash) checks every rendered report
#      in .build/ci/html at WCAG 2.0/2.1 A and AA;
#   2. Tests/browser/workbench_e2e.py drives `planreis serve` on a temporary SQLite register.
# Usage: .ci/workbench.sh BIN   (run from .ci/run after the report renders and browser checks)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1
out=.build/ci
axe_dir=.build/axe
axe_js=$axe_dir/axe_playwright_python/axe.min.js

echo "== axe-core: fetch axe.min.js (axe-playwright-python 0.1.8, sha256-pinned)"
if [ ! -f "$axe_js" ]; then
    [ -x .build/venv/bin/pip ] || python3 -m venv .build/venv
    mkdir -p "$axe_dir"
    echo "axe-playwright-python==0.1.8 --hash=sha256:fdd263c998388f1a8e67cad02677e612d946248bd44d163be5e8650ea31f95f8" \
        > "$axe_dir/requirements.txt"
    .build/venv/bin/pip download -q --disable-pip-version-check --no-deps --require-hashes \
        -r "$axe_dir/requirements.txt" -d "$axe_dir"
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("axe_playwright_python/axe.min.js", sys.argv[2])' \
        "$axe_dir/axe_playwright_python-0.1.8-py3-none-any.whl" "$axe_dir"
fi
export AXE_JS=$PWD/$axe_js

echo "== axe-core: the rendered reports (WCAG 2.1 AA), and a self-test that it finds planted faults"
python3 Tests/browser/axe.py --self-test
# The generated 500-event journey is left out for time; every sample and the hostile one, nl and en.
python3 Tests/browser/axe.py $(ls "$out"/html/*.html | grep -v gegenereerd)

echo "== the workbench end to end (screenshots in $out/screenshots/workbench)"
python3 Tests/browser/workbench_e2e.py "$bin" --out "$out/screenshots/workbench"
