/**
 * Lazy links to the parser, corpus loader, engine and exporters: each is
 * loaded on first use (a separate chunk in the built app), which keeps the
 * window's start-up fast and lets tests stub one of them with vi.mock.
 */

/** The parser: parseDocument, applyOverrides. */
export async function parserModule() {
  const [parse, overrides] = await Promise.all([import('../../../shared/parse/index'), import('../../../shared/parse/overrides')]);
  return { parseDocument: parse.parseDocument, applyOverrides: overrides.applyOverrides };
}

/** Seeds and text files from disk. */
export const corpusModule = () => import('./corpus');

/** Byte decoding (UTF-8/16, GB18030). */
export const decodeModule = () => import('./decode');

/** Alignment, diff, precedents and search. */
export const engineModule = () => import('../../../shared/engine/index');

/** The .docx/.html 对照表 exporters. */
export const exportModule = () => import('./export/index');
