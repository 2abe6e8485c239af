/** Export of the 对照表 (.docx / .html / .pdf) through the host's save dialog. */
import type { ExportRequest, ExportResult, PrecedentApi } from '../../../shared/api/contract';
import type { Store } from '../store/index';
import { exportModule } from '../services/modules';
import { InputError } from '../../../shared/errors';
import { tablePage } from '../services/export/page-setup';
import type { ApiDeps, Dialogs } from './deps';

/** Builds the comparison, renders it and writes it where the user chooses. */
export function exportTable(compare: PrecedentApi['compare'], store: Store, dialogs: Dialogs, htmlToPdf?: ApiDeps['htmlToPdf']) {
  return async (request: ExportRequest): Promise<ExportResult> => {
    const view = await compare({ ids: request.ids, pivot: request.pivot, options: request.options });
    const notes = store.data().notes.filter((n) => view.ids.includes(n.docId));
    const { buildDocx, buildHtml, writeFileAtomic, tableModel, exportFileName } = await exportModule();
    const options = {
      includeNotes: request.includeNotes,
      ...(request.direction ? { direction: request.direction } : {}),
      ...(request.onlyChanged ? { onlyChanged: true } : {}),
      ...(request.pivotUnitIds ? { pivotUnitIds: request.pivotUnitIds } : {}),
    };
    const defaultName = exportFileName(tableModel(view, notes, options).title, request.format);
    if (request.format === 'pdf' && !htmlToPdf)
      throw new InputError('print-unavailable', '此环境不支持打印为 PDF', 'printing to PDF is not available here');
    const path = await dialogs.saveFile({ defaultName, extension: request.format });
    if (!path) return { kind: 'cancelled' };
    const bytes =
      request.format === 'docx'
        ? await buildDocx(view, notes, options)
        : request.format === 'pdf'
          ? // the HTML table printed with the .docx page setup (A4 landscape, GB/T 9704 margins, — N — page numbers)
            await htmlToPdf!(buildHtml(view, notes, options), tablePage)
          : new TextEncoder().encode(buildHtml(view, notes, options));
    await writeFileAtomic(path, bytes);
    return { kind: 'saved', path, bytes: bytes.byteLength };
  };
}
