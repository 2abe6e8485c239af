/**
 * Word-level diff of two texts under the user's diff options. Ops carry
 * original characters: the other text's for equal and insert, the base's for
 * delete. Running out of a budget of `DiffLimits` degrades to a
 * sentence-level diff (`coarse`), and the result says which budget ran out.
 */
import type { DiffOp, DiffOptions } from '../../model/comparison';
import { matchText, originalOffset, type MatchText } from './match-text';
import { uniqueAnchors } from './anchors';
import { diffLimits, type DiffFallback, type DiffLimits } from './diff-limits';
import { editScript } from './myers';
import { sentences, tokenize, WordMemo, type Token } from './tokenize';

/** What `diffTexts` returns: the ops, whether it fell back to sentences, and why. */
export interface TextDiff extends DiffFallback {
  readonly ops: DiffOp[];
  /** the word diff fell back to sentences (`hitTimeout` or `hitEditLimit` says why) */
  readonly coarse: boolean;
}

const boundary = /[。；;，,、：:！!？?\n)）]/;

/** Length of the common prefix, backed off to the last punctuation inside it. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length && i === b.length) return i;
  while (i > 0 && !boundary.test(a[i - 1])) i--;
  return i;
}

/** Length of the common suffix (not overlapping `prefix`), advanced to a punctuation boundary. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  while (i > 0 && !boundary.test(a[a.length - i - 1] ?? '。')) i--;
  return i;
}

/** Original text of matching range [start, end), extended over the ignored characters that follow it. */
function originalSlice(m: MatchText, start: number, end: number, isFirst: boolean): string {
  const from = isFirst ? 0 : originalOffset(m, start);
  return m.original.slice(from, originalOffset(m, end));
}

class OpBuilder {
  readonly ops: DiffOp[] = [];
  push(op: DiffOp['op'], text: string): void {
    if (!text) return;
    const last = this.ops[this.ops.length - 1];
    if (last && last.op === op) this.ops[this.ops.length - 1] = { op, text: last.text + text };
    else this.ops.push({ op, text });
  }
}

type Diffed = Array<{ added: boolean; removed: boolean; value: Token[] }>;

/** Why a word search stopped short. */
type Stop = 'hitTimeout' | 'hitEditLimit';

/** What the stages below return: the diffed parts, or the budget that ran out. */
type Outcome = Diffed | Stop;

/** What one diff may spend: its deadline, and the limits that set each stretch's edit limit. */
interface Budget {
  readonly deadline: number;
  readonly limits: DiffLimits;
}

/** Myers' diff over the tokens' keys, as small integers. */
function runDiff(a: Token[], b: Token[], budget: Budget): Outcome {
  const ids = new Map<string, number>();
  const idOf = (t: Token) => {
    let id = ids.get(t.key);
    if (id === undefined) ids.set(t.key, (id = ids.size));
    return id;
  };
  const { limits } = budget;
  const maxEdits = Math.min(limits.maxEditLimit, Math.max(limits.minEditLimit, Math.ceil((a.length + b.length) * limits.maxEditShare)));
  const script = editScript(Int32Array.from(a, idOf), Int32Array.from(b, idOf), { maxEdits, deadline: budget.deadline });
  if (script.kind !== 'done') return script.kind;
  let i = 0;
  let j = 0;
  return script.runs.map(({ kind, count }) => {
    // equal parts carry the other text's tokens
    const value = kind === 'remove' ? a.slice(i, i + count) : b.slice(j, j + count);
    if (kind !== 'insert') i += count;
    if (kind !== 'remove') j += count;
    return { added: kind === 'insert', removed: kind === 'remove', value };
  });
}

/**
 * Between anchors no word is shared once on each side; a stretch whose tokens
 * are shared less than this is a rewrite, shown replaced whole rather than cut
 * into scattered matches of 的, 和 and commas (and not worth jsdiff's time).
 */
const chaffShare = 0.2;
/** ...on stretches of at least this many tokens a side: a short one (调度。 → 分析。) is diffed word by word */
const chaffMinTokens = 8;

/** Share of the longer side's tokens that the other side also has (as a multiset). */
function sharedTokenShare(a: readonly Token[], b: readonly Token[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const c = counts.get(t.key) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t.key, c - 1);
    }
  }
  return common / Math.max(a.length, b.length);
}

