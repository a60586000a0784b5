/* quizapp page behaviour. No inline scripts anywhere (the CSP forbids them): everything is wired here. */
(function () {
  "use strict";

  function renderMath(root) {
    if (!window.katex) return;
    root.querySelectorAll(".math").forEach(function (el) {
      if (el.dataset.rendered) return;
      var tex = el.textContent;
      try {
        window.katex.render(tex, el, { displayMode: el.classList.contains("block") || el.tagName === "DIV", throwOnError: false });
        // A formula is named by its TeX (role "math" allows a name; a plain span may not have one): a choice or
        // a label made only of a formula then still has a name, which KaTeX's hidden HTML would not give it.
        el.setAttribute("role", "math");
        el.setAttribute("aria-label", tex);
        el.dataset.rendered = "1";
        if (!el.classList.contains("block")) gluePunctuation(el);
      } catch (e) { /* leave the TeX source visible */ }
    });
  }

  // "… ⊆ ℝ⁴." must not break before its full stop, leaving "." alone at the start of a line. The punctuation
  // joins the formula's last box in an unbreakable group; the rest of a long formula may still wrap.
  function gluePunctuation(el) {
    var next = el.nextSibling;
    if (!next || next.nodeType !== Node.TEXT_NODE) return;
    var found = /^[.,;:!?)]+/.exec(next.nodeValue);
    var boxes = el.querySelectorAll(".katex-html > .base, .katex-html > .katex-base");  // (class name by KaTeX version)
    if (!found || !boxes.length) return;
    var last = boxes[boxes.length - 1];
    var glue = document.createElement("span");
    glue.className = "math-glue";
    last.parentNode.insertBefore(glue, last);
    glue.appendChild(last);
    var mark = document.createElement("span");
    mark.className = "math-punctuation";
    mark.textContent = found[0];
    glue.appendChild(mark);
    next.nodeValue = next.nodeValue.slice(found[0].length);
  }

  function setupLanguageSwitch() {
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    });
  }

  function setupCheckAll() {
    document.querySelectorAll("[data-check-all]").forEach(function (button) {
      button.addEventListener("click", function () {
        var boxes = button.form.querySelectorAll('input[name="' + button.dataset.checkAll + '"]');
        var all = Array.prototype.every.call(boxes, function (b) { return b.checked; });
        boxes.forEach(function (b) { b.checked = !all; });
        button.form.dispatchEvent(new Event("change"));  // setting .checked fires nothing by itself
      });
    });
  }

  // The start page: the forecast number of questions of the chosen topics, summed as the applicant ticks them.
  function setupQuestionsTotal() {
    document.querySelectorAll("[data-questions-total]").forEach(function (line) {
      var form = line.closest("form");
      function update() {
        var total = 0;
        form.querySelectorAll("input[data-questions]:checked").forEach(function (box) {
          total += Number(box.dataset.questions);
        });
        if (line.dataset.questionsMax) total = Math.min(total, Number(line.dataset.questionsMax));  // the server's cap
        line.textContent = total ? line.dataset.questionsTotal.replace("{count}", total) : "";
      }
      form.addEventListener("change", update);
      update();
    });
  }

  function setupConfirm() {
    document.querySelectorAll("[data-confirm]").forEach(function (button) {
      button.addEventListener("click", function (event) {
        if (!window.confirm(button.dataset.confirm)) event.preventDefault();
      });
    });
  }

  function setupOneSubmit() {
    // A second click while the first submission travels would post the answer twice; the server records it once
    // anyway, but the applicant should not see a confusing second page.
    document.querySelectorAll("form.answer-form").forEach(function (form) {
      form.addEventListener("submit", function () {
        var button = form.querySelector('[type="submit"]');
        if (button) { setTimeout(function () { button.disabled = true; }, 0); button.setAttribute("aria-busy", "true"); }
      });
    });
  }

  function setupMathPreview() {
    var input = document.querySelector("input.math-input");
    if (!input) return;
    var box = document.getElementById("answer-preview");
    var token = input.form.querySelector('input[name="csrf_token"]');
    var timer = null, sent = 0;
    // The server's refusal of the submitted answer, shown above the field: the preview must not repeat it
    // below, and once the answer is edited it no longer applies (the preview speaks for the new text).
    var refusal = document.getElementById("answer-error");
    function show(data) {
      box.textContent = "";
      box.className = "math-preview";
      if (refusal && !refusal.hidden && data.status === "invalid" && refusal.textContent.trim() === data.message) return;
      if (data.status === "valid") {
        var label = document.createElement("span");
        label.className = "muted small-text";
        label.textContent = box.dataset.label + " ";
        var math = document.createElement("span");
        math.className = "math inline";
        math.textContent = data.latex;
        box.appendChild(label); box.appendChild(math);
        box.classList.add("ok");
        renderMath(box);
      } else if (data.status === "invalid") {
        box.textContent = data.message;
        box.classList.add("bad");
      }
    }
    function request() {
      var id = ++sent;
      var body = new URLSearchParams({ answer: input.value, response_id: input.dataset.responseId });
      fetch(input.dataset.previewUrl, {
        method: "POST", body: body, credentials: "same-origin",
        headers: { "X-CSRFToken": token ? token.value : "" }
      }).then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data && id === sent) show(data); })
        .catch(function () { /* the preview is a help; submitting still works */ });
    }
    input.addEventListener("input", function () {
      if (refusal) { refusal.hidden = true; input.removeAttribute("aria-invalid"); }
      clearTimeout(timer); timer = setTimeout(request, 250);
    });
    if (input.value) request();
  }

  // A box that scrolls sideways (a wide table, formula, code block or read-only editor on a phone) must be
  // reachable by keyboard, or a keyboard user cannot scroll it (WCAG 2.1.1); a box that fits is no extra tab stop.
  var SCROLL_BOXES = ".table-scroll, .katex-display, .math.block, pre, .cm-scroller";
  function setupScrollBoxes() {
    function update() {
      document.querySelectorAll(SCROLL_BOXES).forEach(function (el) {
        var scrolls = el.scrollWidth > el.clientWidth + 1;
        if (scrolls && el.tabIndex < 0) {
          el.dataset.tabindexWas = el.getAttribute("tabindex") || "";
          el.tabIndex = 0;
        } else if (!scrolls && "tabindexWas" in el.dataset) {
          if (el.dataset.tabindexWas) el.setAttribute("tabindex", el.dataset.tabindexWas);
          else el.removeAttribute("tabindex");
          delete el.dataset.tabindexWas;
        }
      });
    }
    update();
    window.addEventListener("load", update);  // after fonts, images and the code editors
    window.addEventListener("resize", update);
  }

  document.addEventListener("DOMContentLoaded", function () {
    renderMath(document);
    setupScrollBoxes();
    setupLanguageSwitch();
    setupCheckAll();
    setupQuestionsTotal();
    setupConfirm();
    setupOneSubmit();
    setupMathPreview();
  });
})();
