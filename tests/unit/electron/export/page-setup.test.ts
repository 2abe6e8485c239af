import { describe, expect, it } from 'vitest';
import {
  cssPage,
  gbMargins,
  printOptions,
  tablePage,
  textPage,
  textWidthTwips,
  twips,
} from '../../../../electron/main/services/export/page-setup';
import { buildHtml } from '../../../../electron/main/services/export/index';
import { fixtureView } from './fixture-view';

describe('the page setup after GB/T 9704-2012', () => {
  it('leaves a 156 × 225 mm text block on A4: top 37, bottom 35, left 28, right 26 mm', () => {
    expect(gbMargins).toEqual({ top: 37, bottom: 35, left: 28, right: 26 });
    expect(210 - gbMargins.left - gbMargins.right).toBe(156);
    expect(297 - gbMargins.top - gbMargins.bottom).toBe(225);
    expect(textWidthTwips(textPage)).toBe(twips(156));
    expect(textWidthTwips(tablePage)).toBe(twips(297 - 28 - 26));
  });

  it('gives Electron printToPDF the same page: A4, landscape for the table, margins in inches, — N — in the footer', () => {
    const options = printOptions(tablePage);
    expect(options).toMatchObject({ pageSize: 'A4', landscape: true, displayHeaderFooter: true });
    expect(options.margins.top).toBeCloseTo(37 / 25.4, 3);
    expect(options.margins.left).toBeCloseTo(28 / 25.4, 3);
    expect(options.footerTemplate).toContain('— <span class="pageNumber"></span> —');
    expect(options.footerTemplate).toContain('宋体');
    // a document that numbers its own pages is printed without the template
    expect(printOptions(tablePage, false).displayHeaderFooter).toBe(false);
  });

  it('prints the HTML 对照表 with the same @page rule and its own — N — page numbers', () => {
    const html = buildHtml(fixtureView(), [], { includeNotes: false });
    expect(cssPage(tablePage)).toBe('@page { size: A4 landscape; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toContain('@page { size: A4 landscape; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: "— " counter(page) " —"');
  });
});

describe('the window that prints the 对照表 to PDF', () => {
  it('is hardened like the main window, runs no script and loads nothing but the document it prints', async () => {
    const { printWindowPreferences, printWindowAllows, printPartition } =
      await import('../../../../electron/main/services/export/print-window');
    expect(printWindowPreferences).toMatchObject({
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(printWindowPreferences).not.toHaveProperty('preload');
    expect(printPartition.startsWith('persist:')).toBe(false);
    expect(printWindowAllows('data:text/html;charset=utf-8,%3Ch1%3E')).toBe(true);
    for (const url of ['https://example.com/x.css', 'file:///etc/passwd', 'data:image/png;base64,AAAA', 'app://renderer/index.html'])
      expect(printWindowAllows(url)).toBe(false);
    // the Electron module writes the same options out for the security scan
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../../../electron/main/print-pdf.ts', import.meta.url), 'utf8');
    for (const [key, value] of Object.entries(printWindowPreferences))
      expect(source).toContain(`${key}: ${typeof value === 'string' ? `'${value}'` : value},`);
  });
});
