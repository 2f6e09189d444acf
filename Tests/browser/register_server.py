"""A throwaway `planreis serve` for the browser tests: a temporary SQLite register on a free
loopback port, with users created through `planreis users add` (standard library only)."""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request


class ServerError(Exception):
    pass


class RegisterServer:
    """Starts `BIN serve --data DIR --port P` once its users exist; stop() ends it by its pid."""

    def __init__(self, binary, users, keep=False):
        self.binary = os.path.abspath(binary)
        self.data = tempfile.mkdtemp(prefix="planreis-e2e-register-")
        self.keep = keep
        self.process = None
        for name, role, password in users:
            added = subprocess.run([self.binary, "users", "add", name, "--role", role, "--password-stdin",
                                    "--data", self.data], input=password + "\n", text=True, capture_output=True)
            if added.returncode != 0:
                raise ServerError("users add %s failed: %s" % (name, added.stderr.strip()))
        self.port = free_port()
        self.origin = "http://127.0.0.1:%d" % self.port
        self.log = open(os.path.join(self.data, "serve.log"), "w")
        self.process = subprocess.Popen([self.binary, "serve", "--data", self.data, "--host", "127.0.0.1",
                                         "--port", str(self.port)], stdout=self.log, stderr=subprocess.STDOUT)
        self._wait_healthy()

    def _wait_healthy(self, timeout=60.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerError("planreis serve stopped at start-up:\n" + self.log_tail())
            try:
                with urllib.request.urlopen(self.origin + "/healthz", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.2)
        raise ServerError("planreis serve did not answer /healthz within %.0f s" % timeout)

    def url(self, path):
        return self.origin + path

    def log_tail(self, lines=30):
        self.log.flush()
        with open(os.path.join(self.data, "serve.log"), errors="replace") as file:
            return "".join(file.readlines()[-lines:])

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        if not self.keep:
            shutil.rmtree(self.data, ignore_errors=True)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
