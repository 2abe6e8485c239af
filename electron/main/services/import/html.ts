/**
 * Plain text from an HTML page: scripts and styles dropped, block elements
 * become line breaks, tags stripped, character entities decoded.
 */

const named: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  permil: '‰',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  copy: '©',
  reg: '®',
  yen: '¥',
  laquo: '«',
  raquo: '»',
  bull: '•',
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

const blockTags = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'title',
  'dd',
  'dt',
  'hr',
]);
const cellTags = new Set(['td', 'th']);
/** Elements whose content is not text: dropped whole (the <head> keeps its <title>). */
const skippedTags = new Set(['script', 'style', 'noscript', 'template', 'head']);

/**
 * The markup of a page turned into text with line breaks, in one pass: each
 * `<` is looked at once and every search moves forward, so the time is linear
 * in the input (an unclosed `<!--`, `<script` or `<` ends the text there or is
 * kept as text, as a browser does, instead of being searched for again at
 * every later position).
 */
function stripMarkup(html: string): string {
  const out: string[] = [];
  let i = 0;
  let nextGt = -1; // the first '>' after the last search: "<<<<…>" must not scan to it once per '<'
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break; // an unclosed comment runs to the end of the page
      i = end + 3;
      continue;
    }
    if (nextGt <= lt) nextGt = html.indexOf('>', lt + 1);
    const gt = nextGt;
    if (gt < 0) {
      out.push(html.slice(lt)); // no tag can start after this point: the rest is text
      break;
    }
    const tag = /^(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(lt + 1, Math.min(gt, lt + 40)));
    if (!tag) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?')
        i = gt + 1; // <!DOCTYPE …>, <?xml …?>
      else {
        out.push('<'); // "a < b": a plain character
        i = lt + 1;
      }
      continue;
    }
    const name = tag[2].toLowerCase();
    if (!tag[1] && skippedTags.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = gt + 1;
      const found = close.exec(html);
      const end = found ? found.index : html.length;
      if (name === 'head') out.push(titleOf(html.slice(gt + 1, end)));
      i = found ? found.index + found[0].length : html.length;
      continue;
    }
    out.push(blockTags.has(name) ? '\n' : cellTags.has(name) ? ' ' : '');
    i = gt + 1;
  }
  return out.join('');
}

/** The text of an HTML document, one block per line. */
export function htmlToText(html: string): string {
  const text = stripMarkup(html).replace(/\r\n?/g, '\n');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function titleOf(head: string): string {
  const open = /<title\b[^>]*>/i.exec(head);
  if (!open) return '';
  const close = head.toLowerCase().indexOf('</title', open.index + open[0].length);
  return close < 0 ? '' : `\n${head.slice(open.index + open[0].length, close)}\n`;
}
