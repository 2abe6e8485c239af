import { readFileSync, readdirSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { parseDocument } from '/work/wt/parse/shared/parse/index';
const dir = '/work/wt/parse/seeds';
const key = (u: any) => `${u.label}|${u.title}|${u.responsible.map((r: any) => r.name).join('、')}|${u.targets.map((t: any) => t.text.replace(/\s/g, '')).join(';')}`;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const t = readFileSync(`${dir}/${f}`, 'utf8');
  const a = parseDocument(t);
  const c = parseDocument(t.replace(/[ \t\u3000]*(\r?\n[ \t\u3000]*)+/g, ' '));
  const ka = a.units.map(key), kc = c.units.map(key);
  const same = ka.filter((k, i) => kc[i] === k).length;
  console.log(f, a.units.length, c.units.length, 'same', same, c.warnings.map((w) => w.code).join(','));
  for (let i = 0; i < Math.min(3, ka.length); i++) if (ka[i] !== kc[i]) console.log('  A', ka[i].slice(0, 120), '\n  C', (kc[i] ?? '').slice(0, 120));
}
const conv = OpenCC.Converter({ from: 'cn', to: 'tw' });
const x = readFileSync(`${dir}/xuchang-2024-q2-double-half-measures.txt`, 'utf8');
const a = parseDocument(x), b = parseDocument(conv(x));
console.log('trad', a.units.length, b.units.length, a.units.reduce((n, u) => n + u.responsible.length, 0), b.units.reduce((n, u) => n + u.responsible.length, 0), a.units.reduce((n, u) => n + u.targets.length, 0), b.units.reduce((n, u) => n + u.targets.length, 0), b.meta.title, b.units[0].title, b.units[0].responsible);
