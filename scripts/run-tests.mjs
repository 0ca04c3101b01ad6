#!/usr/bin/env node
// Runs every test suite after the build (`npm test` builds first): unit and integration tests of all
// workspaces, then the end-to-end tests against the built server and Debian's chromium. Ends with one
// line `N passed, N failed` over all of them; a test file that failed to load counts as failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const runs = [
  { name: 'unit and integration', config: 'jest.config.js' },
  { name: 'end-to-end', config: 'jest.e2e.config.js' },
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const run of runs) {
  const output = path.join(resultsDir, `${path.basename(run.config, '.js')}.json`);
  console.log(`\n=== ${run.name} tests (${run.config}) ===`);
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/jest/bin/jest.js'),
      '-c',
      run.config,
      '--ci',
      '--json',
      `--outputFile=${output}`,
      ...process.argv.slice(2),
    ],
    { cwd: root, stdio: 'inherit' },
  );
  let report;
  try {
    report = JSON.parse(readFileSync(output, 'utf8'));
  } catch {
    // Jest itself crashed before writing a report: count the run as one failure.
    console.error(`The ${run.name} run produced no report (exit ${result.status}).`);
    failed += 1;
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  skipped += report.numPendingTests;
  if (result.status !== 0 && report.numFailedTests + report.numRuntimeErrorTestSuites === 0) {
    console.error(`The ${run.name} run exited with ${result.status} without a failed test (e.g. a global setup error).`);
    failed += 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
