// Prints vitest's JSON report as the single closing line CI reads: "N passed, N failed[, N skipped]".
import { readFileSync } from 'node:fs';

const path = process.argv[2] ?? 'test-results/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(path, 'utf8'));
} catch (err) {
  console.error(`no test report at ${path}: ${err.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// A file that fails to load has no test results of its own; count it as one failure.
const brokenFiles = (report.testResults ?? []).filter(
  (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
).length;
const failed = report.numFailedTests + brokenFiles;
const skipped = report.numPendingTests + (report.numTodoTests ?? 0);
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || report.numPassedTests === 0 ? 1 : 0);
