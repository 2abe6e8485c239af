import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import type { Comparison } from '../../../../shared/model/comparison';
import { parseDocument } from '../../../../shared/parse/index';
import { seedFiles, seedText, type SeedName } from '../../../fixtures/align/seeds';

/** A converter (OpenCC's cn → tw), not our own fold: what a mirror site prints. */
const toTraditional = Converter({ from: 'cn', to: 'tw' });

const parse = (name: SeedName, traditional: boolean) => {
  const text = seedText(name);
  return parseDocument(traditional ? toTraditional(text) : text, { fileName: seedFiles[name] });
};

/** Pairs of printed ordinals a two-document comparison makes. */
const pairs = (c: Comparison) =>
  c.groups
    .flatMap((g) =>
      g.members.filter((m) => m.doc === 0).flatMap((l) => g.members.filter((m) => m.doc === 1).map((r) => `${l.ordinal}-${r.ordinal}`)),
    )
    .sort();

describe('a traditional-script copy aligns like the original', () => {
  const cases: Array<[SeedName, SeedName]> = [
    ['xuchang', 'zhumadian2021'],
    ['zhumadian2021', 'zhumadian2024'],
    ['zhumadian2024', 'district'],
  ];
  for (const [left, right] of cases) {
    it(`pairs ${left} with ${right} the same when one side or both are in traditional characters`, () => {
      const original = pairs(compareDocuments([parse(left, false), parse(right, false)]));
      expect(original.length).toBeGreaterThan(5);
      const converted = toTraditional(seedText(right));
      expect(converted).not.toBe(seedText(right));
      expect(pairs(compareDocuments([parse(left, false), parse(right, true)]))).toEqual(original);
      expect(pairs(compareDocuments([parse(left, true), parse(right, true)]))).toEqual(original);
    });
  }

  it('shows the original characters, not the folded ones', () => {
    const doc = parse('xuchang', true);
    const c = compareDocuments([parse('zhumadian2021', false), doc]);
    const member = c.groups.flatMap((g) => g.members).find((m) => m.doc === 1)!;
    const unit = doc.units.find((u) => u.id === member.unitId)!;
    expect(unit.text).toBe(toTraditional(parse('xuchang', false).units.find((u) => u.ordinal === unit.ordinal)!.text));
  });
});
