#!/usr/bin/env python3
"""Checks that PM4Py reads an XES log exported by planreis with the expected number of traces
and events.

PM4Py counts every XES <event>; planreis writes a period (an event with an end) as two of them,
a `start` and a `complete`. So the expected event count is the number of planreis events plus
the number of periods.

Usage:
  pm4py_check.py LOG.xes --traces N --events M
  pm4py_check.py LOG.xes --from A.planreis.xml [B.planreis.xml ...]
      (expected counts computed from the planreis files the log was exported from:
       traces = journeys, events = events + events with an end)

Setup (CI runs this in a virtual environment; Debian needs python3-venv):
  python3 -m venv .build/venv && .build/venv/bin/pip install -q pm4py
  .build/venv/bin/python Tests/xes/pm4py_check.py out.xes --from Samples/*.planreis.xml
"""

import argparse
import sys
import xml.etree.ElementTree as ElementTree

PLANREIS = "{urn:planreis:1}"


def expected_from(paths):
    """Journeys, and events counted as XES events (a period counts twice), in planreis files."""
    traces = events = 0
    for path in paths:
        root = ElementTree.parse(path).getroot()
        for journey in root.iter(PLANREIS + "journey"):
            traces += 1
            for event in journey.iter(PLANREIS + "event"):
                events += 2 if event.get("end") else 1
    return traces, events


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("log", help="the .xes file planreis wrote")
    parser.add_argument("--traces", type=int, help="expected number of traces")
    parser.add_argument("--events", type=int, help="expected number of XES events (start and complete count apart)")
    parser.add_argument("--from", dest="sources", nargs="+", help="planreis XML files the log was exported from")
    args = parser.parse_args()
    if args.sources:
        traces, events = expected_from(args.sources)
    elif args.traces is not None and args.events is not None:
        traces, events = args.traces, args.events
    else:
        parser.error("give --traces and --events, or --from with the planreis files")

    import pm4py  # imported late: the usage message needs no PM4Py

    log = pm4py.read_xes(args.log, return_legacy_log_object=True)
    got_traces = len(log)
    got_events = sum(len(trace) for trace in log)
    ok = got_traces == traces and got_events == events
    print(f"{'ok' if ok else 'MISMATCH'}: pm4py read {got_traces} traces, {got_events} events "
          f"from {args.log}; expected {traces} traces, {events} events")
    if ok:
        # Every event PM4Py sees has the keys process-mining tools rely on.
        for trace in log:
            for event in trace:
                for key in ("concept:name", "time:timestamp", "org:resource", "lifecycle:transition"):
                    if key not in event:
                        print(f"MISSING {key} in an event of trace {trace.attributes.get('concept:name')}")
                        return 1
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
