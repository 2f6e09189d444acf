#!/usr/bin/env python3
"""The workbench end to end in headless Chromium, on a real `planreis serve` (temporary SQLite).

Usage:
    python3 Tests/browser/workbench_e2e.py BIN [--axe axe.min.js] [--out DIR] [--keep]

A professional logs in, creates a case, types seven events into the labelled fields (dates as
professionals write them, one wrong date checked at the field live and once more without
JavaScript), argues an exception that resolves the obstacle, finds the timeline and the analysis
updated and everything still there after a reload, and exports CSV; two coordinators approve the
exception; a professional outside the team gets the not-found page. Every page visited passes
axe-core at WCAG 2.1 AA, has no console error and requests nothing but the server; a screenshot
of each step goes to DIR (default .build/ci/screenshots/workbench). Standard library only.
"""

import argparse
import os
import sys
import time

from axe import find_axe, load_axe
from cdp import Browser, BrowserError, find_chromium
from register_server import RegisterServer, ServerError
from workbench_page import StepFailure, WorkbenchPage
from workbench_flow import run
import workbench_steps as steps

PASSWORD = "een lang wachtwoord voor e2e"
USERS = [("pim", "professional"), ("coco", "coordinator"), ("cora", "coordinator"), ("olaf", "professional"),
         ("bea", "policy")]


def main():
    parser = argparse.ArgumentParser(description="End-to-end test of the workbench in headless Chromium.")
    parser.add_argument("binary", help="the planreis binary")
    parser.add_argument("--axe", help="axe.min.js (default: $AXE_JS or .build/axe/…/axe.min.js)")
    parser.add_argument("--chromium", help="Chromium executable")
    parser.add_argument("--out", default=os.path.join(".build", "ci", "screenshots", "workbench"))
    parser.add_argument("--keep", action="store_true", help="keep the temporary register and its log")
    options = parser.parse_args()

    chromium, axe_path = find_chromium(options.chromium), find_axe(options.axe)
    if not chromium or not axe_path:
        print("error: %s" % ("no Chromium found" if not chromium else "no axe.min.js; see .ci/workbench.sh"),
              file=sys.stderr)
        return 2
    os.makedirs(options.out, exist_ok=True)
    for old in os.listdir(options.out):
        if old.endswith(".png"):
            os.remove(os.path.join(options.out, old))

    started = time.monotonic()
    try:
        server = RegisterServer(options.binary, [(n, r, PASSWORD) for n, r in USERS], keep=options.keep)
    except ServerError as error:
        print("FAIL: %s" % error)
        return 1
    browser = Browser(chromium)
    page = WorkbenchPage(browser, server, load_axe(axe_path), options.out)
    failure = None
    try:
        run(page, options.binary, PASSWORD)
    except (StepFailure, BrowserError, AssertionError) as error:
        failure = "step %d (after %s): %s" % (page.step + 1, page.last_audit, error)
        try:
            page.browser.screenshot(os.path.join(options.out, "%02d-FAILED.png" % (page.step + 1)), 1400)
        except Exception:
            pass
    finally:
        browser.close()
        server.stop()

    for problem in page.problems:
        print("  - %s" % problem)
    if failure:
        print("FAIL %s" % failure)
        if options.keep:
            print("register and server log kept in %s" % server.data)
    elapsed = time.monotonic() - started
    if failure or page.problems:
        print("workbench e2e FAILED: %d pages audited, %d problems, %.1f s" % (page.step, len(page.problems), elapsed))
        return 1
    saves = steps.SEEN.get("save ms", [])
    if saves:
        print("saving an event in place (fetch to replaced page parts, as workbench.js measures it): %s ms"
              % ", ".join(map(str, saves)))
    print("workbench e2e ok: %d pages audited (axe WCAG 2.1 AA, console, network), screenshots in %s, %.1f s"
          % (page.step, options.out, elapsed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
