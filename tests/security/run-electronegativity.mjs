#!/usr/bin/env node
/**
 * Runs @doyensec/electronegativity over the repository (sources and the built
 * out/ folder) for Electron 41.7.1, offline, and fails on any finding not
 * listed with a written reason in tests/security/accepted-findings.json.
 * Usage: node tests/security/run-electronegativity.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../..');
const require = createRequire(import.meta.url);
const cli = join(require.resolve('@doyensec/electronegativity/package.json'), '../dist/index.js');
const accepted = JSON.parse(readFileSync(join(here, 'accepted-findings.json'), 'utf-8'));

/** Splits one CSV line, honouring quotes and doubled quotes. */
export function csvFields(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') fields.push(field.trim()), (field = '');
    else field += c;
  }
  fields.push(field.trim());
  return fields;
}

const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const csv = join(work, 'findings.csv');
try {
  const excluded = accepted.excludedChecks.map((c) => c.check).join(',');
  execFileSync(
    process.execPath,
    ['--require', join(here, 'offline-got.cjs'), cli, '-i', repo, '-e', '41.7.1', '-o', csv, '-x', excluded],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, LANG: 'en-US' } },
  );
  const rows = readFileSync(csv, 'utf-8').split('\n').slice(1).filter((l) => l.trim() !== '');
  const findings = rows.map((line) => {
    const [issue, severity, confidence, file, location, , description] = csvFields(line);
    return { issue, severity, confidence, file: relative(repo, file), location, description };
  });
  const used = new Set();
  const open = findings.filter((f) => {
    if (f.severity === 'INFORMATIONAL') return false;
    const rule = accepted.accepted.find(
      (a) => a.issue === f.issue && (a.files.includes('*') || a.files.includes(f.file)) && (!a.description || a.description === f.description),
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
  if (open.length > 0) {
    console.error(`electronegativity: ${open.length} finding(s) not accepted in tests/security/accepted-findings.json`);
    process.exitCode = 1;
  } else {
    console.log(`electronegativity: ${findings.length} finding(s), all informational or accepted with a reason`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
