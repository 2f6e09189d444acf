"""The scenario of the workbench end-to-end test, step by step (helpers in workbench_steps.py)."""

import csv
import io
import json
import re
import subprocess
import tempfile

from workbench_page import StepFailure
from workbench_steps import (CASE_TITLE, EVENTS, EXCEPTION, EXCEPTION_AVOIDED, EXCEPTION_COST, EXCEPTION_ROW,
                             EXPECTED_COSTS, EXPECTED_DATES, MUNICIPALITY, add_event_with_js, add_event_without_js,
                             event_id, event_rows, export_csv, login, login_by_keyboard, logout)

MARKS = "document.querySelectorAll('svg [data-event-index]').length"


def run(page, binary, password):
    page.open(javascript=True)

    # The language switch on the login page: English, remembered, and back to Dutch.
    page.goto("/inloggen")
    page.click("English", kind="link")
    page.goto("/inloggen")
    if page.value("document.documentElement.lang") != "en" or not page.has_field("User name"):
        raise StepFailure("the switch English did not give an English page (lang=en, field User name)")
    page.audit("inloggen-english")
    page.click("Nederlands", kind="link")

    # Log in as the professional and create a case.
    login(page, "pim", password)
    if page.path() != "/casussen":
        raise StepFailure("after logging in the page is %s, not /casussen" % page.path())
    page.audit("mijn-casussen")
    page.click("Nieuwe casus", kind="link")
    if page.path() != "/casussen/nieuw":
        raise StepFailure("the link Nieuwe casus leads to %s" % page.path())
    page.audit("nieuwe-casus")
    page.fill("Titel", CASE_TITLE)
    page.fill("Gemeente", MUNICIPALITY)
    page.submit("Titel")
    match = re.fullmatch(r"/casussen/([^/]+)", page.path())
    if not match:
        raise StepFailure("creating the case led to %s, not /casussen/{id}" % page.path())
    case_path = page.path()
    page.audit("casus-leeg")

    # Seven events: six with JavaScript (saving in place or by a post), one without.
    for event in EVENTS:
        if event.get("nojs"):
            add_event_without_js(page, binary, case_path, event)
        else:
            add_event_with_js(page, binary, event)
            page.audit("gebeurtenis-" + slug(event["Titel"]))
    obstacle = next(e for e in EVENTS if e.get("obstacle"))
    open_panel = page.text("#analyse") or ""
    if obstacle["Titel"] not in open_panel:
        raise StepFailure("the analysis panel does not name the open obstacle %r:\n%s" % (obstacle["Titel"], open_panel))

    # The exception that resolves the obstacle, argued and priced, proposed.
    obstacle_id = event_id(page, case_path, obstacle["Titel"])
    page.goto("%s/uitzondering?obstakel=%s" % (case_path, obstacle_id))
    page.audit("uitzondering-leeg")
    fill_exception(page)
    page.audit("uitzondering-ingevuld")
    page.click("Voorstellen")
    page.audit("uitzondering-voorgesteld")
    page.goto(case_path)

    # The timeline has a mark per event, the panel names the stall; a reload keeps everything.
    expected_marks = len(EVENTS) + 1
    page.wait_until("%s === %d" % (MARKS, expected_marks), "%d marks on the timeline" % expected_marks)
    rows = event_rows(page)
    exported = export_csv(page)
    stall = top_stall(binary, exported)
    panel = page.text("#analyse") or ""
    if stall not in panel:
        raise StepFailure("the analysis panel does not name the longest stall %r (from planreis analyze):\n%s"
                          % (stall, panel))
    page.audit("casus-met-uitzondering")
    page.goto(case_path)
    if page.value(MARKS) != expected_marks or event_rows(page) != rows or stall not in (page.text("#analyse") or ""):
        raise StepFailure("after a reload the case page lost marks, rows or the stall")
    page.audit("casus-herladen")
    page.goto("/casussen?q=" + MUNICIPALITY)
    listed = page.value("Array.prototype.map.call(document.querySelectorAll('tbody tr'), function (r) { return r.innerText; })")
    if len(listed or []) != 1 or not all(word in listed[0] for word in (CASE_TITLE, MUNICIPALITY, "pim")):
        raise StepFailure("Mijn casussen searched for %s lists %r, not the case with its municipality and pim" % (MUNICIPALITY, listed))
    page.audit("mijn-casussen-gezocht")
    compare_export(exported)
    logout(page)

    # Both coordinators approve (neither is the author, neither on the team).
    for coordinator in ("coco", "cora"):
        if coordinator == "coco":
            login_by_keyboard(page, coordinator, password)
        else:
            login(page, coordinator, password)
        page.goto("/goedkeuringen")
        page.audit("goedkeuringen-" + coordinator)
        if EXCEPTION["Regel of wettelijke grondslag"] not in page.text():
            raise StepFailure("the approvals page does not show the proposal's legitimation")
        page.fill("Reden", "Goed onderbouwd; kosten binnen het budget (%s)." % coordinator)
        page.click("Goedkeuren")
        page.audit("goedgekeurd-" + coordinator)
        logout(page)
    login(page, "pim", password)
    page.goto(case_path)
    if "goedgekeurd" not in (page.text("#analyse") or "").lower():
        raise StepFailure("after two approvals the analysis panel does not say goedgekeurd")
    page.audit("casus-goedgekeurd")
    # The case's other pages, each through its link on the case page.
    for link in ("Team", "Geschiedenis", "Afdrukken"):
        page.goto(case_path)
        page.click(link, kind="link")
        if not page.path().startswith(case_path + "/"):
            raise StepFailure("the link %s leads to %s" % (link, page.path()))
        page.audit(slug(link))
    logout(page)

    # The policy officer's pages: the year's budget and the cohort, without names.
    login(page, "bea", password)
    for link, path in (("Budget", "/budget"), ("Cohort", "/cohort")):
        page.goto("/")
        page.click(link, kind="link")
        if not page.path().startswith(path):
            raise StepFailure("the link %s leads to %s" % (link, page.path()))
        if CASE_TITLE in page.text():
            raise StepFailure("the %s page shows the case's title to the policy officer" % link)
        page.audit(slug(link))
    # The approved exception counts in the budget of its year (2021), with its price-list cost.
    page.goto("/budget?jaar=2021")
    approved = page.value("""Array.prototype.map.call(document.querySelectorAll('tr'), function (r) {
        return r.innerText.replace(/\\s+/g, ' ').trim(); }).filter(function (t) { return /^goedgekeurd /.test(t); })""")
    if approved != ["goedgekeurd 1 € 399,30"]:
        raise StepFailure("the budget of 2021 does not count the approved exception (1, € 399,30): %r" % approved)
    page.audit("budget-2021")
    logout(page)

    # Someone outside the team gets exactly the page of a case that does not exist.
    login(page, "olaf", password)
    page.goto(case_path)
    hidden = page.text("main")
    page.audit("buitenstaander", allow_status=(404,))
    page.goto("/casussen/bestaat-niet-0000")
    missing = page.text("main")
    if "Casus niet gevonden" not in (hidden or "") or hidden != missing:
        raise StepFailure("the outsider's page for the case differs from the not-found page:\n%r\n%r" % (hidden, missing))
    page.browser.events = []


