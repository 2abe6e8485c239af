/**
 * Child process for the crash test: writes notes one by one to the store in
 * argv[2], printing `saved <n>` after each write is on disk, until killed.
 */
import { openStore } from '../../../../electron/main/store/index';

const store = await openStore({ dataDir: process.argv[2] });
for (let n = 0; ; n++) {
  await store.update((d) => {
    d.notes = [...d.notes, { docId: 'doc', unitId: `u${n}`, text: `批注${n}`.repeat(50), updatedAt: new Date().toISOString() }];
  });
  process.stdout.write(`saved ${n}\n`);
}
