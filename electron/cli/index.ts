/**
 * `npm run --silent cli -- <command> …`: the command-line face of the
 * main-process services. Bad input exits 2 with one zh/en line on stderr.
 */
import { isInputError } from '../../shared/errors';
import { parseArgs, type CliArgs } from './args';

/** A command: gets parsed arguments, writes to stdout, returns the exit code. */
export type Command = (args: CliArgs) => Promise<number>;

const commands: Record<string, () => Promise<{ run: Command }>> = {
  parse: () => import('./commands/parse'),
  compare: () => import('./commands/compare'),
  check: () => import('./commands/check'),
  search: () => import('./commands/search'),
  import: () => import('./commands/import'),
  export: () => import('./commands/export'),
};

const usage = `用法 / usage: npm run --silent cli -- <command> [args] [--json]
  parse <file> --json
  compare <file> <file> [<file> …] [--pivot N] [--json]
  check <draft> [--corpus <dir>] [--top K] [--json]
  search <query> [--corpus <dir>] [--region R] [--year Y] [--kind K] [--section S] [--office O] [--limit N] [--json]
  import <file> [<file> …] --data-dir <dir> [--json]
  export <file> <file> [<file> …] --format docx|html --out <path> [--pivot N]`;

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage + '\n');
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    const known = Object.keys(commands).join(', ');
    process.stderr.write(
      `未知命令:${name}(可用:${known};--help 查看用法) / unknown command: ${name} (commands: ${known}; --help for usage)\n`,
    );
    return 2;
  }
  const args = parseArgs(rest);
  const { run } = await load();
  return run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (isInputError(error)) {
      process.stderr.write(error.message.replace(/\s*\n\s*/g, ' ') + '\n');
      process.exitCode = 2;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`内部错误:${message} / internal error: ${message}\n`);
      process.exitCode = 1;
    }
  },
);
