// The CLI's bundle: electron/cli bundled with esbuild into .cache/cli/ (one
// chunk per command, loaded when that command runs), so `npm run cli` starts
// in plain Node instead of compiling TypeScript through tsx at every start.
// Rebuilt when any source it was built from (or the installed packages) is
// newer than the bundle. Plain JavaScript: it must run before anything is built.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the bundle lives (PRECEDENT_CLI_CACHE moves it, for tests). */
export function bundleDir() {
  return process.env.PRECEDENT_CLI_CACHE ? resolve(process.env.PRECEDENT_CLI_CACHE) : join(repoRoot, '.cache', 'cli');
}

/** Files besides the bundled sources whose change means a rebuild: this file and the install. */
const alwaysInputs = ['electron/cli/bundle.mjs', 'package-lock.json', 'node_modules/.package-lock.json'];

/** True when the bundle in `dir` exists and no file it was built from changed since. */
export function isFresh(dir = bundleDir()) {
  const stampFile = join(dir, 'inputs.json');
  if (!existsSync(join(dir, 'index.js')) || !existsSync(stampFile)) return false;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return false;
  }
  if (typeof stamp.builtAt !== 'number' || !Array.isArray(stamp.inputs)) return false;
  for (const input of stamp.inputs) {
    let mtime;
    try {
      mtime = statSync(join(repoRoot, input)).mtimeMs;
    } catch {
      // a source gone (renamed, deleted) is a change; a package lock that was never there is not
      if (alwaysInputs.includes(input)) continue;
      return false;
    }
    if (mtime > stamp.builtAt) return false;
  }
  return true;
}

/**
 * Modules whose exports are plain data computed from installed packages (the
 * OpenCC character pairs, ~40 ms to compute): evaluated once when the bundle
 * is built and inlined as literals, so no start pays for them again.
 */
const prebuilt = ['shared/text/trad-simp-pairs.ts'];

/** Repository-relative sources (not packages) in an esbuild metafile, with `/` separators. */
function ownSources(metafile) {
  return Object.keys(metafile.inputs)
    .map((p) => relative(repoRoot, resolve(repoRoot, p)))
    .filter((p) => !p.startsWith('..') && !p.split(sep).includes('node_modules'))
    .map((p) => p.split(sep).join('/'));
}

/** Runs one module at build time and gives its exports back as literal source, with the sources it read (throws when an export is not plain data). */
export async function evaluateAtBuild(file, build) {
  build ??= (await import('esbuild')).build;
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  const exports = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  const lines = Object.entries(exports).map(([name, value]) => {
    const json = JSON.stringify(value);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) throw new Error(`${file}: export ${name} is not plain data`);
    return name === 'default' ? `export default ${json};` : `export const ${name} = ${json};`;
  });
  return { contents: lines.join('\n') + '\n', inputs: ownSources(result.metafile) };
}

/** An esbuild plugin that loads each prebuilt module as its evaluated exports. */
function prebuiltPlugin(evaluated) {
  return {
    name: 'precedent-prebuilt',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const module = evaluated.get(relative(repoRoot, args.path).split(sep).join('/'));
        return module ? { contents: module.contents, loader: 'js' } : undefined;
      });
    },
  };
}

/** Builds the bundle into a fresh folder beside `dir`, then puts it in place (a run already reading the old one keeps it). */
export async function buildBundle(dir = bundleDir()) {
  const { build } = await import('esbuild');
  const builtAt = Date.now();
  const tmp = `${dir}.build-${process.pid}-${builtAt}`;
  const evaluated = new Map();
  for (const file of prebuilt) evaluated.set(file, await evaluateAtBuild(file, build));
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: { index: 'electron/cli/index.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: tmp,
    metafile: true,
    logLevel: 'error',
    plugins: [prebuiltPlugin(evaluated)],
    // pdfjs reads its own files next to it; electron is never loaded by the CLI
    external: ['pdfjs-dist', 'electron'],
    // bundled CommonJS packages call require() for Node's modules
    banner: {
      js: "import { createRequire as __precedentRequire } from 'node:module'; const require = __precedentRequire(import.meta.url);",
    },
  });
  const sources = [...new Set([...ownSources(result.metafile), ...[...evaluated.values()].flatMap((m) => m.inputs)])];
  writeFileSync(join(tmp, 'inputs.json'), JSON.stringify({ builtAt, inputs: [...sources, ...alwaysInputs] }) + '\n');
  mkdirSync(dirname(dir), { recursive: true });
  const old = `${dir}.old-${process.pid}-${builtAt}`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
  return dir;
}
