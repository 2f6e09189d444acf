"""The steps of the workbench end-to-end test (see workbench_e2e.py), against the workbench
contract: Dutch paths, fields by their visible labels, the NL Design System form-field pattern."""

import json
import re
import subprocess
import tempfile

from workbench_page import StepFailure

CASE_TITLE = "E2E gezin Jansen"
MUNICIPALITY = "Utrecht"
WRONG_DATE = "31-02-2021"

# What the steps saw, for later steps and the summary: the live date message, save times.
SEEN = {}

# The events typed into *Gebeurtenis toevoegen*, in this order. "Verwijst naar" names an event by
# its title. The one marked "nojs" is added with JavaScript disabled.
EVENTS = [
    {"Datum": "ca. mei 2017", "Actor": "Gezin", "Soort": "gebeurtenis", "Titel": "Vader vertrekt uit huis",
     "Omschrijving": "Moeder blijft met twee kinderen achter"},
    {"Datum": "1-9-2017", "Actor": "Gemeente", "Soort": "aanvraag", "Titel": "Aanvraag urgentieverklaring"},
    {"Datum": "12-1-2018", "Actor": "Gemeente", "Soort": "besluit", "Titel": "Urgentie afgewezen",
     "Verwijst naar": "Aanvraag urgentieverklaring", "Waarde": "afgewezen"},
    {"Datum": "1-2-2018", "Actor": "Woningcorporatie", "Soort": "obstakel", "Titel": "Geen woning zonder urgentie",
     "obstacle": True},
    {"Datum": "medio 2021", "Actor": "Gezin", "Soort": "gebeurtenis", "Titel": "Moeder en kinderen logeren bij oma"},
    {"Datum": "15-7-2021", "Einddatum": "1-9-2021", "Actor": "Jeugdspecialist", "Soort": "interventie",
     "Titel": "Gezinsgesprekken", "Kosten": "€ 1.250,-", "Betaler": "Gemeente", "live-error": True},
    {"Datum": "3-10-2021", "Actor": "Jeugdspecialist", "Soort": "beraad", "Titel": "Netwerkberaad", "nojs": True},
]
FIELDS = ["Datum", "Einddatum", "Actor", "Soort", "Titel", "Omschrijving", "Verwijst naar", "Kosten", "Betaler", "Waarde"]
# What the CSV export must say for each typed event: dates at their own precision, amounts in cents.
EXPECTED_DATES = {"ca. mei 2017": "ca. mei 2017", "1-9-2017": "01-09-2017", "12-1-2018": "12-01-2018",
                  "1-2-2018": "01-02-2018", "medio 2021": "medio 2021", "15-7-2021": "15-07-2021",
                  "1-9-2021": "01-09-2021", "3-10-2021": "03-10-2021"}
EXPECTED_COSTS = {"€ 1.250,-": "€ 1.250,00"}

# The exception, typed into the exception form: a price-list cost within the household limit
# (€ 500 a year by default: 3 × € 133,10), an avoided scenario priced from the price list.
EXCEPTION = {"Titel van de uitzondering": "Woning met voorrang", "Datum": "1-11-2021", "Actor": "Jeugdspecialist",
             "Regel of wettelijke grondslag": "Huisvestingsverordening art. 2.5.3, hardheidsclausule",
             "Argument": "Zonder eigen woning blijven de kinderen bij oma logeren en loopt de zorg vast.",
             "Perspectief van het huishouden": "Moeder: 'Met een eigen huis kan ik weer voor de kinderen zorgen.'",
             "Omschrijving van het scenario": "Uithuisplaatsing van de kinderen", "Kans": "30", "Horizon": "12"}
EXCEPTION_COST = {"Post uit de prijslijst": "beschermingsbewind-zonder-schulden", "Aantal per periode": "1",
                  "Perioden": "3", "Betaler": "gemeente"}
EXCEPTION_AVOIDED = {"Post uit de prijslijst": "uithuisplaatsing", "Aantal per periode": "1", "Perioden": "1",
                     "Betaler": "gemeente"}
