// Gather the licence text of every npm package that esbuild put into the CodeMirror bundle.
// The list comes from esbuild's metafile, so it is exact: nothing bundled is missed, nothing else added.
// Usage: node codemirror-licenses.mjs <metafile.json> <out.txt>
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Return the sorted package directories (relative to the repository) that the bundle's inputs come from.
 * @param {{inputs: Record<string, unknown>}} metafile
 * @returns {string[]}
 */
export function bundledPackageDirs(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = input.match(/^(.*?node_modules\/(?:@[^/]+\/)?[^/]+)\//);
    if (match) dirs.add(match[1]);
  }
  return [...dirs].sort();
}

/**
 * Return one "name@version + licence text" section for the package in `dir`.
 * @param {string} dir
 * @returns {string}
 */
function licenceSection(dir) {
  const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = readdirSync(dir).find((entry) => /^licen[cs]e/i.test(entry));
  if (!file) throw new Error(`no licence file in ${dir}`);
  const rule = "=".repeat(72);
  return `${rule}\n${meta.name}@${meta.version} (${meta.license})\n${rule}\n${readFileSync(join(dir, file), "utf8").trim()}\n`;
}

// Run only as a script, so tests can import bundledPackageDirs.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [metafilePath, output] = process.argv.slice(2);
  const dirs = bundledPackageDirs(JSON.parse(readFileSync(metafilePath, "utf8")));
  if (dirs.length === 0) throw new Error("the metafile names no npm package: wrong file?");
  const header = "Licences of the npm packages bundled into editor.min.js\n\n";
  writeFileSync(output, header + dirs.map(licenceSection).join("\n"));
}
