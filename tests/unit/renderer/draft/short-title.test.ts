import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../shared/api/contract';
import { shortTitles } from '../../../../renderer/src/draft/short-title';

const summary = (id: string, meta: Record<string, unknown>): DocumentSummary =>
  ({ id, fileName: `${id}.txt`, meta: { region: {}, status: 'final', ...meta } }) as unknown as DocumentSummary;

describe('short names of precedent documents', () => {
  it('names a document by place, year and kind', () => {
    const names = shortTitles([
      summary('a', {
        title: '攻坚二季度确保“双过半”若干措施',
        region: { province: '河南省', city: '许昌市' },
        year: 2024,
        kind: '若干措施',
      }),
    ]);
    expect(names.get('a')).toBe('许昌市 2024 若干措施');
  });

  it('falls back to a cut title when two documents would share a name, or the place is unknown', () => {
    const twin = { region: { city: '驻马店市' }, year: 2024, kind: '实施办法' };
    const names = shortTitles([
      summary('a', { ...twin, title: '扎实推进2024年下半年经济稳进向好实施办法' }),
      summary('b', { ...twin, title: '关于促进消费的实施办法' }),
      summary('c', { title: '某某工作方案', year: 2021 }),
    ]);
    expect(names.get('a')).toBe('扎实推进2024年下半年经济稳…');
    expect(names.get('b')).toBe('关于促进消费的实施办法');
    expect(names.get('c')).toBe('某某工作方案');
  });

  it('marks a 征求意见稿 as such', () => {
    const names = shortTitles([
      summary('d', { title: '规划纲要(草案)', region: { city: '驻马店市' }, year: 2021, kind: '规划纲要', status: 'draft' }),
    ]);
    expect(names.get('d')).toBe('驻马店市 2021 规划纲要(征求意见稿)');
  });
});
