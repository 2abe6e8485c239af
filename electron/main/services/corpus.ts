/**
 * Corpus loading: read a document file of any format the library imports
 * (through the same reader as import), parse it, and load a directory of
 * documents with the curated overrides of its `catalog.json`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import * as v from 'valibot';
import type { UserMessage } from '../../../shared/api/contract';
import { InputError, isInputError } from '../../../shared/errors';
import type { MetaFields, ParsedDocument } from '../../../shared/model/document';
import { parseDocument } from '../../../shared/parse/index';
import { applyOverrides } from '../../../shared/parse/overrides';
import { extractText } from './import/extract';
import { isImportable } from './import/formats';
import { defaultImportLimits, type ImportLimits } from './import/limits';
import { readInputFile } from './import/read-input';

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
 * with a text layer, .html, as import reads them, within the input limits.
 * Missing, a directory, a pipe or device, too large, empty, binary,
 * undecodable or unreadable → InputError naming the file.
 */
export async function readDocumentFile(
  path: string,
  limits: ImportLimits = defaultImportLimits,
): Promise<{ text: string; encoding: string }> {
  const { text, encoding } = await extractText(basename(path), await readInputFile(path, limits), limits);
  return { text, encoding };
}

/** Reads and parses one document; its id is the file name without extension. */
export function loadDocumentFile(path: string): Promise<LoadedDocument> {
  return loadWithin(path, defaultImportLimits);
}

async function loadWithin(path: string, limits: ImportLimits): Promise<LoadedDocument> {
  const { text, encoding } = await readDocumentFile(path, limits);
  const fileName = basename(path);
  return {
    id: basename(fileName, extname(fileName)),
    fileName,
    path: resolve(path),
    text,
    parsed: parseDocument(text, { fileName }),
    encoding,
  };
}

/** Meta fields of a catalog entry (`file` and `notes` are not metadata). */
function catalogFields(entry: CatalogEntry): Partial<MetaFields> {
  const { file: _file, notes: _notes, ...fields } = entry as CatalogEntry & Record<string, unknown>;
  return fields as Partial<MetaFields>;
}

const catalogSchema = v.looseObject({
  documents: v.optional(
    v.array(
      v.looseObject({ file: v.string() }),
      'documents 应为列表,每项含 file 字段|documents must be a list whose items have a file field',
    ),
  ),
});

async function readCatalog(dir: string): Promise<ReadonlyMap<string, Partial<MetaFields>>> {
  const path = join(dir, 'catalog.json');
  if (!existsSync(path)) return new Map();
  let data: unknown;
  try {
    data = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof SyntaxError ? '不是有效的 JSON|is not valid JSON' : '无法读取|cannot be read';
    const [zh, en] = why.split('|');
    throw new InputError('bad-catalog', `目录文件 ${path} ${zh}`, `catalog ${path} ${en}`);
  }
  const parsed = v.safeParse(catalogSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = (issue.path ?? []).map((p) => String(p.key)).join('.') || '(顶层 / top level)';
    const [zh, en] = issue.message.includes('|')
      ? issue.message.split('|')
      : ['应为对象,含 documents 列表', 'must be an object with a documents list'];
    throw new InputError('bad-catalog', `目录文件 ${path} 格式不对:${where} ${zh}`, `catalog ${path} is malformed: ${where} ${en}`);
  }
  const documents = (parsed.output.documents ?? []) as CatalogEntry[];
  return new Map(documents.map((d) => [d.file, catalogFields(d)]));
}

/** A file of a corpus folder that was skipped, and why. */
export type SkipWarning = UserMessage & { readonly file: string };

/** Prints a skipped file as one warning line on stderr (the CLI's default). */
export function warnOnStderr(warning: SkipWarning): void {
  process.stderr.write(`警告:已跳过 ${warning.zh} / warning: skipped ${warning.en}\n`);
}

/** Options of loadCorpusDir. */
export interface CorpusOptions {
  /** told about each file that could not be read (default: one line on stderr); the rest still load */
  readonly onSkip?: (warning: SkipWarning) => void;
  readonly limits?: ImportLimits;
}

/**
 * Loads every document of a directory that import can read (.txt .md .docx
 * .pdf .html), sorted by name, with catalog.json overrides applied. A file
 * that cannot be read is skipped with a warning; a bad catalog.json is an
 * InputError that says what is wrong with it.
 */
export async function loadCorpusDir(dir: string, options: CorpusOptions = {}): Promise<LoadedDocument[]> {
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
    let doc: LoadedDocument;
    try {
      doc = await loadWithin(join(dir, name), options.limits ?? defaultImportLimits);
    } catch (error) {
      if (!isInputError(error)) throw error;
      (options.onSkip ?? warnOnStderr)({ file: name, zh: error.zh, en: error.en });
      continue;
    }
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
