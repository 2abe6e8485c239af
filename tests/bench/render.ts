/**
 * Render figures for `npm run bench`: the three-document compare view's
 * `compare-render` performance measure (median of several opens) and frame
 * times while scrolling a 4 × 400-measure comparison. Needs out/renderer built.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startHost } from '../e2e/host/server';
import { bigDocuments, importThroughHost } from '../e2e/big-documents';

const three = ['zhumadian-2024-h2-economy-measures', 'xuchang-2024-q2-double-half-measures', 'district-2024-h2-measures-draft'];
const runs = 7;

/** Measures the compare view's render and scroll; returns one readable line per figure. */
export async function measureRender(): Promise<{ lines: string[] }> {
  if (!existsSync(join(process.cwd(), 'out', 'renderer', 'index.html'))) {
    throw new Error('out/renderer is not built: run `npm run build` first / 渲染进程未构建,请先运行 npm run build');
  }
  const executablePath = process.env.PRECEDENT_CHROMIUM ?? '/usr/lib/chromium/chromium';
  if (!existsSync(executablePath))
    throw new Error(`Chromium not found at ${executablePath} (apt-get install chromium, or set PRECEDENT_CHROMIUM)`);
  const dataDir = await mkdtemp(join(tmpdir(), 'precedent-bench-render-'));
  const host = await startHost({ dataDir, exportDir: join(dataDir, 'exports') });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const times: number[] = [];
    let groups = 0;
    for (let i = 0; i < runs; i++) {
      // the app reopens the last comparison: start each run from the library, so each figure is a fresh open
      await forgetSession(host.url);
      await page.goto(host.url);
      groups = await openAndCount(page, three);
      times.push(await page.evaluate(() => performance.getEntriesByName('compare-render').at(-1)?.duration ?? NaN));
    }
    const median = sorted(times)[Math.floor(times.length / 2)];
    const lines = [
      `render 3 docs × ~40 measures (${groups} rows): median ${median.toFixed(1)} ms (budget < 100 ms) ${median < 100 ? 'PASS' : 'FAIL'}`,
    ];

    const ids = await importThroughHost(host.url, await bigDocuments(4, 400));
    await forgetSession(host.url);
    await page.goto(host.url);
    const bigRows = await openAndCount(page, ids);
    const bigRender = await page.evaluate(() => performance.getEntriesByName('compare-render').at(-1)?.duration ?? NaN);
    const scroll = await page.getByTestId('compare-scroll').evaluate(async (scroller) => {
      const deltas: number[] = [];
      let last = performance.now();
      while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2 && deltas.length < 400) {
        scroller.scrollTop += scroller.clientHeight * 0.8;
        await new Promise((done) =>
          (globalThis as unknown as { requestAnimationFrame(cb: () => void): number }).requestAnimationFrame(() => done(null)),
        );
        const now = performance.now();
        deltas.push(now - last);
        last = now;
      }
      return { deltas, dom: scroller.querySelectorAll('[data-testid="compare-row"]').length };
    });
    const d = sorted(scroll.deltas);
    const p95 = d[Math.floor(d.length * 0.95)] ?? NaN;
    const worst = d.at(-1) ?? NaN;
    lines.push(
      `render 4 docs × 400 measures (${bigRows} rows, ${scroll.dom} in DOM): first render ${bigRender.toFixed(1)} ms; ` +
        `scroll ${d.length} frames p95 ${p95.toFixed(1)} ms, worst ${worst.toFixed(1)} ms (stall budget < 200 ms) ${worst < 200 ? 'PASS' : 'FAIL'}`,
    );
    return { lines };
  } finally {
    await browser.close();
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Picks documents in the library, opens the comparison, waits for the render measure; returns the row count. */
async function openAndCount(page: Page, ids: readonly string[]): Promise<number> {
  await page.evaluate(() => performance.clearMeasures('compare-render'));
  await page.getByTestId('nav-library').click();
  for (const id of ids) await page.locator(`[data-testid="doc-row"][data-doc-id="${id}"] [data-testid="doc-pick"]`).check();
  await page.getByTestId('compare-button').click();
  await page.waitForFunction(() => performance.getEntriesByName('compare-render').length > 0, null, { timeout: 60_000 });
  const text = await page.getByTestId('summary-strip').innerText();
  return Number(text.match(/共\s*(\d+)\s*行/)?.[1] ?? NaN);
}

/** Sets the saved session back to the library tab with nothing open. */
async function forgetSession(url: string): Promise<void> {
  const response = await fetch(new URL('/api/updateSettings', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ settings: { session: { tab: 'library' } } }),
  });
  if (!response.ok) throw new Error(`updateSettings failed: ${response.status}`);
}

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
