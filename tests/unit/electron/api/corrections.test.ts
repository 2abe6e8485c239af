import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ComparisonView, PrecedentApi } from '../../../../shared/api/contract';
import { defaultDiffOptions } from '../../../../shared/api/views';
import { validateArgs } from '../../../../shared/api/validate';
import { createApi } from '../../../../electron/main/api/create-api';
import { openStore } from '../../../../electron/main/store/index';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function apiOn(dir: string): Promise<PrecedentApi> {
  const store = await openStore({ dataDir: dir });
  return createApi({ store, seedsDir: join(process.cwd(), 'seeds'), dialogs: { saveFile: async () => null } });
}

const ids = ['zhumadian-2024-h2-economy-measures', 'xuchang-2024-q2-double-half-measures'];
const args = { ids, pivot: 0, options: defaultDiffOptions };
const rowOf = (v: ComparisonView, doc: number, unitId: string) =>
  v.comparison.groups.findIndex((g) => g.members.some((m) => m.doc === doc && m.unitId === unitId));
const pairedRow = (v: ComparisonView) => v.comparison.groups.find((g) => g.members.length === 2 && g.members[0].doc !== g.members[1].doc)!;

describe('hand corrections through the API', () => {
  it('keeps a split with the saved comparison, across a restart and whatever the column order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precedent-corr-'));
    dirs.push(dir);
    const api = await apiOn(dir);
    const before = await api.compare(args);
    const [a, b] = pairedRow(before).members;
    const saved = await api.correctAlignment({
      ...args,
      correction: { kind: 'split', a: { docId: ids[0], unitId: a.unitId }, b: { docId: ids[1], unitId: b.unitId } },
    });
    expect(saved.corrections).toHaveLength(1);

    const again = await apiOn(dir);
    const after = await again.compare(args);
    expect(rowOf(after, 0, a.unitId)).not.toBe(rowOf(after, 1, b.unitId));
    const swapped = await again.compare({ ids: [ids[1], ids[0]], pivot: 0, options: defaultDiffOptions });
    expect(rowOf(swapped, 1, a.unitId)).not.toBe(rowOf(swapped, 0, b.unitId));

    await again.correctAlignment({
      ...args,
      correction: { kind: 'undo', a: { docId: ids[0], unitId: a.unitId }, b: { docId: ids[1], unitId: b.unitId } },
    });
    const undone = await again.compare(args);
    expect(rowOf(undone, 0, a.unitId)).toBe(rowOf(undone, 1, b.unitId));
  });

  it('refuses an unknown unit or a document of another comparison, with a clear message, and stores nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precedent-corr-'));
    dirs.push(dir);
    const api = await apiOn(dir);
    const view = await api.compare(args);
    const unit = view.documents[0].units[0].id;
    await expect(
      api.correctAlignment({
        ...args,
        correction: { kind: 'pair', a: { docId: ids[0], unitId: unit }, b: { docId: ids[1], unitId: 'u-999' } },
      }),
    ).rejects.toMatchObject({ code: 'unknown-unit', zh: expect.stringContaining('没有条款') });
    await expect(
      api.correctAlignment({
        ...args,
        correction: { kind: 'pair', a: { docId: ids[0], unitId: unit }, b: { docId: 'district-2024-h2-measures-draft', unitId: unit } },
      }),
    ).rejects.toMatchObject({ code: 'not-in-comparison', zh: expect.stringContaining('不在这次比对中') });
    expect(await api.listSavedComparisons()).toEqual([]);
    expect(() =>
      validateArgs('correctAlignment', {
        ...args,
        correction: { kind: 'merge', a: { docId: ids[0], unitId: unit }, b: { docId: ids[1], unitId: unit } },
      }),
    ).toThrow(/kind/);
  });
});
