"""The DevTools pipe to a headless Chromium, shared by the browser checks (standard library only).

Chromium is started with --remote-debugging-pipe: messages are JSON separated by NUL on file
descriptors 3 (to the browser) and 4 (from it), so no websocket is needed. Runs as root in CI
(--no-sandbox).
"""

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

TIMEOUT = 30.0


class BrowserError(Exception):
    pass


class Browser:
    """A headless Chromium and one page session, spoken to over the DevTools pipe."""

    def __init__(self, executable):
        self.profile = tempfile.mkdtemp(prefix="planreis-chromium-")
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()

        def wire_pipes():
            # Move both ends out of the way first, then onto fds 3 and 4.
            a = os.dup(to_child_r)
            b = os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        args = [
            executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
            "--user-data-dir=" + self.profile, "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-default-apps", "--metrics-recording-only", "--mute-audio",
            "--hide-scrollbars", "--force-color-profile=srgb", "--font-render-hinting=none",
            "about:blank",
        ]
        self.process = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            preexec_fn=wire_pipes, close_fds=False)
        os.close(to_child_r)
        os.close(from_child_w)
        self.write_fd = to_child_w
        self.read_fd = from_child_r
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def close(self):
        try:
            self.send("Browser.close", session=False, wait=False)
        except Exception:
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self.write_fd, self.read_fd):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BrowserError("timed out waiting for Chromium")
            ready, _, _ = select.select([self.read_fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(self.read_fd, 1 << 20)
            if not chunk:
                stderr = self.process.stderr.read().decode("utf-8", "replace") if self.process.poll() is not None else ""
                raise BrowserError("Chromium closed the DevTools pipe. " + stderr[-2000:])
            self.buffer += chunk
        message, _, self.buffer = self.buffer.partition(b"\0")
        return json.loads(message)

    def send(self, method, params=None, session=True, wait=True, timeout=TIMEOUT):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        if not wait:
            return None
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise BrowserError("%s failed: %s" % (method, reply["error"].get("message")))
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        for index, event in enumerate(self.events):
            if event["method"] == method:
                return self.events.pop(index)
        while True:
            event = self._read_message(deadline)
            if event.get("method") == method:
                return event
            if "method" in event:
                self.events.append(event)

    def drain(self, seconds):
        deadline = time.monotonic() + seconds
        try:
            while True:
                event = self._read_message(deadline)
                if "method" in event:
                    self.events.append(event)
        except BrowserError as error:
            if "timed out" not in str(error):
                raise

    def open_page(self):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = self.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}, session=False)
        self.session = attached["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(domain + ".enable")
        self.target = target["targetId"]

    def set_viewport(self, width, height):
        self.send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def navigate(self, url, timeout=TIMEOUT):
        """Loads url in the page and waits for its load event."""
        return self.expect_load(lambda: self.send("Page.navigate", {"url": url}), timeout)

    def expect_load(self, action, timeout=TIMEOUT):
        """Runs action (a click, a submit, a navigation) and waits for the next page's load event."""
        self.events = [e for e in self.events if e["method"] != "Page.loadEventFired"]
        result = action()
        self.wait_for("Page.loadEventFired", timeout)
        return result

    def screenshot(self, path, width, max_height=16000):
        """Writes a PNG of the whole page (up to max_height CSS pixels) to path."""
        metrics = self.send("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics.get("contentSize")
        height = min(int(size["height"]) + 1, max_height)
        shot = self.send("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        with open(path, "wb") as file:
            file.write(base64.b64decode(shot["data"]))

    def close_page(self):
        self.send("Target.closeTarget", {"targetId": self.target}, session=False)
        self.session = None
        self.events = []

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": True, "userGesture": True})
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError("script in the check failed: " + str(text))
        return result["result"].get("value")


def page_problems(events, allowed_request):
    """Console errors and warnings, uncaught exceptions, browser log errors (CSP violations among
    them) and network requests for which allowed_request(url) is false, as readable lines."""
    problems = []
    for event in events:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text")
            problems.append("uncaught exception: %s" % text)
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert", "warning"):
            args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            problems.append("console.%s: %s" % (params.get("type"), args))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
            entry = params["entry"]
            problems.append("browser log %s: %s %s" % (entry.get("level"), entry.get("text"), entry.get("url", "")))
        elif method == "Network.requestWillBeSent":
            requested = params.get("request", {}).get("url", "")
            if not allowed_request(requested):
                problems.append("network request: %s" % requested)
    return problems


def find_chromium(explicit=None):
    """The Chromium to drive: explicit, $CHROMIUM, or chromium/chromium-browser/google-chrome on PATH."""
    for candidate in [explicit, os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"]:
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    return None
