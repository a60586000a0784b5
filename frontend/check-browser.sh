#!/usr/bin/env bash
# Load the check pages in headless Chromium and report each PASS/FAIL line they print.
# Usage: bash frontend/check-browser.sh [--screenshots DIR]   (needs Debian's chromium: apt-get install -y chromium)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHOTS=""
if [[ "${1:-}" == "--screenshots" ]]; then SHOTS="${2:?directory expected}"; mkdir -p "$SHOTS"; fi
CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$CHROMIUM" ]]; then
  echo "chromium not found: apt-get install -y chromium" >&2
  exit 1
fi
# File access is needed because the pages load the vendored files (fonts included) over file://.
FLAGS=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
  --disable-sync --no-first-run --allow-file-access-from-files --virtual-time-budget=3000)

passed=0
failed=0
for page in "$ROOT"/frontend/checks/*.html; do
  name="$(basename "$page" .html)"
  dom="$(timeout 60 "$CHROMIUM" "${FLAGS[@]}" --dump-dom "file://$page" 2>/dev/null || true)"
  results="$(printf '%s\n' "$dom" | sed -n '/<pre id="results">/,/<\/pre>/p' | sed -e 's/<[^>]*>//g')"
  if ! grep -qE '^(PASS|FAIL) ' <<<"$results"; then
    echo "FAIL $name: the page printed no result: $results"
    failed=$((failed + 1))
    continue
  fi
  while IFS= read -r line; do
    case "$line" in
      PASS*) passed=$((passed + 1)); echo "$name: $line" ;;
      FAIL* | ERROR*) failed=$((failed + 1)); echo "$name: $line" ;;
    esac
  done <<<"$results"
  if [[ -n "$SHOTS" ]]; then
    timeout 60 "$CHROMIUM" "${FLAGS[@]}" --window-size=1000,1500 --screenshot="$SHOTS/$name.png" "file://$page" \
      >/dev/null 2>&1 || true
  fi
done
echo "$passed passed, $failed failed"
[[ "$failed" -eq 0 ]]
