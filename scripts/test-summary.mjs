#!/usr/bin/env node
// Prints one line "N passed, N failed" from vitest's JSON report, for CI; exits 1 on any failure.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.vitest-report.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.log('0 passed, 1 failed');
  console.error(`No vitest JSON report at ${file}: ${error.message}`);
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
// A test file that fails to load has no failed test in it; count it too, or a broken import would pass silently.
const failed = (report.numFailedTests ?? 0) + filesFailedWithoutFailedTests(report);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || report.success === false || passed === 0 ? 1 : 0);

function filesFailedWithoutFailedTests(r) {
  return (r.testResults ?? []).filter((file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')).length;
}
