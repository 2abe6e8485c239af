#!/usr/bin/env node
/**
 * Runs @doyensec/electronegativity over the repository (sources and the built
 * out/ folder) for Electron 41.7.1, offline, and fails on any finding not
 * listed with a written reason in tests/security/accepted-findings.json, and
 * on any file it could not parse (an unscanned file is not a clean one).
 * Usage: node tests/security/run-electronegativity.mjs
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../..');
const require = createRequire(import.meta.url);
const accepted = JSON.parse(readFileSync(resolve(here, 'accepted-findings.json'), 'utf-8'));

// Its `got` (translations, Electron release list) must fail at once: the scan runs offline.
require('./offline-got.cjs');
// Called as a library, not through its CLI: the CLI's CSV writer issues the
// header and the rows as two unsynchronised writeFile calls, which on some
// runs interleave and truncate the first finding (a CI run failed on that).
const electronegativity = require('@doyensec/electronegativity');

const result = await electronegativity({
  input: repo,
  electronVersionOverride: '41.7.1',
  excludeFromScan: accepted.excludedChecks.map((c) => c.check),
  isRelative: true,
});

const unscanned = result.errors.filter((e) => !e.tolerable);
for (const e of result.errors) console.log(`${e.tolerable ? 'warning ' : 'UNSCANNED'} ${e.file}: ${e.message}`);

const findings = result.issues.map((i) => ({
  issue: i.id,
  severity: i.severity.name,
  confidence: i.confidence.name,
  file: i.file,
  location: `${i.location.line}:${i.location.column}`,
  description: i.description,
}));
const used = new Set();
const open = findings.filter((f) => {
  if (f.severity === 'INFORMATIONAL') return false;
  const rule = accepted.accepted.find(
    (a) =>
      a.issue === f.issue && (a.files.includes('*') || a.files.includes(f.file)) && (!a.description || a.description === f.description),
  );
  if (rule) used.add(rule);
  return !rule;
});
for (const f of findings) {
  const status = f.severity === 'INFORMATIONAL' ? 'info' : open.includes(f) ? 'OPEN' : 'accepted';
  console.log(`${status.padEnd(8)} ${f.issue} ${f.severity}/${f.confidence} ${f.file}:${f.location} ${f.description}`);
}
for (const rule of accepted.accepted.filter((a) => !used.has(a))) {
  console.log(`note: accepted rule no longer matches anything: ${rule.issue} ${rule.files.join(', ')}`);
}
if (open.length > 0 || unscanned.length > 0) {
  if (open.length > 0) console.error(`electronegativity: ${open.length} finding(s) not accepted in tests/security/accepted-findings.json`);
  if (unscanned.length > 0) console.error(`electronegativity: ${unscanned.length} file(s) could not be scanned`);
  process.exitCode = 1;
} else {
  console.log(`electronegativity: ${findings.length} finding(s), all informational or accepted with a reason`);
}
