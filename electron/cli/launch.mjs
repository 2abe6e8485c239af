// `npm run cli -- …`: runs the CLI from its esbuild bundle (built on the first
// run and whenever a source is newer, see bundle.mjs), in this process. If the
// bundle cannot be built, the CLI runs from source through tsx as before.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBundle, bundleDir, isFresh, repoRoot } from './bundle.mjs';

const dir = bundleDir();
let ready = isFresh(dir);
if (!ready) {
  try {
    await buildBundle(dir);
    ready = true;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`命令行打包失败,改用 tsx 运行:${message} / could not bundle the CLI, running it through tsx: ${message}\n`);
  }
}
if (ready) {
  await import(pathToFileURL(join(dir, 'index.js')).href);
} else {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'electron/cli/index.ts'), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exitCode = run.status ?? 1;
}
