/**
 * `import <file> [<file> …] --data-dir <dir> [--json]`: imports files into the
 * library of the store in `--data-dir` with the same service the app uses.
 * A refused file is reported and the rest still import; the exit code is 2
 * when any file was refused, 0 otherwise.
 */
import { basename, resolve } from 'node:path';
import type { CliArgs } from '../args';
import { InputError, isInputError } from '../../../shared/errors';
import type { ImportOutcome } from '../../../shared/api/contract';
import { openStore } from '../../main/store/index';
import { createLibrary } from '../../main/services/library';
import { defaultSeedsDir } from '../../main/services/corpus';
import { importFiles, type NamedBytes } from '../../main/services/import/index';
import { readInputFile } from '../../main/services/import/read-input';

// found by walking up from this module, so it holds under tsx and in the CLI's bundle alike
const seedsDir = defaultSeedsDir();

async function readArgument(path: string): Promise<NamedBytes | ImportOutcome> {
  try {
    return { name: basename(path), bytes: await readInputFile(path) };
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { kind: 'refused', fileName: basename(path), reason: error.message };
  }
}

function line(outcome: ImportOutcome): string {
  switch (outcome.kind) {
    case 'imported':
      return `已导入 imported  ${outcome.fileName} → ${outcome.document.id} (${outcome.document.unitCount} 条 units)`;
    case 'duplicate':
      return `重复   duplicate ${outcome.fileName} = ${outcome.existingId}`;
    case 'refused':
      return `未导入 refused   ${outcome.fileName}: ${outcome.reason}`;
  }
}

/** Runs the command. */
export async function run(args: CliArgs): Promise<number> {
  const dataDir = args.options.get('data-dir');
  if (!dataDir) throw new InputError('missing-data-dir', '请用 --data-dir 指定数据文件夹', 'give the data folder with --data-dir');
  if (args.positionals.length === 0) throw new InputError('missing-file', '请给出要导入的文件', 'give at least one file to import');
  const store = await openStore({ dataDir: resolve(dataDir) });
  if (store.readOnly) {
    const m = store.messages[0];
    throw new InputError('store-read-only', m?.zh ?? '数据文件夹只读', m?.en ?? 'the data folder is read-only');
  }
  for (const m of store.messages) process.stderr.write(`${m.zh} / ${m.en}\n`);
  const read = await Promise.all(args.positionals.map(readArgument));
  const files = read.filter((r): r is NamedBytes => 'bytes' in r);
  const imported = await importFiles(files, { store, library: createLibrary(store, seedsDir), now: () => new Date() });
  await store.close();
  let i = 0;
  const outcomes = read.map((r) => ('bytes' in r ? imported[i++] : r));
  if (args.flags.has('json')) process.stdout.write(JSON.stringify({ outcomes }, null, 2) + '\n');
  else process.stdout.write(outcomes.map(line).join('\n') + '\n');
  return outcomes.some((o) => o.kind === 'refused') ? 2 : 0;
}
