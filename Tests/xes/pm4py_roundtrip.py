#!/usr/bin/env python3
"""Checks that XES logs come back from planreis unchanged, as PM4Py sees them.

For every log given (and for a generated log with every XES attribute type, written to the
work folder), converts it with planreis to XES directly and through each planreis format
(planreis XML, JSON, CSV), and compares what PM4Py reads:
  - the dataframe (pm4py.read_xes): same columns (as a set; XES gives attribute order no
    meaning), same dtypes, same values row by row (NaN equal to NaN);
  - the log object (return_legacy_log_object=True): extensions, classifiers and globals
    (omni_present) equal;
  - the log header as XML (ElementTree, independent of PM4Py): the attributes of <log>, and
    every extension, global, classifier and log-level attribute with its type, key, value and
    nested attributes, each group in order (how the groups interleave has no meaning). (PM4Py's own reading of deeply nested log attributes depends
    on where its parser's read buffer happens to split the file, so two files with the same
    attributes but other indentation can differ there; its log.attributes is not compared.)

Usage:
  pm4py_roundtrip.py --planreis BIN --work DIR LOG.xes[.gz] ...
"""

import argparse
import gzip
import math
import os
import subprocess
import sys

VIA = ["xes", "planreis.xml", "json", "csv"]


def generated_log(path):
    """A small log with every attribute type at trace and event level, nested lists and
    containers, lifecycle values in several spellings, events without resource or transition,
    start/complete pairs, and a PM4Py interval event."""
    ev = []

    def event(name, ts, extra="", resource=True, transition=None):
        parts = [f'<string key="concept:name" value="{name}"/>']
        if resource:
            parts.append('<string key="org:resource" value="Ann"/>')
        if transition is not None:
            parts.append(f'<string key="lifecycle:transition" value="{transition}"/>')
        parts.append(f'<date key="time:timestamp" value="{ts}"/>')
        return "<event>" + "".join(parts) + extra + "</event>"

    typed = ('<int key="points" value="-3"/><float key="amount" value="36.5"/>'
             '<boolean key="paid" value="true"/><id key="uid" value="a7f0c8e2-1"/>'
             '<date key="due" value="2021-03-04T05:06:07.123+01:00"/><string key="note" value="a &amp; &lt;b&gt; &quot;c&quot;"/>'
             '<list key="items"><values><string key="item" value="x"/><int key="item" value="2"/></values></list>'
             '<container key="box"><string key="colour" value="red"/><float key="size" value="1.5"/></container>'
             '<string key="meta" value="top"><int key="inner" value="1"/></string>')
    ev.append(event("register", "2021-01-04T09:00:00.000+01:00", typed, transition="SCHEDULE"))
    ev.append(event("register", "2021-01-04T09:30:00+01:00", '<string key="org:group" value="Front office"/>', transition="START"))
    ev.append(event("register", "2021-01-04T10:00:00.000Z", '<int key="points" value="4"/>', transition="COMPLETE"))
    ev.append(event("check", "2021-01-05T11:00:00.000+01:00", resource=False, transition="ate_abort"))
    ev.append(event("check", "2021-01-06T11:00:00.000+01:00", resource=False))
    ev.append(event("pay", "2021-01-07T12:00:00.000+01:00",
                    '<date key="start_timestamp" value="2021-01-07T11:00:00.000+01:00"/><float key="cost:total" value="12.5"/>'
                    '<string key="cost:currency" value="USD"/>', transition="complete"))
    ev.append(event("close", "2021-01-08T12:00:00.000+01:00", '<string key="points" value="many"/>', transition="Complete"))
    trace1 = ('<trace><string key="concept:name" value="case 1"/><date key="opened" value="2020-12-31T23:59:59.999+01:00"/>'
              '<int key="priority" value="2"/><boolean key="urgent" value="false"/><float key="budget" value="1e3"/>'
              + "".join(ev) + "</trace>")
    trace2 = ('<trace><string key="concept:name" value="case 2"/><int key="priority" value="5"/>'
              + event("register", "2021-02-01T08:00:00.000+01:00", '<int key="points" value="1"/>')
              + "</trace>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<log xes.version="1849.2016" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">'
            '<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>'
            '<extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>'
            '<global scope="event"><string key="concept:name" value="__INVALID__"/><date key="time:timestamp" value="1970-01-01T00:00:00Z"/></global>'
            '<classifier name="Activity" keys="concept:name lifecycle:transition"/>'
            '<string key="creator" value="planreis CI"/><int key="size" value="2"><string key="unit" value="traces"/></int>'
            + trace1 + trace2 + "</log>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode not in (0, 1):  # 1: warnings/problems reported, output written
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed: {' '.join(cmd)}")


def same_value(a, b):
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    try:
        import pandas as pd
        if pd.isna(a) is True and pd.isna(b) is True:
            return True
    except (TypeError, ValueError):
        pass
    return a == b


def header(path):
    """The log element's attributes and its children other than traces, as nested tuples."""
    import xml.etree.ElementTree as ElementTree

    def local(tag):
        return tag.rsplit("}", 1)[-1]

    def item(element):
        return (local(element.tag), sorted(element.attrib.items()), [item(child) for child in element])

    for event, element in ElementTree.iterparse(path, events=("start",)):
        root = element
        break
    items = [("log", sorted(root.attrib.items()))]
    for event, element in ElementTree.iterparse(path, events=("end",)):
        if element.tag == root.tag:
            break
    # Extensions, globals, classifiers and log attributes each in their order; how the four
    # groups interleave has no meaning in XES (planreis writes them in this order).
    groups = {"extension": 0, "global": 1, "classifier": 2}
    children = [item(child) for child in element if local(child.tag) != "trace"]
    return items + sorted(children, key=lambda entry: groups.get(entry[0], 3))


def compare(original, copy, label):
    import pm4py
    problems = []
    a, b = pm4py.read_xes(original), pm4py.read_xes(copy)
    if set(a.columns) != set(b.columns):
        problems.append(f"columns differ: only in original {sorted(set(a.columns) - set(b.columns))}, "
                        f"only in copy {sorted(set(b.columns) - set(a.columns))}")
    elif len(a) != len(b):
        problems.append(f"rows differ: {len(a)} against {len(b)}")
    else:
        b = b[list(a.columns)]
        for column in a.columns:
            if a[column].dtype != b[column].dtype:
                problems.append(f"dtype of {column}: {a[column].dtype} against {b[column].dtype}")
            for row, (x, y) in enumerate(zip(a[column].tolist(), b[column].tolist())):
                if not same_value(x, y):
                    problems.append(f"{column} row {row}: {x!r} against {y!r}")
                    break
    la = pm4py.read_xes(original, return_legacy_log_object=True)
    lb = pm4py.read_xes(copy, return_legacy_log_object=True)
    for part in ("extensions", "classifiers", "omni_present"):
        if getattr(la, part) != getattr(lb, part):
            problems.append(f"log {part} differ: {str(getattr(la, part))[:200]} against {str(getattr(lb, part))[:200]}")
    ha, hb = header(original), header(copy)
    if ha != hb:
        first = next((i for i, (x, y) in enumerate(zip(ha, hb)) if x != y), min(len(ha), len(hb)))
        problems.append(f"log header differs at item {first}: {str(ha[first:first + 1])[:200]} "
                        f"against {str(hb[first:first + 1])[:200]}")
    status = "ok" if not problems else "DIFFERENT"
    print(f"{status}: {label}: {len(a)} events, {len(a.columns)} columns")
    for p in problems[:10]:
        print("   ", p)
    return not problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--planreis", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("logs", nargs="*")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    generated = os.path.join(args.work, "every-type.xes")
    generated_log(generated)
    ok = True
    for log in [generated] + args.logs:
        name = os.path.basename(log).replace(".xes.gz", "").replace(".xes", "")
        plain = log
        if log.endswith(".gz"):
            plain = os.path.join(args.work, name + ".original.xes")
            with gzip.open(log, "rb") as f, open(plain, "wb") as g:
                g.write(f.read())
        for via in VIA:
            back = os.path.join(args.work, f"{name}.via-{via.split('.')[0]}.xes")
            if via == "xes":
                run([args.planreis, "convert", log, "-o", back])
            else:
                middle = os.path.join(args.work, f"{name}.{via}")
                run([args.planreis, "convert", log, "-o", middle])
                run([args.planreis, "convert", middle, "-o", back])
            ok &= compare(plain, back, f"{name} via {via}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
