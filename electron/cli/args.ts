/**
 * The CLI's argument reader, on node:util parseArgs: one table of every
 * option (switches, values, and the range of each number), `--` ends the
 * options, an unknown option or a missing value is bad input (exit 2, one
 * zh/en line), and `--limit -5` reads as the number -5 and is refused by its
 * range instead of being taken for an option.
 */
import { parseArgs as parseArgv } from 'node:util';
import { InputError } from '../../shared/errors';

/** Parsed command-line arguments. */
export interface CliArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
}

/** What an option takes: nothing (a switch), a text, or a whole number in a range. */
type OptionSpec =
  { readonly kind: 'switch' } | { readonly kind: 'text' } | { readonly kind: 'number'; readonly min: number; readonly max: number };

const sw = { kind: 'switch' } as const;
const text = { kind: 'text' } as const;
const whole = (min: number, max: number) => ({ kind: 'number', min, max }) as const;

/** Every option of every command. A command reads the ones it knows; adding one is a line here. */
export const cliOptions: Readonly<Record<string, OptionSpec>> = {
  json: sw,
  help: sw,
  'include-notes': sw,
  tracked: sw,
  'only-changed': sw,
  corpus: text,
  'data-dir': text,
  format: text,
  out: text,
  region: text,
  kind: text,
  section: text,
  office: text,
  ignore: text,
  pivot: whole(0, 11),
  top: whole(1, 50),
  limit: whole(1, 10_000),
  year: whole(1949, 2200),
};

/** `--key value` → `--key=value` for value options, so a value that starts with '-' (a negative number) stays a value. */
function joinValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const key = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : undefined;
    const spec = key !== undefined && Object.hasOwn(cliOptions, key) ? cliOptions[key] : undefined;
    if (spec && spec.kind !== 'switch' && i + 1 < argv.length && !argv[i + 1].startsWith('--')) {
      out.push(`${arg}=${argv[++i]}`);
    } else out.push(arg);
  }
  return out;
}

function badOption(error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  const name = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new InputError(
      'unknown-option',
      `未知选项 ${name}(若是以 - 开头的文件名,请放在 -- 之后)`,
      `unknown option ${name} (put a file name that starts with - after --)`,
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new InputError(
      'missing-value',
      `选项 ${name.replace(/=.*$/, '')} 的取值不对或缺少取值`,
      `option ${name.replace(/=.*$/, '')} has a wrong or missing value`,
    );
  }
  return new InputError('bad-arguments', `参数无效:${message.split('\n')[0]}`, `invalid arguments: ${message.split('\n')[0]}`);
}

/** Splits argv into positionals, `--key value` options and `--flag` switches; bad options are InputErrors. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const options = Object.fromEntries(
    Object.entries(cliOptions).map(([key, spec]) => [key, { type: spec.kind === 'switch' ? 'boolean' : 'string' } as const]),
  );
  let parsed;
  try {
    parsed = parseArgv({ args: joinValues(argv), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw badOption(error);
  }
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (const [key, value] of Object.entries(parsed.values)) {
    if (value === true) flags.add(key);
    else if (typeof value === 'string') values.set(key, value);
    else if (Array.isArray(value)) values.set(key, String(value.at(-1)));
  }
  return { positionals: parsed.positionals, options: values, flags };
}

/** A whole-number option within its range (from `cliOptions`), or the fallback; anything else is bad input. */
export function intOption(args: CliArgs, key: string, fallback: number): number {
  const raw = args.options.get(key);
  if (raw === undefined) return fallback;
  const spec = Object.hasOwn(cliOptions, key) ? cliOptions[key] : undefined;
  const range = spec?.kind === 'number' ? spec : { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };
  const value = /^[+-]?\d{1,15}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    const bounds = spec?.kind === 'number' ? `${range.min}–${range.max} 的` : '';
    const boundsEn = spec?.kind === 'number' ? ` in ${range.min}–${range.max}` : '';
    throw new InputError('bad-number', `选项 --${key} 应为${bounds}整数:${raw}`, `option --${key} must be an integer${boundsEn}: ${raw}`);
  }
  return value;
}
