/**
 * Turns unit marks into model units: id from kind + heading path + ordinal,
 * the lead title, original text and span, responsible units and targets.
 */
import type { Unit, UnitKind } from '../model/document';
import { articleTitle } from './article-title';
import type { SourceLine } from './lines';
import { headingText } from './outline';
import { idPrefix, type HeadingMark, type UnitMark } from './marks';
import { readResponsible } from './responsible';
import { readTargets } from './targets';

/** Id prefix of each unit kind; `n` is a numbered `一、` block, `a` an article (条). */
const unitPrefix: Readonly<Record<UnitKind, string>> = { measure: 'm', item: 'i', point: 'n', article: 'a', paragraph: 'p' };

/** The lead title: the phrase before the first 。 when it is short; '' otherwise. */
export function leadTitle(body: string, max = 40): string {
  const stop = body.search(/[。]/);
  if (stop < 0) return '';
  const title = body
    .slice(0, stop)
    .replace(/[\s*#]+/g, '')
    .replace(/^[—\-–]+/, '');
  return title.length > 0 && title.length <= max ? title : '';
}

/** A unit's text as shown: the original characters of `[start, end)`, without markdown marks. */
export type ShownText = (start: number, end: number) => string;

/** Builds every unit from the (folded) text; headings give each unit its path and id, `shown` its text. */
export function buildUnits(
  text: string,
  lines: readonly SourceLine[],
  marks: readonly HeadingMark[],
  units: readonly UnitMark[],
  shown: ShownText = (s, e) => text.slice(s, e),
): Unit[] {
  const out: Unit[] = [];
  const stack: HeadingMark[] = [];
  const ids = new Set<string>();
  const texts = new Map<HeadingMark, string>();
  /** a heading's text, made once and shared by the paths of all its units */
  const textOf = (mark: HeadingMark): string => {
    let t = texts.get(mark);
    if (t === undefined) texts.set(mark, (t = headingText(mark)));
    return t;
  };
  let h = 0;
  const closeTo = (level: number): void => {
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
  };
  for (const u of units) {
    while (h < marks.length && marks[h].line < u.startLine) {
      const mark = marks[h++];
      if (mark.endLine !== undefined) continue;
      closeTo(mark.level);
      stack.push(mark);
    }
    if (u.level !== undefined) closeTo(u.level);
    const unit = buildUnit(text, lines, stack, stack.map(textOf), u, ids, shown);
    if (unit) out.push(unit);
  }
  return out;
}

function uniqueId(base: string, ids: Set<string>): string {
  let id = base;
  for (let k = 2; ids.has(id); k++) id = `${base}~${k}`;
  ids.add(id);
  return id;
}

function buildUnit(
  text: string,
  lines: readonly SourceLine[],
  stack: readonly HeadingMark[],
  path: readonly string[],
  u: UnitMark,
  ids: Set<string>,
  shown: ShownText,
): Unit | null {
  const start = lines[u.startLine].contentStart;
  let last = u.endLine - 1;
  while (last > u.startLine && lines[last].contentEnd <= lines[last].contentStart) last--;
  const end = Math.max(lines[last].contentEnd, lines[u.startLine].contentEnd);
  if (end <= start) return null;
  const source = text.slice(start, end);
  const base = [...stack.map((m) => `${m.idKey ?? idPrefix(m.kind)}${m.number}`), `${unitPrefix[u.kind]}${u.number}`].join('.');
  return {
    id: uniqueId(base, ids),
    kind: u.kind,
    label: u.label,
    ordinal: u.number,
    title: u.title ?? (u.kind === 'article' ? articleTitle : leadTitle)(text.slice(u.bodyStart, end)),
    text: shown(start, end),
    path,
    responsible: readResponsible(source),
    targets: readTargets(text.slice(u.bodyStart, end), u.bodyStart),
    span: { start, endExclusive: end },
  };
}
