#!/usr/bin/env python3
"""Writes it-westbrabant-2013-2014.csv: CONSTRUCTED cases (not real ones) whose aggregates match
the published figures of the GGD West-Brabant evaluation of the Interventieteam Huiselijk Geweld
West-Brabant, 2014 (seed 000):

- Tabel 1: of the 55 cases started in 2014, on 31-12-2014 32 are in the intensive phase,
  11 in the monitoring phase and 12 ended early;
- the 11 intensive phases that ended in 2014 lasted 122 days on average (minimum 5, maximum 230);
  at their end 10 had colour code green and 1 yellow; at the start most cases were orange;
- Tabel 2: of the 61 cases started in 2013, 57 ran on into 2014 (4 ended early in 2013); on
  31-12-2014 22 are in the monitoring phase, 32 closed and 3 ended early;
- Tabel 3: agencies involved in 33 of the 55 cases of 2014 (17 social work, 17 youth care, ...);
- Grafiek 2: partner violence in 31% and child-parent abuse in 25% of the 55 cases of 2014.

Not reproduced, because the evaluation's text gives no counts for them (they are pictures there):
Grafiek 1 (municipality of origin), Grafiek 3 (kinds of domestic violence: only the three most
frequent are named) and Grafiek 4 (problem areas: 74 in 47 cases, the three most frequent named).

Everything else (dates, start colours per case, which case has which agency) is made up,
deterministically. Run: python3 Samples/cohort/make-cohort.py (rewrites the CSV next to it).
Check: planreis compare Samples/cohort --as-of 31-12-2014 --started 2014
"""
import datetime
import os
import random

SOURCE = (
    "Geconstrueerd: verzonnen casussen die de gepubliceerde totalen nabootsen van de evaluatie "
    "van het Interventieteam Huiselijk Geweld West-Brabant 2014 (GGD West-Brabant); geen echte casussen"
)
REGION = "West-Brabant"
TEAM = "Interventieteam"
HEADER = ["casus", "casus_titel", "regio", "casus_bron", "geconstrueerd", "casus_labels", "datum", "actor", "actorgroep", "soort",
          "titel", "waarde", "gescoord_door"]

# The 11 intensive phases of 2014 that ended in 2014: mean 122 (1342 / 11), minimum 5, maximum 230.
INTENSIVE_LENGTHS = [5, 230, 100, 110, 115, 120, 123, 125, 130, 134, 150]
# Tabel 3, agencies in 33 of the 55 cases of 2014 (66 mentions, two per case), with their lane group.
AGENCIES = [
    ("Maatschappelijk werk", "sociaal-werk", 17), ("Jeugdzorg", "jeugdzorg", 17), ("Sociale dienst", "inkomen", 9),
    ("GGZ WNB", "zorg", 8), ("GGZ Breburg", "zorg", 4), ("Safegroup Ambulant", "zorg", 4),
    ("Steunpunt Huiselijk Geweld", "sociaal-werk", 4), ("Het Dok", "zorg", 3),
]

random_source = random.Random(2014)


def day(d):
    return d.strftime("%d-%m-%Y")


def between(first, last):
    span = (last - first).days
    return first + datetime.timedelta(days=random_source.randint(0, span))


class Case:
    def __init__(self, case_id, title, labels=""):
        self.id = case_id
        self.title = title
        self.labels = labels
        self.rows = []

    def row(self, date, kind, title, value="", actor=TEAM, group="sociaal-werk", scored_by=""):
        self.rows.append([date, actor, group, kind, title, value, scored_by])

    def phase(self, date, phase, title):
        self.row(day(date), "fase", title, phase)

    def colour(self, date, colour, title):
        self.row(day(date), "veiligheid", title, colour, scored_by="IT-medewerker")

    def lane(self, name, group):
        self.row("", "baan", "", actor=name, group=group)

    def lines(self):
        out = []
        for index, r in enumerate(self.rows):
            journey = [self.title, REGION, SOURCE, "ja", self.labels] if index == 0 else ["", "", "", "", ""]
            date, actor, group, kind, title, value, scored_by = r
            out.append([self.id] + journey + [date, actor, group, kind, title, value, scored_by])
        return out


