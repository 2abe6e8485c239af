/**
 * Hand corrections of an alignment (人工对齐): after the engine has grouped the
 * units, a person may pair two units of different documents (对齐到…) or take a
 * pair apart (拆开). Corrections apply in order, so a later one wins; the
 * result says which could not apply and why. Every unit still lands exactly once.
 */
import type { AlignmentCorrection, SkippedCorrection } from '../../model/comparison';
import type { ParsedDocument } from '../../model/document';
import { assertNever } from '../../assert-never';
import type { GroupRef, MemberRef } from './align-documents';

/** A member as corrections leave it: the engine's ref, marked when a person put it there. */
export interface CorrectedMember extends MemberRef {
  readonly manual?: 'paired' | 'split';
}

/** A group after corrections. */
export interface CorrectedGroup {
  readonly members: readonly CorrectedMember[];
  readonly merged: boolean;
}

/** The corrected groups, and the corrections that did not apply. */
export interface CorrectionResult {
  readonly groups: readonly CorrectedGroup[];
  readonly skipped: readonly SkippedCorrection[];
}

interface Work {
  members: CorrectedMember[];
}

const hasTwoOfOneDoc = (members: readonly MemberRef[]): boolean => new Set(members.map((m) => m.doc)).size < members.length;

/**
 * Applies `corrections` to `groups` (the engine's alignment of `docs` around `pivot`).
 * A unit moved into a row joins it after the row's own members; a unit split off, or
 * displaced by a hand pair, gets a row of its own right after the row it left.
 */
export function applyCorrections(
  docs: readonly ParsedDocument[],
  groups: readonly GroupRef[],
  corrections: readonly AlignmentCorrection[],
  pivot: number,
): CorrectionResult {
  if (corrections.length === 0) return { groups, skipped: [] };
  const work: Work[] = groups.map((g) => ({ members: [...g.members] }));
  const merged = new Map<Work, boolean>(work.map((w, i) => [w, groups[i].merged]));
  const indexOf = docs.map((d) => new Map(d.units.map((u, i) => [u.id, i])));
  const skipped: SkippedCorrection[] = [];
  const find = (doc: number, index: number): Work | undefined =>
    work.find((w) => w.members.some((m) => m.doc === doc && m.index === index));
  /** takes a member out of its row into a row of its own after it */
  const detach = (from: Work, doc: number, index: number, mark: CorrectedMember['manual']): void => {
    const member = from.members.find((m) => m.doc === doc && m.index === index);
    if (!member) return;
    from.members = from.members.filter((m) => m !== member);
    const alone: Work = { members: [{ doc, index, score: 1, ...(mark ? { manual: mark } : {}) }] };
    merged.set(alone, false);
    work.splice(work.indexOf(from) + 1, 0, alone);
  };

  for (const c of corrections) {
    const ia = indexOf[c.a.doc]?.get(c.a.unitId);
    const ib = indexOf[c.b.doc]?.get(c.b.unitId);
    if (ia === undefined || ib === undefined) {
      skipped.push({ correction: c, reason: 'unknown-unit' });
      continue;
    }
    const a = { doc: c.a.doc, index: ia };
    const b = { doc: c.b.doc, index: ib };
    if (a.doc === b.doc) {
      skipped.push({ correction: c, reason: 'same-document' });
      continue;
    }
    const ga = find(a.doc, a.index);
    const gb = find(b.doc, b.index);
    if (!ga || !gb) {
      skipped.push({ correction: c, reason: 'unknown-unit' });
      continue;
    }
    switch (c.kind) {
      case 'pair': {
        // the base document's unit keeps its row, so the row order stays the base's order
        const [stay, move, into, from] = b.doc === pivot ? [b, a, gb, ga] : [a, b, ga, gb];
        if (into !== from) {
          from.members = from.members.filter((m) => !(m.doc === move.doc && m.index === move.index));
          merged.set(from, hasTwoOfOneDoc(from.members));
          for (const m of into.members.filter((x) => x.doc === move.doc)) detach(into, m.doc, m.index, undefined);
        } else {
          into.members = into.members.filter((m) => !(m.doc === move.doc && m.index === move.index));
        }
        into.members.push({ doc: move.doc, index: move.index, score: 0, manual: 'paired' });
        into.members = into.members.map((m) =>
          m.doc === stay.doc && m.index === stay.index && m.manual === 'split' ? { ...m, manual: undefined } : m,
        );
        merged.set(into, hasTwoOfOneDoc(into.members));
        break;
      }
      case 'split': {
        if (ga !== gb) {
          skipped.push({ correction: c, reason: 'not-paired' });
          break;
        }
        // the row's first member (its base) stays; the other one leaves
        const first = ga.members[0];
        const leaving = first.doc === b.doc && first.index === b.index ? a : b;
        detach(ga, leaving.doc, leaving.index, 'split');
        merged.set(ga, hasTwoOfOneDoc(ga.members));
        break;
      }
      default:
        assertNever(c);
    }
  }
  const out = work.filter((w) => w.members.length > 0).map((w) => ({ members: w.members, merged: merged.get(w) ?? false }));
  return { groups: out, skipped };
}
