/**
 * Column widths and row heights that show every header and value: a column is as wide as its widest value (up to
 * a cap, beyond which the text wraps), a header wraps onto up to three lines rather than widening its column, and
 * a row with wrapped text is as tall as its longest cell. Widths are in characters of the sheet's digit width, as
 * spreadsheets measure them; a Chinese character takes two.
 */
import type { FontSpec } from '../sheetSpec';

/** Narrowest column written, in characters. */
const MIN_WIDTH = 5;
/** Widest a column grows for plain text when the sheet names no cap; longer text wraps. */
export const DEFAULT_MAX_WIDTH = 44;
/** Header text wider than this wraps onto more lines instead of widening its column. */
const HEADER_LINE = 12;
/** Room for the cell's padding and a bold face, in characters. */
const PADDING = 2;

/**
 * Display width of a text in digit widths: full-width (Chinese) characters count two. Read by UTF-16 unit rather
 * than by code point (an iterator per character), since every output cell is measured: a character outside the
 * BMP counts two on its high surrogate and nothing on its low one.
 */
export function textWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    w += code >= 0x2e80 || (code >= 0x1100 && code <= 0x115f) ? 2 : 1;
  }
  return w;
}

/** Height in points of one line of text in `font` (a spreadsheet's single-spaced row). */
export function lineHeight(font: FontSpec): number {
  return Math.round(font.size * 1.4 * 4) / 4;
}

/** What a cell asks of its column and row. */
export interface CellNeed {
  row: number;
  col: number;
  /** Display width of its text. */
  width: number;
  /** Header cells wrap rather than widen the column. */
  header: boolean;
  /** A cell merged over several columns or rows sizes nothing (the title, group headers, long notes). */
  spanned: boolean;
}

/** Widths of columns 0…n−1: the widest need of each, capped at `caps[c]` (or the default cap). */
export function columnWidths(needs: readonly CellNeed[], caps: readonly number[]): number[] {
  const widths: number[] = [];
  for (const n of needs) {
    if (n.spanned) continue;
    const want = n.header ? Math.min(n.width, Math.max(HEADER_LINE, Math.ceil(n.width / 3))) : n.width;
    widths[n.col] = Math.max(widths[n.col] ?? 0, want + PADDING);
  }
  const out: number[] = [];
  for (let c = 0; c < widths.length; c++) {
    const cap = caps[c] ?? DEFAULT_MAX_WIDTH;
    out.push(Math.max(MIN_WIDTH, Math.min(widths[c] ?? MIN_WIDTH, cap)));
  }
  return out;
}

/** True when a text of display width `w` shows on one line in a column (or merged block) of width `width`. */
export function fitsIn(w: number, width: number): boolean {
  return w + PADDING <= width;
}

/** Lines a text of display width `w` takes in a column of width `width` (at least one). */
export function linesIn(w: number, width: number): number {
  return Math.max(1, Math.ceil(w / Math.max(1, width - PADDING)));
}
