#!/usr/bin/env python3
"""Checks planreis HTML reports in a real browser (headless Chromium over the DevTools protocol).

Usage:
    python3 Tests/browser/check.py [--out DIR] [--chromium PATH] REPORT.html|DIR ...
    python3 Tests/browser/check.py --self-test

For every page it asserts:
  * the number of event marks ([data-event-index]) equals the number of events in the embedded
    JSON (#planreis-data), each index exactly once;
  * no two text boxes of the timeline (every <text> in the SVG, by getBoundingClientRect) intersect;
  * clicking and focusing every event mark opens the details panel with that event's title;
  * the lane filter, zoom buttons and Escape run without errors;
  * in print media on an A3 landscape page the whole timeline fits on the first page;
  * the page's own words read left to right: no direction override spills out of user text;
  * no console error, no uncaught exception, no browser log error (CSP violations included);
  * no network request other than the page's own file:// URL or data: URLs;
and writes a full-page PNG screenshot to DIR (default .build-browser/).

Standard library only; the DevTools pipe to Chromium is in cdp.py. Accessibility (axe-core) is
checked by axe.py.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time

from cdp import Browser, BrowserError, find_chromium, page_problems

VIEWPORT = (1800, 1100)
# A3 landscape minus 10 mm margins, in CSS pixels (96 per inch).
PRINT_PAGE = (round(400 / 25.4 * 96), round(277 / 25.4 * 96))


# Runs in the page; returns what the checks need. Plain ES5 so that any Chromium runs it.
PAGE_CHECKS = r"""
(function () {
  var out = { problems: [] };
  var csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  if (!csp || csp.content.indexOf("default-src 'none'") < 0) { out.problems.push("no Content-Security-Policy with default-src 'none'"); }
  var dataNode = document.getElementById('planreis-data');
  if (!dataNode) { out.problems.push('no #planreis-data JSON block'); return out; }
  var data = JSON.parse(dataNode.textContent);
  var marks = document.querySelectorAll('[data-event-index]');
  out.events = data.events.length;
  out.marks = marks.length;
  var seen = {};
  Array.prototype.forEach.call(marks, function (m) {
    var i = m.getAttribute('data-event-index');
    if (seen[i]) { out.problems.push('event index ' + i + ' has more than one mark'); }
    seen[i] = true;
    if (!(Number(i) >= 0 && Number(i) < data.events.length)) { out.problems.push('mark with unknown event index ' + i); }
  });
  if (marks.length !== data.events.length) {
    out.problems.push(marks.length + ' event marks in the DOM but ' + data.events.length + ' events in the data');
  }

  // Text boxes: a sweep over boxes sorted by their left edge.
  var boxes = [];
  Array.prototype.forEach.call(document.querySelectorAll('.timeline-figure svg text'), function (t) {
    var r = t.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) { boxes.push({ l: r.left, r: r.right, t: r.top, b: r.bottom, s: t.textContent }); }
  });
  out.labels = boxes.length;
  boxes.sort(function (a, b) { return a.l - b.l; });
  var overlaps = [];
  var tolerance = 0.5;
  for (var i = 0; i < boxes.length && overlaps.length < 20; i++) {
    for (var j = i + 1; j < boxes.length && boxes[j].l < boxes[i].r - tolerance; j++) {
      var a = boxes[i], b = boxes[j];
      if (a.t < b.b - tolerance && b.t < a.b - tolerance && a.l < b.r - tolerance) {
        overlaps.push('"' + a.s.slice(0, 40) + '" and "' + b.s.slice(0, 40) + '"');
      }
    }
  }
  out.overlaps = overlaps.length;
  overlaps.forEach(function (o) { out.problems.push('labels overlap: ' + o); });

  // Direction: the page's own words read left to right. User text is in a <bdi> (HTML) or
  // between U+2066-2068 and U+2069 (SVG) and may read either way; an override that spills out of
  // it reverses the words after it. The first two letters of each word are compared.
  function letterBox(node, offset) {
    var range = document.createRange();
    range.setStart(node, offset); range.setEnd(node, offset + 1);
    return range.getBoundingClientRect();
  }
  var letter = /[A-Za-z]/, pairs = 0, reversed = 0;
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (var node = walker.nextNode(); node && pairs < 20000 && reversed < 10; node = walker.nextNode()) {
    if (!node.parentNode.closest || node.parentNode.closest('script, style, bdi, title, desc')) { continue; }
    var s = node.data, depth = 0;
    for (var k = 0; k + 1 < s.length; k++) {
      var c = s.charCodeAt(k);
      if (c >= 0x2066 && c <= 0x2068) { depth++; continue; }
      if (c === 0x2069) { depth = Math.max(0, depth - 1); continue; }
      if (depth > 0 || !letter.test(s[k]) || !letter.test(s[k + 1]) || (k > 0 && letter.test(s[k - 1]))) { continue; }
      var first = letterBox(node, k), second = letterBox(node, k + 1);
      pairs++;
      if (first.width > 0 && second.width > 0 && Math.abs(first.top - second.top) < 2 && second.left < first.left - 0.5) {
        reversed++;
        out.problems.push('text reads right to left (a direction override spilled out of user text): "'
          + s.slice(Math.max(0, k - 20), k + 20) + '"');
        break;
      }
    }
  }
  out.directionPairs = pairs;

  // Details on click and on focus, for every mark.
  var panel = document.getElementById('details');
  var title = panel ? panel.querySelector('.details-title') : null;
  if (!panel || !title) { out.problems.push('no details panel (#details .details-title)'); return out; }
  var clicked = 0, focused = 0;
  Array.prototype.forEach.call(marks, function (m) {
    var index = Number(m.getAttribute('data-event-index'));
    var expected = data.events[index] ? data.events[index].title : '';
    panel.hidden = true; title.textContent = '';
    m.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    if (!panel.hidden && title.textContent === expected) { clicked++; }
    else if (out.problems.length < 40) { out.problems.push('click on event ' + index + ' did not show its details'); }
    panel.hidden = true; title.textContent = ''; m.blur();
    m.focus();
    if (!panel.hidden && title.textContent === expected) { focused++; }
    else if (out.problems.length < 40) { out.problems.push('focus on event ' + index + ' did not show its details'); }
    if (m.getAttribute('tabindex') !== '0') { out.problems.push('event ' + index + ' is not focusable (tabindex=0)'); }
    if (!m.getAttribute('aria-label')) { out.problems.push('event ' + index + ' has no aria-label'); }
  });
  out.clicked = clicked; out.focused = focused;
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  if (!panel.hidden) { out.problems.push('Escape did not close the details panel'); }

  // Lane filter: hide the first lane, then show everything again.
  var laneBox = document.querySelector('input[data-lane]');
  if (laneBox) {
    var svg = document.querySelector('.timeline-figure svg');
    var before = svg.getAttribute('height');
    laneBox.click();
    var hidden = svg.querySelectorAll('.pr-lane.is-hidden').length;
    if (hidden !== 1) { out.problems.push('hiding one lane hid ' + hidden + ' lanes'); }
    if (Number(svg.getAttribute('height')) >= Number(before)) { out.problems.push('hiding a lane did not make the timeline shorter'); }
    laneBox.click();
    if (svg.getAttribute('height') !== before) { out.problems.push('showing the lane again did not restore the height'); }
    out.filter = true;
  } else {
    out.problems.push('no lane filter checkboxes (input[data-lane])');
  }
  ['in', 'in', 'out', 'reset'].forEach(function (action) {
    var button = document.querySelector('[data-zoom="' + action + '"]');
    if (button) { button.click(); } else { out.problems.push('no zoom button ' + action); }
  });
  return out;
})()
"""

PRINT_CHECKS = r"""
(function () {
  var section = document.querySelector('section.timeline');
  var svg = document.querySelector('.timeline-figure svg');
  var s = section.getBoundingClientRect(), r = svg.getBoundingClientRect();
  var box = svg.viewBox.baseVal;
  return { top: s.top + window.scrollY, bottom: s.bottom + window.scrollY, width: r.width, height: r.height,
           ratio: box.width / box.height };
})()
"""


# Legibility: no label of the timeline on a period bar (.pr-bar) or a lane line (.pr-lane line);
# with texts=True also no two text boxes on each other. Labels inside a band segment (phases,
# safety codes) sit on their own coloured segment by design and are left out.
LEGIBILITY_CHECKS = r"""
(function (texts) {
  var svg = document.querySelector('.timeline-figure svg') || document.querySelector('svg.planreis-timeline');
  if (!svg) { return ['no timeline SVG']; }
  function box(node) { var r = node.getBoundingClientRect(); return { l: r.left, r: r.right, t: r.top, b: r.bottom }; }
  var labels = [];
  Array.prototype.forEach.call(svg.querySelectorAll('text'), function (t) {
    if (t.closest('.pr-k-phase, .pr-k-safety')) { return; }
    var b = box(t);
    if (b.r - b.l > 0 && b.b - b.t > 0) { b.s = t.textContent; labels.push(b); }
  });
  var obstacles = [];
  Array.prototype.forEach.call(svg.querySelectorAll('.pr-bar'), function (n) { var b = box(n); b.s = 'period bar'; obstacles.push(b); });
  Array.prototype.forEach.call(svg.querySelectorAll('.pr-lane line'), function (n) { var b = box(n); b.s = 'lane line'; obstacles.push(b); });
  var tolerance = 0.5, problems = [];
  function sweep(a, b, same, what) {
    var items = a.map(function (x) { return [x, 0]; }).concat(same ? [] : b.map(function (x) { return [x, 1]; }));
    items.sort(function (p, q) { return p[0].l - q[0].l; });
    var open = [];
    items.forEach(function (item) {
      var x = item[0];
      open = open.filter(function (o) { return o[0].r > x.l + tolerance; });
      open.forEach(function (o) {
        if ((same || o[1] !== item[1]) && o[0].t < x.b - tolerance && x.t < o[0].b - tolerance && problems.length < 20) {
          var text = item[1] === 0 ? x : o[0], other = item[1] === 0 ? o[0] : x;
          problems.push(what + ': "' + text.s.slice(0, 40) + '" and ' + (same ? '"' + other.s.slice(0, 40) + '"' : 'a ' + other.s));
        }
      });
      open.push(item);
    });
  }
  // A lane line is a box of no height: it meets a text box when it lies strictly inside it.
  obstacles.forEach(function (o) { if (o.b - o.t < 2 * tolerance) { o.t -= tolerance + 0.01; o.b += tolerance + 0.01; } });
  sweep(labels, obstacles, false, 'label on a bar or lane line');
  if (texts) { sweep(labels, [], true, 'labels overlap'); }
  return problems;
})(%s)
"""


def legibility_problems(browser, texts=False):
    """Labels on period bars or lane lines (and, with texts, on each other) in the open page."""
    return browser.evaluate(LEGIBILITY_CHECKS % ("true" if texts else "false"))


def check_page(browser, path, out_dir):
    problems = []
    url = "file://" + os.path.abspath(path)
    browser.open_page()
    try:
        browser.send("Emulation.setDeviceMetricsOverride", {
            "width": VIEWPORT[0], "height": VIEWPORT[1], "deviceScaleFactor": 1, "mobile": False})
        browser.send("Page.navigate", {"url": url})
        browser.wait_for("Page.loadEventFired")
        result = browser.evaluate(PAGE_CHECKS)
        problems += result.get("problems", [])
        problems += legibility_problems(browser)

        browser.send("Emulation.setEmulatedMedia", {"media": "print"})
        browser.send("Emulation.setDeviceMetricsOverride", {
            "width": PRINT_PAGE[0], "height": PRINT_PAGE[1], "deviceScaleFactor": 1, "mobile": False})
        printed = browser.evaluate(PRINT_CHECKS)
        if printed["bottom"] > PRINT_PAGE[1] + 1:
            problems.append("print: the timeline section ends %.0f px down, past the first A3 page (%d px)"
                            % (printed["bottom"], PRINT_PAGE[1]))
        if printed["width"] > PRINT_PAGE[0] + 1:
            problems.append("print: the timeline is %.0f px wide, wider than A3 landscape (%d px)" % (printed["width"], PRINT_PAGE[0]))
        if printed["height"] > 0 and abs(printed["width"] / printed["height"] - printed["ratio"]) > 0.02 * printed["ratio"]:
            problems.append("print: the timeline is distorted (aspect %.3f, viewBox %.3f)"
                            % (printed["width"] / printed["height"], printed["ratio"]))
        browser.send("Emulation.setEmulatedMedia", {"media": ""})
        browser.send("Emulation.setDeviceMetricsOverride", {
            "width": VIEWPORT[0], "height": VIEWPORT[1], "deviceScaleFactor": 1, "mobile": False})

        name = os.path.splitext(os.path.basename(path))[0] + ".png"
        browser.screenshot(os.path.join(out_dir, name), VIEWPORT[0])

        browser.drain(0.2)
        problems += page_problems(browser.events, lambda requested: requested == url or requested.startswith("data:"))
        summary = "%d events, %d marks, %d text boxes, %d/%d details on click/focus, %d words left to right" % (
            result.get("events", 0), result.get("marks", 0), result.get("labels", 0),
            result.get("clicked", 0), result.get("focused", 0), result.get("directionPairs", 0))
        return problems, summary, name
    finally:
        browser.close_page()


def collect(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            files += sorted(os.path.join(path, n) for n in os.listdir(path) if n.endswith(".html"))
        else:
            files.append(path)
    return files


BAD_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<figure class="timeline-figure"><svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100">
<text x="10" y="20" font-size="12">Overlapping one</text><text x="20" y="22" font-size="12">Overlapping two</text>
<rect class="pr-bar" x="5" y="14" width="200" height="5"/>
<g data-event-index="0"><circle cx="50" cy="50" r="5"/></g></svg></figure>
<section class="timeline"></section>
<p>Melding <bdi>\u2069\u202egnp.exe</bdi> ontvangen</p>
<img src="http://127.0.0.1:9/x.png" alt="">
<script type="application/json" id="planreis-data">{"events":[{"title":"a"},{"title":"b"}]}</script>
<script>console.error("deliberate error"); undefinedFunction();</script>
</body></html>"""


