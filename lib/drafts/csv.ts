/**
 * CSV per RFC 4180 (CRLF rows, fields with `"`, `,`, CR or LF quoted, quotes doubled), safe to open
 * in a spreadsheet: a cell starting with `=`, `+`, `-`, `@`, tab or CR would run as a formula, so
 * it gets a leading `'` (OWASP's advice). That changes such cells by one character; the JSON export
 * is the lossless one.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsvRows(
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
