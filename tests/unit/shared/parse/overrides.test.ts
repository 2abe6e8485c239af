import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../../../../shared/parse/overrides';
import { parsedSeed } from '../../../fixtures/parse/seeds';

describe('applyOverrides', () => {
  it('replaces only the given fields and marks their source', () => {
    const meta = parsedSeed('district').meta;
    const next = applyOverrides(meta, { region: { province: '河南省' }, year: 2024 }, 'user');
    expect(next.region).toEqual({ province: '河南省' });
    expect(next.year).toBe(2024);
    expect(next.overridden).toEqual({ region: 'user', year: 'user' });
    expect(next.title).toBe(meta.title);
    expect(meta.overridden).toEqual({});
  });

  it('keeps earlier marks when a later source overrides other fields', () => {
    const meta = applyOverrides(parsedSeed('xuchang').meta, { kind: '措施' }, 'catalog');
    const next = applyOverrides(meta, { status: 'draft', notes: 'x' } as never, 'user');
    expect(next.overridden).toEqual({ kind: 'catalog', status: 'user' });
    expect('notes' in next).toBe(false);
  });
});
