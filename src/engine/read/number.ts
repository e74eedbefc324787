/**
 * Reading numbers out of cells (TEMPLATE.md "Numbers"): plain numbers, formula values, and text that holds a
 * number with thousands separators, spaces or full-width digits. Everything else is a data error for the cell.
 */
import type { CellValue } from '../types';
import { isCellError } from '../types';
import { isPlainNumber } from '../plainNumber';

export type NumberCell =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'error'; code: 'not-a-number' | 'excel-error' | 'negative'; text: string };

// Compiled once; these run on every text cell of the school sheet.
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const MINUS = /^[−－—–]/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const EXCEL_ERROR = /^#(?:div\/0!|n\/a|name\?|null!|num!|ref!|value!|getting_data|spill!|calc!|field!|blocked!)$/i;

const BLANK: NumberCell = { kind: 'blank' };

/**
 * Parses the text of a numeric cell; null when it is not a number. Also used for percent text once the `%`
 * sign has been taken off by the caller.
 */
export function parseNumberText(raw: string): number | null {
  // NFKC turns full-width digits, commas and points into ASCII; the minus signs it leaves are unified here.
  const t = raw.normalize('NFKC').replace(SPACES, '').replace(MINUS, '-');
  if (t === '') return null;
  if (GROUPED.test(t)) return Number(t.replace(/,/g, ''));
  // A loop rather than a pattern: `\d+\.?\d*` backtracks quadratically on a long run of digits and a letter.
  if (isPlainNumber(t)) return Number(t);
  return null;
}

/** Parses one numeric cell per TEMPLATE.md; used by the settings and county readers too. */
export function parseNumberCell(
  v: CellValue,
):
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'error'; code: 'not-a-number' | 'excel-error' | 'negative'; text: string } {
  if (v === null || v === undefined) return BLANK;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'error', code: 'not-a-number', text: String(v) };
    if (v < 0) return { kind: 'error', code: 'negative', text: String(v) };
    // Adding 0 turns -0 into 0.
    return { kind: 'number', value: v + 0 };
  }
  if (isCellError(v)) return { kind: 'error', code: 'excel-error', text: v.error };
  if (typeof v === 'boolean') return { kind: 'error', code: 'not-a-number', text: v ? 'TRUE' : 'FALSE' };
  const text = v.trim();
  // String.trim keeps zero-width spaces; a cell holding only those is still blank.
  if (text === '' || text.replace(SPACES, '') === '') return BLANK;
  const n = parseNumberText(text);
  if (n === null || !Number.isFinite(n)) {
    // Some adapters hand over errors as text; they are still Excel errors to the user.
    const code = EXCEL_ERROR.test(text) ? 'excel-error' : 'not-a-number';
    return { kind: 'error', code, text };
  }
  if (n < 0) return { kind: 'error', code: 'negative', text };
  // -0 from text such as "-0" is plain zero.
  return { kind: 'number', value: n === 0 ? 0 : n };
}

/** How a plain number (no `%` sign, no percentage format) in a percentage cell is read. */
export type PlainPercent = 'points' | 'auto' | 'fraction';

const PERCENT_SIGN = /[%％]$/;

/**
 * Reads a percentage cell as a fraction: `96.5%` as text, 0.965 in a cell formatted as %, or a plain number read
 * per `plain` (points: 96.5 → 0.965; auto: points when above 1, else already a fraction; fraction: as is).
 * `plainNumber` tells the caller the figure had neither a `%` sign nor a percentage format.
 */
export function parsePercentCell(
  v: CellValue,
  percentFormat: boolean,
  plain: PlainPercent,
): NumberCell | { kind: 'number'; value: number; plainNumber: boolean } {
  if (typeof v === 'string') {
    const t = v.trim();
    if (PERCENT_SIGN.test(t)) {
      const n = parseNumberText(t.slice(0, -1));
      if (n === null) return { kind: 'error', code: 'not-a-number', text: t };
      if (n < 0) return { kind: 'error', code: 'negative', text: t };
      return { kind: 'number', value: fromPoints(n), plainNumber: false };
    }
  }
  const parsed = parseNumberCell(v);
  if (parsed.kind !== 'number') return parsed;
  // A number Excel shows as a percentage is stored as the fraction already.
  if (percentFormat && typeof v === 'number') return { kind: 'number', value: parsed.value, plainNumber: false };
  const n = parsed.value;
  const asPoints = plain === 'points' || (plain === 'auto' && n > 1);
  return { kind: 'number', value: asPoints ? fromPoints(n) : n, plainNumber: true };
}

/** Percent points to a fraction without binary noise: 92.6 → 0.926 (plain division gives 0.9259999999999999). */
function fromPoints(n: number): number {
  return Number((n / 100).toPrecision(15));
}
