/** Export of the 对照表 (.docx / .html) through the host's save dialog. */
import { writeFile } from 'node:fs/promises';
import type { ExportRequest, ExportResult, PrecedentApi } from '../../../shared/api/contract';
import { InputError } from '../../../shared/errors';
import type { Store } from '../store/index';
import { exportModule } from '../services/modules';
import type { Dialogs } from './deps';

/** Builds the comparison, renders it and writes it where the user chooses. */
export function exportTable(compare: PrecedentApi['compare'], store: Store, dialogs: Dialogs) {
  return async (request: ExportRequest): Promise<ExportResult> => {
    const view = await compare({ ids: request.ids, pivot: request.pivot, options: request.options });
    const pivotId = view.ids[request.pivot];
    const notes = store.data().notes.filter((n) => n.docId === pivotId);
    const titles = view.documents.map((d) => d.summary.meta.title || d.summary.id);
    const defaultName = `对照表-${titles.join('-').slice(0, 60).replace(/[\\/:*?"<>|]/g, '_')}.${request.format}`;
    const path = await dialogs.saveFile({ defaultName, extension: request.format });
    if (!path) return { kind: 'cancelled' };
    const { buildDocx, buildHtml } = await exportModule();
    const bytes =
      request.format === 'docx'
        ? await buildDocx(view, notes, { includeNotes: request.includeNotes })
        : new TextEncoder().encode(buildHtml(view, notes, { includeNotes: request.includeNotes }));
    try {
      await writeFile(path, bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new InputError('export-write-failed', `无法写入 ${path}(${code})`, `cannot write ${path} (${code})`);
    }
    return { kind: 'saved', path, bytes: bytes.byteLength };
  };
}
