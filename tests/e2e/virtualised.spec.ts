/**
 * A 4 × 400-measure comparison stays responsive: the DOM holds far fewer rows
 * than the comparison has groups, and scrolling through it never stalls a
 * frame (a responsiveness check, not a speed benchmark).
 */
import { bigDocuments, importThroughHost } from './big-documents';
import { expect, openComparison, test } from './fixtures';

test('a 4 × 400-unit comparison renders few rows and scrolls without stalls', async ({ app, host }) => {
  test.setTimeout(120_000);
  const ids = await importThroughHost(host.url, await bigDocuments(4, 400));
  await app.reload();
  await openComparison(app, ids);
  const total = Number((await app.getByTestId('summary-strip').innerText()).match(/共\s*(\d+)\s*行/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(400);
  const inDom = await app.getByTestId('compare-row').count();
  expect(inDom).toBeLessThan(total / 5);

  const frames = await app.getByTestId('compare-scroll').evaluate(async (scroller) => {
    const deltas: number[] = [];
    let last = performance.now();
    const step = scroller.clientHeight * 0.8;
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2 && deltas.length < 400) {
      scroller.scrollTop += step;
      await new Promise((done) =>
        (globalThis as unknown as { requestAnimationFrame(cb: () => void): number }).requestAnimationFrame(() => done(null)),
      );
      const now = performance.now();
      deltas.push(now - last);
      last = now;
    }
    return { deltas, rows: scroller.querySelectorAll('[data-testid="compare-row"]').length };
  });
  expect(frames.deltas.length).toBeGreaterThan(20);
  expect(frames.rows).toBeLessThan(total / 5);
  expect(Math.max(...frames.deltas)).toBeLessThan(200);
});
