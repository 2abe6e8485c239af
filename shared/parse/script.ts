/**
 * Traditional script: the parser reads a folded (simplified) copy of the text,
 * so 責任單位, 牽頭 and 按職責分工負責 read as 责任单位, 牵头, 按职责分工负责.
 * `toSimplified` folds character for character, so every offset is valid in
 * both texts; what the parser derives (titles, names, metrics) is turned back
 * into the characters the document printed, so the user sees the original.
 */
import type { DocumentMeta, IndicatorRow, OutlineNode, ParsedDocument, Target, Unit } from '../model/document';

/** Turns folded strings back into a document's own characters. */
export interface ScriptRestorer {
  /** the original characters of `text[start, end)` */
  slice(start: number, end: number): string;
  /** a string derived from the folded text, in the document's characters */
  restore(derived: string): string;
  /** the same, read where it was printed in `[from, to)` when found there (显著 stays 显著 where 着 is common) */
  restoreNear(derived: string, from: number, to: number): string;
  /** true when a derived string holds a character the fold produced (only such strings can change) */
  touches(derived: string): boolean;
  /** true when the fold changed a character in `[start, end)` */
  changedIn(start: number, end: number): boolean;
  /** false when `restore` gives every string back as it is (each folded character is printed folded more often than not) */
  readonly restoresAny: boolean;
}

/** How often each original character stands behind each folded one: from the changed offsets, then the folded characters printed as they are. */
function originsOf(original: string, folded: string, changed: readonly number[]): Map<number, Map<string, number>> {
  const counts = new Map<number, Map<string, number>>();
  for (const i of changed) {
    const f = folded.charCodeAt(i);
    let byOriginal = counts.get(f);
    if (!byOriginal) counts.set(f, (byOriginal = new Map()));
    byOriginal.set(original[i], (byOriginal.get(original[i]) ?? 0) + 1);
  }
  for (const [f, byOriginal] of counts) {
    const ch = String.fromCharCode(f);
    let n = 0;
    for (let at = original.indexOf(ch); at >= 0; at = original.indexOf(ch, at + 1)) n++;
    if (n > 0) byOriginal.set(ch, (byOriginal.get(ch) ?? 0) + n);
  }
  return counts;
}

/**
 * The restorer of one document, given the offsets the fold changed: for every
 * folded character, the original character it most often came from in this
 * document (发 ← 發 here, 髮 there: the more frequent wins; a character printed
 * simplified stays simplified).
 */
