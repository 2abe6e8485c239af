/**
 * End-to-end specs drive Debian's Chromium against the e2e host (built
 * renderer + the real API over fetch). A missing browser fails the run with a
 * message saying how to install one; it is never skipped.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const chromium = process.env.PRECEDENT_CHROMIUM ?? '/usr/lib/chromium/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `找不到 Chromium:${chromium}。请运行 sudo apt-get install -y chromium,或设置 PRECEDENT_CHROMIUM 指向浏览器。 / ` +
      `Chromium not found at ${chromium}: run "sudo apt-get install -y chromium", or set PRECEDENT_CHROMIUM to a Chromium binary.`,
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
