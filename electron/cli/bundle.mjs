// The CLI's bundle: electron/cli bundled with esbuild into .cache/cli/ (one
// CommonJS chunk per command and per shared part, loaded when a command needs
// it), so `npm run cli` starts in plain Node instead of compiling TypeScript
// through tsx at every start. Rebuilt when any source it was built from (or the
// installed packages) is newer than the bundle (fresh.cjs). Plain JavaScript:
// it must run before anything is built.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { alwaysInputs, bundleDir, isFresh, repoRoot } from './fresh.cjs';

export { alwaysInputs, bundleDir, bundleEntry, isFresh, repoRoot } from './fresh.cjs';

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

/** The CLI's entry, the one source the bundle starts from. */
const entry = 'electron/cli/index.ts';

/** Packages left outside the bundle: pdfjs reads its own files next to it; electron is never loaded by the CLI. */
const externalPackages = /^(pdfjs-dist|electron)(\/|$)/;

/** An esbuild plugin that leaves those packages out, named by their installed path so a bundle outside the repository (a test's) finds them. */
function externalPlugin() {
  const require = createRequire(join(repoRoot, 'package.json'));
  return {
    name: 'precedent-external',
    setup(b) {
      b.onResolve({ filter: externalPackages }, (args) => {
        try {
          return { path: require.resolve(args.path), external: true };
        } catch {
          return { path: args.path, external: true };
        }
      });
    },
  };
}

/** Turns one chunk of the ES module build into CommonJS in place (its import() of a chunk becomes a require() of it). */
async function toCommonJs(transform, file) {
  const { code } = await transform(readFileSync(file, 'utf8'), {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    charset: 'utf8',
    logLevel: 'error',
    // pdfjs-dist, the one package left outside, is an ES module: Node ≥ 20.19 require()s it
    supported: { 'dynamic-import': false },
    // import.meta.url in the sources is the entry's URL in the repository: what they resolve from it
    // (pdfjs-dist's data folders) is found wherever the bundle lives
    banner: `const __precedentModuleUrl = ${JSON.stringify(pathToFileURL(join(repoRoot, entry)).href)};`,
  });
  writeFileSync(file, code);
}

/** Builds the bundle into a fresh folder beside `dir`, then swaps it in (a run still going loads later chunks by their content-hashed names: after a rebuild from changed sources those can be gone). */
export async function buildBundle(dir = bundleDir()) {
  const { build, transform } = await import('esbuild');
  const builtAt = Date.now();
  const tmp = `${dir}.build-${process.pid}-${builtAt}`;
  const evaluated = new Map();
  for (const file of prebuilt) evaluated.set(file, await evaluateAtBuild(file, build));
  // split per command (a command loads only the chunks it imports), then each chunk made CommonJS:
  // V8 can cache a script's compiled code (run-bundle.cjs), and require() skips the ES module loader's work
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: { index: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    charset: 'utf8',
    outdir: tmp,
    outExtension: { '.js': '.cjs' },
    metafile: true,
    logLevel: 'error',
    plugins: [prebuiltPlugin(evaluated), externalPlugin()],
    define: { 'import.meta.url': '__precedentModuleUrl' },
  });
  for (const file of Object.keys(result.metafile.outputs)) await toCommonJs(transform, resolve(repoRoot, file));
  const sources = [...new Set([...ownSources(result.metafile), ...[...evaluated.values()].flatMap((m) => m.inputs)])];
  writeFileSync(join(tmp, 'inputs.json'), JSON.stringify({ builtAt, root: repoRoot, inputs: [...sources, ...alwaysInputs] }) + '\n');
  mkdirSync(dirname(dir), { recursive: true });
  const old = `${dir}.old-${process.pid}-${builtAt}`;
  if (existsSync(dir)) renameSync(dir, old);
  try {
    renameSync(tmp, dir);
  } catch (error) {
    // another first run put its bundle in place between the two renames: built from the same sources, it will do
    if (!isFresh(dir)) throw error;
    rmSync(tmp, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
  return dir;
}
