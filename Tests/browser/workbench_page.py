"""Drives the workbench's pages the way a person does: fields found by their visible <label for>,
text typed with Input.insertText, buttons and links found by their visible text and clicked.
Every visited page is audited: axe-core (WCAG 2.1 AA), console errors, requests to anything but
the server, and a screenshot (standard library only)."""

import json
import os
import time
import urllib.parse

from axe import describe, run_axe
from cdp import BrowserError, page_problems

VIEWPORT = (1400, 1000)

# Finds the control a visible label names. The label's text is compared without what its
# children add after the name ("(verplicht)", a description): equal, or followed by a non-letter.
FIND_FIELD = r"""
(function (name, scope) {
  var root = scope ? document.querySelector(scope) : document;
  if (!root) { return null; }
  var labels = root.querySelectorAll('label[for]');
  for (var i = 0; i < labels.length; i++) {
    var text = labels[i].textContent.replace(/\s+/g, ' ').trim();
    if (text === name || (text.indexOf(name) === 0 && !/[\p{L}]/u.test(text.charAt(name.length)))) {
      return document.getElementById(labels[i].htmlFor);
    }
  }
  return null;
})
"""

FIND_CONTROL = r"""
(function (text, scope, kind) {
  var root = scope ? document.querySelector(scope) : document;
  if (!root) { return null; }
  var selector = kind === 'link' ? 'a[href]' : 'button, input[type=submit]';
  var all = root.querySelectorAll(selector);
  for (var i = 0; i < all.length; i++) {
    var shown = (all[i].value && all[i].tagName === 'INPUT' ? all[i].value : all[i].textContent).replace(/\s+/g, ' ').trim();
    if (shown === text) { return all[i]; }
  }
  return null;
})
"""


class StepFailure(Exception):
    pass


