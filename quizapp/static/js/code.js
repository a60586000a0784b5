/* Code items: the CodeMirror editor and the "Run examples" panel (visible examples only; nothing is recorded). */
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;  // always text: program output is never HTML
    return node;
  }

  function showResult(panel, data) {
    panel.textContent = "";
    var result = data.result || {};
    panel.appendChild(el("p", "run-status status-" + result.status, panel.dataset.status + ": " + result.status));
    (result.tests || []).forEach(function (t) {
      var line = el("p", t.passed ? "test-ok" : "test-ko", (t.passed ? "✔ " : "✘ ") + t.name + " — " +
        (t.passed ? panel.dataset.passed : panel.dataset.failed));
      panel.appendChild(line);
      if (t.message) panel.appendChild(el("pre", "test-message", t.message));
    });
    if (result.stdout) { panel.appendChild(el("h4", "", panel.dataset.output)); panel.appendChild(el("pre", "", result.stdout)); }
    if (result.stderr) { panel.appendChild(el("h4", "", panel.dataset.errors)); panel.appendChild(el("pre", "stderr", result.stderr)); }
  }

  function poll(panel, url, button) {
    fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (data) {
      if (data.state === "done" || data.state === "failed") {
        button.disabled = false; button.removeAttribute("aria-busy");
        if (data.state === "failed") { panel.textContent = data.error || "failed"; return; }
        showResult(panel, data);
        return;
      }
      panel.textContent = data.state === "queued" && data.position
        ? panel.dataset.queued.replace("{n}", data.position) : panel.dataset.running;
      setTimeout(function () { poll(panel, url, button); }, 300);
    }).catch(function () { button.disabled = false; button.removeAttribute("aria-busy"); });
  }

  function setupRun(button) {
    var panel = document.getElementById("run-panel");
    var form = button.form;
    button.addEventListener("click", function () {
      var code = form.querySelector('textarea[name="code"]').value;
      var token = form.querySelector('input[name="csrf_token"]');
      button.disabled = true; button.setAttribute("aria-busy", "true");
      panel.hidden = false; panel.textContent = panel.dataset.running;
      fetch(button.dataset.url, {
        method: "POST", credentials: "same-origin",
        headers: { "X-CSRFToken": token ? token.value : "" },
        body: new URLSearchParams({ code: code, response_id: button.dataset.responseId })
      }).then(function (r) { return r.json(); }).then(function (data) {
        if (data.state === "error") {
          panel.textContent = data.message; button.disabled = false; button.removeAttribute("aria-busy"); return;
        }
        poll(panel, data.url, button);
      }).catch(function () { button.disabled = false; button.removeAttribute("aria-busy"); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (window.QuizEditor) window.QuizEditor.attachAll(document);
    document.querySelectorAll("[data-run-examples]").forEach(setupRun);
  });
})();
