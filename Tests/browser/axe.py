#!/usr/bin/env python3
"""Accessibility checks with axe-core in headless Chromium (WCAG 2.0 and 2.1, levels A and AA).

Usage:
    python3 Tests/browser/axe.py [--axe axe.min.js] [--out DIR] REPORT.html|DIR ...
    python3 Tests/browser/axe.py [--axe axe.min.js] --self-test

axe-core is injected through the DevTools protocol (Runtime.evaluate), not through a <script>
tag, so the page's strict Content-Security-Policy stays as it is. Every violation is reported
with its rule, the selector of each element, and axe's help text; any violation fails.

axe.min.js (MPL-2.0) is not kept in the repository: it comes from PyPI's axe-playwright-python
(see .ci/workbench.sh, which downloads a pinned version and checks its hash). It is looked for
in --axe, $AXE_JS, then .build/axe/axe_playwright_python/axe.min.js.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time

from cdp import Browser, BrowserError, find_chromium

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
VIEWPORT = (1400, 1000)
DEFAULT_AXE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".build", "axe",
                           "axe_playwright_python", "axe.min.js")

RUN = r"""
axe.run(document, { runOnly: { type: 'tag', values: %s }, resultTypes: ['violations'] })
  .then(function (results) {
    return results.violations.map(function (v) {
      return { id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
               nodes: v.nodes.map(function (n) {
                 return { target: n.target.join(' '), summary: n.failureSummary || '' };
               }) };
    });
  })
"""

OPEN_DETAILS = r"""
(function () {
  var mark = document.querySelector('[data-event-index]');
  var panel = document.getElementById('details');
  if (!mark || !panel) { return false; }
  mark.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  return !panel.hidden;
})()
"""


def find_axe(explicit=None):
    """The path of axe.min.js, or None."""
    for candidate in [explicit, os.environ.get("AXE_JS"), DEFAULT_AXE]:
        if candidate and os.path.isfile(candidate):
            return os.path.abspath(candidate)
    return None


def load_axe(path):
    with open(path, encoding="utf-8") as file:
        return file.read()


def run_axe(browser, source):
    """Injects axe-core into the current page (if not there yet) and returns its violations."""
    if not browser.evaluate("typeof window.axe === 'object'"):
        browser.send("Runtime.evaluate", {"expression": source, "returnByValue": True})
        if not browser.evaluate("typeof window.axe === 'object'"):
            raise BrowserError("axe-core did not load into the page")
    return browser.evaluate(RUN % str(TAGS).replace("'", '"'))


def describe(violations, limit=8):
    """Readable lines: one per violation and one per element it found (at most limit each)."""
    lines = []
    for v in violations:
        lines.append("axe %s (%s): %s  %s" % (v["id"], v.get("impact") or "?", v["help"], v.get("helpUrl", "")))
        for node in v["nodes"][:limit]:
            summary = " ".join(node["summary"].split())
            lines.append("    at %s: %s" % (node["target"], summary[:300]))
        if len(v["nodes"]) > limit:
            lines.append("    … and %d more elements" % (len(v["nodes"]) - limit))
    return lines


def check_file(browser, source, path):
    browser.open_page()
    try:
        browser.set_viewport(*VIEWPORT)
        browser.navigate("file://" + os.path.abspath(path))
        violations = run_axe(browser, source)
        # A report again with an event's details open (the panel is hidden at first).
        if browser.evaluate(OPEN_DETAILS):
            seen = {(v["id"], n["target"]) for v in violations for n in v["nodes"]}
            for v in run_axe(browser, source):
                v["nodes"] = [n for n in v["nodes"] if (v["id"], n["target"]) not in seen]
                if v["nodes"]:
                    v["help"] += " (details panel open)"
                    violations.append(v)
        return violations
    finally:
        browser.close_page()


BAD_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body><main>
<h1>Zelftest</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<input type="text" id="naamloos"><p style="color:#bbb;background:#fff">Te licht</p>
<a href="#x"></a></main></body></html>"""


def self_test(browser, source):
    """axe must find the planted faults: an image without alt, an unlabelled field, low contrast,
    an empty link."""
    directory = tempfile.mkdtemp(prefix="planreis-axe-selftest-")
    try:
        page = os.path.join(directory, "bad.html")
        with open(page, "w") as file:
            file.write(BAD_PAGE)
        found = {v["id"] for v in check_file(browser, source, page)}
        missing = {"image-alt", "label", "color-contrast", "link-name"} - found
        if missing:
            print("axe self-test FAILED; not detected: %s (found %s)" % (sorted(missing), sorted(found)))
            return 1
        print("axe self-test ok: found %s" % ", ".join(sorted(found)))
        return 0
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="Check HTML pages with axe-core (WCAG 2.1 AA) in headless Chromium.")
    parser.add_argument("paths", nargs="*", help="HTML files, or folders holding them")
    parser.add_argument("--axe", help="axe.min.js (default: $AXE_JS or .build/axe/…/axe.min.js)")
    parser.add_argument("--chromium", help="Chromium executable (default: chromium on PATH, or $CHROMIUM)")
    parser.add_argument("--self-test", action="store_true", help="check that planted faults are found")
    options = parser.parse_args()

    chromium = find_chromium(options.chromium)
    axe_path = find_axe(options.axe)
    if not chromium or not axe_path:
        print("error: %s" % ("no Chromium found" if not chromium else "no axe.min.js found; see .ci/workbench.sh"),
              file=sys.stderr)
        return 2
    source = load_axe(axe_path)
    files = []
    for path in options.paths:
        if os.path.isdir(path):
            files += sorted(os.path.join(path, n) for n in os.listdir(path) if n.endswith(".html"))
        else:
            files.append(path)
    if not files and not options.self_test:
        print("error: no HTML files given", file=sys.stderr)
        return 2

    browser = Browser(chromium)
    failures = 0
    started = time.monotonic()
    try:
        if options.self_test:
            return self_test(browser, source)
        for path in files:
            try:
                violations = check_file(browser, source, path)
                lines = describe(violations)
            except BrowserError as error:
                violations, lines = [None], [str(error)]
            if violations:
                failures += 1
                print("FAIL %s" % path)
                print("\n".join("  " + line for line in lines))
            else:
                print("ok   %s: no axe violations (WCAG 2.1 A/AA)" % path)
    finally:
        browser.close()
    print("%d of %d pages without axe violations in %.1f s" % (len(files) - failures, len(files), time.monotonic() - started))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
