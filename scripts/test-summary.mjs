#!/usr/bin/env node
// Sums vitest JSON reports (jest-compatible format) into one line.
//
//   node scripts/test-summary.mjs .test-results/pglite.json .test-results/e2e.json ...
//
// Prints one line per report, the failed tests (if any), and as the very last
// line exactly "N passed, N failed" (plus ", N skipped" when N > 0), so that
// humans and CI logs can grep a single line.
//
// Every argument is a report that was expected to exist: a missing or
// unreadable one means its run crashed before reporting, and counts as
// 1 failed so it can never look green. Exit status: 1 if failed > 0, else 0.
import { readFileSync } from "node:fs";
import { basename, relative } from "node:path";

const MAX_LISTED_FAILURES = 30;

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/test-summary.mjs REPORT.json...");
  process.exit(2);
}

const total = { passed: 0, failed: 0, skipped: 0 };

for (const file of files) {
  const name = basename(file, ".json");
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
    if (typeof report !== "object" || report === null) throw new Error("not a JSON object");
  } catch (err) {
    // The glob was not expanded (no reports at all) or the run died early.
    const why = err.code === "ENOENT" ? "report missing" : `report unreadable: ${err.message}`;
    console.log(`${name}: ${why} (${file}); counted as 1 failed`);
    total.failed += 1;
    continue;
  }

  const num = (key) => (Number.isFinite(report[key]) ? report[key] : 0);
  const passed = num("numPassedTests");
  let failed = num("numFailedTests");
  const skipped = num("numPendingTests") + num("numTodoTests");
  const problems = [];

  for (const suite of Array.isArray(report.testResults) ? report.testResults : []) {
    const where = suite.name ? relative(process.cwd(), suite.name) : "(unknown file)";
    const tests = Array.isArray(suite.assertionResults) ? suite.assertionResults : [];
    for (const t of tests) {
      if (t.status === "failed") problems.push(`  FAIL ${where} > ${t.fullName || t.title}`);
    }
    // A file that failed to load (syntax error, throwing import, failing
    // beforeAll) has no failed tests, only a failed suite: count it, or the
    // summary would say "0 failed" for a red run.
    if (suite.status === "failed" && !tests.some((t) => t.status === "failed")) {
      failed += 1;
      const msg = String(suite.message || "").split("\n")[0];
      problems.push(`  FAIL ${where} (file failed${msg ? `: ${msg}` : ""})`);
    }
  }
  // Vitest reports success=false with no failures e.g. when no test files
  // matched; that is a failed run too.
  if (report.success === false && failed === 0) {
    failed += 1;
    problems.push("  FAIL run reported success=false with no failed tests (no test files found?)");
  }

  const parts = [`${passed} passed`, `${failed} failed`];
  if (skipped > 0) parts.push(`${skipped} skipped`);
  console.log(`${name}: ${parts.join(", ")}`);
  for (const line of problems.slice(0, MAX_LISTED_FAILURES)) console.log(line);
  if (problems.length > MAX_LISTED_FAILURES) {
    console.log(`  ... and ${problems.length - MAX_LISTED_FAILURES} more`);
  }

  total.passed += passed;
  total.failed += failed;
  total.skipped += skipped;
}

const parts = [`${total.passed} passed`, `${total.failed} failed`];
if (total.skipped > 0) parts.push(`${total.skipped} skipped`);
console.log(parts.join(", "));
process.exit(total.failed > 0 ? 1 : 0);
