/**
 * Files that arrive zipped: an Excel or WPS workbook (.xlsx is a ZIP holding xl/workbook.xml), read
 * with read-excel-file; or a ZIP of data files (the Data page's own export), unpacked with fflate.
 * Both libraries are loaded only when such a file is given. A workbook's figures are its sheet named
 * "figures", else its first sheet, turned into a table of text (blank rows kept, so that row numbers
 * match the spreadsheet's).
 */
import { toCsv } from './csv';

/** Whether bytes are a ZIP archive (local file header PK\3\4). */
export const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export type Unzipped =
  | { kind: 'workbook'; sheet: string; text: string }
  | { kind: 'archive'; files: { name: string; bytes: Uint8Array }[] }
  | { kind: 'unreadable' };

/** A cell as text: numbers in full (no exponent for the sizes figures have), dates as YYYY-MM-DD. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return String(cell);
}

/** What a ZIP holds: a workbook's figures sheet as CSV text, or the archive's own files (not its folders). */
export async function unzipFile(bytes: Uint8Array): Promise<Unzipped> {
  const { unzipSync } = await import('fflate');
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    return { kind: 'unreadable' };
  }
  if (!('xl/workbook.xml' in entries))
    return {
      kind: 'archive',
      files: Object.entries(entries)
        .filter(([name, content]) => !name.endsWith('/') && content.length > 0 && !name.startsWith('__MACOSX/'))
        .map(([name, content]) => ({ name: name.split('/').at(-1) ?? name, bytes: content })),
    };
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const sheets = await readXlsxFile(buffer instanceof ArrayBuffer ? buffer : new Uint8Array(bytes).buffer);
    const sheet = sheets.find((s) => s.sheet.trim().toLowerCase() === 'figures') ?? sheets[0];
    if (!sheet) return { kind: 'unreadable' };
    const rows = sheet.data.map((row) => row.map(cellText));
    // toCsv writes a byte-order mark; the text here is already decoded.
    return { kind: 'workbook', sheet: sheet.sheet, text: toCsv(rows).replace(/^\uFEFF/, '') };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** The figures as an .xlsx workbook (one sheet, "figures"): numbers as numbers, all else as text (never a formula). */
export async function figuresWorkbook(table: readonly (readonly string[])[], numberColumns: readonly number[]) {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const data = table.map((row, r) =>
    row.map((cell, c) =>
      r > 0 && numberColumns.includes(c) && cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell,
    ),
  );
  return writeXlsxFile(data, { sheet: 'figures' }).toBlob();
}
