// Language support for the code editor: one entry per language the graders can run.
import { java } from "@codemirror/lang-java";
import { python } from "@codemirror/lang-python";
import { StreamLanguage } from "@codemirror/language";
import { shell } from "@codemirror/legacy-modes/mode/shell";

/** @type {Record<string, () => import("@codemirror/state").Extension>} */
const LANGUAGE_SUPPORT = {
  python: () => python(),
  java: () => java(),
  // No Lezer grammar exists for shell; the legacy stream mode is small and good enough for highlighting.
  shell: () => StreamLanguage.define(shell),
};

/**
 * Return the CodeMirror extension that highlights and indents `language`.
 * An unknown language gets a plain editor (with a console warning) rather than no editor at all,
 * so a typo in a template never leaves an applicant without a usable answer box.
 * @param {string} language
 * @returns {import("@codemirror/state").Extension}
 */
export function languageSupport(language) {
  const make = LANGUAGE_SUPPORT[language];
  if (make) return make();
  console.warn(`QuizEditor: unknown language ${JSON.stringify(language)}; using plain text`);
  return [];
}

/** Names accepted by `QuizEditor.attach`. */
export const SUPPORTED_LANGUAGES = Object.freeze(Object.keys(LANGUAGE_SUPPORT));