/** The diff of one stretch between anchors: its common ends kept, a rewrite replaced whole, the rest through Myers. */
function stretchDiff(a: Token[], b: Token[], budget: Budget): Outcome {
  let head = 0;
  while (head < a.length && head < b.length && a[head].key === b[head].key) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].key === b[b.length - 1 - tail].key) tail++;
  const [ma, mb] = [a.slice(head, a.length - tail), b.slice(head, b.length - tail)];
  const replacedWhole =
    ma.length === 0 || mb.length === 0 || (Math.min(ma.length, mb.length) >= chaffMinTokens && sharedTokenShare(ma, mb) < chaffShare);
  const middle: Outcome = replacedWhole
    ? [
        { added: false, removed: true, value: ma },
        { added: true, removed: false, value: mb },
      ]
    : runDiff(ma, mb, budget);
  if (typeof middle === 'string') return middle;
  return [
    { added: false, removed: false, value: b.slice(0, head) },
    ...middle,
    { added: false, removed: false, value: b.slice(b.length - tail) },
  ].filter((p) => p.value.length > 0);
}

/** Myers between anchors. */
function anchoredDiff(a: Token[], b: Token[], budget: Budget): Outcome {
  const parts: Diffed = [];
  let pi = 0;
  let pj = 0;
  for (const [i, j] of [...uniqueAnchors(a, b), [a.length, b.length] as [number, number]]) {
    const sa = a.slice(pi, i);
    const sb = b.slice(pj, j);
    if (sa.length && sb.length) {
      const d = stretchDiff(sa, sb, budget);
      if (typeof d === 'string') return d;
      parts.push(...d);
    } else if (sa.length) parts.push({ added: false, removed: true, value: sa });
    else if (sb.length) parts.push({ added: true, removed: false, value: sb });
    if (i < a.length) parts.push({ added: false, removed: false, value: [b[j]] });
    pi = i + 1;
    pj = j + 1;
  }
  return parts;
}

const clauseEnd = /[，,。；;、：:！!？?\n]/;

/** Clauses of [start, end): runs ending at a comma, stop or semicolon, as tokens keyed by their text. */
function clauses(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (clauseEnd.test(text[i])) {
      out.push({ start: s, endExclusive: i + 1, key: text.slice(s, i + 1) });
      s = i + 1;
    }
  }
  if (s < end) out.push({ start: s, endExclusive: end, key: text.slice(s, end) });
  return out;
}

/**
 * Clauses found once, unchanged, on both sides anchor the diff first; only
 * the stretches between them are segmented into words and diffed.
 */
function clauseAnchoredDiff(
  a: MatchText,
  b: MatchText,
  range: readonly [number, number, number, number],
  budget: Budget,
  memo: WordMemo,
): Outcome {
  const [as, ae, bs, be] = range;
  const ca = clauses(a.text, as, ae);
  const cb = clauses(b.text, bs, be);
  const anchors = uniqueAnchors(ca, cb).filter(([i]) => ca[i].key.length >= 4);
  const parts: Diffed = [];
  let pa = as;
  let pb = bs;
  for (const [i, j] of [...anchors, [ca.length, cb.length] as [number, number]]) {
    const [ea, eb] = [i < ca.length ? ca[i].start : ae, j < cb.length ? cb[j].start : be];
    // a stretch on one side only is all deleted or all inserted: no words needed
    if (pa === ea || pb === eb) {
      if (pa < ea) parts.push({ added: false, removed: true, value: [{ start: pa, endExclusive: ea, key: '' }] });
      if (pb < eb) parts.push({ added: true, removed: false, value: [{ start: pb, endExclusive: eb, key: '' }] });
    } else {
      const d = anchoredDiff(tokenize(a.text, pa, ea, memo), tokenize(b.text, pb, eb, memo), budget);
      if (typeof d === 'string') return d;
      parts.push(...d);
    }
    if (i < ca.length) {
      parts.push({ added: false, removed: false, value: [cb[j]] });
      pa = ca[i].endExclusive;
      pb = cb[j].endExclusive;
    }
  }
  return parts;
}

function sentenceTokens(m: MatchText, start: number, end: number): Token[] {
  return sentences(m.text, start, end).map(([s, e]) => ({ start: s, endExclusive: e, key: m.text.slice(s, e) }));
}

/**
 * Diffs `base` against `other`; never throws for time, degrades to sentences
 * and then to a replace. Diffs of one comparison share a `memo` of words.
 */
