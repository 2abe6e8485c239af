import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRows } from '../../../../renderer/src/compare/compare-model';
import { comparisonView, defaultDiffOptions, documentDetail } from '../../../../shared/api/views';
import type { DocumentSummary } from '../../../../shared/api/contract';
import { compareDocuments } from '../../../../shared/engine/index';
import { parseDocument } from '../../../../shared/parse/index';

const seed = (name: string) => {
  const text = readFileSync(fileURLToPath(new URL(`../../../../seeds/${name}`, import.meta.url)), 'utf8');
  return { text, parsed: parseDocument(text, { fileName: name }) };
};

describe('responsible units in the compare view', () => {
  const docs = [seed('zhumadian-2024-h2-economy-measures.txt'), seed('xuchang-2024-q2-double-half-measures.txt')];
  const comparison = compareDocuments(docs.map((d) => d.parsed));
  const details = docs.map((d, i) => documentDetail({ id: `d${i}` } as DocumentSummary, d.text, d.parsed));
  const rows = (ignoreLevelWords: boolean) => buildRows(comparisonView(details, comparison, { ...defaultDiffOptions, ignoreLevelWords }));
  const row = rows(false).find((r) => r.cells[1].units.some((u) => u.unit.title === '着力营造优良创新生态'));

  it('does not list an office written in full on one side and short on the other (市科学技术局 / 市科技局)', () => {
    expect(row?.cells[0].units[0].unit.responsible.map((r) => r.name)).toContain('市科技局');
    expect(row?.cells[1].units[0].unit.responsible.map((r) => r.name)).toContain('市科学技术局');
    expect(row?.cells[1].responsibleAdded).not.toContain('市科学技术局');
    expect(row?.cells[1].responsibleRemoved).not.toContain('市科技局');
  });

  it('still lists the offices only one side names, as they are written', () => {
    expect(row?.cells[1].responsibleAdded).toContain('市政府办公室');
    expect(row?.cells[1].responsibleRemoved).toContain('市工信局');
  });
});
