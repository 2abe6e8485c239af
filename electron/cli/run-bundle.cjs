// Runs the CLI's bundle (CommonJS chunks, see bundle.mjs) in this process
// through V8's code cache, as Node 22's module.enableCompileCache would: the
// first run of a command compiles as usual and saves what V8 compiled for each
// chunk it loaded; later runs of that command start from those caches instead
// of parsing and compiling the same functions again. A cache V8 rejects
// (another Node, other flags) is written anew; one that cannot be written
// (a read-only checkout) is skipped.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script, constants } = require('node:vm');

/** V8's default interrupt budget (bytes of bytecode run before a function is considered for TurboFan). */
const v8InterruptBudget = 67_584;

/** How the bundle runs: V8 settings for a process that lives for one command (measured by tests/bench/cli-start.ts). */
const bundleRunOptions = Object.freeze({
  /**
   * Optimise (TurboFan) only after 8× V8's default budget. A parse or a
   * compare of a few documents is over before a large function's optimised
   * code pays back its compile (the parser's inlineMarkers takes ~40 ms), and
   * on two busy cores that background compile slows the run itself; a long
   * `check` still optimises its hot loops. Measured, alternating runs: parse
   * of a seed 157 → 122 ms, compare of three seeds 605 → 376 ms, check over 60
   * documents 1.92 → 1.64 s.
   */
  interruptBudget: 8 * v8InterruptBudget,
});

/** The command's name as it may appear in a file name (anything else shares one cache). */
function cacheKey(command) {
  return typeof command === 'string' && /^[a-z][a-z-]{0,31}$/.test(command) ? command : 'other';
}

/** Where the code cache of one chunk for one command lives: beside the chunk, replaced with it on a rebuild. */
function cacheFileOf(chunk, command) {
  return `${chunk.replace(/\.cjs$/, '')}.${cacheKey(command)}.code-cache`;
}

function readIfThere(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes a cache whole or not at all (two first runs at once each rename their own file into place). */
function saveCache(script, file) {
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, file);
  } catch {
    // no cache next time either; the run itself is unaffected
  }
}

/** Runs the bundle whose entry is `entry` for `command`, each chunk once, chunks found beside the entry. */
function runBundle(entry, command, options = bundleRunOptions) {
  // before anything is compiled: the code caches are made and checked under the same flags
  setFlagsFromString(`--interrupt-budget=${options.interruptBudget}`);
  const dir = dirname(entry);
  const modules = new Map();
  const uncached = [];
  const load = (file) => {
    const known = modules.get(file);
    if (known) return known.exports;
    const module = { exports: {} };
    modules.set(file, module);
    const cacheFile = cacheFileOf(file, command);
    const cachedData = readIfThere(cacheFile);
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {
      filename: file,
      cachedData,
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (cachedData === undefined || script.cachedDataRejected) uncached.push({ script, cacheFile });
    const nodeRequire = createRequire(file);
    // a chunk names its siblings './chunk-….cjs'; packages and Node's modules go to Node
    const require = Object.assign((specifier) => (specifier.startsWith('./') ? load(join(dir, specifier)) : nodeRequire(specifier)), {
      resolve: nodeRequire.resolve,
    });
    script.runInThisContext()(module.exports, require, module, file, dir);
    return module.exports;
  };
  // at exit each script has compiled all this command ran, so its cache covers the whole command
  process.once('exit', () => {
    for (const { script, cacheFile } of uncached) saveCache(script, cacheFile);
  });
  load(entry);
}

module.exports = { bundleRunOptions, cacheFileOf, runBundle };