def cases_2014():
    d = datetime.date
    start_colours = ["oranje"] * 35 + ["rood"] * 8 + ["geel"] * 9 + ["groen"] * 3
    random_source.shuffle(start_colours)
    violence = ["partnergeweld"] * 17 + ["kind-oudermishandeling"] * 14 + [""] * 24
    random_source.shuffle(violence)
    cases = []
    # 11 reached the monitoring phase in 2014: 10 green and one yellow at the end.
    for n, length in enumerate(INTENSIVE_LENGTHS):
        start = between(d(2014, 1, 2), d(2014, 12, 31) - datetime.timedelta(days=length))
        cases.append(("monitor", start, length, n))
    # 32 still intensive on 31-12-2014; 12 ended early in 2014.
    for n in range(32):
        cases.append(("intensief", between(d(2014, 1, 2), d(2014, 12, 20)), None, n))
    for n in range(12):
        cases.append(("vroegtijdig", between(d(2014, 1, 2), d(2014, 11, 30)), None, n))
    cases.sort(key=lambda c: c[1])
    result = []
    for index, (status, start, length, n) in enumerate(cases):
        tag = violence[index]
        case = Case(f"it-2014-{index + 1:02d}", f"Geconstrueerde casus 2014-{index + 1:02d}", f"geweld={tag}" if tag else "")
        case.phase(start, "intensief", "Start intensieve fase")
        case.colour(start, start_colours[index], "Kleurcode bij start intensieve fase")
        if status == "monitor":
            end = start + datetime.timedelta(days=length)
            case.colour(end, "geel" if n == 3 else "groen", "Kleurcode bij einde intensieve fase")
            case.phase(end, "monitor", "Start monitorfase")
        elif status == "vroegtijdig":
            end = between(start + datetime.timedelta(days=7), min(start + datetime.timedelta(days=150), d(2014, 12, 31)))
            case.phase(end, "vroegtijdig-beeindigd", "Vroegtijdig beëindigd")
        result.append(case)
    # Tabel 3: two agencies in each of the first 33 cases (by start date); mention k goes to case k mod 33.
    mentions = [(name, group) for name, group, count in AGENCIES for _ in range(count)]
    for k, (name, group) in enumerate(mentions):
        result[k % 33].lane(name, group)
    return result


def cases_2013():
    d = datetime.date
    plans = [("monitor", 22), ("afgesloten", 32), ("vroegtijdig-2014", 3), ("vroegtijdig-2013", 4)]
    cases = []
    for status, count in plans:
        for _ in range(count):
            cases.append((status, between(d(2013, 1, 2), d(2013, 10, 31) if status == "vroegtijdig-2013" else d(2013, 12, 20))))
    cases.sort(key=lambda c: c[1])
    result = []
    for index, (status, start) in enumerate(cases):
        case = Case(f"it-2013-{index + 1:02d}", f"Geconstrueerde casus 2013-{index + 1:02d}")
        case.phase(start, "intensief", "Start intensieve fase")
        if status == "vroegtijdig-2013":
            case.phase(between(start + datetime.timedelta(days=7), d(2013, 12, 31)), "vroegtijdig-beeindigd", "Vroegtijdig beëindigd")
        else:
            monitor = between(start + datetime.timedelta(days=30), max(start + datetime.timedelta(days=30), d(2014, 6, 30)))
            case.phase(monitor, "monitor", "Start monitorfase")
            after = max(monitor + datetime.timedelta(days=1), d(2014, 1, 1))
            if status == "afgesloten":
                case.phase(between(after, d(2014, 12, 31)), "afgesloten", "Casus afgesloten")
            elif status == "vroegtijdig-2014":
                case.phase(between(after, d(2014, 12, 31)), "vroegtijdig-beeindigd", "Vroegtijdig beëindigd")
        result.append(case)
    return result


def cell(text):
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ';"\n') else text


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = [HEADER]
    for case in cases_2013() + cases_2014():
        lines += case.lines()
    with open(os.path.join(here, "it-westbrabant-2013-2014.csv"), "w", encoding="utf-8", newline="") as f:
        for line in lines:
            f.write(";".join(cell(c) for c in line) + "\r\n")


if __name__ == "__main__":
    main()
