/**
 * `check <draft> [--corpus <dir>] [--top K] [--json]`: each draft unit's
 * nearest precedents in the corpus, and the gaps the draft leaves.
 */
import { resolve } from 'node:path';
import type { CliArgs } from '../args';
import { intOption } from '../args';
import { InputError } from '../../../shared/errors';
import type { DraftCheck } from '../../../shared/model/comparison';
import { gapPlaceText } from '../../../shared/engine/index/gaps';
import { buildCorpusIndex, checkDraft } from '../../../shared/engine/index';
import { defaultSeedsDir, loadCorpusDir, loadDocumentFile } from '../../main/services/corpus';

/** The check as text for a person at a terminal. */
export function checkText(check: DraftCheck): string {
  const lines = [`草稿 / draft: ${check.draft.title}`, ''];
  for (const u of check.units) {
    lines.push(`${u.label || '¶'} ${u.title}`);
    for (const p of u.precedents) lines.push(`    ${p.score.toFixed(2)}  ${p.doc} ${p.label || '¶'} ${p.title}`);
  }
  lines.push('', `缺项 / gaps: ${check.gaps.length}`);
  for (const g of check.gaps) {
    lines.push(
      `  ${g.title} (${g.support} 份文件 documents): ${g.precedents.map((p) => `${p.doc} ${p.label || `¶${p.title.slice(0, 16)}`}`).join('; ')}`,
    );
    lines.push(`    建议位置 / place: ${gapPlaceText(g.place)}`);
  }
  return lines.join('\n');
}

/** Runs `check`. */
export async function run(args: CliArgs): Promise<number> {
  const [file] = args.positionals;
  if (!file)
    throw new InputError(
      'missing-argument',
      '请给出草稿文件:check <draft> [--corpus <dir>] [--top K] [--json]',
      'give a draft file: check <draft> [--corpus <dir>] [--top K] [--json]',
    );
  const top = intOption(args, 'top', 5);
  if (top < 1) throw new InputError('bad-number', `选项 --top 应为正整数:${top}`, `option --top must be a positive integer: ${top}`);
  const draft = await loadDocumentFile(file);
  if (draft.parsed.units.length === 0) {
    throw new InputError(
      'no-measures',
      `草稿 ${file} 中没有找到可比对的条款(如“1.”“(一)”“一、”或“第一条”)`,
      `no units to check in the draft ${file} (like "1.", "(一)", "一、" or "第一条")`,
    );
  }
  const corpus = await loadCorpusDir(args.options.get('corpus') ?? defaultSeedsDir());
  const others = corpus.filter((d) => d.path !== resolve(file));
  const index = buildCorpusIndex(others.map((d) => ({ id: d.id, parsed: d.parsed })));
  const check = checkDraft(index, draft.parsed, { top });
  if (args.flags.has('json')) process.stdout.write(JSON.stringify(check) + '\n');
  else process.stdout.write(checkText(check) + '\n');
  return 0;
}
