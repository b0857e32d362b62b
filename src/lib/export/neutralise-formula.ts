/**
 * The one guard against spreadsheet formula injection ("CSV Injection", OWASP) for every CSV that
 * focal writes, in the app and in the CLI. A spreadsheet may split a cell again at its own list
 * separator (`;` in Spanish- and many other-locale Excel, tab or `|` on import, a line end when
 * quotes are not honoured), so a formula can start not only at the beginning of a cell but after
 * any of those separators: `x;=HYPERLINK(…)` is two cells, the second a formula, in Excel with a
 * `;` list separator. Each such place gets a `'` before the formula character, which every
 * spreadsheet shows as text; nothing else in the text changes.
 */

// OWASP's characters that start a formula: = + - @ (tab and CR are handled as separators below).
// A formula may start at the start of the text or after a separator, past any spaces.
const FORMULA_AFTER_SEPARATOR = /(^|[,;|\t\r\n])( *)(?=[=+\-@])/g;
// A cell that starts with a tab or CR (OWASP's list) is neutralised as a whole.
const CONTROL_START = /^[\t\r]/;

/** `text` with a `'` before every place where a spreadsheet could start a formula. */
export function neutraliseFormula(text: string): string {
  const guarded = text.replace(FORMULA_AFTER_SEPARATOR, "$1$2'");
  return CONTROL_START.test(guarded) ? `'${guarded}` : guarded;
}
