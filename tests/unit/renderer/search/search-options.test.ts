import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../shared/api/contract';
import { searchChoices, stepHit } from '../../../../renderer/src/search/search-options';

const doc = (meta: Partial<DocumentSummary['meta']>): DocumentSummary =>
  ({ meta: { title: 't', region: {}, ...meta } }) as unknown as DocumentSummary;

describe('search filter choices', () => {
  it('offers each region, year and kind the library holds once, the most specific place of each document', () => {
    const choices = searchChoices([
      doc({ region: { province: '河南省', city: '驻马店市' }, year: 2024, kind: '实施办法' }),
      doc({ region: { city: '许昌市' }, year: 2024, kind: '若干措施' }),
      doc({ region: { city: '驻马店市', district: '驿城区' }, kind: '若干措施' }),
      doc({ region: { city: '驻马店市' }, year: 2021 }),
    ]);
    expect(new Set(choices.regions)).toEqual(new Set(['驻马店市', '许昌市', '驿城区']));
    expect(choices.years).toEqual([2024, 2021]);
    expect(new Set(choices.kinds)).toEqual(new Set(['实施办法', '若干措施']));
  });

  it('steps through hits with wrap-around, starting from either end', () => {
    expect([stepHit(-1, 1, 3), stepHit(-1, -1, 3), stepHit(2, 1, 3), stepHit(0, -1, 3), stepHit(1, 1, 3)]).toEqual([0, 2, 0, 2, 2]);
    expect(stepHit(-1, 1, 0)).toBe(-1);
  });
});
