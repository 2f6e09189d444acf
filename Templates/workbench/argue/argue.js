/* planreis workbench, argue pages: the exception form's live cost-benefit. Served from the
   binary at /assets/argue/argue.js; no framework, nothing from elsewhere. Without it the
   form works the same: "Doorrekenen" posts the form and the server renders the figures. */
(function () {
  "use strict";

  function value(form, name) {
    var field = form.elements[name];
    return field ? field.value : "";
  }

  function lines(form, group) {
    var result = [];
    for (var i = 1; i <= 12; i++) {
      var prefix = group + "-" + i + "-";
      if (!form.elements[prefix + "post"]) { break; }
      result.push({
        item: value(form, prefix + "post"), amount: value(form, prefix + "bedrag"),
        quantity: value(form, prefix + "aantal"), periods: value(form, prefix + "perioden"),
        payer: value(form, prefix + "betaler"), note: value(form, prefix + "toelichting")
      });
    }
    return result;
  }

  function draft(form) {
    return {
      obstacle: value(form, "obstakel"), title: value(form, "titel"), date: value(form, "datum"), actor: value(form, "actor"),
      legitimation: { basis: value(form, "grondslag"), argument: value(form, "argument"), perspective: value(form, "perspectief") },
      costs: lines(form, "kosten"),
      avoided: { title: value(form, "scenario"), likelihood: value(form, "kans"), horizonMonths: value(form, "horizon"),
                 costs: lines(form, "vermeden") }
    };
  }

  var shownErrors = [];

  function showProblems(problems, lang) {
    shownErrors.forEach(function (name) {
      var input = document.getElementById("veld-" + name);
      var error = document.getElementById("veld-" + name + "-fout");
      if (input && error && error.getAttribute("data-live") === "ja") {
        error.textContent = ""; error.hidden = true; error.removeAttribute("data-live");
        input.removeAttribute("aria-invalid");
      }
    });
    shownErrors = [];
    problems.forEach(function (problem) {
      var input = document.getElementById("veld-" + problem.field);
      var error = document.getElementById("veld-" + problem.field + "-fout");
      if (!input || !error) { return; }
      error.textContent = lang === "en" ? problem.message.en : problem.message.nl;
      error.hidden = false;
      error.setAttribute("data-live", "ja");
      input.setAttribute("aria-invalid", "true");
      shownErrors.push(problem.field);
    });
  }

  function fill(panel, display) {
    var unknown = panel.getAttribute("data-unknown") || "?";
    var text = function (v) { return v === null || v === undefined ? unknown : v; };
    var set = function (key, v) {
      var el = panel.querySelector('[data-figuur="' + key + '"]');
      if (el) { el.textContent = v; }
      return el;
    };
    ["cost", "expectedSaving", "returnPerEuro", "breakEven", "likelihood", "horizon"].forEach(function (key) {
      set(key, text(display[key]));
    });
    set("savingRange", display.savingLow === null ? unknown : display.savingLow + " \u2013 " + display.savingHigh);
    var net = set("net", text(display.net));
    if (net) { net.className = display.netIsNegative ? "negative" : ""; }
    var body = panel.querySelector('[data-figuur="payers"]');
    if (body) {
      while (body.firstChild) { body.removeChild(body.firstChild); }
      display.payers.forEach(function (p) {
        var row = document.createElement("tr");
        var head = document.createElement("th");
        head.scope = "row";
        var bdi = document.createElement("bdi");
        bdi.textContent = p.payer;
        head.appendChild(bdi);
        row.appendChild(head);
        [p.pays, p.saves, p.net].forEach(function (v, i) {
          var cell = document.createElement("td");
          cell.textContent = text(v);
          if (i === 2 && p.netIsNegative) { cell.className = "negative"; }
          row.appendChild(cell);
        });
        body.appendChild(row);
      });
    }
    var pocket = panel.querySelector('[data-figuur="wrongPocket"]');
    if (pocket) { pocket.hidden = !display.wrongPocket; }
    var incomplete = panel.querySelector('[data-figuur="incomplete"]');
    if (incomplete) { incomplete.hidden = display.complete; }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("uitzondering");
    var panel = document.getElementById("doorrekening");
    if (!form || !panel) { return; }
    var lang = document.documentElement.lang || "nl";
    var timer = null;
    var sequence = 0;
    var update = function () {
      var mine = ++sequence;
      window.fetch("/api/v1/preview/exception", {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": value(form, "csrf"), "Accept-Language": lang },
        body: JSON.stringify(draft(form))
      }).then(function (response) {
        if (!response.ok) { throw new Error("preview " + response.status); }
        return response.json();
      }).then(function (result) {
        if (mine !== sequence) { return; }
        fill(panel, result.display);
        showProblems(result.problems, lang);
      }).catch(function () { /* the "Doorrekenen" button still works */ });
    };
    var schedule = function (event) {
      if (event.target && event.target.name === "csrf") { return; }
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 300);
    };
    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
  });
})();
