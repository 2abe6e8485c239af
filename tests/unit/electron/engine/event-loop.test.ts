import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PrecedentApi } from '../../../../shared/api/contract';
import { createApi } from '../../../../electron/main/api/create-api';
import { inProcessEngine, workerEngine, type Engine } from '../../../../electron/main/engine/index';
import { openStore } from '../../../../electron/main/store/index';
import { loopDelayDuring, type LoopDelay } from './loop-delay';

const seedsDir = join(process.cwd(), 'seeds');
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function apiWith(engine: Engine): Promise<PrecedentApi> {
  const dataDir = await mkdtemp(join(tmpdir(), 'precedent-loop-'));
  dirs.push(dataDir);
  return createApi({ store: await openStore({ dataDir }), seedsDir, dialogs: { saveFile: async () => null }, engine });
}

/** Twenty files to import: the seeds, each renumbered in several ways (different bytes, same kind of text). */
async function twentyFiles(): Promise<Array<{ name: string; base64: string }>> {
  const names = [
    'zhumadian-2024-h2-economy-measures.txt',
    'xuchang-2024-q2-double-half-measures.txt',
    'district-2024-h2-measures-draft.txt',
    'zhumadian-2021-industry-work-plan.txt',
  ];
  const texts = await Promise.all(names.map((n) => readFile(join(seedsDir, n), 'utf8')));
  return Array.from({ length: 20 }, (_, i) => {
    const text = texts[i % texts.length].replace(/\d+(?=亿元|家|个|%)/g, (n) => String(Number(n) + i + 1));
    return { name: `第${i + 1}份.txt`, base64: Buffer.from(text).toString('base64') };
  });
}

/** A 3-document compare, a 20-file import, and the index build (with a search) over the grown library. */
async function engineWork(api: PrecedentApi): Promise<void> {
  const ids = ['zhumadian-2024-h2-economy-measures', 'xuchang-2024-q2-double-half-measures', 'district-2024-h2-measures-draft'];
  const view = await api.compare({
    ids,
    pivot: 0,
    options: { ignorePunctuationWidth: true, ignoreWhitespace: true, ignoreLevelWords: false },
  });
  expect(view.comparison.groups.length).toBeGreaterThan(30);
  const outcomes = await api.importFiles({ files: await twentyFiles() });
  expect(outcomes.filter((o) => o.kind === 'imported')).toHaveLength(20);
  const hits = await api.search({ query: '以旧换新', filters: {}, limit: 20 });
  expect(hits.exact.length).toBeGreaterThan(0);
}

describe('the main process while the engine works', () => {
  const engines: Engine[] = [];
  afterAll(async () => {
    await Promise.all(engines.map((e) => e.close()));
  });

  it('sees the main thread blocked when work runs on it (the probe can fail)', async () => {
    const delay = await loopDelayDuring(async () => {
      await new Promise((r) => setTimeout(r, 20));
      // 100 ms of this process's CPU time, however long the machine makes it last
      const start = process.cpuUsage();
      const used = () => {
        const { user, system } = process.cpuUsage(start);
        return (user + system) / 1000;
      };
      while (used() < 100) Math.sqrt(Math.random());
      await new Promise((r) => setTimeout(r, 20));
    });
    // (the process's CPU time includes its other threads': the main thread's share is a little less)
    expect(delay.max).toBeGreaterThan(50);
    expect(delay.ownMax).toBeGreaterThan(50);
  });

  it('keeps the main loop delay p99 under 50 ms during a compare, a 20-file import and an index build', async () => {
    const engine = workerEngine();
    engines.push(engine);
    const api = await apiWith(engine);
    // the app lists the library at start, before the user does anything
    await api.listDocuments();
    const delay = await loopDelayDuring(() => engineWork(api));
    // the same work on this thread, for the report (the figure the worker brings down)
    const onThread = await loopDelayDuring(async () => engineWork(await apiWith(inProcessEngine())));
    const show = (d: LoopDelay) =>
      `p99 ${d.p99.toFixed(1)} ms, max ${d.max.toFixed(1)} ms (own work: p99 ${d.ownP99.toFixed(1)}, max ${d.ownMax.toFixed(1)})`;
    console.log(`main loop delay with the worker: ${show(delay)}; the same work on the main thread: ${show(onThread)}`);
    // the delay the main thread's own work causes; on an idle machine it is the wall-clock p99 (a busy one adds its run queue)
    expect(delay.ownP99).toBeLessThan(50);
  });

  it('passes an InputError from the worker with its code and both messages', async () => {
    const engine = workerEngine();
    engines.push(engine);
    await expect(engine.run('extractText', '空.txt', new Uint8Array(0))).rejects.toMatchObject({
      name: 'InputError',
      code: expect.any(String),
      zh: expect.stringMatching(/[\u4e00-\u9fa5]/),
    });
  });

  it('answers the same comparison from the worker as on this thread', async () => {
    const engine = workerEngine();
    engines.push(engine);
    const texts = await Promise.all(
      ['zhumadian-2024-h2-economy-measures.txt', 'district-2024-h2-measures-draft.txt'].map((n) => readFile(join(seedsDir, n), 'utf8')),
    );
    const local = inProcessEngine();
    const docs = await Promise.all(texts.map((t, i) => local.run('parseDocument', t, { fileName: `${i}.txt` })));
    // a time budget no loaded machine reaches, so both sides diff word by word
    const options = { diffLimits: { maxComputationTimeMs: 60_000 } };
    expect(await engine.run('compareDocuments', docs, options)).toEqual(await local.run('compareDocuments', docs, options));
  });
});
