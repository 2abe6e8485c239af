/**
 * Large synthetic documents for the virtualisation spec and the render bench:
 * the seed measures of 驻马店 2024 renumbered and repeated into N measures,
 * each variant changing numbers so that the rows differ.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Builds `count` documents of `measures` numbered measures each, as .txt bodies. */
export async function bigDocuments(count: number, measures: number): Promise<{ name: string; text: string }[]> {
  const seed = await readFile(join(process.cwd(), 'seeds', 'zhumadian-2024-h2-economy-measures.txt'), 'utf-8');
  const bodies = seed
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^\d+[.．、]/.test(l))
    .map((l) => l.replace(/^\d+[.．、]\s*/, ''));
  if (bodies.length === 0) throw new Error('no numbered measures found in the seed');
  const docs: { name: string; text: string }[] = [];
  for (let d = 0; d < count; d++) {
    const lines = [`大型样本文件${d + 1}关于稳经济的若干措施`, ''];
    for (let i = 0; i < measures; i++) {
      if (i % 20 === 0) lines.push('', `${sectionNumeral(i / 20)}、第${i / 20 + 1}组措施`, '');
      const body = bodies[i % bodies.length].replace(/\d+(\.\d+)?/g, (n) => (i % 3 === d % 3 ? String(Number(n) + d) : n));
      lines.push(`${i + 1}.${body}`);
    }
    docs.push({ name: `big-${d + 1}-${measures}.txt`, text: lines.join('\n') + '\n' });
  }
  return docs;
}

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function sectionNumeral(n: number): string {
  if (n < 10) return numerals[n];
  if (n < 20) return '十' + (n === 10 ? '' : numerals[n - 11]);
  return numerals[Math.floor(n / 10) - 1] + '十' + (n % 10 === 0 ? '' : numerals[(n % 10) - 1]);
}

/** Imports documents through the host's HTTP API and returns their ids. */
export async function importThroughHost(url: string, docs: readonly { name: string; text: string }[]): Promise<string[]> {
  const files = docs.map((d) => ({ name: d.name, base64: Buffer.from(d.text, 'utf-8').toString('base64') }));
  const response = await fetch(new URL('/api/importFiles', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ files }),
  });
  const envelope = (await response.json()) as {
    ok: boolean;
    value?: { kind: string; document?: { id: string }; reason?: string }[];
    error?: unknown;
  };
  if (!envelope.ok || !envelope.value) throw new Error(`import failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value.map((o) => {
    if (o.kind !== 'imported' || !o.document) throw new Error(`import refused: ${JSON.stringify(o)}`);
    return o.document.id;
  });
}
