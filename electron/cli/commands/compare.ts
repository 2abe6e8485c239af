/**
 * `compare <file> <file> [<file> …] [--pivot N] [--ignore LIST] [--json]`:
 * aligned groups with word diffs and targets, as JSON or a readable table.
 * `--ignore` lists what the diff folds: punctuation-width, whitespace,
 * level-words (市/区/县), or none; the default is punctuation-width,whitespace.
 */
import type { CliArgs } from '../args';
import { intOption } from '../args';
import { InputError } from '../../../shared/errors';
import type { AlignedGroup, Comparison, DiffOp, DiffOptions } from '../../../shared/model/comparison';
import { defaultDiffOptions } from '../../../shared/api/views';
import { compareDocuments } from '../../../shared/engine/index';
import { loadDocumentFile, type LoadedDocument } from '../../main/services/corpus';

function renderOps(ops: readonly DiffOp[]): string {
  return ops
    .map((o) => (o.op === 'equal' ? o.text : o.op === 'insert' ? `[+${o.text}+]` : `[-${o.text}-]`))
    .join('')
    .replace(/\s+/g, ' ');
}

function groupLines(group: AlignedGroup, docs: readonly LoadedDocument[], n: number): string[] {
  const cells = docs.map(
    (_, d) =>
      group.members
        .filter((m) => m.doc === d)
        .map((m) => m.label || `¶${m.ordinal}`)
        .join('+') || '—',
  );
  const first = group.members[0];
  const unit = docs[first.doc].parsed.units.find((u) => u.id === first.unitId);
  const head = `#${n} ${cells.join(' | ')}  ${unit?.title || unit?.text.slice(0, 20) || ''}  (${group.score.toFixed(2)}${group.merged ? ', 合并 merged' : ''})`;
  const lines = [head];
  for (const t of group.targets.filter((t) => t.changed)) {
    lines.push(`    指标 ${t.metric}: ${t.values.map((v) => (v ? `${v.target.value ?? ''}${v.target.unit}` : '—')).join(' | ')}`);
  }
  for (const diff of group.diffs) {
    if (diff.ops.some((o) => o.op !== 'equal'))
      lines.push(`    [${diff.doc}] ${renderOps(diff.ops)}${diff.coarse ? ' (粗略 coarse)' : ''}`);
  }
  return lines;
}

/** The comparison as text for a person at a terminal. */
export function comparisonText(comparison: Comparison, docs: readonly LoadedDocument[]): string {
  const head = docs.map(
    (d, i) => `[${i}] ${d.parsed.meta.title || d.fileName} (${d.parsed.units.length})${i === comparison.pivot ? ' 基准 pivot' : ''}`,
  );
  return [...head, '', ...comparison.groups.flatMap((g, i) => groupLines(g, docs, i + 1))].join('\n');
}

const ignorable = {
  'punctuation-width': 'ignorePunctuationWidth',
  whitespace: 'ignoreWhitespace',
  'level-words': 'ignoreLevelWords',
} as const;

/** Diff options from `--ignore a,b`; an unknown word is bad input. */
export function diffOptionsOf(args: CliArgs): DiffOptions {
  const raw = args.options.get('ignore');
  if (raw === undefined) return defaultDiffOptions;
  const options = { ignorePunctuationWidth: false, ignoreWhitespace: false, ignoreLevelWords: false };
  for (const word of raw.split(/[,，\s]+/).filter((w) => w && w !== 'none')) {
    const key = ignorable[word as keyof typeof ignorable];
    if (!key) {
      const known = Object.keys(ignorable).join(', ');
      throw new InputError(
        'bad-option',
        `选项 --ignore 不认识:${word}(可用:${known}, none)`,
        `option --ignore does not know: ${word} (use ${known}, none)`,
      );
    }
    options[key] = true;
  }
  return options;
}

/** Runs `compare`. */
export async function run(args: CliArgs): Promise<number> {
  if (args.positionals.length < 2) {
    throw new InputError(
      'missing-argument',
      '请至少给出两个文件:compare <file> <file> [...] [--pivot N] [--json]',
      'give at least two files: compare <file> <file> [...] [--pivot N] [--json]',
    );
  }
  const docs = await Promise.all(args.positionals.map(loadDocumentFile));
  const pivot = intOption(args, 'pivot', 0);
  const comparison = compareDocuments(
    docs.map((d) => d.parsed),
    { pivot, diff: diffOptionsOf(args) },
  );
  if (args.flags.has('json')) process.stdout.write(JSON.stringify(comparison) + '\n');
  else process.stdout.write(comparisonText(comparison, docs) + '\n');
  return 0;
}
