import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import type { ParsedDocument } from '../../../../shared/model/document';
import { seed, type SeedName } from '../../../fixtures/align/seeds';

const root = fileURLToPath(new URL('../../../fixtures/align/', import.meta.url));
const cases = JSON.parse(readFileSync(root + 'cases.json', 'utf8')) as Record<string, SeedName[]>;

/** A plan paragraph by the heading it sits under and its number there: `第二节 促进民营经济健康发展¶1`. */
function paragraphLabel(doc: ParsedDocument, unitId: string): string {
  const unit = doc.units.find((u) => u.id === unitId)!;
  return `${unit.path.at(-1) ?? ''}¶${unit.ordinal}`;
}

/** One line per row: the printed labels of each document's members, and the title of the first member. */
function rows(names: readonly SeedName[]): string[] {
  const docs = names.map(seed);
  return compareDocuments(docs).groups.map((g) => {
    const cells = docs.map(
      (doc, d) =>
        g.members
          .filter((m) => m.doc === d)
          .map((m) => m.label || paragraphLabel(doc, m.unitId))
          .join('+') || '—',
    );
    const first = docs[g.members[0].doc].units.find((u) => u.id === g.members[0].unitId)!;
    return `${cells.join(' | ')}  ${first.title || first.text.slice(0, 16)}${g.merged ? '  (merged)' : ''}`;
  });
}

/**
 * Golden alignments of seed pairs, one folder per case: expected.json lists
 * the rows. On a change the new rows are written beside it as actual.json, so
 * a change of alignment reviews as a file diff.
 */
describe('alignment golden fixtures', () => {
  for (const [name, names] of Object.entries(cases)) {
    it(`aligns ${name} as recorded`, () => {
      const dir = `${root}${name}/`;
      mkdirSync(dir, { recursive: true });
      const actual = JSON.stringify(rows(names), null, 2) + '\n';
      const expected = existsSync(dir + 'expected.json') ? readFileSync(dir + 'expected.json', 'utf8') : '';
      if (actual !== expected) writeFileSync(dir + 'actual.json', actual);
      else if (existsSync(dir + 'actual.json')) rmSync(dir + 'actual.json');
      expect(actual).toBe(expected);
    });
  }
});
