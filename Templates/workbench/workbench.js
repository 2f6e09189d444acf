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
  });

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
            showFieldError(input, error, result.message + (result.tip ? " " + result.tip : ""));
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

  window.planreisWorkbench = { live: live, setupDateChecks: setupDateChecks };
})();
