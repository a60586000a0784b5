// Visual theme of the editor. It keeps its own light background so the syntax colours of
// defaultHighlightStyle keep their contrast even when Pico switches the page to dark mode.
import { EditorView } from "@codemirror/view";

/** Editor theme: bordered like Pico form fields, monospace, a clearly visible focus ring. */
export const quizEditorTheme = EditorView.theme(
  {
    "&": {
      backgroundColor: "#ffffff",
      color: "#1b1b1b",
      border: "1px solid var(--pico-form-element-border-color, #8a8a8a)",
      borderRadius: "var(--pico-border-radius, 0.25rem)",
      marginBottom: "var(--pico-spacing, 1rem)",
      fontSize: "0.95rem",
    },
    "&.cm-focused": {
      outline: "3px solid var(--pico-primary-focus, #0172ad80)",
      outlineOffset: "1px",
    },
    ".cm-scroller": {
      fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace",
      minHeight: "10em",
      maxHeight: "32em",
      overflow: "auto",
    },
    ".cm-content": { caretColor: "#1b1b1b" },
    ".cm-gutters": { backgroundColor: "#f3f3f3", color: "#595959", borderRight: "1px solid #d0d0d0" },
    ".cm-activeLine": { backgroundColor: "#f5f8ff" },
    ".cm-activeLineGutter": { backgroundColor: "#e4ebf7" },
    "&.cm-readonly .cm-scroller, &.cm-readonly .cm-activeLine": { backgroundColor: "#f4f4f4" },
  },
  { dark: false },
);
