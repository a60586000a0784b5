// Entry point of the vendored CodeMirror bundle: exposes window.QuizEditor.
// A textarea stays the source of truth for form submission; the editor only mirrors into it.
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
import { EditorState } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from "@codemirror/view";

import { languageSupport, SUPPORTED_LANGUAGES } from "./languages.js";
import { quizEditorTheme } from "./theme.js";

/** Editors already attached, so attaching twice (e.g. after an htmx swap) is harmless. */
const attached = new WeakMap();

/**
 * Accessible name for the editor: the textarea's <label>, else its own aria-label, else a generic one.
 * @param {HTMLTextAreaElement} textarea
 * @returns {string}
 */
function accessibleName(textarea) {
  const label = textarea.labels && textarea.labels.length > 0 ? textarea.labels[0].textContent : "";
  const name = (label || textarea.getAttribute("aria-label") || "").replace(/\s+/g, " ").trim();
  return name || "Code answer";
}

/**
 * ARIA attributes copied onto the editable element so screen readers announce what the textarea announced.
 * @param {HTMLTextAreaElement} textarea
 * @returns {Record<string, string>}
 */
function contentAttributes(textarea) {
  const attributes = { "aria-label": accessibleName(textarea) };
  const describedBy = textarea.getAttribute("aria-describedby");
  if (describedBy) attributes["aria-describedby"] = describedBy;
  if (textarea.readOnly) attributes["aria-readonly"] = "true";
  // A hidden `required` textarea would block submission without any visible message, so the
  // requirement is announced on the editor instead and the server keeps validating.
  if (textarea.required) attributes["aria-required"] = "true";
  return attributes;
}

/**
 * Replace `textarea` by a CodeMirror editor for `language` ("python" | "java" | "shell").
 * The textarea is hidden but kept in the form and updated on every change, so a normal submit
 * sends the code. Returns a handle with the EditorView and a `destroy()` that restores the textarea.
 * @param {HTMLTextAreaElement} textarea
 * @param {string} language
 * @returns {{view: EditorView, destroy: () => void}}
 */
function attach(textarea, language) {
  if (!(textarea instanceof HTMLTextAreaElement)) {
    throw new TypeError("QuizEditor.attach expects a <textarea> element");
  }
  const existing = attached.get(textarea);
  if (existing) return existing;

  const readOnly = textarea.readOnly;
  const wasRequired = textarea.required;
  const extensions = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    indentUnit.of("    "),
    EditorState.tabSize.of(4),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    bracketMatching(),
    highlightActiveLine(),
    // Tab indents; the view's built-in rule lets Escape then Tab move focus out (no keyboard trap).
    keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap]),
    languageSupport(language),
    quizEditorTheme,
    EditorView.contentAttributes.of(contentAttributes(textarea)),
    EditorState.readOnly.of(readOnly),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      textarea.value = update.state.doc.toString();
      // Listeners on the textarea (htmx triggers, autosave) still hear about edits.
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }),
  ];
  if (readOnly) extensions.push(EditorView.editorAttributes.of({ class: "cm-readonly" }));

  const view = new EditorView({ doc: textarea.value, extensions });
  textarea.insertAdjacentElement("afterend", view.dom);
  textarea.hidden = true;
  textarea.required = false;

  // A form reset puts the textarea back to its default value: mirror that into the editor.
  const onReset = () =>
    setTimeout(() => {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: textarea.value } });
    });
  const form = textarea.form;
  if (form) form.addEventListener("reset", onReset);

  const handle = {
    view,
    destroy() {
      if (form) form.removeEventListener("reset", onReset);
      textarea.value = view.state.doc.toString();
      view.destroy();
      textarea.hidden = false;
      textarea.required = wasRequired;
      attached.delete(textarea);
    },
  };
  attached.set(textarea, handle);
  return handle;
}

/**
 * Attach an editor to every `textarea[data-code-language]` under `root` (e.g. after an htmx swap).
 * @param {ParentNode} [root]
 * @returns {Array<{view: EditorView, destroy: () => void}>}
 */
function attachAll(root = document) {
  return Array.from(root.querySelectorAll("textarea[data-code-language]"), (textarea) =>
    attach(textarea, textarea.dataset.codeLanguage),
  );
}

window.QuizEditor = Object.freeze({ attach, attachAll, languages: SUPPORTED_LANGUAGES });
