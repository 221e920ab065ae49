#!/usr/bin/env node
// Prints one line "N passed, N failed" from one or more vitest JSON reports (the main run and the
// Node 22 run), for CI; exits 1 on any failure, on a missing report, or when nothing passed.
import { readFileSync } from 'node:fs';

const files = process.argv.length > 2 ? process.argv.slice(2) : ['.vitest-report.json'];
let passed = 0;
let failed = 0;
let broken = false;
for (const file of files) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    // A run that never wrote its report counts as one failure, not as nothing.
    console.error(`No vitest JSON report at ${file}: ${error.message}`);
    failed += 1;
    continue;
  }
  passed += report.numPassedTests ?? 0;
  // A test file that fails to load has no failed test in it; count it too, or a broken import would pass silently.
  failed += (report.numFailedTests ?? 0) + filesFailedWithoutFailedTests(report);
  if (report.success === false || (report.numPassedTests ?? 0) === 0) broken = true;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);

function filesFailedWithoutFailedTests(r) {
  return (r.testResults ?? []).filter((file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')).length;
}
