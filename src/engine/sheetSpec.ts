/**
 * A sheet to write, described as plain data so that the exceljs adapter and the Office.js adapter
 * write exactly the same thing. Ranges are A1 addresses on the sheet itself.
 */

export type OutputValue = string | number | null;

export interface ChartSpec {
  title: string;
  /** Block whose first column holds category labels and first row series names. */
  dataRange: string;
  /** Top-left cell where the chart is placed. */
  anchor: string;
  /** Bottom-right cell the chart extends to. */
  anchorEnd: string;
}

/** Status colours of OUTPUT.md; colour only repeats the word in the cell. */
export const STATUS_FILLS = {
  pass: '#C6EFCE',
  near: '#FFEB9C',
  fail: '#FFC7CE',
  missing: '#D9D9D9',
} as const;

/** One data validation over a range: without `list` any value is accepted and only the prompt is shown. */
export interface ValidationSpec {
  range: string;
  list?: string[];
  /** Excel keeps at most 32 characters of the title and 255 of the message. */
  prompt?: { title: string; message: string };
}

/** Typeface of every written cell; a setting, since offices differ (宋体, 等线, 仿宋…). */
export interface FontSpec {
  name: string;
  /** Points. */
  size: number;
}

/** How a sheet prints: paper, orientation, fitting, repeated header rows and the page-number footer. */
export interface PageSpec {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  /** Pages across the sheet is scaled to fit; as many pages down as it needs. */
  fitToWidth: number;
  /** 1-based rows repeated at the top of every printed page (the table's header rows). */
  printTitleRows?: { first: number; last: number };
  /** Footer text in the header/footer code of SpreadsheetML (`&P` page, `&N` pages), centred. */
  footer: string;
}

/** Excel's tallest row, in points: a taller one is refused by Excel and repaired away by LibreOffice. */
export const MAX_ROW_HEIGHT = 409;

/** Cells given together a look: the title row, the header cells of a table, its body. */
export interface SheetLook {
  font: FontSpec;
  /** The title row's cells: a larger bold font, centred. */
  title: string[];
  /** Thin borders on every side of each cell. */
  borders: string[];
  /** Text wraps inside the cell. */
  wrap: string[];
  /** Centred horizontally and vertically (header cells). */
  center: string[];
  /** Heights in points of rows that must be taller than one line (0-based row → points). */
  rowHeights: { row: number; height: number }[];
}

export interface SheetSpec {
  name: string;
  /** Anchored at A1; rows may be ragged. */
  values: OutputValue[][];
  /** Number formats such as `0.00`, `0.000`, `0.00%`, applied to ranges. */
  numberFormats: { range: string; format: string }[];
  /** Fills grouped by colour (hex `#RRGGBB`), so an adapter can set each colour once over many ranges. */
  fills: { color: string; ranges: string[] }[];
  bold: string[];
  merges: string[];
  /** Width of each column in characters, from column A. */
  columnWidths: number[];
  /** Rows and columns to keep in view. */
  freeze?: { rows: number; cols: number };
  /**
   * Data validations (template sheets): a drop-down `list`, an input `prompt` shown when a cell is selected, or both.
   * No two ranges of a sheet overlap (Excel repairs a file whose validations do).
   */
  validations?: ValidationSpec[];
  chart?: ChartSpec;
  /** Font, title, borders, wrapping; absent on sheets written before the look existed (plain cells). */
  look?: SheetLook;
  page?: PageSpec;
}
