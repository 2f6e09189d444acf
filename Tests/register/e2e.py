#!/usr/bin/env python3
"""End-to-end checks of `planreis serve` over a real socket (loopback only, bounded).

  e2e.py BIN DATA_DIR [--database URL] [--second-port]   start, log in, create, read, SIGTERM
  crash: kill -9 during 200 concurrent writes, restart, every write that got a 2xx is there
  shared: two servers on one PostgreSQL see each other's writes (with --database)
"""
import argparse, http.client, json, os, signal, socket, subprocess, sys, threading, time

PASSWORD = "correct horse battery"


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close(); return port


class Server:
    def __init__(self, binary, data, database=None):
        self.binary, self.data, self.database, self.port, self.proc = binary, data, database, free_port(), None

    def args(self, *extra):
        a = [self.binary, *extra, "--data", self.data]
        if self.database: a += ["--database", self.database]
        return a

    def start(self):
        self.proc = subprocess.Popen(self.args("serve") + ["--port", str(self.port), "--log-level", "warning"],
                                     stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.data, f"server-{self.port}.log"), "ab"))
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if request(self.port, "GET", "/healthz")[0] == 200: return
            except OSError: pass
            if self.proc.poll() is not None: sys.exit(f"server exited with {self.proc.returncode}")
            time.sleep(0.2)
        sys.exit("server did not start in 60 s")

    def add_user(self, name, role):
        subprocess.run(self.args("users", "add", name, "--role", role, "--password-stdin"), input=PASSWORD + "\n",
                       text=True, check=True, stdout=subprocess.DEVNULL)


def request(port, method, path, body=None, headers=None, timeout=30):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    c.request(method, path, body=body, headers=headers or {})
    r = c.getresponse(); data = r.read(); c.close()
    return r.status, dict(r.getheaders()), data


class Client:
    def __init__(self, port, user):
        self.port = port
        status, headers, body = request(port, "POST", "/api/v1/session", json.dumps({"user": user, "password": PASSWORD}),
                                        {"Content-Type": "application/json"})
        assert status == 200, (status, body)
        self.cookie = headers["Set-Cookie"].split(";")[0]
        self.csrf = json.loads(body)["csrfToken"]

    def send(self, method, path, body=None, ctype="application/json", extra=None):
        h = {"Cookie": self.cookie, "X-CSRF-Token": self.csrf, "Origin": f"http://127.0.0.1:{self.port}"}
        if body is not None: h["Content-Type"] = ctype
        h.update(extra or {})
        return request(self.port, method, path, body, h)


def journey(title):
    return json.dumps({"format": "planreis", "version": 1, "journeys": [{
        "id": "crash", "title": title, "actors": [{"id": "hh", "name": "Huishouden", "group": "huishouden"}],
        "events": [{"id": "a1", "actor": "hh", "kind": "gebeurtenis", "date": "2024-01-10", "title": "Start"}]}]})


def basic(binary, data, database, sample):
    s = Server(binary, data, database); s.add_user("e2e-prof", "professional"); s.start()
    c = Client(s.port, "e2e-prof")
    status, headers, body = c.send("POST", "/api/v1/journeys", open(sample, "rb").read(), "application/xml")
    assert status == 201, (status, body)
    cid = json.loads(body)["id"]
    for path in ["", "/analysis", "/timeline.svg", "/report.html", "/export.xes", "/history"]:
        status, _, body = c.send("GET", f"/api/v1/journeys/{cid}{path}")
        assert status == 200, (path, status, body[:200])
    status, _, body = c.send("POST", "/api/v1/journeys", b"casus;datum\n", "text/csv")
    assert status == 422, status
    # SIGTERM: a graceful stop, exit code 0.
    s.proc.send_signal(signal.SIGTERM); code = s.proc.wait(30)
    assert code == 0, f"SIGTERM exit code {code}"
    print(f"e2e: serve, login, create, read, analysis, timeline, report, export, 422, SIGTERM ok ({'postgres' if database else 'sqlite'})")
    return cid


def crash(binary, data, database, writes=200):
    s = Server(binary, data, database); s.add_user("crash-prof", "professional"); s.start()
    c = Client(s.port, "crash-prof")
    acknowledged, lock, started = [], threading.Lock(), threading.Barrier(writes + 1)

    def write(i):
        started.wait()
        try:
            status, _, body = c.send("POST", "/api/v1/journeys", journey(f"crash {i}"))
            if 200 <= status < 300:
                with lock: acknowledged.append((json.loads(body)["id"], f"crash {i}"))
        except (OSError, http.client.HTTPException):
            pass  # the server died under it: no acknowledgement, no promise

    threads = [threading.Thread(target=write, args=(i,)) for i in range(writes)]
    for t in threads: t.start()
    started.wait()
    deadline = time.time() + 60
    while len(acknowledged) < writes // 4 and time.time() < deadline: time.sleep(0.005)
    s.proc.kill(); s.proc.wait()
    for t in threads: t.join(60)
    got = len(acknowledged)
    s.start()
    c = Client(s.port, "crash-prof")
    missing = []
    for cid, title in acknowledged:
        status, _, body = c.send("GET", f"/api/v1/journeys/{cid}")
        if status != 200 or title not in body.decode(): missing.append(cid)
    s.proc.send_signal(signal.SIGTERM); s.proc.wait(30)
    print(f"crash test ({'postgres' if database else 'sqlite'}): kill -9 during {writes} concurrent writes; "
          f"{got} acknowledged, {got - len(missing)} found after restart, {len(missing)} lost")
    assert got > 0 and not missing, missing


def shared(binary, data, database):
    a, b = Server(binary, data, database), Server(binary, data, database)
    a.add_user("shared-prof", "professional"); a.start(); b.start()
    ca, cb = Client(a.port, "shared-prof"), Client(b.port, "shared-prof")
    status, _, body = ca.send("POST", "/api/v1/journeys", journey("gedeeld"))
    cid = json.loads(body)["id"]
    status, headers, body = cb.send("GET", f"/api/v1/journeys/{cid}")
    assert status == 200 and b"gedeeld" in body, status
    status, _, _ = cb.send("PUT", f"/api/v1/journeys/{cid}", journey("via b"), extra={"If-Match": '"1"'})
    assert status == 200, status
    status, _, body = ca.send("PUT", f"/api/v1/journeys/{cid}", journey("stale via a"), extra={"If-Match": '"1"'})
    assert status == 412 and json.loads(body)["error"]["currentRevision"] == 2, (status, body)
    for s in (a, b): s.proc.send_signal(signal.SIGTERM); s.proc.wait(30)
    print("two servers on one PostgreSQL: each sees the other's writes; a stale write through the other gets 412")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("binary"); p.add_argument("data"); p.add_argument("--database"); p.add_argument("--sample", required=True)
    p.add_argument("--shared", action="store_true")
    a = p.parse_args()
    os.makedirs(a.data, exist_ok=True)
    basic(a.binary, a.data, a.database, a.sample)
    crash(a.binary, a.data, a.database)
    if a.shared: shared(a.binary, a.data, a.database)
