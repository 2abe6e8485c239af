/**
 * Corpus loading: read a document file of any format the library imports
 * (through the same reader as import), parse it, and load a directory of
 * documents with the curated overrides of its `catalog.json`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { InputError } from '../../../shared/errors';
import type { MetaFields, ParsedDocument } from '../../../shared/model/document';
import { parseDocument } from '../../../shared/parse/index';
import { applyOverrides } from '../../../shared/parse/overrides';
import { extractText } from './import/extract';
import { isImportable } from './import/formats';

/** A document read from disk and parsed. */
export interface LoadedDocument {
  readonly id: string;
  readonly fileName: string;
  readonly path: string;
  readonly text: string;
  readonly parsed: ParsedDocument;
  readonly encoding: string;
}

interface CatalogEntry extends Partial<MetaFields> {
  readonly file: string;
  readonly notes?: string;
}


/**
 * Reads a document file as text: .txt/.md in any common encoding, .docx, .pdf
 * with a text layer, .html, as import reads them. Missing, a directory, empty,
 * binary, undecodable or unreadable → InputError naming the file.
 */
export async function readDocumentFile(path: string): Promise<{ text: string; encoding: string }> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError('missing-file', `找不到文件 ${path}`, `file not found: ${path}`);
  }
  if (info.isDirectory()) throw new InputError('is-directory', `${path} 是文件夹,不是文件`, `${path} is a directory, not a file`);
  const { text, encoding } = await extractText(basename(path), new Uint8Array(await readFile(path)));
  return { text, encoding };
}

/** Reads and parses one document; its id is the file name without extension. */
export async function loadDocumentFile(path: string): Promise<LoadedDocument> {
  const { text, encoding } = await readDocumentFile(path);
  const fileName = basename(path);
  return { id: basename(fileName, extname(fileName)), fileName, path: resolve(path), text, parsed: parseDocument(text, { fileName }), encoding };
}

/** Meta fields of a catalog entry (`file` and `notes` are not metadata). */
function catalogFields(entry: CatalogEntry): Partial<MetaFields> {
  const { file: _file, notes: _notes, ...fields } = entry as CatalogEntry & Record<string, unknown>;
  return fields as Partial<MetaFields>;
}

async function readCatalog(dir: string): Promise<ReadonlyMap<string, Partial<MetaFields>>> {
  const path = join(dir, 'catalog.json');
  if (!existsSync(path)) return new Map();
  let data: { documents?: CatalogEntry[] };
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new InputError('bad-catalog', `目录文件 ${path} 不是有效的 JSON`, `catalog ${path} is not valid JSON`);
  }
  return new Map((data.documents ?? []).filter((d) => typeof d.file === 'string').map((d) => [d.file, catalogFields(d)]));
}

/** Loads every document of a directory that import can read (.txt .md .docx .pdf .html), sorted by name, with catalog.json overrides applied. */
export async function loadCorpusDir(dir: string): Promise<LoadedDocument[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new InputError('missing-dir', `找不到文件夹 ${dir}`, `directory not found: ${dir}`);
  }
  const catalog = await readCatalog(dir);
  const files = names.filter(isImportable).sort();
  const docs: LoadedDocument[] = [];
  for (const name of files) {
    const doc = await loadDocumentFile(join(dir, name));
    const fields = catalog.get(name);
    docs.push(fields ? { ...doc, parsed: { ...doc.parsed, meta: applyOverrides(doc.parsed.meta, fields, 'catalog') } } : doc);
  }
  return docs;
}

/** The repository's seeds/ folder, found from this module's location (works under tsx, vitest and bundles). */
export function defaultSeedsDir(): string {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  let dir = here;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'seeds', 'catalog.json'))) return join(dir, 'seeds');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return resolve(process.cwd(), 'seeds');
}
