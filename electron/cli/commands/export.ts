/**
 * `export <file> <file> [<file> …] --format docx|html --out <path> [--pivot N]
 * [--include-notes] [--json]`: the 对照表 of the documents, written atomically
 * (a temp file beside the target, then a rename), so a failure leaves nothing.
 */
import { extname } from 'node:path';
import type { CliArgs } from '../args';
import { intOption } from '../args';
import { comparisonView, defaultDiffOptions, documentDetail } from '../../../shared/api/views';
import { InputError } from '../../../shared/errors';
import { loadDocumentFile } from '../../main/services/corpus';
import { assertWritableTarget, buildDocx, buildHtml, tableModel, writeFileAtomic } from '../../main/services/export/index';
import { summarise } from '../../main/services/library';

const usage = 'export <file> <file> [<file> …] --format docx|html --out <path> [--pivot N]';

function formatOf(args: CliArgs, out: string): 'docx' | 'html' {
  const raw = args.options.get('format') ?? extname(out).slice(1).toLowerCase().replace(/^htm$/, 'html');
  if (raw === 'docx' || raw === 'html') return raw;
  throw new InputError('bad-format', `--format 应为 docx 或 html:${raw || '(未给出)'}`, `--format must be docx or html: ${raw || '(missing)'}`);
}

/** Runs `export`. */
export async function run(args: CliArgs): Promise<number> {
  const files = args.positionals;
  const out = args.options.get('out');
  if (files.length < 2) throw new InputError('too-few-documents', `至少需要两份文档:${usage}`, `give at least two documents: ${usage}`);
  if (!out) throw new InputError('missing-out', `请用 --out 指定输出文件:${usage}`, `give the output file with --out: ${usage}`);
  const format = formatOf(args, out);
  const pivot = intOption(args, 'pivot', 0);
  if (pivot < 0 || pivot >= files.length) {
    throw new InputError('bad-pivot', `--pivot 应在 0–${files.length - 1}:${pivot}`, `--pivot must be in 0–${files.length - 1}: ${pivot}`);
  }
  await assertWritableTarget(out);
  const loaded = [];
  for (const file of files) loaded.push(await loadDocumentFile(file));
  const { compareDocuments } = await import('../../../shared/engine/index');
  const comparison = compareDocuments(loaded.map((d) => d.parsed), { pivot, diff: defaultDiffOptions });
  const details = loaded.map((d) => documentDetail(summarise(d.id, 'imported', d.fileName, d.parsed), d.text, d.parsed));
  const view = comparisonView(details, comparison, defaultDiffOptions);
  const options = { includeNotes: args.flags.has('include-notes') };
  const bytes = format === 'docx' ? await buildDocx(view, [], options) : new TextEncoder().encode(buildHtml(view, [], options));
  await writeFileAtomic(out, bytes);
  const rows = tableModel(view, [], options).rows;
  const report = {
    path: out,
    format,
    bytes: bytes.byteLength,
    documents: comparison.documents.map((m) => m.title),
    groups: comparison.groups.length,
    headingRows: rows.filter((r) => r.kind === 'heading').length,
  };
  if (args.flags.has('json')) process.stdout.write(JSON.stringify(report) + '\n');
  else process.stdout.write(`已写入 / written: ${out} (${format}, ${report.bytes} B, ${report.groups} 组 / groups)\n`);
  return 0;
}