# Its row in the CSV export.
EXCEPTION_ROW = {"soort": "uitzondering", "datum": "01-11-2021", "actor": "Jeugdspecialist",
                 "kostenpost": "beschermingsbewind-zonder-schulden", "aantal": "1", "perioden": "3",
                 "vermeden_scenario": "Uithuisplaatsing van de kinderen", "horizon": "12",
                 "vermeden_kostenpost": "uithuisplaatsing"}


def validate_message(binary, date):
    """The message `planreis validate` gives for a date: the field must say the same."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as file:
        file.write("datum;actor;soort;titel\n%s;Gezin;gebeurtenis;x\n" % date)
    result = subprocess.run([binary, "validate", file.name], capture_output=True, text=True)
    match = re.search(r": fout: (.*)\n\s*tip: (.*)", result.stdout + result.stderr)
    if not match:
        raise StepFailure("planreis validate gave no error with a tip for %r: %s" % (date, result.stdout))
    # The message without the quoted input validate appends, and the tip.
    return [re.sub(r' \("[^"]*"\)$', "", match.group(1).strip()), match.group(2).strip()]


def login(page, user, password):
    page.goto("/")
    if not page.path().startswith("/inloggen"):
        raise StepFailure("a logged-out visitor of / landed on %s, not /inloggen" % page.path())
    page.audit("inloggen-" + user)
    page.fill("Gebruikersnaam", user)
    page.fill("Wachtwoord", password)
    page.submit("Wachtwoord")


def login_by_keyboard(page, user, password):
    """Logging in with the keyboard only: Tab to the fields (each stop with a visible focus),
    type, Enter."""
    page.goto("/")
    page.audit("inloggen-toetsenbord-" + user)
    page.tab_to("Gebruikersnaam")
    page.browser.send("Input.insertText", {"text": user})
    page.press("Tab")
    page.browser.send("Input.insertText", {"text": password})
    page.events_before_load()
    page.press("Enter")
    page.browser.wait_for("Page.loadEventFired")
    if page.path().startswith("/inloggen"):
        raise StepFailure("Enter in the password field did not log %s in" % user)


def logout(page):
    page.click("Uitloggen")
    if not page.path().startswith("/inloggen"):
        raise StepFailure("after Uitloggen the page is %s, not /inloggen" % page.path())


def event_rows(page):
    """Titles in the events table, in the page's order."""
    # Cell by cell from the markup: the events table is laid out only when it comes into view
    # (content-visibility: auto), and innerText of rows not laid out yet is empty.
    return page.value("""Array.prototype.map.call(document.querySelectorAll('table tbody tr'),
        function (r) { return Array.prototype.map.call(r.cells, function (c) { return c.textContent; })
            .join(' ').replace(/\\s+/g, ' '); })""")


def type_event(page, event):
    for name in FIELDS:
        if name in event:
            page.fill(name, event[name])


def add_event_with_js(page, binary, event):
    if event.get("live-error"):
        expected = validate_message(binary, WRONG_DATE)
        page.fill("Datum", WRONG_DATE)
        page.blur("Datum")
        page.wait_until("""(function(){var l=Array.prototype.find.call(document.querySelectorAll('label[for]'),
            function(l){return l.textContent.trim().indexOf('Datum')===0;});
            var f=l&&document.getElementById(l.htmlFor);return f&&f.getAttribute('aria-invalid')==='true';})()""",
                        "the live date check to mark Datum invalid")
        check_field_error(page, "Datum", expected)
        SEEN["live message"] = page.field_state("Datum")["described"]
        live = page.value("Array.prototype.map.call(document.querySelectorAll('[aria-live]'),"
                          "function(e){return e.textContent;}).join(' ')")
        if expected[0] not in (live or ""):
            raise StepFailure("the date message is not in an aria-live region (found %r)" % live)
        page.audit("datum-fout-live")
    type_event(page, event)
    if page.submit("Titel"):
        raise StepFailure("with JavaScript, saving %r loaded a new page instead of saving in place" % event["Titel"])
    page.wait_until("document.body.innerText.indexOf(%s) >= 0 && !document.querySelector('[aria-invalid=true]')"
                    % json.dumps(event["Titel"]), "the new event %r in the page" % event["Titel"])
    SEEN.setdefault("save ms", []).append(int(page.value("document.documentElement.getAttribute('data-last-save-ms')")))


