import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const cli = (...args: string[]) => runCli('parse', ...args);

function expectOneBilingualLine(stderr: string): void {
  const lines = stderr.split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/[\u4e00-\u9fa5]/);
  expect(lines[0]).toMatch(/[A-Za-z]{3,}/);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('cli parse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precedent-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00]));
  writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.7\n');
  writeFileSync(join(dir, 'garbled.txt'), new Uint8Array([0xff, 0xff, 0x80, 0x81, 0xff]));

  it('prints one JSON document with meta, outline, units, warnings and the page furniture', () => {
    const { status, stdout } = cli('seeds/zhumadian-2024-h2-economy-measures.txt', '--json');
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.units).toHaveLength(42);
    expect(Object.keys(json).sort()).toEqual(['furniture', 'meta', 'outline', 'units', 'warnings']);
    expect(json.furniture[0].text).toMatch(/^投稿:/);
    expect(Object.keys(json.furniture[0]).sort()).toEqual(['span', 'text']);
    expect(json.units[1]).toMatchObject({ id: 's1.m2', label: '2', ordinal: 2, title: '加快高能级创新载体平台建设' });
    expect(json.units[1].targets[0]).toHaveProperty('qualifier');
  });

  it('prints a readable summary without --json', () => {
    const { status, stdout } = cli('seeds/xuchang-2024-q2-double-half-measures.txt');
    expect(status).toBe(0);
    expect(stdout).toContain('许政办〔2024〕4号');
    expect(stdout).toContain('28. 强化能源和重要民生商品保供 [市发展和改革委员会');
  });

  it('names an untitled article by its opening words, without printing its number twice', () => {
    const { status, stdout } = cli('tests/fixtures/parse/documents/articles-arabic.txt');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^第4条 本细则自印发之日起施行。/m);
    expect(stdout).not.toMatch(/^(第\d+条) \1/m);
  });

  it.each([
    ['no argument', []],
    ['a missing file', [join(dir, 'missing.txt')]],
    ['a directory', [dir]],
    ['an empty file', [join(dir, 'empty.txt')]],
    ['a binary file', [join(dir, 'binary.txt')]],
    ['a PDF', [join(dir, 'scan.pdf')]],
    ['an undecodable file', [join(dir, 'garbled.txt')]],
  ])('exits 2 with one zh/en line and no stack for %s', (_name, args) => {
    const { status, stdout, stderr } = cli(...args, '--json');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expectOneBilingualLine(stderr);
  });
});
