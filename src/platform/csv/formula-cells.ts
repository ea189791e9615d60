// Excel, LibreOffice and Google Sheets run a cell as a formula when its text
// starts with one of these (full-width forms included: Japanese IMEs type
// them). Anyone can put text into an export through a public form, so every
// text cell is checked, following OWASP's "CSV injection" advice.
const formulaStarts = new Set(['=', '+', '-', '@', '＝', '＋', '－', '＠', '\t', '\r']);

// A negative number such as -5 or -1.5 is data, and Excel reads it as a number.
const negativeNumber = /^-\d+(\.\d+)?$/;

/** A cell as text a spreadsheet shows and never runs: a leading `'` before any formula start. */
export function formulaSafeCell(value: unknown): unknown {
  if (typeof value !== 'string' || value === '' || !formulaStarts.has(value[0]!)) return value;
  return negativeNumber.test(value) ? value : `'${value}`;
}
