#!/usr/bin/env bash
# Rebuild quizapp/static/vendor from the versions pinned in package-lock.json.
# Usage (from the repository root or anywhere): npm ci && npm run vendor   (or: bash frontend/build.sh)
# The output is committed so the app needs neither Node nor any network at run time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
NM="$ROOT/node_modules"
OUT="$ROOT/quizapp/static/vendor"
ESBUILD="$NM/.bin/esbuild"

if [[ ! -x "$ESBUILD" ]]; then
  echo "node_modules is missing: run 'npm ci' first" >&2
  exit 1
fi

# Start from an empty folder so nothing stale (e.g. an old font) survives a version bump.
rm -rf "$OUT"
mkdir -p "$OUT/katex/contrib" "$OUT/katex/fonts" "$OUT/htmx" "$OUT/pico" "$OUT/codemirror"

# KaTeX: minified JS/CSS as released, fonts reduced to woff2.
cp "$NM/katex/dist/katex.min.js" "$OUT/katex/"
cp "$NM/katex/dist/contrib/auto-render.min.js" "$OUT/katex/contrib/"
node frontend/katex-woff2-only.mjs "$NM/katex/dist/katex.min.css" "$OUT/katex/katex.min.css"
cp "$NM"/katex/dist/fonts/*.woff2 "$OUT/katex/fonts/"
cp "$NM/katex/LICENSE" "$OUT/katex/LICENSE"

# htmx 2.0.x (pinned exactly in package.json: 4.x changes the attribute semantics the templates use).
cp "$NM/htmx.org/dist/htmx.min.js" "$OUT/htmx/"
cp "$NM/htmx.org/LICENSE" "$OUT/htmx/LICENSE"

# Pico CSS v2, the default (class-light) build.
cp "$NM/@picocss/pico/css/pico.min.css" "$OUT/pico/"
cp "$NM/@picocss/pico/LICENSE.md" "$OUT/pico/LICENSE.md"

# CodeMirror 6: one IIFE bundle exposing window.QuizEditor.
"$ESBUILD" frontend/editor/quiz-editor.js --bundle --minify --format=iife --target=es2020 \
  --legal-comments=none --log-level=warning --outfile="$OUT/codemirror/editor.min.js" \
  --metafile="$NM/.quiz-editor-meta.json"
node frontend/codemirror-licenses.mjs "$NM/.quiz-editor-meta.json" "$OUT/codemirror/LICENSES.txt"

# The CSS must still parse: esbuild rejects malformed CSS and warns on suspicious rules.
for css in "$OUT/katex/katex.min.css" "$OUT/pico/pico.min.css"; do
  if ! "$ESBUILD" "$css" --loader:.css=css --log-level=warning >/dev/null 2>"$OUT/.css-check"; then
    cat "$OUT/.css-check" >&2
    exit 1
  fi
  if [[ -s "$OUT/.css-check" ]]; then
    echo "CSS warnings in $css:" >&2
    cat "$OUT/.css-check" >&2
    exit 1
  fi
done
rm -f "$OUT/.css-check"

# No CDN or other remote URL may be referenced by what the pages load.
if grep -RInE "url\((\"|')?(https?:)?//" "$OUT" --include='*.css'; then
  echo "a vendored stylesheet references a remote URL" >&2
  exit 1
fi
if grep -RIlE "cdn\.|unpkg\.com|jsdelivr|cdnjs" "$OUT"; then
  echo "a vendored file names a CDN" >&2
  exit 1
fi

node frontend/vendor-readme.mjs "$NM" "$OUT"
echo "vendored into $OUT ($(du -sh "$OUT" | cut -f1))"
