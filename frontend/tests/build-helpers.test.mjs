// Unit tests of the build helpers: run with `node --test frontend/tests/`.
import assert from "node:assert/strict";
import { test } from "node:test";

import { bundledPackageDirs } from "../codemirror-licenses.mjs";
import { keepOnlyWoff2 } from "../katex-woff2-only.mjs";

const FACE =
  '@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2"),' +
  'url(fonts/KaTeX_Main-Regular.woff) format("woff"),url(fonts/KaTeX_Main-Regular.ttf) format("truetype")}';

test("keeps only the woff2 source of each font-face and leaves other rules alone", () => {
  const css = `${FACE}.katex{font:normal 1.21em KaTeX_Main}${FACE.replaceAll("Main", "Math")}`;
  const out = keepOnlyWoff2(css);
  assert.equal(out.match(/@font-face/g).length, 2);
  assert.match(out, /src:url\(fonts\/KaTeX_Main-Regular\.woff2\) format\("woff2"\)\}/);
  assert.match(out, /src:url\(fonts\/KaTeX_Math-Regular\.woff2\) format\("woff2"\)\}/);
  assert.doesNotMatch(out, /\.woff\)|\.ttf\)/);
  assert.ok(out.includes(".katex{font:normal 1.21em KaTeX_Main}"));
});

test("refuses a font-face that has no woff2 source", () => {
  const css = '@font-face{font-family:X;src:url(x.woff) format("woff")}';
  assert.throws(() => keepOnlyWoff2(css), /without a woff2 source/);
});

test("refuses CSS with no font-face at all", () => {
  assert.throws(() => keepOnlyWoff2(".a{color:red}"), /no @font-face/);
});

test("lists each bundled package once, scoped or not, and skips our own sources", () => {
  const metafile = {
    inputs: {
      "node_modules/@codemirror/view/dist/index.js": {},
      "node_modules/@codemirror/view/dist/other.js": {},
      "node_modules/crelt/index.js": {},
      "frontend/editor/quiz-editor.js": {},
    },
  };
  assert.deepEqual(bundledPackageDirs(metafile), ["node_modules/@codemirror/view", "node_modules/crelt"]);
});
