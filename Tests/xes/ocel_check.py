#!/usr/bin/env python3
"""Checks that PM4Py reads planreis's OCEL 2.0 export of a journey file with the numbers of
events, objects, event-to-object relations and object-to-object relations that the journey
file itself implies. The expected numbers are computed here, independently of planreis, from
the planreis XML (the rules of docs/process-mining.md):

  events    every <event>
  objects   per journey: the household, each <member>, each <actor>, and each event of kind
            aanvraag, besluit, obstakel or uitzondering (its request, decision, obstacle or
            exception object; events sharing an id share one object)
  relations per event, distinct (object, qualifier) pairs: its household; its lane when the
            lane is declared; its own object (creates); each link to an event of an object
            kind, qualified by the link's element name; a handover's receiving lane
  o2o       household -> each member and each lane; an object event's links to object events

The file must hold exactly these (read as plain JSON). PM4Py drops objects that no event
relates to, with their object relations: the household members (the journey names no event
of a member), and any lane without events. So PM4Py must read the same numbers less those.

Usage:
  ocel_check.py --planreis BIN --work DIR FILE.planreis.xml ...
"""

import argparse
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

P = "{urn:planreis:1}"
OBJECT_KINDS = {"aanvraag": "request", "besluit": "decision", "obstakel": "obstacle", "uitzondering": "exception"}
LINKS = ("resolves", "answers", "delivers", "relates")


def expected(path):
    events = objects = relations = o2o = untouched = 0
    root = ElementTree.parse(path).getroot()
    for journey in root.iter(P + "journey"):
        members = len(journey.findall(f".//{P}member"))
        actors = {a.get("id") for a in journey.iter(P + "actor")}
        evs = list(journey.iter(P + "event"))
        object_ids = {}
        for i, e in enumerate(evs):
            kind = e.get("kind")
            if kind in OBJECT_KINDS:
                key = e.get("id") or f"#{i}"
                object_ids.setdefault(key, OBJECT_KINDS[kind])
        objects += 1 + members + len(actors) + len(object_ids)
        # PM4Py drops objects no event touches: the members, and any lane no event is on or
        # handed over to.
        touched_actors = {e.get("actor") for e in evs} | {e.get("to") for e in evs if e.get("kind") == "overdracht"}
        untouched += members + len(actors - touched_actors)
        o2o += members + len(actors)
        events += len(evs)
        seen_object_links = set()
        for i, e in enumerate(evs):
            pairs = {("household", "household")}
            if e.get("actor") in actors:
                pairs.add((e.get("actor"), "actor"))
            own = None
            if e.get("kind") in OBJECT_KINDS:
                own = e.get("id") or f"#{i}"
                pairs.add((own, "creates"))
            for link in LINKS:
                for ref in e.findall(P + link):
                    target = ref.get("ref")
                    if target in object_ids:
                        pairs.add((target, link))
                        if own is not None and (own, target, link) not in seen_object_links:
                            seen_object_links.add((own, target, link))
            if e.get("kind") == "overdracht" and e.get("to") in actors:
                pairs.add((e.get("to"), "handover-to"))
            relations += len(pairs)
        o2o += len(seen_object_links)
    return (events, objects, relations, o2o), untouched


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--planreis", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    import pm4py

    os.makedirs(args.work, exist_ok=True)
    ok = True
    for path in args.files:
        name = os.path.basename(path).replace(".planreis.xml", "")
        for extension in (".ocel.json", ".jsonocel"):
            out = os.path.join(args.work, name + extension)
            subprocess.run([args.planreis, "convert", path, "-o", out], check=True, capture_output=True)
            want, untouched = expected(path)
            with open(out, encoding="utf-8") as f:
                document = json.load(f)
            in_file = (len(document["events"]), len(document["objects"]),
                       sum(len(e["relationships"]) for e in document["events"]),
                       sum(len(o["relationships"]) for o in document["objects"]))
            ocel = pm4py.read_ocel2_json(out)
            got = (len(ocel.events), len(ocel.objects), len(ocel.relations), len(ocel.o2o))
            want_pm4py = (want[0], want[1] - untouched, want[2], want[3] - untouched)
            good = in_file == want and got == want_pm4py
            ok &= good
            print(f"{'ok' if good else 'MISMATCH'}: {out}: file holds {in_file}, pm4py read {got[0]} events, "
                  f"{got[1]} objects, {got[2]} relations, {got[3]} object relations; expected {want} "
                  f"and, without the {untouched} objects no event touches, {want_pm4py}")
        types = set(ocel.objects["ocel:type"])
        if not types <= {"household", "member", "actor", "request", "decision", "obstacle", "exception"}:
            print(f"MISMATCH: unexpected object types {types}")
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
