import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../../shared/engine/index';
import type { DiffOptions } from '../../../../shared/model/comparison';

const root = fileURLToPath(new URL('../../../fixtures/diff/', import.meta.url));
const cases = readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/**
 * Golden diff fixtures, one folder per case (base.txt, other.txt, options.json,
 * expected.json). On a mismatch the actual result is written beside the
 * expectation as actual.json, so the change reviews as a file diff.
 */
describe('word diff golden fixtures', () => {
  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    it(`diffs ${name} as expected`, () => {
      const dir = root + name + '/';
      const options = JSON.parse(readFileSync(dir + 'options.json', 'utf8')) as DiffOptions;
      const { ops, coarse } = diffTexts(readFileSync(dir + 'base.txt', 'utf8'), readFileSync(dir + 'other.txt', 'utf8'), options, {
        maxComputationTimeMs: 2000,
      });
      const actualText = JSON.stringify({ ops, coarse }, null, 2) + '\n';
      const expectedText = existsSync(dir + 'expected.json') ? readFileSync(dir + 'expected.json', 'utf8') : '';
      if (actualText !== expectedText) writeFileSync(dir + 'actual.json', actualText);
      else if (existsSync(dir + 'actual.json')) rmSync(dir + 'actual.json');
      expect(actualText).toBe(expectedText);
    });
  }
});
