/**
 * 责任单位: the departments a measure names, in every printed form —
 * `(市科技局、市发改委按职责分工负责)`, `(责任单位:…)`, a `责任单位:` line,
 * `(X牵头,Y、Z配合)`. A clause such as `以下均需…落实,不再列出` is not a department.
 */
import type { ResponsibleUnit } from '../model/document';

const responsibleClause = /^(责任单位|牵头单位|配合单位)|(按职责分工负责|分工负责|负责|牵头|配合)$/;
const notDepartment = /以下均需|不再列出|下同|以下同/;
const line = /(?:^|\n)[\s#*]*责任单位\s*[:：]\s*([^\n]+)/g;

/** The contents of every top-level `(…)`/`（…）` group in a text. */
export function parentheticals(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') {
      if (depth++ === 0) start = i + 1;
    } else if ((ch === ')' || ch === '）') && depth > 0) {
      if (--depth === 0) out.push(text.slice(start, i));
    }
  }
  return out;
}

function clean(text: string): string {
  return text.replace(/[\s*#]+/g, '').replace(/^[:：,，、]+|[。.,，、;；]+$/g, '');
}

/** Splits a list on 、/及, keeping `各县、区人民政府` whole (a piece of two characters or fewer joins the next). */
function splitNames(text: string): string[] {
  const pieces = text.split(/[、及]/);
  const names: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (pieces[i].length <= 2 && i + 1 < pieces.length) pieces[i + 1] = `${pieces[i]}、${pieces[i + 1]}`;
    else names.push(pieces[i]);
  }
  return names;
}

/** Splits one clause (`X牵头,Y、Z配合`) into roles and names. */
function readClause(clause: string): ResponsibleUnit[] {
  const body = clean(clause).replace(/^(责任单位|牵头单位|配合单位)[:：]?/, '');
  const out: ResponsibleUnit[] = [];
  for (const part of body.split(/[,，;；]/)) {
    let text = part.replace(/(按职责分工负责|按职责分工|分工负责|分别负责|共同负责|负责)$/, '');
    let role: ResponsibleUnit['role'] = 'shared';
    if (/牵头$/.test(text)) {
      role = 'lead';
      text = text.replace(/牵头$/, '');
    } else if (/(配合|协助|参与)$/.test(text)) {
      role = 'support';
      text = text.replace(/(配合|协助|参与)$/, '');
    }
    for (const name of splitNames(text)) {
      const n = name.replace(/^(由|和|与)/, '').replace(/等$/, '');
      if (n.length >= 2 && n.length <= 40) out.push({ name: n, role });
    }
  }
  return out;
}

/** The clauses of a parenthetical that name departments, without `以下均需…不再列出`. */
function responsibleClauses(group: string): string[] {
  return group
    .split(/[。；;]/)
    .map(clean)
    .filter((c) => c.length > 0 && !notDepartment.test(c) && responsibleClause.test(c));
}

/** Every responsible unit a unit's text names, in order, without duplicates. */
export function readResponsible(text: string): ResponsibleUnit[] {
  const found: ResponsibleUnit[] = [];
  for (const group of parentheticals(text)) {
    for (const clause of responsibleClauses(group)) found.push(...readClause(clause));
  }
  for (const m of text.matchAll(line)) {
    const first = m[1]
      .split(/[。；;]/)
      .filter((c) => !notDepartment.test(c))
      .join('；');
    found.push(...readClause(first));
  }
  const seen = new Set<string>();
  return found.filter((r) => (seen.has(r.name) ? false : (seen.add(r.name), true)));
}
