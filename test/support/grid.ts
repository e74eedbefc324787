/**
 * Builders for test grids, so that no test ever counts columns by hand.
 * Browser-safe on purpose (no Node imports): the add-in's tests may use it too.
 */
import { a1 } from '../../src/engine/a1';
import { COUNTY_TITLE_ROWS, SCHOOL_COLUMNS, SHEETS } from '../../src/engine/columns';
import type { CellValue, SheetGrid, WorkbookInput } from '../../src/engine/types';

const UNIT_BY_HEADER = new Map(SCHOOL_COLUMNS.map((c) => [c.header, c.unit]));

/** Header text as the template writes it: `小学在校生数（人）`; headers not in SCHOOL_COLUMNS are kept verbatim. */
export function headerText(header: string): string {
  const unit = UNIT_BY_HEADER.get(header);
  return unit ? `${header}（${unit}）` : header;
}

export interface SchoolGridOptions {
  /** Sheet name; `学校基础数据` unless given. */
  name?: string;
  /** Rows written above the header (a title, notes), one text cell each. */
  title?: string[];
  /**
   * The header keys, in column order; every SCHOOL_COLUMNS header unless given. Keys used in `rows` but not
   * listed here are appended on the right, so a test can add e.g. `小学体育专任教师数` without repeating the rest.
   */
  headers?: string[];
  /** Write these keys' header text exactly as given instead of `header（unit）` (to test tolerant reading). */
  headerText?: Record<string, string>;
}

/** Where a grid built here keeps its header row, so `cellOf` needs no scanning heuristics. */
const layouts = new WeakMap<SheetGrid, { headerRow: number; columns: Map<string, number> }>();

/**
 * A `学校基础数据` grid: optional title rows, one header row, then one row per record.
 * Record keys are canonical headers (`小学在校生数`); missing keys leave the cell blank (null).
 */
export function schoolGrid(rows: Array<Record<string, CellValue>>, opts: SchoolGridOptions = {}): SheetGrid {
  const keys = [...(opts.headers ?? SCHOOL_COLUMNS.map((c) => c.header))];
  const known = new Set(keys);
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      if (!known.has(k)) {
        known.add(k);
        keys.push(k);
      }
    }
  }
  const values: CellValue[][] = (opts.title ?? []).map((t) => [t]);
  const headerRow = values.length;
  values.push(keys.map((k) => opts.headerText?.[k] ?? headerText(k)));
  for (const r of rows) values.push(keys.map((k) => (k in r ? r[k] : null)));
  const grid: SheetGrid = { name: opts.name ?? SHEETS.school, values };
  layouts.set(grid, { headerRow, columns: new Map(keys.map((k, i) => [k, i])) });
  return grid;
}

/**
 * A1 address of data row `rowIndex0` (0 = first record) under `header` in a grid built by `schoolGrid`;
 * the header cell itself when `rowIndex0` is -1.
 */
export function cellOf(grid: SheetGrid, rowIndex0: number, header: string): string {
  const { headerRow, col } = locate(grid, header);
  return a1(headerRow + 1 + rowIndex0, col);
}

/** 1-based Excel row number of data row `rowIndex0` in a grid built by `schoolGrid`. */
export function rowOf(grid: SheetGrid, rowIndex0: number): number {
  const layout = layouts.get(grid);
  const headerRow = layout ? layout.headerRow : locate(grid, SCHOOL_COLUMNS[1].header).headerRow;
  return headerRow + 2 + rowIndex0;
}

/** Finds a header's row and column; falls back to scanning the first 10 rows for grids copied after building. */
function locate(grid: SheetGrid, header: string): { headerRow: number; col: number } {
  const layout = layouts.get(grid);
  if (layout) {
    const col = layout.columns.get(header);
    if (col === undefined) throw new Error(`cellOf: no column ${header} in ${grid.name}`);
    return { headerRow: layout.headerRow, col };
  }
  const wanted = [header, headerText(header)];
  for (let r = 0; r < Math.min(10, grid.values.length); r++) {
    const col = (grid.values[r] ?? []).findIndex((v) => typeof v === 'string' && wanted.includes(v));
    if (col >= 0) return { headerRow: r, col };
  }
  throw new Error(`cellOf: no column ${header} in ${grid.name}`);
}

/**
 * A `区县数据` grid: header `项目 | 数值`, then one row per item label in insertion order.
 * Title items (区县名称, 评估年度) may be given like any other label.
 */
export function countyGrid(items: Record<string, CellValue>, name: string = SHEETS.county): SheetGrid {
  const values: CellValue[][] = [['项目', '数值']];
  for (const [label, v] of Object.entries(items)) values.push([label, v]);
  return { name, values };
}

/** A1 address of the value cell of `label` in a grid built by `countyGrid` (column B). */
export function countyCell(grid: SheetGrid, label: string): string {
  const r = grid.values.findIndex((row, i) => i > 0 && row[0] === label);
  if (r < 0) throw new Error(`countyCell: no item ${label} in ${grid.name}`);
  return a1(r, 1);
}

/** A `评估标准` grid: header `设置项 | 值 | 说明`, one row per label. */
export function settingsGrid(items: Record<string, CellValue>, name: string = SHEETS.settings): SheetGrid {
  const values: CellValue[][] = [['设置项', '值', '说明']];
  for (const [label, v] of Object.entries(items)) values.push([label, v, null]);
  return { name, values };
}

/** A workbook of the given sheets, in tab order. */
export function workbook(...grids: SheetGrid[]): WorkbookInput {
  return { sheets: grids };
}

/** The county title rows, so tests can write `{ [TITLE.name]: '示例县' }`. */
export const TITLE = COUNTY_TITLE_ROWS;
