/**
 * The parser's build: a hash of the sources a parse depends on (shared/parse,
 * shared/text, shared/model and the package's version), taken when the app is
 * built (electron.config.ts defines it for the main process) and by the bench,
 * so cached parse results of another parser are never read (parse-cache.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders of the repository whose sources decide a parse. */
const parserSources = ['shared/parse', 'shared/text', 'shared/model'];

/** Every file under `dir`, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** The build of the parser in the repository at `root`: 16 hex digits. */
export function parserBuild(root: string): string {
  const hash = createHash('sha256');
  hash.update(String((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version));
  for (const file of parserSources.flatMap((dir) => filesUnder(join(root, dir)))) {
    hash.update(relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