class WorkbenchPage:
    """One browser tab on the register, with the checks every page must pass."""

    def __init__(self, browser, server, axe_source, shots):
        self.browser, self.server, self.axe_source, self.shots = browser, server, axe_source, shots
        self.problems = []
        self.step = 0
        self.last_audit = "the start"

    def open(self, javascript=True):
        self.browser.open_page()
        self.browser.set_viewport(*VIEWPORT)
        self.javascript = javascript
        self.browser.send("Emulation.setScriptExecutionDisabled", {"value": not javascript})
        # A Dutch professional's browser (headless Chromium asks for en-US, which gets English).
        agent = self.browser.send("Browser.getVersion", session=False)["userAgent"]
        self.browser.send("Network.setUserAgentOverride", {"userAgent": agent, "acceptLanguage": "nl-NL,nl;q=0.9"})

    def close(self):
        self.browser.close_page()

    # Navigation

    def goto(self, path):
        self.browser.navigate(self.server.url(path))

    def path(self):
        return urllib.parse.urlsplit(self.browser.evaluate("location.href")).path

    def url(self):
        return self.browser.evaluate("location.href")

    def text(self, selector="body"):
        return self.browser.evaluate("(function(){var e=document.querySelector(%s);return e?e.innerText:null;})()"
                                     % json.dumps(selector))

    def value(self, expression):
        return self.browser.evaluate(expression)

    # Finding and using controls

    def _element(self, finder, *args):
        call = "%s(%s)" % (finder.strip(), ", ".join(json.dumps(a) for a in args))
        found = self.browser.send("Runtime.evaluate", {"expression": call})
        object_id = found.get("result", {}).get("objectId")
        return object_id

    def _call(self, object_id, function, *args):
        result = self.browser.send("Runtime.callFunctionOn", {
            "objectId": object_id, "functionDeclaration": function,
            "arguments": [{"value": a} for a in args], "returnByValue": True, "userGesture": True})
        if "exceptionDetails" in result:
            raise BrowserError("in the page: %s" % result["exceptionDetails"].get("text"))
        return result.get("result", {}).get("value")

    def field(self, label, scope=None):
        object_id = self._element(FIND_FIELD, label, scope)
        if not object_id:
            raise StepFailure("no field labelled %r (label[for] → id)%s on %s"
                              % (label, " in " + scope if scope else "", self.path()))
        return object_id

    def has_field(self, label, scope=None):
        return bool(self._element(FIND_FIELD, label, scope))

    def fill(self, label, text, scope=None):
        """Types text into the labelled field (replacing what it held); a <select> gets the option
        whose visible text is text (or starts with it and a bracket or a dash), or whose value is."""
        field = self.field(label, scope)
        tag = self._call(field, "function () { return this.tagName; }")
        if tag == "SELECT":
            chosen = self._call(field, """function (t) {
                for (var i = 0; i < this.options.length; i++) {
                  var o = this.options[i];
                  var shown = o.textContent.trim().toLowerCase(), want = t.toLowerCase();
                  if (shown === want || shown.indexOf(want + ' (') === 0 || shown.indexOf(want + ' — ') === 0 || o.value === t) {
                    this.focus(); this.selectedIndex = i;
                    this.dispatchEvent(new Event('input', {bubbles: true}));
                    this.dispatchEvent(new Event('change', {bubbles: true}));
                    return true; } }
                return false; }""", text)
            if not chosen:
                raise StepFailure("the field %r has no option %r" % (label, text))
            return
        self._call(field, "function () { this.focus(); if (this.select) { this.select(); } }")
        self.browser.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": "Delete", "code": "Delete",
                                                     "windowsVirtualKeyCode": 46})
        self.browser.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": "Delete", "code": "Delete",
                                                     "windowsVirtualKeyCode": 46})
        if text:
            self.browser.send("Input.insertText", {"text": text})
        typed = self._call(field, "function () { return this.value; }")
        if typed != text:
            raise StepFailure("typed %r into %r but the field holds %r" % (text, label, typed))

    KEYS = {"Tab": ("Tab", 9, ""), "Enter": ("Enter", 13, "\r")}

    def press(self, key, shift=False):
        """A real key press (keyDown, keyUp) as the keyboard gives it."""
        name, code, text = self.KEYS[key]
        down = {"type": "keyDown", "key": name, "code": name, "windowsVirtualKeyCode": code,
                "modifiers": 8 if shift else 0}
        if text:
            down["text"] = text
        self.browser.send("Input.dispatchKeyEvent", down)
        self.browser.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": name, "code": name,
                                                     "windowsVirtualKeyCode": code})

    def tab_to(self, label, limit=25):
        """Presses Tab until the labelled field has the focus; every stop on the way must show a
        visible focus (an outline or a box shadow). Returns the stops' descriptions."""
        target = self._call(self.field(label), "function () { return this.id; }")
        stops = []
        for _ in range(limit):
            self.press("Tab")
            stop = self.browser.evaluate("""(function () { var e = document.activeElement;
                var s = getComputedStyle(e); var visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                  || (s.boxShadow && s.boxShadow !== 'none');
                return { id: e.id, what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' +
                  (e.textContent || e.value || '').replace(/\s+/g, ' ').trim().slice(0, 30), visible: visible }; })()""")
            stops.append(stop["what"])
            if not stop["visible"]:
                raise StepFailure("keyboard focus on %s is not visible (no outline, no shadow)" % stop["what"])
            if stop["id"] == target:
                return stops
        raise StepFailure("%d presses of Tab did not reach %r (stops: %s)" % (limit, label, stops))

    def blur(self, label, scope=None):
        self._call(self.field(label, scope), "function () { this.blur(); }")

    def field_state(self, label, scope=None):
        """aria-invalid and the texts of the elements aria-describedby names."""
        return self._call(self.field(label, scope), """function () {
            var ids = (this.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
            return { invalid: this.getAttribute('aria-invalid'),
                     described: ids.map(function (id) { var e = document.getElementById(id);
                       return e ? e.textContent.replace(/\\s+/g, ' ').trim() : '(no element #' + id + ')'; }) }; }""")

    def click(self, text, scope=None, kind="button", timeout=30.0):
        """Clicks the button (or link) with this visible text; if that loads a page, waits for it.
        Returns True when a page was loaded, False when the page changed in place."""
        control = self._element(FIND_CONTROL, text, scope, kind)
        if not control:
            raise StepFailure("no %s %r%s on %s" % (kind, text, " in " + scope if scope else "", self.path()))
        self._call(control, "function () { window.__planreisClick = this; }")
        return self._click_and_settle("window.__planreisClick", timeout)

    def submit(self, label, scope=None, timeout=30.0):
        """Clicks the submit button of the form that holds the labelled field (as a person presses
        the form's button); returns True when a page was loaded, False when it saved in place."""
        button = self._call(self.field(label, scope), """function () {
            var b = this.form && this.form.querySelector('button[type=submit], button:not([type]), input[type=submit]');
            if (!b) { return null; }
            window.__planreisSubmit = b; return (b.value && b.tagName === 'INPUT' ? b.value : b.textContent).trim(); }""")
        if button is None:
            raise StepFailure("the field %r is in no form with a submit button" % label)
        return self._click_and_settle("window.__planreisSubmit", timeout)

    def events_before_load(self):
        """Forgets earlier load events, so that the next wait is for a page still to come."""
        self.browser.events = [e for e in self.browser.events
                               if e["method"] not in ("Page.loadEventFired", "Page.frameStartedLoading")]

    def _click_and_settle(self, expression, timeout):
        # A post that loads a page starts and stops loading the frame and navigates it; a save in
        # place (fetch, then history.replaceState) may start and stop loading but never navigates.
        settle = ("Page.loadEventFired", "Page.frameStartedLoading", "Page.frameStoppedLoading", "Page.frameNavigated")
        self.browser.events = [e for e in self.browser.events if e["method"] not in settle]
        self.browser.evaluate("(%s).click()" % expression)
        try:
            self.browser.wait_for("Page.frameStartedLoading", timeout=2.0)
        except BrowserError:
            return False
        self.browser.wait_for("Page.frameStoppedLoading", timeout=timeout)
        return any(e["method"] == "Page.frameNavigated" and not e["params"]["frame"].get("parentId")
                   for e in self.browser.events)

    def wait_until(self, expression, what, timeout=10.0):
        """Polls a page expression until it is truthy (a page saving in place needs a moment)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                if self.browser.evaluate(expression):
                    return
            except BrowserError:
                pass
            if time.monotonic() > deadline:
                raise StepFailure("waited %.0f s for %s on %s" % (timeout, what, self.path()))
            time.sleep(0.1)

    # The audit of every page

    def audit(self, name, allow_status=()):
        """axe-core at WCAG 2.1 AA, console and network since the last audit, and a screenshot."""
        self.step += 1
        label = "%02d-%s" % (self.step, name)
        self.last_audit = label
        try:
            # axe's promises need script execution: on a page loaded without JavaScript it is
            # switched on for axe only (the page's own scripts, never run, stay unrun).
            if not self.javascript:
                self.browser.send("Emulation.setScriptExecutionDisabled", {"value": False})
            violations = run_axe(self.browser, self.axe_source)
        except BrowserError as error:
            violations = []
            self.problems.append("%s: axe did not run: %s" % (label, error))
        finally:
            if not self.javascript:
                self.browser.send("Emulation.setScriptExecutionDisabled", {"value": True})
        self.problems += ["%s: %s" % (label, line) for line in describe(violations)]
        self.browser.drain(0.1)
        origin = self.server.origin + "/"
        allowed = lambda url: url.startswith(origin) or url.startswith("data:")
        for problem in page_problems(self.browser.events, allowed):
            if any(("status of %d" % status) in problem for status in allow_status):
                continue
            self.problems.append("%s: %s" % (label, problem))
        self.browser.events = []
        lang = self.browser.evaluate("document.documentElement.lang")
        if not lang:
            self.problems.append("%s: <html> has no lang" % label)
        self.browser.screenshot(os.path.join(self.shots, label + ".png"), VIEWPORT[0])
        return violations
