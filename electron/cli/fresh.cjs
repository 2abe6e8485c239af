// Where the CLI's bundle lives and whether it is up to date: read at every
// `npm run cli` start, so it stats the sources and nothing more (building is
// in bundle.mjs, loaded only when a rebuild is due). Plain CommonJS: it must
// run before anything is built, and a CommonJS start skips the ES module
// loader's own start-up.
const { readFileSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');

/** The repository root. */
const repoRoot = resolve(__dirname, '../..');

/** Where the bundle lives (PRECEDENT_CLI_CACHE moves it, for tests). */
function bundleDir() {
  return process.env.PRECEDENT_CLI_CACHE ? resolve(process.env.PRECEDENT_CLI_CACHE) : join(repoRoot, '.cache', 'cli');
}

/** The bundle's entry script in `dir` (it requires the chunks beside it). */
function bundleEntry(dir = bundleDir()) {
  return join(dir, 'index.cjs');
}

/** Files besides the bundled sources whose change means a rebuild: the build scripts and the install. */
const alwaysInputs = ['electron/cli/bundle.mjs', 'electron/cli/fresh.cjs', 'package-lock.json', 'node_modules/.package-lock.json'];

/** True when the bundle in `dir` exists, was built from this checkout (it names installed packages by path), and no file it was built from changed (or went) since. */
function isFresh(dir = bundleDir()) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8'));
  } catch {
    return false;
  }
  if (typeof stamp.builtAt !== 'number' || !Array.isArray(stamp.inputs) || stamp.root !== repoRoot) return false;
  if (!statSync(bundleEntry(dir), { throwIfNoEntry: false })) return false;
  for (const input of stamp.inputs) {
    const stat = statSync(join(repoRoot, input), { throwIfNoEntry: false });
    // a source gone (renamed, deleted) is a change; a package lock that was never there is not
    if (!stat) {
      if (alwaysInputs.includes(input)) continue;
      return false;
    }
    if (stat.mtimeMs > stamp.builtAt) return false;
  }
  return true;
}

module.exports = { repoRoot, bundleDir, bundleEntry, alwaysInputs, isFresh };
