/**
 * Number formats: the built-in ids of SpreadsheetML (ECMA-376 Part 1, 18.8.30) and what a cell style resolves to.
 */
import { type XmlNode, child, childrenOf, scanXml } from './xmlScan';

/** Built-in number formats that files refer to by id alone. */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** True for a format that shows a date or time: a date letter outside quoted text and [brackets]. */
export function isDateFormat(code: string): boolean {
  // One pass with the state of where it is: a pattern for the brackets would backtrack on an unclosed `[`.
  let close = '';
  for (const ch of code) {
    if (close) {
      if (ch === close) close = '';
    } else if (ch === '[') {
      close = ']';
    } else if (ch === '"') {
      close = '"';
    } else if ('ymdhMsb'.includes(ch)) {
      return true;
    }
  }
  return false;
}

/** What each cellXfs index of a styles part means for reading: its format code, and whether it is a date. */
export interface CellStyles {
  /** Format code by cellXfs index; null for General or unknown. */
  formatOf: (string | null)[];
  isDate: boolean[];
}

/** Reads the cellXfs of a styles part (absent part: no formats). */
export function readCellStyles(text: string | null, part = 'xl/styles.xml'): CellStyles {
  const styles: CellStyles = { formatOf: [], isDate: [] };
  if (text === null) return styles;
  const root: XmlNode = scanXml(text, part);
  const custom = new Map<number, string>();
  const numFmts = child(root, 'numFmts');
  for (const f of numFmts ? childrenOf(numFmts, 'numFmt') : []) {
    custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
  }
  const xfs = child(root, 'cellXfs');
  for (const xf of xfs ? childrenOf(xfs, 'xf') : []) {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
    const shown = code !== null && code !== 'General' ? code : null;
    styles.formatOf.push(shown);
    styles.isDate.push(shown !== null && isDateFormat(shown));
  }
  return styles;
}
