/**
 * Turns unit marks into model units: id from kind + heading path + ordinal,
 * the lead title, original text and span, responsible units and targets.
 */
import type { Unit } from '../model/document';
import type { SourceLine } from './lines';
import { headingText } from './outline';
import { idPrefix, type HeadingMark, type UnitMark } from './marks';
import { readResponsible } from './responsible';
import { readTargets } from './targets';

const unitPrefix = { measure: 'm', item: 'i', paragraph: 'p' } as const;

/** The lead title: the phrase before the first 。 when it is short; '' otherwise. */
export function leadTitle(body: string, max = 40): string {
  const stop = body.search(/[。]/);
  if (stop < 0) return '';
  const title = body.slice(0, stop).replace(/[\s*#]+/g, '').replace(/^[—\-–]+/, '');
  return title.length > 0 && title.length <= max ? title : '';
}

/** Builds every unit; headings give each unit its path and id. */
export function buildUnits(text: string, lines: readonly SourceLine[], marks: readonly HeadingMark[], units: readonly UnitMark[]): Unit[] {
  const out: Unit[] = [];
  const stack: HeadingMark[] = [];
  const ids = new Set<string>();
  let h = 0;
  for (const u of units) {
    while (h < marks.length && marks[h].line < u.startLine) {
      const mark = marks[h++];
      if (mark.endLine !== undefined) continue;
      while (stack.length > 0 && stack[stack.length - 1].level >= mark.level) stack.pop();
      stack.push(mark);
    }
    const unit = buildUnit(text, lines, stack, u, ids);
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

function buildUnit(text: string, lines: readonly SourceLine[], stack: readonly HeadingMark[], u: UnitMark, ids: Set<string>): Unit | null {
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
    title: leadTitle(text.slice(u.bodyStart, end)),
    text: source,
    path: stack.map(headingText),
    responsible: readResponsible(source),
    targets: readTargets(source, start),
    span: { start, endExclusive: end },
  };
}
