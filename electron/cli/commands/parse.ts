/**
 * `parse <file> [--json]`: one document → `{ meta, outline, units, warnings, furniture }`
 * as one JSON document, or a readable summary for a person.
 */
import type { CliArgs } from '../args';
import { InputError } from '../../../shared/errors';
import type { ParsedDocument, Unit } from '../../../shared/model/document';
import { loadDocumentFile } from '../../main/services/corpus';

function countKind(parsed: ParsedDocument, kind: string): number {
  let n = 0;
  const walk = (nodes: ParsedDocument['outline']): void => {
    for (const node of nodes) {
      if (node.kind === kind) n++;
      walk(node.children);
    }
  };
  walk(parsed.outline);
  return n;
}

function unitLine(unit: Unit): string {
  const label = unit.kind === 'paragraph' ? `¶${unit.ordinal}` : unit.kind === 'measure' ? `${unit.label}.` : unit.label;
  // without a title, the opening words stand in; the printed number is already in `label`
  const opening = unit.text.replace(/\s+/g, '');
  const title =
    unit.title || (opening.startsWith(unit.label) ? opening.slice(unit.label.length) : opening).replace(/^[.．、]/, '').slice(0, 24) + '…';
  const responsible = unit.responsible.length ? ` [${unit.responsible.map((r) => r.name).join('、')}]` : '';
  const targets = unit.targets.length ? `  ${unit.targets.map((t) => t.text.replace(/\s+/g, '')).join(';')}` : '';
  return `${label} ${title}${responsible}${targets}`;
}

/** Human-readable summary: title, 文号, counts, then one line per unit. */
export function summary(parsed: ParsedDocument): string {
  const { meta } = parsed;
  const counts = ['part', 'chapter', 'section', 'column', 'table']
    .map((k) => [k, countKind(parsed, k)] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`);
  const head = [
    `标题 / title: ${meta.title}`,
    meta.docNumber ? `文号 / number: ${meta.docNumber}` : '',
    `结构 / outline: ${counts.join(', ') || '—'}; 单元 / units: ${parsed.units.length}; 警告 / warnings: ${parsed.warnings.length}`,
    ...parsed.warnings.filter((w) => w.code === 'layout-rebuilt').map((w) => `注意 / note: ${w.message}`),
    parsed.furniture.some((f) => f.kind === 'page')
      ? `网页信息 / page lines: ${parsed.furniture.filter((f) => f.kind === 'page').length}`
      : '',
  ].filter(Boolean);
  return [...head, '', ...parsed.units.map(unitLine)].join('\n');
}

/** Runs `parse`. */
export async function run(args: CliArgs): Promise<number> {
  const [file] = args.positionals;
  if (!file)
    throw new InputError('missing-argument', '请给出要解析的文件:parse <file> [--json]', 'give a file to parse: parse <file> [--json]');
  const doc = await loadDocumentFile(file);
  const { meta, outline, units, warnings } = doc.parsed;
  // web-page lines only (投稿/来源, 分享到, 【法宝引证码】); markdown marks stay out of this list
  const furniture = doc.parsed.furniture.filter((f) => f.kind === 'page').map(({ text, span }) => ({ text, span }));
  if (args.flags.has('json')) process.stdout.write(JSON.stringify({ meta, outline, units, warnings, furniture }) + '\n');
  else process.stdout.write(summary(doc.parsed) + '\n');
  return 0;
}
