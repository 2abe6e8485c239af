/**
 * Child process for the repair kill test: for each folder named on stdin it
 * prints `start <dir>` and opens (so repairs) the store there, then `done <dir>`,
 * until it is killed.
 */
import { createInterface } from 'node:readline';
import { openStore } from '../../../../electron/main/store/index';

for await (const dir of createInterface({ input: process.stdin })) {
  process.stdout.write(`start ${dir}\n`);
  const store = await openStore({ dataDir: dir });
  await store.close();
  process.stdout.write(`done ${dir}\n`);
}
