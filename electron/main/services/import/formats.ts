/**
 * Which reader handles a file, from its extension, and the refusals for files
 * no reader can take (images, archives, empty files).
 */
import { InputError } from '../../../../shared/errors';
import type { ImportFormat } from '../../store/index';

const byExtension: Readonly<Record<string, ImportFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
};

/** Word-processor files a person can save as .docx: old Word, WPS, RTF, templates. */
const wordProcessorFormats = new Set(['doc', 'wps', 'wpt', 'rtf', 'dot', 'dotx', 'docm', 'odt']);

/** The lower-case extension of a file name, '' when none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** True for a file name whose extension import reads (catalog.json and other files are not documents). */
export function isImportable(fileName: string): boolean {
  return extensionOf(fileName) in byExtension;
}

/** The format to read a file as; anything else is refused with the reason. */
export function formatOf(fileName: string, bytes: Uint8Array): ImportFormat {
  if (bytes.length === 0) {
    throw new InputError('empty-file', `文件为空:${fileName}`, `the file is empty: ${fileName}`);
  }
  const ext = extensionOf(fileName);
  const format = ext === '' ? 'txt' : byExtension[ext];
  if (!format) {
    const wordLike = wordProcessorFormats.has(ext);
    throw new InputError(
      'unsupported-format',
      `不支持的文件类型 .${ext}:${fileName}(支持 .txt .md .docx .pdf .html)${wordLike ? ';请在 Word 或 WPS 中另存为 .docx 后再导入' : ''}`,
      `unsupported file type .${ext}: ${fileName} (supported: .txt .md .docx .pdf .html)${wordLike ? '; save it as .docx in Word or WPS, then import that' : ''}`,
    );
  }
  return format;
}
