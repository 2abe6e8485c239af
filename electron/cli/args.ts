/** Tiny argv reader for the CLI: positionals, `--flag value` options and boolean switches. */
import { InputError } from '../../shared/errors';

/** Parsed command-line arguments. */
export interface CliArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
}

const booleanFlags = new Set(['json', 'include-notes', 'help', 'tracked', 'only-changed']);

/** Splits argv into positionals, `--key value` options and `--flag` switches. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const key = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (eq > 0) options.set(key, arg.slice(eq + 1));
    else if (booleanFlags.has(key)) flags.add(key);
    else if (i + 1 < argv.length) options.set(key, argv[++i]);
    else throw new InputError('missing-value', `选项 --${key} 缺少取值`, `option --${key} needs a value`);
  }
  return { positionals, options, flags };
}

/** An integer option, or the fallback; a non-number is bad input. */
export function intOption(args: CliArgs, key: string, fallback: number): number {
  const raw = args.options.get(key);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) {
    throw new InputError('bad-number', `选项 --${key} 应为整数:${raw}`, `option --${key} must be an integer: ${raw}`);
  }
  return value;
}