export function diffTexts(
  base: string,
  other: string,
  options: DiffOptions,
  overrides: Partial<DiffLimits> = {},
  memo = new WordMemo(),
): TextDiff {
  const limits = diffLimits(overrides);
  const budget: Budget = { deadline: Date.now() + limits.maxComputationTimeMs, limits };
  const a = matchText(base, options);
  const b = matchText(other, options);
  const out = new OpBuilder();
  const prefix = commonPrefix(a.text, b.text);
  const suffix = commonSuffix(a.text, b.text, prefix);
  const aEnd = a.text.length - suffix;
  const bEnd = b.text.length - suffix;
  // the matching text before the first character belongs to the first op
  if (prefix > 0) out.push('equal', originalSlice(b, 0, prefix, true));
  const words = clauseAnchoredDiff(a, b, [prefix, aEnd, prefix, bEnd], budget, memo);
  const stop = typeof words === 'string' ? words : null;
  // sentences get a time budget of their own; past it (or past the edit limit) the stretch is replaced whole
  const diffed =
    typeof words === 'string'
      ? runDiff(sentenceTokens(a, prefix, aEnd), sentenceTokens(b, prefix, bEnd), {
          deadline: Date.now() + limits.maxComputationTimeMs,
          limits,
        })
      : words;
  if (typeof diffed === 'string') {
    out.push('delete', originalSlice(a, prefix, aEnd, prefix === 0));
    out.push('insert', originalSlice(b, prefix, bEnd, prefix === 0));
  } else {
    let ai = prefix;
    let bi = prefix;
    for (const part of diffed) {
      const len = part.value.length;
      if (len === 0) continue;
      const end = part.value[len - 1].endExclusive;
      if (part.removed) {
        out.push('delete', originalSlice(a, ai, end, ai === 0));
        ai = end;
      } else if (part.added) {
        out.push('insert', originalSlice(b, bi, end, bi === 0));
        bi = end;
      } else {
        // equal parts carry the other text's tokens (jsdiff gives the new side's values)
        out.push('equal', originalSlice(b, bi, end, bi === 0));
        bi = end;
        // keys are equal, so the base run has the same matching length
        ai += part.value.reduce((n, t) => n + (t.endExclusive - t.start), 0);
      }
    }
  }
  if (suffix > 0 || bEnd === 0) out.push('equal', originalSlice(b, bEnd, b.text.length, bEnd === 0));
  return {
    ops: mergeConfetti(normalizeOrder(out.ops)),
    coarse: stop !== null,
    hitTimeout: stop === 'hitTimeout',
    hitEditLimit: stop === 'hitEditLimit',
  };
}

/** Puts a delete before the insert it pairs with, so a replacement always reads old → new. */
function normalizeOrder(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const op of ops) {
    const last = out[out.length - 1];
    if (last && last.op === op.op) out[out.length - 1] = { op: op.op, text: last.text + op.text };
    else if (last && last.op === 'insert' && op.op === 'delete') {
      const prev = out[out.length - 2];
      if (prev && prev.op === 'delete') {
        out[out.length - 2] = { op: 'delete', text: prev.text + op.text };
      } else out.splice(out.length - 1, 0, op);
    } else out.push(op);
  }
  return out;
}

/**
 * One Chinese character left equal between two replacements
 * (`[-甲-][+乙+]的[-丙-][+丁+]`) is confetti, not a shared word: the two
 * replacements read as one (`[-甲的丙-][+乙的丁+]`). Punctuation (a boundary
 * readers go by), longer equal runs, and a character next to a pure insertion
 * or deletion stay as they are.
 */
function mergeConfetti(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (let i = 0; i < ops.length; i++) {
    const [del, ins, eq, nextDel, nextIns] = [out[out.length - 2], out[out.length - 1], ops[i], ops[i + 1], ops[i + 2]];
    const between =
      eq.op === 'equal' &&
      /^[\u4e00-\u9fff]$/.test(eq.text) &&
      del?.op === 'delete' &&
      ins?.op === 'insert' &&
      nextDel?.op === 'delete' &&
      nextIns?.op === 'insert';
    if (!between) {
      out.push(eq);
      continue;
    }
    out[out.length - 2] = { op: 'delete', text: del.text + eq.text + nextDel.text };
    out[out.length - 1] = { op: 'insert', text: ins.text + eq.text + nextIns.text };
    i += 2;
  }
  return out;
}
