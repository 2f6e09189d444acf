#!/usr/bin/env python3
"""Size and paint time of `planreis render` reports of large generated journeys.

Usage:
    python3 Tests/bench/report_scale.py [--bin DIR] [--sizes 1000 10000] [--repeats 5] [--out DIR]
    python3 Tests/bench/report_scale.py --budget    # sizes only (deterministic), for CI

For every size it generates a journey of 20 lanes with `planreis-bench generate` (fixed seed),
renders the HTML report with `planreis render`, and reports:
  * the file size and how it splits into the SVG, the embedded JSON and the events table;
  * the paint time in an already running headless Chromium: from navigation start to the
    second animation frame after the last event mark exists (a script added before the page's
    own records `performance.now()` then), the median and range over the repeats;
  * legibility: overlapping text boxes, and text boxes on a period bar or a lane line (the same
    check as Tests/browser/check.py).
With --budget it only checks the size budgets (1,000 events <= 1 MiB, 10,000 <= 8 MiB) and the
mark count, and exits 1 when one is exceeded. Time is measured, never asserted.
`planreis render` analyses the journey first, which takes minutes for 10,000 events in a debug
build; --without-analysis writes the report with `planreis-bench report` instead (the same
timeline, data and table, without the analysis summary).

Standard library only; drives Chromium through Tests/browser's DevTools-pipe client.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "browser"))
try:
    from cdp import Browser, find_chromium  # noqa: E402  (after the browser tests are split)
except ImportError:
    from check import Browser, find_chromium  # noqa: E402
from check import legibility_problems  # noqa: E402

# The megabytes are MiB (its 1.49 MB is the 1,561,204 bytes of the 1,000-event report).
BUDGETS = {1000: 1 << 20, 10000: 8 << 20}
SEED = 7
LANES = 20

# Runs before the page's own script: waits until every mark exists, then two frames.
PAINT_PROBE = r"""
(function () {
  function done() {
    requestAnimationFrame(function () { requestAnimationFrame(function () {
      window.__planreisPainted = performance.now();
    }); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var data = document.getElementById('planreis-data');
    var expected = data ? JSON.parse(data.textContent).events.length : -1;
    function poll() {
      if (document.querySelectorAll('[data-event-index]').length >= expected) { done(); }
      else { setTimeout(poll, 5); }
    }
    poll();
  });
})();
"""


def run(args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def parts(html):
    """Bytes of the SVG, the embedded JSON, the events table and the rest."""
    def span(pattern):
        match = re.search(pattern, html, re.S)
        return len(match.group(0).encode()) if match else 0
    svg = span(r"<svg.*?</svg>")
    data = span(r'<script type="application/json" id="planreis-data">.*?</script>')
    table = span(r'<section class="event-table".*?</section>')
    total = len(html.encode())
    return {"svg": svg, "json": data, "table": table, "other": total - svg - data - table}


def paint_times(browser, path, repeats):
    url = "file://" + os.path.abspath(path)
    times = []
    for _ in range(repeats):
        browser.open_page()
        try:
            browser.send("Emulation.setDeviceMetricsOverride", {
                "width": 1800, "height": 1100, "deviceScaleFactor": 1, "mobile": False})
            browser.send("Page.addScriptToEvaluateOnNewDocument", {"source": PAINT_PROBE})
            browser.send("Page.navigate", {"url": url})
            browser.wait_for("Page.loadEventFired", timeout=120)
            deadline = time.monotonic() + 120
            painted = None
            while painted is None and time.monotonic() < deadline:
                painted = browser.evaluate("window.__planreisPainted || null")
                if painted is None:
                    time.sleep(0.02)
            if painted is None:
                raise RuntimeError("the marks of %s were not painted within 120 s" % path)
            times.append(painted / 1000)
        finally:
            browser.close_page()
    return times


def main():
    parser = argparse.ArgumentParser(description="Size and paint time of large planreis reports.")
    parser.add_argument("--bin", help="folder with planreis and planreis-bench (default: swift build --show-bin-path)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", default=".build/report-scale")
    parser.add_argument("--chromium")
    parser.add_argument("--budget", action="store_true", help="check the size budgets only")
    parser.add_argument("--without-analysis", action="store_true",
                        help="write the report with `planreis-bench report` (no analysis summary, no analysed stalls) "
                             "instead of `planreis render`; fast in a debug build")
    options = parser.parse_args()

    bin_dir = options.bin or subprocess.run(
        ["swift", "build", "--show-bin-path"], check=True, capture_output=True, text=True).stdout.strip()
    os.makedirs(options.out, exist_ok=True)
    failures = []
    browser = None
    if not options.budget:
        chromium = find_chromium(options.chromium)
        if not chromium:
            print("error: no Chromium found", file=sys.stderr)
            return 2
        browser = Browser(chromium)
    try:
        print("events  html_bytes  svg  json  table  other  paint_median_s  paint_range_s  overlaps")
        for size in options.sizes:
            source = os.path.join(options.out, "scale-%d.planreis.xml" % size)
            report = os.path.join(options.out, "scale-%d.html" % size)
            if options.without_analysis:
                run([os.path.join(bin_dir, "planreis-bench"), "report", "--events", str(size), "--actors", str(LANES),
                     "--seed", str(SEED), "-o", report])
            else:
                run([os.path.join(bin_dir, "planreis-bench"), "generate", "--events", str(size), "--actors", str(LANES),
                     "--seed", str(SEED), "-o", source])
                run([os.path.join(bin_dir, "planreis"), "render", source, "-o", report])
            with open(report, encoding="utf-8") as file:
                html = file.read()
            split = parts(html)
            total = len(html.encode())
            marks = len(re.findall(r"<g [^>]*data-event-index=\"\d+\"", html))
            if marks != size:
                failures.append("%d events: %d marks in the report" % (size, marks))
            budget = BUDGETS.get(size)
            if budget and total > budget:
                failures.append("%d events: %d bytes, over the budget of %d" % (size, total, budget))
            if options.budget:
                print("%6d  %10d  %d  %d  %d  %d  -  -  -" % (
                    size, total, split["svg"], split["json"], split["table"], split["other"]))
                continue
            times = paint_times(browser, report, options.repeats)
            browser.open_page()
            try:
                browser.send("Emulation.setDeviceMetricsOverride", {
                    "width": 1800, "height": 1100, "deviceScaleFactor": 1, "mobile": False})
                browser.send("Page.navigate", {"url": "file://" + os.path.abspath(report)})
                browser.wait_for("Page.loadEventFired", timeout=120)
                legibility = legibility_problems(browser)
            finally:
                browser.close_page()
            failures += ["%d events: %s" % (size, p) for p in legibility]
            print("%6d  %10d  %d  %d  %d  %d  %.3f  %.3f-%.3f  %d" % (
                size, total, split["svg"], split["json"], split["table"], split["other"],
                statistics.median(times), min(times), max(times), len(legibility)))
    finally:
        if browser:
            browser.close()
    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
