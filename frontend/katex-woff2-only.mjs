// Rewrite katex.min.css so every @font-face references only its woff2 file.
// Every browser that runs KaTeX 0.16+ reads woff2; shipping woff/ttf would triple the vendored size.
// Usage: node katex-woff2-only.mjs <in.css> <out.css>
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/**
 * Return `css` with each `src:` list inside @font-face reduced to its woff2 entry.
 * Throws if a font-face has no woff2 entry or if any non-woff2 font URL is left, so a future
 * KaTeX release that changes its CSS fails the build instead of shipping broken references.
 * @param {string} css
 * @returns {string}
 */
export function keepOnlyWoff2(css) {
  let faces = 0;
  const rewritten = css.replace(/@font-face\s*\{[^}]*\}/g, (face) => {
    faces += 1;
    return face.replace(/src\s*:\s*([^;}]*)/, (_whole, sources) => {
      const woff2 = sources.split(/,(?=\s*url\()/).find((entry) => /format\(\s*["']?woff2["']?\s*\)/.test(entry));
      if (!woff2) throw new Error(`@font-face without a woff2 source: ${face}`);
      return `src:${woff2.trim()}`;
    });
  });
  if (faces === 0) throw new Error("no @font-face found: has KaTeX's CSS changed shape?");
  const leftovers = rewritten.match(/url\([^)]*\.(woff|ttf|otf|eot)["']?\)/g);
  if (leftovers) throw new Error(`non-woff2 fonts still referenced: ${leftovers.join(", ")}`);
  const opened = (rewritten.match(/\{/g) || []).length;
  const closed = (rewritten.match(/\}/g) || []).length;
  if (opened !== closed) throw new Error(`unbalanced braces after rewrite: ${opened} vs ${closed}`);
  return rewritten;
}

// Run only as a script, so tests can import keepOnlyWoff2.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error("usage: node katex-woff2-only.mjs <in.css> <out.css>");
    process.exit(2);
  }
  writeFileSync(output, keepOnlyWoff2(readFileSync(input, "utf8")));
}
