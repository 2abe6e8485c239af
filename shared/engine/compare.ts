/**
 * `compareDocuments`: align N documents, then diff each group's members
 * against its pivot member and compare their targets.
 */
import type { AlignedGroup, AlignmentCorrection, Comparison, DiffOptions, MemberDiff, PairLink, PairTier } from '../model/comparison';
import type { ParsedDocument, Unit } from '../model/document';
import { InputError } from '../errors';
import { alignWithLinks, type AlignOptions, type LinkRef, type MemberRef } from './align/align-documents';
import { diffNumberedTexts, type NumberedText } from './diff/numbering';
import { WordMemo } from './diff/tokenize';
import type { DiffLimits } from './diff/diff-limits';
import { compareTargets } from './targets/compare-targets';
import { pairTier, tierOf, weakerTier } from './align/tiers';
import { applyCorrections } from './align/corrections';

/** Options of a comparison. */
export interface CompareOptions {
  readonly pivot?: number;
  readonly diff?: Partial<DiffOptions>;
  /** budgets of each member diff (`defaultDiffLimits` where not given) */
  readonly diffLimits?: Partial<DiffLimits>;
  /** hand corrections (人工对齐 / 拆开), applied in order after the engine aligns; the saved comparison keeps them */
  readonly corrections?: readonly AlignmentCorrection[];
  /** weights and thresholds of the alignment (defaults: `defaultAlignOptions`) */
  readonly align?: Partial<AlignOptions>;
}

const defaults: DiffOptions = { ignorePunctuationWidth: true, ignoreWhitespace: true, ignoreLevelWords: false };

/** Compares documents: groups of corresponding units with diffs against the pivot and target comparisons. */
export function compareDocuments(docs: readonly ParsedDocument[], options: CompareOptions = {}): Comparison {
  const pivot = options.pivot ?? 0;
  if (!Number.isInteger(pivot) || pivot < 0 || pivot >= docs.length) {
    throw new InputError('bad-pivot', `基准文档序号超出范围:${pivot}`, `pivot out of range: ${pivot}`);
  }
  const diffOptions: DiffOptions = { ...defaults, ...options.diff };
  const unitOf = (m: MemberRef): Unit => docs[m.doc].units[m.index];
  const words = new WordMemo();
  const aligned = alignWithLinks(docs, pivot, options.align);
  const corrections = options.corrections ?? [];
  const corrected = applyCorrections(docs, aligned.groups, corrections, pivot);
  const groups: AlignedGroup[] = corrected.groups.map((g) => {
    const baseDoc = g.members[0].doc;
    const paired = g.members.some((m) => m.doc !== baseDoc);
    const members = g.members.map((m) => {
      const unit = unitOf(m);
      const engineTier = m.reason ? pairTier({ score: m.score, alignScore: m.alignScore ?? m.score, reason: m.reason }) : tierOf(m.score);
      const tier = paired && m.doc !== baseDoc && !m.manual ? engineTier : null;
      const member = { doc: m.doc, unitId: unit.id, label: unit.label, ordinal: unit.ordinal, score: round(m.score), tier };
      return m.manual ? { ...member, manual: m.manual } : member;
    });
    const others = g.members.filter((m) => m.doc !== baseDoc);
    const textOf = (refs: readonly MemberRef[]): NumberedText => ({
      text: refs.map((m) => unitOf(m).text).join('\n'),
      label: unitOf(refs[0]).label,
    });
    const baseText = textOf(g.members.filter((m) => m.doc === baseDoc));
    const diffs: MemberDiff[] = [];
    for (const doc of [...new Set(others.map((m) => m.doc))]) {
      const mine = others.filter((m) => m.doc === doc);
      const { ops, coarse, hitTimeout, hitEditLimit } = diffNumberedTexts(baseText, textOf(mine), diffOptions, options.diffLimits, words);
      diffs.push({ doc, unitId: unitOf(mine[0]).id, ops, coarse, hitTimeout, hitEditLimit });
    }
    const scores = others.filter((m) => !m.manual).map((m) => m.score);
    return {
      members,
      score: round(scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : others.length ? 0 : 1),
      tier: members.reduce<PairTier | null>((t, m) => (m.tier === null ? t : t === null ? m.tier : weakerTier(t, m.tier)), null),
      merged: g.merged,
      diffs,
      targets: compareTargets(
        g.members.map((m) => ({ doc: m.doc, unit: unitOf(m) })),
        docs.length,
      ),
    };
  });
  const links = linksBetweenRows(docs, groups, aligned.links, corrections);
  const comparison: Comparison = { documents: docs.map((d) => d.meta), pivot, groups, ...(links.length ? { links } : {}) };
  return corrected.skipped.length > 0 ? { ...comparison, skippedCorrections: corrected.skipped } : comparison;
}

/** The engine's pairs whose units the rows (after hand corrections) put apart; a pair a person split is no link. */
function linksBetweenRows(
  docs: readonly ParsedDocument[],
  groups: readonly AlignedGroup[],
  links: readonly LinkRef[],
  corrections: readonly AlignmentCorrection[],
): PairLink[] {
  const rowOf = new Map<string, number>();
  groups.forEach((g, row) => g.members.forEach((m) => rowOf.set(`${m.doc}:${m.unitId}`, row)));
  const split = new Set(
    corrections
      .filter((c) => c.kind === 'split')
      .flatMap((c) => [`${c.a.doc}:${c.a.unitId}|${c.b.doc}:${c.b.unitId}`, `${c.b.doc}:${c.b.unitId}|${c.a.doc}:${c.a.unitId}`]),
  );
  const out: PairLink[] = [];
  for (const l of links) {
    const a = { doc: l.a.doc, unitId: docs[l.a.doc].units[l.a.index].id };
    const b = { doc: l.b.doc, unitId: docs[l.b.doc].units[l.b.index].id };
    const [ka, kb] = [`${a.doc}:${a.unitId}`, `${b.doc}:${b.unitId}`];
    if (rowOf.get(ka) === rowOf.get(kb) || split.has(`${ka}|${kb}`)) continue;
    out.push({ a, b, score: round(l.score), tier: pairTier(l) });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
