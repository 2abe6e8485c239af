// `npm run cli -- …`: runs the CLI from its esbuild bundle (built on the first
// run and whenever a source is newer, see bundle.mjs), in this process and
// through V8's code cache (run-bundle.cjs). If the bundle cannot be built, the
// CLI runs from source through tsx as before. CommonJS, as is all it loads
// when the bundle is fresh: a start skips the ES module loader's start-up.
const { join } = require('node:path');
const { bundleDir, bundleEntry, isFresh, repoRoot } = require('./fresh.cjs');
const { runBundle } = require('./run-bundle.cjs');

/** Builds the bundle into `dir`; false when it cannot be built (the reason is on stderr). */
async function build(dir) {
  try {
    const { buildBundle } = await import('./bundle.mjs');
    await buildBundle(dir);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`命令行打包失败,改用 tsx 运行:${message} / could not bundle the CLI, running it through tsx: ${message}\n`);
    return false;
  }
}

function runFromSource() {
  const { spawnSync } = require('node:child_process');
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'electron/cli/index.ts'), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exitCode = run.status ?? 1;
}

const dir = bundleDir();
// the common case stays synchronous: a fresh bundle runs at once
if (isFresh(dir)) runBundle(bundleEntry(dir), process.argv[2]);
else void build(dir).then((built) => (built ? runBundle(bundleEntry(dir), process.argv[2]) : runFromSource()));
