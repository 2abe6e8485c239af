import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../../electron/main/api/create-api';
import { inProcessEngine, type Engine } from '../../../../electron/main/engine/index';
import { checkIndexFileName } from '../../../../electron/main/services/index-cache';
import { openStore } from '../../../../electron/main/store/index';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** The in-process engine, recording what each build of the check index answered. */
function recordingEngine(builds: Array<{ restored: boolean }>): Engine {
  const engine = inProcessEngine();
  return {
    ...engine,
    run: (async (name: string, ...args: unknown[]) => {
      const value = await (engine.run as (n: string, ...a: unknown[]) => Promise<unknown>)(name, ...args);
      if (name === 'buildIndex') builds.push({ restored: (value as { restored: boolean }).restored });
      return value;
    }) as Engine['run'],
  };
}

async function apiOn(dir: string, builds: Array<{ restored: boolean }>, prepareIndexAtStart = false) {
  const store = await openStore({ dataDir: dir });
  const engine = recordingEngine(builds);
  return createApi({ store, seedsDir: join(process.cwd(), 'seeds'), dialogs: { saveFile: async () => null }, engine, prepareIndexAtStart });
}

const draft =
  '关于推进测试工作的若干措施(征求意见稿)\n\n1.推进大规模设备更新和消费品以旧换新。(区发改委负责)\n\n2.支持企业技术改造。(区工信局负责)\n';

async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !test(); i++) await new Promise((r) => setTimeout(r, 25));
}

describe('the draft-check index of the library', () => {
  it('is saved beside db.json and restored, not built, by the next start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precedent-check-index-'));
    dirs.push(dir);
    const first: Array<{ restored: boolean }> = [];
    const review = await (await apiOn(dir, first)).openDraft({ name: '草稿', text: draft, top: 2 });
    expect(first).toEqual([{ restored: false }]);
    expect((await readFile(join(dir, checkIndexFileName))).length).toBeGreaterThan(1000);

    const second: Array<{ restored: boolean }> = [];
    const again = await (await apiOn(dir, second)).openDraft({ name: '草稿二', text: draft, top: 2 });
    expect(second).toEqual([{ restored: true }]);
    expect(again.check.units).toEqual(review.check.units);
  });

  it('builds again when the saved file is damaged, and replaces it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precedent-check-index-'));
    dirs.push(dir);
    await (await apiOn(dir, [])).openDraft({ name: '草稿', text: draft, top: 2 });
    const good = await readFile(join(dir, checkIndexFileName));
    await writeFile(join(dir, checkIndexFileName), good.subarray(0, good.length - 100));
    const builds: Array<{ restored: boolean }> = [];
    const review = await (await apiOn(dir, builds)).openDraft({ name: '草稿', text: draft, top: 2 });
    expect(builds).toEqual([{ restored: false }]);
    expect(review.check.units[0].precedents.length).toBeGreaterThan(0);
    expect((await readFile(join(dir, checkIndexFileName))).equals(good)).toBe(true);
  });

  it('is ready before the first check when the app asks for it at start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precedent-check-index-'));
    dirs.push(dir);
    const builds: Array<{ restored: boolean }> = [];
    const api = await apiOn(dir, builds, true);
    await until(() => builds.length > 0);
    expect(builds).toEqual([{ restored: false }]);
    await api.openDraft({ name: '草稿', text: draft, top: 2 });
    // the check used the index built at start
    expect(builds).toHaveLength(1);
  });
});
