/**
 * Reads db.json at start-up and decides what to keep: a good file as it is,
 * an old one migrated, a damaged one repaired field by field. Whatever has to
 * change is first copied aside (`db.json.<reason>-<time>`); the repaired file
 * then replaces db.json atomically, so a kill at any moment leaves a db.json
 * (the old one or the repaired one). A file from a newer version, a read-only
 * file and an unreadable one are opened read-only and never touched.
 */
import { access, constants, readFile, stat } from 'node:fs/promises';
import type { UserMessage } from '../../../shared/api/contract';
import { currentVersion, emptyStore } from './schema';
import { migrate, versionOf } from './migrate';
import { describeProblems, readFields, type FieldReport } from './fields';
import { salvageText } from './salvage';
import { backUp } from './backups';

type Raw = Record<string, unknown>;

/** What start-up found in the data file (texts not yet resolved). */
export interface LoadedFile {
  /** the file's records, current layout; texts inline or by `textHash` */
  readonly raw: Raw;
  /** the data differs from the file and should be written back */
  readonly changed: boolean;
  /** the file must not be written this session (future version, read-only, unreadable) */
  readonly readOnly: boolean;
  readonly messages: readonly UserMessage[];
}

const emptyRaw = (): Raw => ({ ...emptyStore() });

/** Loads and, where needed, repairs the data file. `readOnly` forbids touching anything. */
export async function loadDataFile(file: string, now: Date, readOnly: boolean): Promise<LoadedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { raw: emptyRaw(), changed: !readOnly, readOnly, messages: [] };
    return {
      raw: emptyRaw(),
      changed: false,
      readOnly: true,
      messages: [
        {
          zh: `无法读取数据文件 ${file}(${code}),本次以空白数据运行,原文件未改动。`,
          en: `Cannot read the data file ${file} (${code}); running with empty data, the file is left untouched.`,
        },
      ],
    };
  }
  const messages: UserMessage[] = [];
  if (!readOnly && !(await writable(file))) {
    readOnly = true;
    messages.push({
      zh: `数据文件 ${file} 是只读的:本次不保存任何更改,原文件未改动。`,
      en: `The data file ${file} is read-only: no changes will be saved this session; the file is left untouched.`,
    });
  }
  const text = Buffer.from(bytes)
    .toString('utf-8')
    .replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const whole = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  let raw: Raw;
  let reason: string | null = null;
  if (!whole) {
    raw = { ...salvageText(text), version: currentVersion };
    reason = 'corrupt';
  } else {
    raw = parsed as Raw;
  }
  const claim = versionOf(raw);
  if (claim.kind === 'future') {
    const { data } = readFields(raw);
    messages.push({
      zh: `数据文件由更新版本的 Precedent 写入(版本 ${claim.version}):以只读方式打开,不做任何改动;请使用新版 Precedent 编辑。`,
      en: `The data file was written by a newer Precedent (version ${claim.version}): opened read-only and left untouched; use the newer Precedent to edit it.`,
    });
    return { raw: { ...data, version: currentVersion }, changed: false, readOnly: true, messages };
  }
  const from = claim.kind === 'known' ? claim.version : claim.inferred;
  if (from < currentVersion) raw = migrate(raw, from);
  const { data, reports } = readFields(raw);
  const problems = describeProblems(reports);
  if (problems) reason ??= 'repaired';
  if (claim.kind === 'invalid' && claim.inferred === currentVersion && whole) reason ??= 'version';
  const migrated = from < currentVersion;
  const needsWrite = reason !== null || from < currentVersion;
  if (readOnly || !needsWrite) {
    if (problems)
      messages.push({
        zh: `数据文件有问题,本次只读:${problems.zh}。`,
        en: `The data file has problems; read-only this session: ${problems.en}.`,
      });
    return { raw: { ...data, version: currentVersion }, changed: false, readOnly, messages };
  }
  const backup = reason !== null || migrated ? await backUp(file, bytes, reason ?? `v${from}`, now) : null;
  if (reason === 'corrupt') {
    messages.push({
      zh: `数据文件已损坏,原文件已复制到备份 ${backup};已恢复 ${recovered(reports)} 条记录(文档、批注、对照)${problems ? `。${problems.zh}` : ''}。`,
      en: `The data file was damaged; the original was copied to ${backup}; ${recovered(reports)} records (documents, notes, comparisons) were recovered${problems ? `. ${problems.en}` : ''}.`,
    });
  } else if (problems) {
    messages.push({
      zh: `数据文件中有内容格式不对,原文件保留为 ${backup}:${problems.zh}。`,
      en: `Parts of the data file were malformed; the original is kept as ${backup}: ${problems.en}.`,
    });
  } else if (reason === 'version') {
    messages.push({
      zh: `数据文件的版本号无效,已按当前格式读取,原文件保留为 ${backup}。`,
      en: `The data file's version was not valid; it was read as the current layout, and the original is kept as ${backup}.`,
    });
  }
  if (migrated) {
    messages.push({
      zh: `数据文件已从版本 ${from} 升级到 ${currentVersion},旧文件保留为 ${backup}。`,
      en: `The data file was upgraded from version ${from} to ${currentVersion}; the old file is kept as ${backup}.`,
    });
  }
  return { raw: { ...data, version: currentVersion }, changed: true, readOnly: false, messages };
}

function recovered(reports: readonly FieldReport[]): number {
  return reports.filter((r) => ['library', 'notes', 'comparisons', 'reviews'].includes(r.field)).reduce((n, r) => n + r.kept, 0);
}

/** False for a file the user marked read-only (no write bit: also for root) or may not write. */
async function writable(file: string): Promise<boolean> {
  try {
    if (process.platform !== 'win32' && ((await stat(file)).mode & 0o222) === 0) return false;
    await access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