def check_field_error(page, label, expected):
    state = page.field_state(label)
    if state["invalid"] != "true":
        raise StepFailure("%s: aria-invalid is %r, not \"true\"" % (label, state["invalid"]))
    if not all(any(part in text for text in state["described"]) for part in expected):
        raise StepFailure("%s: aria-describedby does not lead to %r (it leads to %r)" % (label, expected, state["described"]))


def add_event_without_js(page, binary, case_path, event):
    """The no-JS fallback: a plain form post, the error re-rendered at the field, then saved."""
    page.close()
    page.open(javascript=False)
    page.goto(case_path)
    page.audit("casus-zonder-js")
    bad = dict(event, Datum=WRONG_DATE)
    type_event(page, bad)
    page.submit("Titel")
    check_field_error(page, "Datum", validate_message(binary, WRONG_DATE))
    if SEEN.get("live message") and page.field_state("Datum")["described"] != SEEN["live message"]:
        raise StepFailure("the server's message at Datum %r differs from the live check's %r"
                          % (page.field_state("Datum")["described"], SEEN["live message"]))
    summary = page.value("""(function(){var s=document.querySelector('[role=alert]');if(!s)return null;
        return {text:s.innerText,links:Array.prototype.map.call(s.querySelectorAll('a[href^="#"]'),
        function(a){return a.getAttribute('href').slice(1);})};})()""")
    date_id = page.value("""Array.prototype.find.call(document.querySelectorAll('label[for]'),
        function(l){return l.textContent.trim().indexOf('Datum')===0;}).htmlFor""")
    if not summary or date_id not in summary["links"]:
        raise StepFailure("no error summary (role=alert) linking to #%s: %r" % (date_id, summary))
    kept = page.value("document.getElementById(%s).value" % json.dumps(
        page.value("Array.prototype.find.call(document.querySelectorAll('label[for]'),"
                   "function(l){return l.textContent.trim()==='Titel' || l.textContent.trim().indexOf('Titel ')===0;}).htmlFor")))
    if kept != event["Titel"]:
        raise StepFailure("after the refused post the Titel field holds %r, not what was typed" % kept)
    page.audit("zonder-js-datumfout", allow_status=(422, 400))
    page.fill("Datum", event["Datum"])
    page.submit("Titel")
    if page.path() != case_path or event["Titel"] not in page.text():
        raise StepFailure("the no-JS post did not return to the case page with the event (at %s)" % page.path())
    page.audit("zonder-js-opgeslagen")
    page.close()
    page.open(javascript=True)
    page.goto(case_path)


def event_id(page, case_path, title):
    """The id of the event with this title, from its edit link in the events table."""
    found = page.value("""(function(t){var links=document.querySelectorAll('a[href*="/gebeurtenissen/"]');
        for(var i=0;i<links.length;i++){var row=links[i].closest('tr');
          if(row&&row.textContent.indexOf(t)>=0){return links[i].getAttribute('href');}}return null;})(%s)""" % json.dumps(title))
    if not found:
        raise StepFailure("no edit link for %r in the events table" % title)
    return found.split("#")[0].rstrip("/").split("/")[-1]


def export_csv(page):
    href = page.value("""(function(){var a=document.querySelector('a[href$="export.csv"]');return a?a.href:null;})()""")
    if not href:
        raise StepFailure("the case page has no export link to …/export.csv")
    answer = page.value("fetch(%s, {credentials: 'same-origin'}).then(function (r) {"
                        " return r.text().then(function (t) { return {status: r.status, text: t}; }); })" % json.dumps(href))
    if answer["status"] != 200:
        raise StepFailure("GET %s answered %s" % (href, answer["status"]))
    return answer["text"]

