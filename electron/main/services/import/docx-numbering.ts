/**
 * Puts Word's automatic numbers into a .docx as text before mammoth reads it:
 * mammoth drops list numbers, and drafts typed in Word or WPS often number
 * their 一、 sections and 1. measures automatically. Works on a copy of the zip;
 * whatever goes wrong, the caller gets the bytes it gave.
 */
import { createListCounter } from './docx-list-counter';
import { noLists, noStyles, type ListDefinitions, type StyleSheet } from './docx-list-model';
import { readListDefinitions, readStyleSheet } from './docx-list-read';
import { findDocxParts } from './docx-parts';
import { labelParagraphs } from './docx-paragraph-labels';

/** A numbering part with no lists, standing in for one mammoth could not read (the numbers are text by then). */
const emptyNumbering =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';

function readOr<T>(xml: string | undefined, read: (xml: string) => T, fallback: T): { value: T; broken: boolean } {
  if (xml === undefined) return { value: fallback, broken: false };
  try {
    return { value: read(xml), broken: false };
  } catch {
    return { value: fallback, broken: true };
  }
}

/**
 * The .docx mammoth should read: a copy whose numbered paragraphs begin with
 * their numbers and whose numbering part is emptied, or `bytes` itself when
 * nothing is numbered or the file cannot be opened. Never throws.
 */
export async function withListNumbers(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    const read = async (path: string | undefined) => (path === undefined ? undefined : zip.file(path)?.async('string'));
    const parts = await findDocxParts(read);
    const [documentXml, numberingXml] = [await read(parts.document), await read(parts.numbering)];
    if (documentXml === undefined || parts.numbering === undefined || numberingXml === undefined) return bytes;
    const lists = readOr<ListDefinitions>(numberingXml, readListDefinitions, noLists);
    const styles = readOr<StyleSheet>(await read(parts.styles), readStyleSheet, noStyles).value;
    const numbered = () => labelParagraphs(documentXml, createListCounter(lists.value, styles), styles);
    const labelled = lists.broken ? undefined : readOr(documentXml, numbered, undefined).value;
    // a numbering part we cannot read would stop mammoth too: the copy goes without it
    if (!lists.broken && !labelled?.labelled) return bytes;
    if (labelled?.labelled) zip.file(parts.document, labelled.xml);
    zip.file(parts.numbering, emptyNumbering);
    return await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  } catch {
    return bytes;
  }
}
