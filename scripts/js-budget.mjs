#!/usr/bin/env node
// JavaScript budget (`npm run bench` runs it): the gzipped JavaScript a first visit downloads before the
// page can render, read from Vite's build manifest (web/dist/.vite/manifest.json, `build.manifest` in
// web/vite.config.ts). For each page: the entry chunk, the route's lazy chunk, and every chunk either
// imports statically (what the browser fetches at once; dynamic imports load later, on demand).
// Fails (exit 1) when a page needs more than BUDGET_KB. Build the web app first (`npm run build -w web`).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.JS_BUDGET_KB ?? 170);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'web/dist');
const manifestFile = path.join(dist, '.vite/manifest.json');

/** Pages a first visit lands on, by the source file of their route chunk (web/src/app/routes/AppRoutes.tsx). */
const PAGES = [
  // Signed out, the home route shows the landing (HomePage.tsx, in the entry chunk); signed in, the learner's
  // home, which HomePage loads lazily at once (LearnerHome.tsx): that chunk and its static imports count for it.
  { name: 'landing page /', route: undefined },
  { name: "learner's home /", route: 'src/app/routes/LearnerHome.tsx' },
];

if (!existsSync(manifestFile)) {
  console.error(`${path.relative(root, manifestFile)} is missing: run \`npm run build -w web\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('The build manifest has no entry chunk.');

const gzippedBytes = new Map();
function gzipped(file) {
  if (!gzippedBytes.has(file)) gzippedBytes.set(file, gzipSync(readFileSync(path.join(dist, file))).length);
  return gzippedBytes.get(file);
}

/** The chunk keys a page needs at once: the given chunks and their static imports, transitively. */
function staticClosure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest (was the route renamed?).`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...seen];
}

let failed = false;
const kb = (bytes) => (bytes / 1024).toFixed(1);
for (const page of PAGES) {
  const chunks = staticClosure([entryKey, ...(page.route ? [page.route] : [])]).map((key) => manifest[key].file);
  const total = chunks.reduce((sum, file) => sum + gzipped(file), 0);
  const over = total > BUDGET_KB * 1024;
  failed ||= over;
  console.log(
    `${over ? 'FAIL' : 'ok  '} ${page.name}: ${kb(total)} KB gzipped JavaScript in ${chunks.length} files (budget ${BUDGET_KB} KB` +
      `${over ? `, ${kb(total - BUDGET_KB * 1024)} KB over` : ''})`,
  );
  if (over || process.env.JS_BUDGET_VERBOSE) {
    const largest = [...chunks].sort((a, b) => gzipped(b) - gzipped(a));
    for (const file of largest) console.log(`       ${kb(gzipped(file)).padStart(6)} KB  ${file}`);
  }
}
process.exit(failed ? 1 : 0);
