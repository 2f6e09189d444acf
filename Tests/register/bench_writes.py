#!/usr/bin/env python3
"""50 concurrent editors, each on its own case: PUT with If-Match in a loop for a fixed time.
Prints writes/s, p50/p99 latency and the number of failed writes (must be 0).

  bench_writes.py PORT USER PASSWORD [--editors 50] [--seconds 20]
"""
import argparse, http.client, json, threading, time

p = argparse.ArgumentParser()
p.add_argument("port", type=int); p.add_argument("user"); p.add_argument("password")
p.add_argument("--editors", type=int, default=50); p.add_argument("--seconds", type=float, default=20)
a = p.parse_args()


def body(title):
    return json.dumps({"format": "planreis", "version": 1, "journeys": [{
        "id": "bench", "title": title, "municipality": "Tilburg",
        "actors": [{"id": "hh", "name": "Huishouden", "group": "huishouden"}, {"id": "gem", "name": "Gemeente", "group": "gemeente"}],
        "events": [{"id": f"e{i}", "actor": "gem" if i % 2 else "hh", "kind": "interventie", "date": f"2024-{1 + i % 12:02d}-10",
                    "title": f"Stap {i}"} for i in range(20)]}]})


conn = http.client.HTTPConnection("127.0.0.1", a.port)
conn.request("POST", "/api/v1/session", json.dumps({"user": a.user, "password": a.password}), {"Content-Type": "application/json"})
r = conn.getresponse(); login = json.loads(r.read())
headers = {"Cookie": r.getheader("Set-Cookie").split(";")[0], "X-CSRF-Token": login["csrfToken"],
           "Origin": f"http://127.0.0.1:{a.port}", "Content-Type": "application/json"}
latencies, failures, lock = [], [], threading.Lock()
stop = time.time() + a.seconds


def editor(n):
    c = http.client.HTTPConnection("127.0.0.1", a.port, timeout=30)
    c.request("POST", "/api/v1/journeys", body(f"bench {n}"), headers); r = c.getresponse(); created = json.loads(r.read())
    cid, revision, mine, i = created["id"], created["revision"], [], 0
    while time.time() < stop:
        i += 1
        t = time.perf_counter()
        c.request("PUT", f"/api/v1/journeys/{cid}", body(f"bench {n} {i}"), dict(headers, **{"If-Match": f'"{revision}"'}))
        r = c.getresponse(); data = r.read()
        mine.append(time.perf_counter() - t)
        if r.status == 200: revision = json.loads(data)["revision"]
        else:
            with lock: failures.append((r.status, data[:200]))
    with lock: latencies.extend(mine)


threads = [threading.Thread(target=editor, args=(n,)) for n in range(a.editors)]
start = time.time()
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.time() - start
latencies.sort()
q = lambda f: latencies[min(len(latencies) - 1, int(f * len(latencies)))] * 1000
print(f"{a.editors} editors, {len(latencies)} writes in {elapsed:.1f} s: {len(latencies) / elapsed:.0f} writes/s, "
      f"p50 {q(0.5):.1f} ms, p99 {q(0.99):.1f} ms, failed {len(failures)}")
if failures: print(failures[:5])
