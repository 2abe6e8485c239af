import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from '../../shared/parse/index';
import { generateCorpus } from './generate';
const gc = (globalThis as any).gc;
const dir='seeds/';
const seeds = readdirSync(dir).filter(f=>f.endsWith('.txt')).sort().map(f=>parseDocument(readFileSync(dir+f,'utf8'),{fileName:f}));
const n = Number(process.argv[2] ?? 2000);
gc(); const m0 = process.memoryUsage();
let corpus: any = generateCorpus(seeds, n).map(d=>({id:d.id, parsed:d.parsed}));
gc(); gc(); const m1 = process.memoryUsage();
let units=0, chars=0; for (const d of corpus) for (const u of d.parsed.units) { units++; chars+=u.text.length; }
console.log({units, chars, heapMB:(m1.heapUsed-m0.heapUsed)/2**20, perUnit:(m1.heapUsed-m0.heapUsed)/units, rss:m1.rss/2**20});
// strip: text only
const texts = corpus.map((d:any)=>d.parsed.units.map((u:any)=>u.text));
corpus = null; gc(); gc(); const m2 = process.memoryUsage();
console.log({textsOnlyMB:(m2.heapUsed-m0.heapUsed)/2**20, perUnit:(m2.heapUsed-m0.heapUsed)/units, rss:m2.rss/2**20, keep: texts.length});
