/**
 * IPC arguments are closed objects: the audit got 9 of 105 malformed calls
 * (keys `constructor`, `toString`, `__proto__`) accepted and stored. Every
 * such call is now refused with the usual message, and the implementation
 * only ever sees a null-prototype copy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invokeApi } from '../../../../electron/main/api/envelope';
import type { PrecedentApi } from '../../../../shared/api/contract';
import { validateArgs } from '../../../../shared/api/validate';

const diff = { ignorePunctuationWidth: true, ignoreWhitespace: false, ignoreLevelWords: true };
/** One valid argument per method that takes an object, to be spoiled. */
const valid: Record<string, Record<string, unknown>> = {
  getDocument: { id: 'lib-1' },
  compare: { ids: ['a', 'b'], pivot: 0, options: diff },
  search: { query: '以旧换新', filters: { region: '许昌' }, limit: 5 },
  importFiles: { files: [{ name: 'a.txt', base64: 'YQ==' }] },
  updateMeta: { id: 'lib-1', fields: { title: '措施', region: { city: '许昌' } } },
  setNote: { key: { docId: 'a', unitId: 'u1' }, text: '批注' },
  saveComparison: { name: '对照', ids: ['a', 'b'], pivot: 0, options: diff },
  updateSettings: { settings: { diff: { ignoreWhitespace: true }, fontScale: 1.2 } },
  exportTable: { ids: ['a', 'b'], pivot: 1, options: diff, format: 'docx', includeNotes: false },
};

/** Every object inside a value, with a setter that adds a key to it. */
function objectsIn(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (value && typeof value === 'object') {
    if (!Array.isArray(value)) out.push(value as Record<string, unknown>);
    for (const v of Object.values(value)) objectsIn(v, out);
  }
  return out;
}

const poison = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'prototype'];

describe('IPC argument validation', () => {
  it('accepts each valid argument and hands back a null-prototype copy', () => {
    for (const [method, arg] of Object.entries(valid)) {
      const copy = validateArgs(method as never, arg) as Record<string, unknown>;
      expect(copy).toEqual(arg);
      expect(copy).not.toBe(arg);
      for (const o of objectsIn(copy)) expect(Object.getPrototypeOf(o)).toBeNull();
    }
  });

  it('refuses an object-prototype name at any depth, whatever its value, and never calls the method', async () => {
    let calls = 0;
    const api = new Proxy({}, { get: () => async () => void calls++ }) as PrecedentApi;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(valid)),
        fc.constantFrom(...poison),
        fc.nat(),
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant({}), fc.constant(null)),
        async (method, key, at, value) => {
          const arg = JSON.parse(JSON.stringify(valid[method]));
          const targets = objectsIn(arg);
          const target = targets[at % targets.length];
          Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
          const answer = await invokeApi(api, method as never, JSON.parse(JSON.stringify(arg)));
          expect(answer.ok).toBe(false);
          if (!answer.ok) {
            expect(answer.error.code).toBe('bad-argument');
            expect(answer.error.zh).toContain(`${key} 不是可用的字段`);
            expect(answer.error.en).toContain(`${key} is not an allowed field`);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(calls).toBe(0);
  });

  it('refuses what is not plain data: class instances, getters, arrays with holes', () => {
    expect(() => validateArgs('getDocument', Object.assign(new (class Doc {})(), { id: 'x' }))).toThrow(/not a plain object/);
    expect(() => validateArgs('getDocument', Object.defineProperty({}, 'id', { get: () => 'x', enumerable: true }))).toThrow(
      /not a data field/,
    );
    // eslint-disable-next-line no-sparse-arrays
    expect(() => validateArgs('compare', { ids: ['a', , 'b'], pivot: 0, options: diff })).toThrow(/plain array/);
  });

  it('says which field is missing, which is wrong and which is not allowed', () => {
    expect(() => validateArgs('getDocument', {})).toThrow('args.id 缺少此字段 / invalid argument (getDocument): args.id is missing');
    expect(() => validateArgs('getDocument', { id: 5 })).toThrow('args.id must be a string');
    expect(() => validateArgs('getDocument', { id: 'x', extra: 1 })).toThrow('args.extra is not an allowed field');
    expect(() => validateArgs('listNotes', { a: 1 })).toThrow('takes no argument');
    expect(() => validateArgs('toString' as never, {})).toThrow('unknown method');
  });
});