def self_test(chromium):
    """The checks must catch what they claim to catch."""
    directory = tempfile.mkdtemp(prefix="planreis-selftest-")
    try:
        page = os.path.join(directory, "bad.html")
        with open(page, "w") as file:
            file.write(BAD_PAGE)
        browser = Browser(chromium)
        try:
            problems, _, _ = check_page(browser, page, directory)
        finally:
            browser.close()
        text = "\n".join(problems)
        expected = ["1 event marks in the DOM but 2 events", "labels overlap", "console.error", "uncaught exception",
                    "network request: http://127.0.0.1:9/x.png", "no details panel", "Content-Security-Policy",
                    "text reads right to left", "label on a bar or lane line"]
        missing = [e for e in expected if e not in text and not (e == "no details panel" and "details" in text)]
        if missing:
            print("self-test FAILED; not detected: %s\nreported:\n%s" % (missing, text))
            return 1
        print("self-test ok: every planted problem was reported (%d problems)" % len(problems))
        return 0
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="Check planreis HTML reports in headless Chromium.")
    parser.add_argument("paths", nargs="*", help="HTML files, or folders holding them")
    parser.add_argument("--out", default=".build-browser", help="folder for screenshots (default .build-browser)")
    parser.add_argument("--chromium", help="Chromium executable (default: chromium on PATH, or $CHROMIUM)")
    parser.add_argument("--self-test", action="store_true", help="check that planted problems are detected")
    options = parser.parse_args()

    chromium = find_chromium(options.chromium)
    if not chromium:
        print("error: no Chromium found; install chromium or pass --chromium PATH", file=sys.stderr)
        return 2
    if options.self_test:
        return self_test(chromium)
    files = collect(options.paths)
    if not files:
        print("error: no HTML files given; pass report files or a folder holding them", file=sys.stderr)
        return 2

    failures = 0
    started = time.monotonic()
    browser = Browser(chromium)
    try:
        for path in files:
            try:
                problems, summary, shot = check_page(browser, path, options.out)
            except BrowserError as error:
                problems, summary, shot = [str(error)], "", None
            if problems:
                failures += 1
                print("FAIL %s" % path)
                for problem in problems:
                    print("  - %s" % problem)
            else:
                print("ok   %s: %s; screenshot %s" % (path, summary, os.path.join(options.out, shot)))
    finally:
        browser.close()
    print("%d of %d pages passed in %.1f s" % (len(files) - failures, len(files), time.monotonic() - started))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
