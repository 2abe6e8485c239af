import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../../shared/text/content-hash';

const of = (...parts: string[]) => parts.reduce((h, p) => h.feed(p), contentHash()).lanes();

describe('content hash for cache keys', () => {
  it('is the same for the same strings fed in the same order', () => {
    expect(of('关于印发', '若干措施的通知')).toEqual(of('关于印发', '若干措施的通知'));
  });

  it('tells apart a boundary moved between strings, an order swapped and one character changed', () => {
    const base = of('ab', 'c');
    expect(of('a', 'bc')).not.toEqual(base);
    expect(of('c', 'ab')).not.toEqual(base);
    expect(of('ab', 'd')).not.toEqual(base);
    expect(of('力争认定省级创新平台30家以上')).not.toEqual(of('力争认定省级创新平台40家以上'));
  });

  it('gives two unsigned 32-bit lanes', () => {
    for (const lane of of('驻马店')) expect(Number.isInteger(lane) && lane >= 0 && lane < 2 ** 32).toBe(true);
  });
});
