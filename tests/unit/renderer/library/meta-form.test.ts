import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../../shared/model/document';
import { formOf, metaPatch } from '../../../../renderer/src/library/meta-form';

const meta: DocumentMeta = {
  title: '扎实推进下半年经济稳进提质向好若干措施(征求意见稿)',
  region: { city: '驻马店市' },
  level: '县区',
  kind: '若干措施',
  status: 'draft',
  overridden: {},
};

describe('the metadata form', () => {
  it('sends only what changed, trimmed and typed', () => {
    const before = formOf(meta);
    const patch = metaPatch(before, {
      ...before,
      year: ' 2024 ',
      docNumber: '驿政办〔2024〕9号',
      district: '驿城区',
      writtenDate: '2024-07-20',
    });
    expect(patch).toEqual({
      ok: true,
      fields: { year: 2024, docNumber: '驿政办〔2024〕9号', region: { city: '驻马店市', district: '驿城区' }, writtenDate: '2024-07-20' },
    });
    expect(metaPatch(before, before)).toEqual({ ok: true, fields: {} });
  });

  it('lets a printed field be emptied but refuses an empty title, a bad date or year, and a removed date', () => {
    const before = formOf({ ...meta, docNumber: '某政〔2024〕1号', publishedDate: '2024-08-01' });
    expect(metaPatch(before, { ...before, docNumber: '' })).toEqual({ ok: true, fields: { docNumber: '' } });
    const bad = metaPatch(before, { ...before, title: '  ', writtenDate: '2024/7/31', publishedDate: '', year: '24' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(Object.keys(bad.problems).sort()).toEqual(['publishedDate', 'title', 'writtenDate', 'year']);
      expect(bad.problems.writtenDate).toContain('2024-07-31');
      expect(bad.problems.title).toMatch(/^标题/);
    }
  });
});
