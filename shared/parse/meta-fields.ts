/**
 * Header fields of a notice as printed on government sites: 索引号, 文号,
 * 成文日期, 发布日期, 有效性, 名称, 信息来源 — labelled (`文  号: …`, `| … |`)
 * or as bare lines. Reads values; `meta.ts` decides what they mean.
 */

/** A value printed after a label, on the same line or the next non-empty one. */
export function labelled(lines: readonly string[], label: RegExp, value: RegExp): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = label.exec(lines[i]);
    if (!m || m.index === undefined) continue;
    const rest = lines[i].slice(m.index + m[0].length).replace(/^[\s|:：】\]]+/, '');
    const same = value.exec(rest);
    if (same && same.index === 0) return same[0];
    if (rest.replace(/[|\s]/g, '') === '') {
      const next = lines.slice(i + 1, i + 4).find((l) => l.trim() !== '');
      const v = next ? value.exec(next.trim()) : null;
      if (v && v.index === 0) return v[0];
    }
  }
  return undefined;
}

/** `2024年7月31日`, `2024-07-31`, `2024.7.31` → `2024-07-31`; undefined when not a full date. */
export function isoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})/.exec(text);
  if (!m) return undefined;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/** Patterns for the values of header fields. */
export const values = {
  date: /\d{4}\s*[年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?/,
  docNumber: /[\u4e00-\u9fa5]{1,10}\s*[〔[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d{1,4}\s*号/,
  indexNumber: /[0-9A-Za-z][0-9A-Za-z\-/]{7,}/,
  validity: /(现行有效|有效|失效|废止|已修改|部分失效)/,
  text: /[^|\s][^|]*[^|\s]/,
} as const;

/** Labels of header fields, tolerant of spaces inside them (`索 引 号`). */
export const labels = {
  indexNumber: /索\s*引\s*号/,
  docNumber: /文\s*字?\s*号/,
  writtenDate: /成\s*文\s*日\s*期/,
  publishedDate: /(发\s*布|发\s*文|印\s*发|公\s*开)\s*(日\s*期|时\s*间)/,
  validity: /[有时]\s*效\s*性/,
  name: /^名\s*称/,
  source: /信\s*息\s*来\s*源|^来\s*源/,
} as const;

/** Removes a 通知 wrapper: `X关于印发《Y》的通知` → Y. */
export function unwrapNotice(title: string): string {
  const m = /关于印发\s*《?(.+?)》?\s*的\s*通\s*知/.exec(title);
  return m ? m[1] : title;
}

/** The issuer named before `关于` in a notice title, if any. */
export function issuerOfNotice(title: string): string | undefined {
  const m = /^(.{2,30}?)关于/.exec(title);
  return m && /(政府|办公室|委员会|局|厅|部|委|院)$/.test(m[1]) ? m[1] : undefined;
}
