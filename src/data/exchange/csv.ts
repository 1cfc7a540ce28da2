/**
 * CSV as spreadsheets write it (RFC 4180: quoted fields, doubled quotes, CRLF or LF rows), safe to
 * open: a cell a spreadsheet would run as a formula (beginning =, +, -, @, tab or carriage return)
 * is written after an apostrophe, the usual mark of "text, not a formula", and read back without
 * it. Plain numbers (-5, +3.2) stay numbers.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A cell as written: disarmed when a spreadsheet would take it for a formula, quoted when it needs it. */
function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell as read: the apostrophe that disarmed a formula-like cell taken off. */
function csvValue(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
}

/** A CSV document with a byte-order mark, so that spreadsheets read the Chinese text as UTF-8. */
export function toCsv(table: readonly (readonly string[])[]): string {
  return `\uFEFF${table.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * The separator of a table's text: a comma, or a tab when its first line has more tabs than commas
 * (Excel's "Unicode text" is tab-separated UTF-16).
 */
export function separatorOf(text: string): ',' | '\t' {
  const firstLine = text.slice(0, 4096).split(/\r|\n/)[0] ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

/** The rows of a CSV (or tab-separated) document (a leading byte-order mark and a final line break ignored). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separator = separatorOf(source);
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(csvValue(field));
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(csvValue(field));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(csvValue(field));
    rows.push(row);
  }
  return rows;
}