export function scriptRestorer(original: string, folded: string, changed: readonly number[]): ScriptRestorer {
  const counts = originsOf(original, folded, changed);
  if (counts.size === 0) {
    return {
      slice: (start, end) => original.slice(start, end),
      restore: (derived) => derived,
      restoreNear: (derived) => derived,
      touches: () => false,
      changedIn: () => false,
      restoresAny: false,
    };
  }
  const folds = new Uint8Array(0x10000);
  for (const f of counts.keys()) folds[f] = 1;
  const back = new Map<string, string>();
  for (const [f, byOriginal] of counts) {
    let best = '';
    let most = -1;
    for (const [o, n] of byOriginal) if (n > most) [best, most] = [o, n];
    if (best !== String.fromCharCode(f)) back.set(String.fromCharCode(f), best);
  }
  const touches = (derived: string): boolean => {
    for (let i = 0; i < derived.length; i++) if (folds[derived.charCodeAt(i)] === 1) return true;
    return false;
  };
  /** the first changed offset at or after `start` (binary search) */
  const firstChangeFrom = (start: number): number => {
    let lo = 0;
    let hi = changed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (changed[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < changed.length ? changed[lo] : Number.POSITIVE_INFINITY;
  };
  const backs = new Uint8Array(0x10000);
  for (const f of back.keys()) backs[f.charCodeAt(0)] = 1;
  /** true when `restore` would change a character of the string (one the document mostly printed otherwise) */
  const restores = (derived: string): boolean => {
    for (let i = 0; i < derived.length; i++) if (backs[derived.charCodeAt(i)] === 1) return true;
    return false;
  };
  const restore = (derived: string): string => {
    if (back.size === 0 || !restores(derived)) return derived;
    let out = '';
    for (const ch of derived) out += back.get(ch) ?? ch;
    return out;
  };
  const restoreNear = (derived: string, from: number, to: number): string => {
    if (!touches(derived)) return derived;
    const within = folded.slice(from, to).indexOf(derived);
    if (within >= 0) return original.slice(from + within, from + within + derived.length);
    let out = '';
    let j = from;
    for (const ch of derived) {
      while (j < to && folded[j] !== ch) j++;
      if (j >= to) return restore(derived);
      out += original[j++];
    }
    return out;
  };
  return {
    slice: (start, end) => original.slice(start, end),
    restore,
    restoreNear,
    touches,
    changedIn: (start, end) => firstChangeFrom(start) < end,
    restoresAny: back.size > 0,
  };
}

function restoreTarget(t: Target, r: ScriptRestorer, unitStart: number): Target {
  return {
    ...t,
    text: r.slice(t.span.start, t.span.endExclusive),
    metric: r.restoreNear(t.metric, unitStart, t.span.endExclusive),
    ...(t.deadline ? { deadline: r.restore(t.deadline) } : {}),
  };
}

/**
 * True when a unit needs no restoring: the fold changed nothing inside it (so
 * its title, names, metrics and target texts, all read there, are as printed),
 * and its label, path and deadlines restore to themselves. Decided from the
 * unit's span, without reading its strings.
 */
function unitUntouched(u: Unit, r: ScriptRestorer): boolean {
  if (!r.restoresAny) return !r.changedIn(u.span.start, u.span.endExclusive);
  return (
    !r.changedIn(u.span.start, u.span.endExclusive) &&
    r.restore(u.label) === u.label &&
    u.path.every((p) => r.restore(p) === p) &&
    u.targets.every((t) => t.deadline === undefined || r.restore(t.deadline) === t.deadline)
  );
}

function restoreUnit(u: Unit, r: ScriptRestorer): Unit {
  if (unitUntouched(u, r)) return u;
  return {
    ...u,
    label: r.restore(u.label),
    title: r.restoreNear(u.title, u.span.start, u.span.endExclusive),
    path: u.path.map(r.restore),
    responsible: u.responsible.map((x) => ({ ...x, name: r.restoreNear(x.name, u.span.start, u.span.endExclusive) })),
    targets: u.targets.map((t) => restoreTarget(t, r, u.span.start)),
  };
}

/** A table row in the document's characters: its named cells and all cells; untouched rows as they are. */
function restoreRow(row: IndicatorRow, r: ScriptRestorer): IndicatorRow {
  if (!row.cells.some(r.touches) || row.cells.every((c) => r.restore(c) === c)) return row;
  const named = Object.entries(row).filter((e): e is [string, string] => typeof e[1] === 'string');
  return { ...row, ...Object.fromEntries(named.map(([k, v]) => [k, r.restore(v)])), cells: row.cells.map(r.restore) };
}

function restoreNode(n: OutlineNode, r: ScriptRestorer): OutlineNode {
  const children = n.children.map((c) => restoreNode(c, r));
  // nothing restores by character: only a title read where the fold changed something can change
  if (!r.restoresAny && !r.changedIn(n.headingSpan.start, n.headingSpan.endExclusive) && children.every((c, i) => c === n.children[i]))
    return n;
  const rows = n.rows?.map((row) => restoreRow(row, r));
  if (
    r.restore(n.label) === n.label &&
    !r.touches(n.title) &&
    children.every((c, i) => c === n.children[i]) &&
    (!rows || rows.every((row, i) => row === n.rows![i]))
  )
    return n;
  return {
    ...n,
    label: r.restore(n.label),
    title: r.restoreNear(n.title, n.headingSpan.start, n.headingSpan.endExclusive),
    children,
    ...(rows ? { rows } : {}),
  };
}

function restoreMeta(m: DocumentMeta, r: ScriptRestorer): DocumentMeta {
  if (!r.restoresAny) return m;
  const fields = Object.fromEntries(
    Object.entries(m).map(([k, v]) => [
      k,
      typeof v === 'string' && k !== 'status' && k !== 'level' && !k.endsWith('Date') ? r.restore(v) : v,
    ]),
  );
  const region = Object.fromEntries(Object.entries(m.region).map(([k, v]) => [k, r.restore(v)]));
  return { ...(fields as unknown as DocumentMeta), region };
}

/** A document parsed on the folded text, shown in its own characters again (unit and furniture texts are sliced from the original already). */
export function inOriginalScript(parsed: ParsedDocument, r: ScriptRestorer): ParsedDocument {
  return {
    ...parsed,
    meta: restoreMeta(parsed.meta, r),
    outline: parsed.outline.map((n) => restoreNode(n, r)),
    units: parsed.units.map((u) => restoreUnit(u, r)),
  };
}