def fill_exception(page):
    for label, text in EXCEPTION.items():
        page.fill(label, text)
    for scope, line in (("section[aria-labelledby=kop-kosten]", EXCEPTION_COST),
                        ("section[aria-labelledby=kop-scenario]", EXCEPTION_AVOIDED)):
        for label, text in line.items():
            page.fill(label, text, scope=scope)


def top_stall(binary, exported_csv):
    """The title of the longest stall as `planreis analyze` sees the exported case."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as file:
        file.write(exported_csv)
    result = subprocess.run([binary, "analyze", file.name, "--format", "json"], capture_output=True, text=True)
    if result.returncode != 0:
        raise StepFailure("planreis analyze refused the exported CSV: %s" % (result.stdout + result.stderr)[-800:])
    items = json.loads(result.stdout)["stalls"]["items"]
    if not items:
        raise StepFailure("planreis analyze finds no stall in the exported case")
    return items[0]["title"]["nl"]


def compare_export(text):
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    by_title = {row["titel"]: row for row in rows}
    ids = {row["id"]: row["titel"] for row in rows if row.get("id")}
    problems = []
    for event in EVENTS:
        row = by_title.get(event["Titel"])
        if not row:
            problems.append("no row for %r" % event["Titel"])
            continue
        expected = {"datum": EXPECTED_DATES[event["Datum"]], "einddatum": EXPECTED_DATES.get(event.get("Einddatum"), ""),
                    "actor": event["Actor"], "soort": event["Soort"], "omschrijving": event.get("Omschrijving", ""),
                    "kosten": EXPECTED_COSTS.get(event.get("Kosten"), ""), "betaler": event.get("Betaler", ""),
                    "waarde": event.get("Waarde", "")}
        for column, value in expected.items():
            if row.get(column, "") != value:
                problems.append("%r: %s is %r, expected %r" % (event["Titel"], column, row.get(column), value))
        refers = " ".join(ids.get(i, "?" + i) for i in row.get("verwijst_naar", "").split())
        if refers != event.get("Verwijst naar", ""):
            problems.append("%r: verwijst_naar names %r, expected %r" % (event["Titel"], refers, event.get("Verwijst naar")))
    exceptions = [row for row in rows if row["soort"] == "uitzondering"]
    if len(exceptions) != 1:
        problems.append("%d exception rows, expected 1" % len(exceptions))
    else:
        row = exceptions[0]
        if ids.get(row["verwijst_naar"]) != next(e["Titel"] for e in EVENTS if e.get("obstacle")):
            problems.append("the exception does not refer to the obstacle: %r" % row["verwijst_naar"])
        expected = dict(EXCEPTION_ROW, titel=EXCEPTION["Titel van de uitzondering"],
                        argument=EXCEPTION["Argument"])
        for column, value in expected.items():
            if row.get(column) != value:
                problems.append("exception: %s is %r, expected %r" % (column, row.get(column), value))
        if row.get("kans", "").rstrip("%").strip() != EXCEPTION["Kans"]:
            problems.append("exception: kans is %r, expected %s%%" % (row.get("kans"), EXCEPTION["Kans"]))
        for typed in (EXCEPTION["Regel of wettelijke grondslag"], EXCEPTION["Perspectief van het huishouden"]):
            if typed not in row.values():
                problems.append("exception: no column holds %r" % typed)
    if len(rows) != len(EVENTS) + 1:
        problems.append("%d rows, expected %d" % (len(rows), len(EVENTS) + 1))
    if problems:
        raise StepFailure("the CSV export differs from what was typed:\n  " + "\n  ".join(problems))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:30]
