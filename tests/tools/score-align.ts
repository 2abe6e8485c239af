/**
 * `npm run score:align [-- --set title=0.35 --set match=0.28 --verbose --why]`: the
 * alignment scorecard. Prints precision and recall for every gold file in
 * ../shared/gold/ (a line saying so when ../shared is absent), their
 * traditional-script copies (one side and both sides converted with
 * opencc-js), generated variants of every seed, and micro-averages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultAlignOptions, type AlignOptions } from '../../shared/engine/align/options';
import { whyMissed } from './align-why';
import { micro, parse, scoreGold, scoreLine, scoreVariants, tierLine, traditionalCopy, type Gold, type Score } from './align-scorecard';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const shared = `${repo}../shared/`;

function fail(zh: string, en: string): never {
  console.error(`${zh} (${en})`);
  process.exit(2);
}

/** `--set key=value` overrides of the alignment options. */
function overridesOf(args: readonly string[]): Partial<AlignOptions> {
  const out: Record<string, number> = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--set') continue;
    const [key, value] = (args[++i] ?? '').split('=');
    if (!(key in defaultAlignOptions))
      fail(`未知的对齐参数:${key}`, `unknown alignment option: ${key}; known: ${Object.keys(defaultAlignOptions).join(', ')}`);
    const n = Number(value);
    if (value === undefined || value === '' || !Number.isFinite(n)) fail(`参数值不是数字:${args[i]}`, `not a number: ${args[i]}`);
    out[key] = n;
  }
  return out as Partial<AlignOptions>;
}

const args = process.argv.slice(2);
const options = overridesOf(args);
const verbose = args.includes('--verbose');
const why = args.includes('--why');
const print = (s: Score) => {
  console.log(scoreLine(s));
  if (verbose && s.wrong.length) console.log(`    not in the gold: ${s.wrong.join(' ')}`);
  if (verbose && s.missed.length) console.log(`    strict missed:   ${s.missed.join(' ')}`);
};

if (Object.keys(options).length) console.log(`options: ${JSON.stringify(options)}`);
const golds: Score[] = [];
const crossCity: Score[] = [];
const traditional: Score[] = [];
if (!existsSync(`${shared}gold`)) {
  console.log('../shared/gold not found: gold lines skipped (../shared 不存在,跳过金标准)');
} else {
  for (const file of readdirSync(`${shared}gold`)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(`${shared}gold/${file}`, 'utf8')) as Gold;
    const text = (f: string) => readFileSync(`${shared}seeds/${f}`, 'utf8');
    const [l, r] = [text(gold.left), text(gold.right)];
    const name = file.replace(/\.json$/, '');
    const s = scoreGold(name, parse(l, gold.left), parse(r, gold.right), gold, options);
    golds.push(s);
    print(s);
    console.log(`    tiers: ${tierLine(s)}`);
    if (why) for (const line of whyMissed(parse(l, gold.left), parse(r, gold.right), gold, options)) console.log(`    missed ${line}`);
    // a template pair shares most of its text; the bar of issue 12 is on the others
    if (!/draft/.test(name)) crossCity.push(s);
    const oneSide = scoreGold(`${name} (right traditional)`, parse(l, gold.left), parse(traditionalCopy(r), gold.right), gold, options);
    const both = scoreGold(
      `${name} (both traditional)`,
      parse(traditionalCopy(l), gold.left),
      parse(traditionalCopy(r), gold.right),
      gold,
      options,
    );
    traditional.push(oneSide, both);
    print(oneSide);
    print(both);
  }
}
const seedsDir = `${repo}seeds/`;
const variants = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => scoreVariants(`variants of ${f.replace(/\.txt$/, '')}`, parse(readFileSync(seedsDir + f, 'utf8'), f), options));
variants.forEach(print);
console.log('—'.repeat(40));
if (crossCity.length) print(micro('micro: cross-city dev golds', crossCity));
if (golds.length) print(micro('micro: all golds', golds));
if (traditional.length) print(micro('micro: traditional copies', traditional));
print(micro('micro: generated variants', variants));
const all = micro('micro: everything', [...golds, ...traditional, ...variants]);
print(all);
