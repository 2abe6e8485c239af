/**
 * Bench children that run bundled, as the app's engine and main process run
 * bundled code: a child through tsx also holds tsx's compiled sources and
 * source maps (some 50 MB of rss) and compiles modules it imports late (the
 * parser, on first use) inside what is being timed.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Node arguments per entry file, bundled once per bench process. */
const started = new Map<string, readonly string[]>();

/**
 * The node arguments that run `entry` (a bench file's path) bundled by esbuild into .cache/bench/<name>.mjs;
 * through tsx, with a line saying so, when it cannot be bundled.
 */
export function bundledChild(entry: string, name: string): readonly string[] {
  const known = started.get(entry);
  if (known) return known;
  const outfile = fileURLToPath(new URL(`../../.cache/bench/${name}.mjs`, import.meta.url));
  let args: readonly string[];
  try {
    buildSync({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      logLevel: 'error',
      external: ['pdfjs-dist', 'electron'],
      // bundled CommonJS packages call require() for Node's modules and read __filename (write-file-atomic's temp names)
      banner: {
        js: [
          "import { createRequire as __benchRequire } from 'node:module';",
          "import { fileURLToPath as __benchPath } from 'node:url';",
          'const require = __benchRequire(import.meta.url);',
          'const __filename = __benchPath(import.meta.url);',
          "const __dirname = __filename.replace(/[\\\\/][^\\\\/]*$/, '');",
        ].join(' '),
      },
    });
    args = [outfile];
  } catch (error) {
    console.error(
      `bench: could not bundle ${name}, running it through tsx (its figures then include tsx's): ${String(error).split('\n')[0]}`,
    );
    args = ['--import', 'tsx', entry];
  }
  started.set(entry, args);
  return args;
}
