// planreis workbench: optional speed-ups over pages that work without JavaScript.
// No framework, nothing from elsewhere; served from /assets/workbench.js (CSP script-src 'self').
(function () {
  "use strict";

  var live = function (message) {
    var region = document.getElementById("live");
    if (region) { region.textContent = ""; window.setTimeout(function () { region.textContent = message; }, 30); }
  };

  // The error summary takes focus when a form comes back with errors.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("foutenoverzicht");
    if (summary) { summary.focus(); }
    setupDateChecks(document);
    setupSaveInPlace();
  });

  // Saving an event without leaving the page: the form is posted as it would be without
  // JavaScript (the server reads it with the same checks); the answer, the re-rendered case
  // page, replaces the timeline, the analysis panel, the events table and the form in place.
  var parts = ["tijdlijn", "gebeurtenissen", "analyse", "formulier"];

  function setupSaveInPlace() {
    var form = document.querySelector("form.event-form");
    if (!form || !window.fetch || !window.DOMParser) { return; }
    form.addEventListener("submit", function (submit) {
      submit.preventDefault();
      var started = performance.now();
      var section = document.getElementById("formulier");
      if (section) { section.classList.add("is-saving"); }
      var body = new URLSearchParams(new FormData(form));
      fetch(form.action, {
        method: "POST", body: body, credentials: "same-origin", redirect: "follow",
        headers: { "Content-Type": "application/x-www-form-urlencoded" }
      }).then(function (response) {
        return response.text().then(function (text) { return { response: response, text: text }; });
      }).then(function (answer) {
        var next = new DOMParser().parseFromString(answer.text, "text/html");
        if (!next.getElementById("formulier")) { window.location.reload(); return; }
        parts.forEach(function (id) {
          var fresh = next.getElementById(id), old = document.getElementById(id);
          if (fresh && old) { old.replaceWith(document.importNode(fresh, true)); }
        });
        var saved = answer.response.ok && answer.response.redirected;
        if (saved && answer.response.url) { window.history.replaceState(null, "", answer.response.url.split("#")[0]); }
        var elapsed = Math.round(performance.now() - started);
        document.documentElement.setAttribute("data-last-save-ms", String(elapsed));
        setupDateChecks(document);
        setupSaveInPlace();
        var summary = document.getElementById("foutenoverzicht");
        if (summary) { summary.focus(); live(summary.textContent.replace(/\s+/g, " ").trim()); return; }
        var first = document.querySelector("form.event-form input:not([type=hidden])");
        if (first) { first.focus(); }
        live(saved ? (document.documentElement.lang === "en" ? "Saved." : "Opgeslagen.") : "");
      }).catch(function () {
        form.submit();
      });
    });
  }

  // Dates as professionals type them, checked at the field by GET /api/v1/check/date.
  function setupDateChecks(root) {
    var inputs = root.querySelectorAll('input[data-check="date"]');
    Array.prototype.forEach.call(inputs, function (input) {
      var timer = null;
      var check = function () {
        var text = input.value.trim();
        var error = document.getElementById(input.id + "-fout");
        if (!error) { return; }
        if (text === "") { showFieldError(input, error, null); return; }
        var lang = document.documentElement.lang === "en" ? "en" : "nl";
        fetch("/api/v1/check/date?text=" + encodeURIComponent(text), {
          credentials: "same-origin", headers: { "Accept": "application/json", "Accept-Language": lang }
        }).then(function (response) { return response.json(); }).then(function (result) {
          if (input.value.trim() !== text) { return; }
          if (result.ok) {
            showFieldError(input, error, null);
            setNote(input, result.message);
          } else {
            setNote(input, null);
            var hint = lang === "en" ? " (hint: " : " (tip: ";
            showFieldError(input, error, result.message + (result.tip ? hint + result.tip + ")" : ""));
            live(result.message);
          }
        }).catch(function () { /* the server checks on save */ });
      };
      input.addEventListener("input", function () {
        if (timer) { window.clearTimeout(timer); }
        timer = window.setTimeout(check, 250);
      });
      input.addEventListener("blur", check);
    });
  }

  function showFieldError(input, error, message) {
    var field = input.closest(".field");
    if (message) {
      error.textContent = message;
      error.hidden = false;
      input.setAttribute("aria-invalid", "true");
      if (field) { field.classList.add("field-invalid"); }
    } else {
      error.textContent = "";
      error.hidden = true;
      input.removeAttribute("aria-invalid");
      if (field) { field.classList.remove("field-invalid"); }
    }
  }

  function setNote(input, message) {
    var id = input.id + "-gelezen";
    var note = document.getElementById(id);
    if (!message) { if (note) { note.remove(); } return; }
    if (!note) {
      note = document.createElement("p");
      note.id = id;
      note.className = "field-ok";
      input.parentNode.insertBefore(note, input);
      var described = (input.getAttribute("aria-describedby") || "").split(" ");
      if (described.indexOf(id) < 0) { described.push(id); input.setAttribute("aria-describedby", described.join(" ").trim()); }
    }
    note.textContent = message;
  }

  // A mark on the timeline opens its event's edit form (click, Enter or Space).
  function openMark(target) {
    var mark = target && target.closest ? target.closest(".pr-event[data-event-index]") : null;
    if (!mark) { return false; }
    var link = document.querySelector('#gebeurtenissen a[data-i="' + mark.getAttribute("data-event-index") + '"]');
    if (link) { window.location.href = link.href; }
    return !!link;
  }
  document.addEventListener("click", function (event) { openMark(event.target); });
  document.addEventListener("keydown", function (event) {
    if ((event.key === "Enter" || event.key === " ") && openMark(event.target)) { event.preventDefault(); }
  });

  window.planreisWorkbench = { live: live, setupDateChecks: setupDateChecks };
})();
