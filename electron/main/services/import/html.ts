/**
 * Plain text from an HTML page: scripts and styles dropped, block elements
 * become line breaks, tags stripped, character entities decoded.
 */

const named: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', divide: '÷', deg: '°', plusmn: '±', permil: '‰',
  ensp: ' ', emsp: ' ', thinsp: ' ', copy: '©', reg: '®', yen: '¥', laquo: '«', raquo: '»', bull: '•',
};

/** Decodes `&amp;`, `&#20013;`, `&#x4e2d;` and the common named entities. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[body.toLowerCase()] ?? whole;
  });
}

const blockTags = 'p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|title|dd|dt|hr';

/** The text of an HTML document, one block per line. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, (m, tag: string) => (tag.toLowerCase() === 'head' ? titleOf(m) : ''))
    .replace(new RegExp(`<\\/?(?:${blockTags})\\b[^>]*>`, 'gi'), '\n')
    .replace(/<\/?(?:td|th)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/\r\n?/g, '\n');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function titleOf(head: string): string {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(head);
  return m ? `\n${m[1]}\n` : '';
}
