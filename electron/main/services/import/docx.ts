/** Plain text from a .docx through mammoth: one paragraph per line, Word's automatic numbers included. */
import { InputError } from '../../../../shared/errors';
import { withListNumbers } from './docx-numbering';
import { defaultImportLimits, type ImportLimits } from './limits';
import { checkZipBudget } from './zip-budget';

async function rawText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return value;
}

/** The paragraphs of a Word document, joined by single line breaks; a zip over the budgets is refused before inflating. */
export async function docxToText(fileName: string, bytes: Uint8Array, limits: ImportLimits = defaultImportLimits): Promise<string> {
  checkZipBudget(fileName, bytes, limits);
  let value: string | undefined;
  const numbered = await withListNumbers(bytes);
  if (numbered !== bytes) value = await rawText(numbered).catch(() => undefined); // else read the file as given
  try {
    value ??= await rawText(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      'bad-docx',
      `无法读取 Word 文件 ${fileName}:文件已损坏或不是 .docx(${reason})`,
      `cannot read the Word file ${fileName}: damaged or not a .docx (${reason})`,
    );
  }
  // mammoth ends every paragraph with a blank line; a paragraph is one line here
  return value.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n').replace(/\n+$/, '');
}
