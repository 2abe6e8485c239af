/**
 * Reads db.json at start-up and decides what to keep: a good file as it is, an
 * old one migrated, a damaged or newer one moved to a dated backup with its
 * salvageable records kept. Never deletes the user's file.
 */
import { readFile, rename, copyFile, access } from 'node:fs/promises';
import type { UserMessage } from '../../../shared/api/contract';
import { currentVersion, emptyStore, type StoreData } from './schema';
import { migrate, normalise, versionOf } from './migrate';
import { salvage } from './salvage';

/** What start-up found in the data file. */
export interface LoadedFile {
  readonly data: StoreData;
  /** the data differs from the file and should be written back */
  readonly changed: boolean;
  /** the file could not be read: do not overwrite it */
  readonly unreadable: boolean;
  readonly messages: readonly UserMessage[];
}

/** A file-name-safe timestamp: 2026-11-22T23-10-05.123Z. */
export function stamp(now: Date): string {
  return now.toISOString().replace(/:/g, '-');
}

async function backupPath(file: string, tag: string, now: Date): Promise<string> {
  const base = `${file}.${tag}-${stamp(now)}`;
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? base : `${base}-${n}`;
    try {
      await access(candidate);
    } catch {
      return candidate;
    }
  }
}

/** Moves (or, if it cannot, copies) the file aside; returns the backup path or null. */
async function moveAside(file: string, tag: string, now: Date, keepOriginal: boolean): Promise<string | null> {
  const target = await backupPath(file, tag, now);
  try {
    if (keepOriginal) await copyFile(file, target);
    else await rename(file, target);
    return target;
  } catch {
    return null;
  }
}

/** Loads and, where needed, repairs the data file. `readOnly` forbids moving anything. */
export async function loadDataFile(file: string, now: Date, readOnly: boolean): Promise<LoadedFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf-8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { data: emptyStore(), changed: !readOnly, unreadable: false, messages: [] };
    return {
      data: emptyStore(),
      changed: false,
      unreadable: true,
      messages: [{ zh: `无法读取数据文件 ${file}(${code}),本次以空白数据运行,原文件未改动。`, en: `Cannot read the data file ${file} (${code}); running with empty data, the file is left untouched.` }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  if (!isObject) {
    const { data, recovered } = salvage(text);
    const backup = readOnly ? null : await moveAside(file, 'corrupt', now, false);
    return {
      data,
      changed: backup !== null,
      unreadable: backup === null,
      messages: [{
        zh: `数据文件已损坏${backup ? `,已移至备份 ${backup}` : ''};已恢复 ${recovered} 条记录(文档、批注、对照)。`,
        en: `The data file was damaged${backup ? ` and has been moved to ${backup}` : ''}; ${recovered} records (documents, notes, comparisons) were recovered.`,
      }],
    };
  }
  const version = versionOf(raw as Record<string, unknown>);
  if (version > currentVersion) {
    const { data, recovered } = salvage(text);
    const backup = readOnly ? null : await moveAside(file, `future-v${version}`, now, false);
    return {
      data,
      changed: backup !== null,
      unreadable: backup === null,
      messages: [{
        zh: `数据文件由更新版本的 Precedent 写入(版本 ${version})${backup ? `,已移至备份 ${backup}` : ''};已恢复 ${recovered} 条可识别的记录。`,
        en: `The data file was written by a newer Precedent (version ${version})${backup ? ` and has been moved to ${backup}` : ''}; ${recovered} recognisable records were recovered.`,
      }],
    };
  }
  const messages: UserMessage[] = [];
  let lifted = raw as Record<string, unknown>;
  if (version < currentVersion) {
    const backup = readOnly ? null : await moveAside(file, `v${version}`, now, true);
    lifted = migrate(lifted);
    messages.push({
      zh: `数据文件已从版本 ${version} 升级到 ${currentVersion}${backup ? `,旧文件保留为 ${backup}` : ''}。`,
      en: `The data file was upgraded from version ${version} to ${currentVersion}${backup ? `; the old file is kept as ${backup}` : ''}.`,
    });
  }
  const { data, dropped } = normalise(lifted);
  if (dropped > 0) {
    const backup = readOnly ? null : await moveAside(file, 'partial', now, true);
    messages.push({
      zh: `数据文件中有 ${dropped} 条记录格式不对,已略过${backup ? `;原文件保留为 ${backup}` : ''}。`,
      en: `${dropped} malformed records in the data file were skipped${backup ? `; the original is kept as ${backup}` : ''}.`,
    });
  }
  return { data, changed: !readOnly && (version < currentVersion || dropped > 0), unreadable: false, messages };
}
