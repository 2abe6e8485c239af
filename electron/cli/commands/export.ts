/**
 * `export <file> <file> [<file> …] --format docx|html --out <path> [--pivot N]
 * [--only-changed] [--json]`: the 对照表 of the documents; `export A B --format
 * docx --tracked --out f.docx`: B with its differences from A as Word revisions.
 * Written atomically (a temp file beside the target, then a rename), so a failure leaves nothing.
 */
import { extname } from 'node:path';
import type { CliArgs } from '../args';
import { intOption } from '../args';
import { comparisonView, defaultDiffOptions, documentDetail } from '../../../shared/api/views';
import { InputError } from '../../../shared/errors';
import { loadDocumentFile } from '../../main/services/corpus';
import {
  assertWritableTarget,
  buildDocx,
  buildHtml,
  buildTrackedDocx,
  tableModel,
  writeFileAtomic,
} from '../../main/services/export/index';
import { summarise } from '../../main/services/library';

const usage =
  'export <file> <file> [<file> …] --format docx|html --out <path> [--pivot N] [--only-changed] | export A B --format docx --tracked --out <path>';

function formatOf(args: CliArgs, out: string): 'docx' | 'html' {
  const raw = args.options.get('format') ?? extname(out).slice(1).toLowerCase().replace(/^htm$/, 'html');
  if (raw === 'docx' || raw === 'html') return raw;
  throw new InputError(
    'bad-format',
    `--format 应为 docx 或 html:${raw || '(未给出)'}`,
    `--format must be docx or html: ${raw || '(missing)'}`,
  );
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
  if (args.flags.has('tracked')) return runTracked(args, loaded, format, out);
  const { compareDocuments } = await import('../../../shared/engine/index');
  const comparison = compareDocuments(
    loaded.map((d) => d.parsed),
    { pivot, diff: defaultDiffOptions },
  );
  const details = loaded.map((d) => documentDetail(summarise(d.id, 'imported', d.fileName, d.parsed), d.text, d.parsed));
  const view = comparisonView(details, comparison, defaultDiffOptions);
  const options = { includeNotes: false, onlyChanged: args.flags.has('only-changed') };
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
    title: tableModel(view, [], options).title,
  };
  if (args.flags.has('json')) process.stdout.write(JSON.stringify(report) + '\n');
  else process.stdout.write(`已写入 / written: ${out} (${format}, ${report.bytes} B, ${report.groups} 组 / groups)\n`);
  return 0;
}

/** `--tracked`: B as a Word document whose differences from A are revisions. */
async function runTracked(
  args: CliArgs,
  loaded: readonly Awaited<ReturnType<typeof loadDocumentFile>>[],
  format: 'docx' | 'html',
  out: string,
): Promise<number> {
  if (format !== 'docx')
    throw new InputError(
      'bad-format',
      '--tracked 只能导出 docx(修订需在 Word/WPS 中接受或拒绝)',
      '--tracked writes docx only (revisions are accepted or rejected in Word/WPS)',
    );
  if (loaded.length !== 2)
    throw new InputError(
      'tracked-two-documents',
      '--tracked 需要正好两份文档:export A B --tracked',
      '--tracked takes exactly two documents: export A B --tracked',
    );
  const [a, b] = loaded;
  const bytes = await buildTrackedDocx({ id: a.id, parsed: a.parsed }, { id: b.id, parsed: b.parsed }, [], {
    author: 'Precedent',
    date: new Date(),
  });
  await writeFileAtomic(out, bytes);
  if (args.flags.has('json'))
    process.stdout.write(
      JSON.stringify({
        path: out,
        format: 'docx',
        tracked: true,
        bytes: bytes.byteLength,
        documents: [a.parsed.meta.title, b.parsed.meta.title],
      }) + '\n',
    );
  else process.stdout.write(`已写入 / written: ${out} (修订模式 / tracked, ${bytes.byteLength} B)\n`);
  return 0;
}
