import { describe, expect, it } from 'vitest';
import { officeKey } from '../../../../shared/text/departments';

describe('office names', () => {
  it('gives the full and the short name of an office one key', () => {
    expect(officeKey('市科学技术局', false)).toBe(officeKey('市科技局', false));
    expect(officeKey('市发展和改革委员会', false)).toBe(officeKey('市发改委', false));
    expect(officeKey('区人力资源社会保障局', false)).toBe(officeKey('区人社局', false));
    expect(officeKey('区文化广电体育和旅游局', false)).toBe(officeKey('区文广旅局', false));
  });

  it('keeps the level apart unless told to ignore it', () => {
    expect(officeKey('区发展改革委', false)).not.toBe(officeKey('市发改委', false));
    expect(officeKey('区发展改革委', true)).toBe(officeKey('市发改委', true));
    expect(officeKey('全市统计局', true)).toBe('统计局');
  });

  it('leaves other offices as they are written', () => {
    expect(officeKey('人行驻马店分行', true)).toBe('人行驻马店分行');
    expect(officeKey('市财政局', false)).toBe('市财政局');
    expect(officeKey('市财政局', false)).not.toBe(officeKey('市商务局', false));
  });
});
