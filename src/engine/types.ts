/**
 * Cell grids: the only shape in which workbook contents reach the engine.
 * Adapters (Office.js, exceljs) turn their sheets into these; the engine never sees either library.
 */

/** An Excel error value such as `#DIV/0!` or `#N/A`. */
export interface CellError {
  error: string;
}

/** One cell as the engine sees it: formulas arrive as their computed values, dates as numbers. */
export type CellValue = string | number | boolean | null | CellError;

/** A whole sheet, anchored at A1: `values[r][c]` is the cell in row r+1, column c+1. Rows may be ragged. */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** Number formats, same shape as `values` where known (used to tell 96.5% from 0.965 as a percentage). */
  formats?: (string | null)[][];
  /** Merged areas as A1 ranges (`A1:C1`), where the adapter knows them: a merged header spans its sub-columns. */
  merges?: string[];
}

/** Every sheet of a workbook, in tab order. */
export interface WorkbookInput {
  sheets: SheetGrid[];
}

/** True when a cell holds an Excel error value. */
export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export type Severity = 'error' | 'warning';

/** A problem found in the user's data: always names the sheet and, where there is one, the A1 cell. */
export interface DataIssue {
  severity: Severity;
  sheet: string;
  /** A1 address such as `F12`; null when the problem is a whole sheet or a missing column. */
  cell: string | null;
  /** Chinese text for the statistician, from the message catalog. */
  message: string;
  /** Stable machine-readable kind, e.g. `not-a-number`; tests assert on it. */
  code: string;
}
