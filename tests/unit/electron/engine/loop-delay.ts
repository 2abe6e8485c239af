/**
 * The main loop's delay while some work runs, two ways: Node's
 * `monitorEventLoopDelay` (wall clock: on a busy machine it also counts the
 * time other processes held the CPU), and, on Linux, the same delay less the
 * time this thread waited on the run queue (`/proc/thread-self/schedstat`),
 * which is the delay this process's own main-thread work causes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Delay figures, ms. */
export interface LoopDelay {
  /** monitorEventLoopDelay's p99 and max */
  readonly p99: number;
  readonly max: number;
  /** p99 and max of each tick's lateness less the run-queue wait in it; the wall figures where schedstat is missing */
  readonly ownP99: number;
  readonly ownMax: number;
}

const schedstat = '/proc/thread-self/schedstat';
const tickMs = 5;

/** Nanoseconds this thread has waited for a CPU (second field of schedstat). */
function runQueueWait(): number {
  return Number(readFileSync(schedstat, 'utf8').split(' ')[1]);
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? 0;

/** Runs `work` while sampling the loop. */
export async function loopDelayDuring(work: () => Promise<unknown>): Promise<LoopDelay> {
  const histogram = monitorEventLoopDelay({ resolution: tickMs });
  const corrected = existsSync(schedstat);
  const own: number[] = [];
  let running = true;
  let last = performance.now();
  let lastWait = corrected ? runQueueWait() : 0;
  const tick = () => {
    const now = performance.now();
    const wait = corrected ? runQueueWait() : 0;
    own.push(Math.max(0, now - last - tickMs - (wait - lastWait) / 1e6));
    [last, lastWait] = [now, wait];
    if (running) setTimeout(tick, tickMs);
  };
  setTimeout(tick, tickMs);
  histogram.enable();
  try {
    await work();
  } finally {
    histogram.disable();
    running = false;
  }
  const [p99, max] = [histogram.percentile(99) / 1e6, histogram.max / 1e6];
  return corrected ? { p99, max, ownP99: percentile(own, 99), ownMax: Math.max(...own) } : { p99, max, ownP99: p99, ownMax: max };
}
