/** The start-up and word-diff figures of issue 18: word diff vs diff-match-patch, the engine's cold start, the CLI's start. */
import { cliStartLines } from './cli-start';
import { coldStartLines } from './cold-start';
import { diffVsDmpLines } from './diff-vs-dmp';

/** Prints the figures, each a side-by-side measurement in this process or in fresh child processes. */
export async function printScaleFigures(): Promise<void> {
  for (const l of diffVsDmpLines()) console.log(l);
  for (const l of coldStartLines()) console.log(l);
  for (const l of await cliStartLines()) console.log(l);
}
