/**
 * Accumulates the cells and styles of one output sheet and turns them into a SheetSpec that prints well by
 * default: the sheet's font on every cell, header cells bold, bordered, wrapped and centred, table bodies
 * bordered, widths that show every header and value, taller rows where text wraps, and A4 landscape fitted to one
 * page wide with the header rows repeated and page numbers. Styles are collected per cell and compressed into
 * column runs, so an adapter sets each format or colour once per block instead of once per cell.
 */
import { a1, a1Range } from '../a1';
import { printMessages as P } from '../messages';
import type { FontSpec, OutputValue, PageSpec, SheetSpec, ValidationSpec } from '../sheetSpec';
import { MAX_ROW_HEIGHT, STATUS_FILLS } from '../sheetSpec';
import { type CellNeed, DEFAULT_MAX_WIDTH, columnWidths, fitsIn, lineHeight, linesIn, textWidth } from './layout';
import { displayText } from './numberFormats';

export { FORMATS } from './numberFormats';

/** The four status colours of OUTPUT.md. */
export type FillKind = keyof typeof STATUS_FILLS;

export interface CellStyle {
  format?: string;
  fill?: FillKind;
  bold?: boolean;
  /** A table's header cell: bold, bordered, wrapped and centred. */
  header?: boolean;
  /** A cell of a table's body: bordered. */
  border?: boolean;
}

/** Font of the output sheets unless the caller names another (REPORT.md: 宋体 / 等线, configurable). */
export const DEFAULT_FONT: FontSpec = { name: '宋体', size: 11 };

/** Extra settings of a finished sheet. */
export type BuildExtra = Pick<SheetSpec, 'freeze' | 'chart'> & {
  orientation?: PageSpec['orientation'];
  /** Input sheets: the widths given are the widths, since their cells are filled later and cannot be measured. */
  exactWidths?: boolean;
};

/**
 * A cell as one number, `col * ROW_SPAN + row` (see cellKey). A large sheet lists a million styled cells; as
 * [row, col] pairs they were a million small arrays for the garbage collector, and each set and sort of them
 * went through string keys.
 */
type Cell = number;

/** Builds a SheetSpec cell by cell; rows and columns are 0-based. */
export class SheetBuilder {
  private readonly values: OutputValue[][] = [];
  private readonly formats = new Map<string, Cell[]>();
  /** Each cell's number format by row, for measuring its text as it will show. */
  private readonly formatGrid: (string | undefined)[][] = [];
  private readonly fillCells = new Map<string, Cell[]>();
  private readonly boldCells: Cell[] = [];
  private readonly headerCells: Cell[] = [];
  private readonly centerCells: Cell[] = [];
  private readonly borderCells: Cell[] = [];
  private readonly titleCells: Cell[] = [];
  /** Bordered blocks as ranges: a large table's body is one range, not a list of cells. */
  private readonly boxes: string[] = [];
  private readonly mergeBlocks: [number, number, number, number][] = [];
  private readonly validationList: ValidationSpec[] = [];
  private titleRows: { first: number; last: number } | null = null;

  constructor(
    private readonly name: string,
    private readonly font: FontSpec = DEFAULT_FONT,
  ) {}

  /** Number of rows written so far (the next free 0-based row). */
  get rowCount(): number {
    return this.values.length;
  }

  /** Writes one cell with an optional style. */
  set(row: number, col: number, value: OutputValue, style: CellStyle = {}): void {
    while (this.values.length <= row) this.values.push([]);
    const line = this.values[row];
    while (line.length < col) line.push(null);
    line[col] = value;
    const cell = cellKey(row, col);
    if (style.format) {
      pushTo(this.formats, style.format, cell);
      (this.formatGrid[row] ??= [])[col] = style.format;
    }
    if (style.fill) pushTo(this.fillCells, STATUS_FILLS[style.fill], cell);
    if (style.bold || style.header) this.boldCells.push(cell);
    // Header cells and status words (the filled cells) are centred.
    if (style.header || style.fill) this.centerCells.push(cell);
    if (style.header) this.headerCells.push(cell);
    if (style.border || style.header) this.borderCells.push(cell);
  }

  /** Writes a row of cells starting at `col`, all with the same style. */
  row(row: number, cells: readonly OutputValue[], style: CellStyle = {}, col = 0): void {
    cells.forEach((v, i) => this.set(row, col + i, v, style));
  }

  /** Writes the header cells of a table in one row (bold, bordered, wrapped, centred). */
  header(row: number, cells: readonly OutputValue[], col = 0): void {
    this.row(row, cells, { header: true }, col);
  }

  /** The sheet's title in row 0, merged over the table's `cols` columns, in a larger bold face. */
  title(text: string, cols: number): void {
    this.set(0, 0, text);
    this.titleCells.push(cellKey(0, 0));
    this.merge(0, 0, 1, cols);
  }

  /** A bold caption above a table, merged over `cols` columns so that it neither wraps nor widens column A. */
  caption(row: number, text: string, cols: number): void {
    this.set(row, 0, text, { bold: true });
    this.merge(row, 0, 1, cols);
  }

  /** Borders every cell of a block, empty ones included, so a table prints as a grid. */
  box(row: number, col: number, rows: number, cols: number): void {
    if (rows > 0 && cols > 0) this.boxes.push(a1Range(row, col, rows, cols));
  }

  /** The 0-based rows printed again at the top of every page (a table's header rows). */
  repeatRows(first: number, last: number): void {
    this.titleRows = { first, last };
  }

  /** Merges a block given by its 0-based top-left corner and size. */
  merge(row: number, col: number, rows: number, cols: number): void {
    if (rows * cols > 1) this.mergeBlocks.push([row, col, rows, cols]);
  }

  /** Adds a drop-down list over a block, with an optional input prompt. */
  validate(
    row: number,
    col: number,
    rows: number,
    cols: number,
    list: readonly string[],
    prompt?: ValidationSpec['prompt'],
  ): void {
    const v: ValidationSpec = { range: a1Range(row, col, rows, cols), list: [...list] };
    if (prompt) v.prompt = prompt;
    this.validationList.push(v);
  }

  /** Adds an input prompt without a list over a block: any value is accepted. */
  prompt(row: number, col: number, rows: number, cols: number, prompt: NonNullable<ValidationSpec['prompt']>): void {
    this.validationList.push({ range: a1Range(row, col, rows, cols), prompt });
  }

  /**
   * The finished sheet. `maxWidths` caps the width of each column in characters (absent: a default cap); text
   * wider than its column wraps and its row grows.
   */
  build(maxWidths: readonly number[] = [], extra: BuildExtra = {}): SheetSpec {
    // Every cell's text is measured once, for the widths and the row heights alike.
    const needs = this.needs(maxWidths, extra.exactWidths === true);
    const widths = extra.exactWidths ? [...maxWidths] : columnWidths(needs, maxWidths);
    const wrapCells: Cell[] = [...this.headerCells];
    const rowHeights = this.rowHeights(needs, widths, wrapCells);
    const spec: SheetSpec = {
      name: this.name,
      values: this.values,
      numberFormats: [...this.formats]
        .map(([format, cells]) => compress(cells).map((range) => ({ range, format })))
        .flat(),
      fills: [...this.fillCells].map(([color, cells]) => ({ color, ranges: compress(cells) })),
      bold: compress(this.boldCells),
      merges: this.mergeBlocks.map(([r, c, rows, cols]) => a1Range(r, c, rows, cols)),
      columnWidths: widths,
      look: {
        font: this.font,
        title: compress(this.titleCells),
        borders: [...this.boxes, ...compress(this.borderCells)],
        wrap: compress(wrapCells),
        center: compress(this.centerCells),
        rowHeights,
      },
      page: this.page(extra.orientation ?? 'landscape'),
    };
    if (this.validationList.length > 0) spec.validations = this.validationList;
    if (extra.freeze) spec.freeze = extra.freeze;
    if (extra.chart) spec.chart = extra.chart;
    return spec;
  }

  private page(orientation: PageSpec['orientation']): PageSpec {
    const page: PageSpec = { paper: 'A4', orientation, fitToWidth: 1, footer: P.pageFooter };
    if (this.titleRows) page.printTitleRows = { first: this.titleRows.first + 1, last: this.titleRows.last + 1 };
    return page;
  }

  /** The merged block each cell starts, by `row:col`. */
  private blockAt(): Map<number, [number, number]> {
    const at = new Map<number, [number, number]>();
    for (const [r, c, rows, cols] of this.mergeBlocks) at.set(cellKey(r, c), [rows, cols]);
    return at;
  }

  /** Visits every written cell with the display width of its text as the sheet will show it. */
  private eachText(visit: (row: number, col: number, width: number) => void): void {
    this.values.forEach((line, row) => {
      const formats = this.formatGrid[row];
      line.forEach((v, col) => {
        if (v === null) return;
        visit(row, col, textWidth(typeof v === 'number' ? displayText(v, formats?.[col]) : v));
      });
    });
  }

  /**
   * What the written cells ask of their columns, for the widths and the row heights alike: every header and
   * merged cell, the widest plain cell of each column, and each plain cell wider than its column may grow (its
   * cap, or the exact width given), which alone can wrap. A narrower plain cell fits the width the column gets
   * anyway, so it is measured and dropped: a need for each of the 220,000 cells of a 10,000-school 学校指标 took
   * 0.2 s and filled the heap with objects that changed nothing.
   */
  private needs(caps: readonly number[], exact: boolean): CellNeed[] {
    const header = new Set(this.headerCells);
    const wide = new Set(this.mergeBlocks.filter((b) => b[3] > 1).map(([r, c]) => cellKey(r, c)));
    const out: CellNeed[] = [];
    const widest: (CellNeed | undefined)[] = [];
    this.eachText((row, col, width) => {
      const key = cellKey(row, col);
      const need = { row, col, width, header: header.has(key), spanned: wide.has(key) };
      const limit = exact ? (caps[col] ?? 0) : (caps[col] ?? DEFAULT_MAX_WIDTH);
      if (need.header || need.spanned || !fitsIn(width, limit)) out.push(need);
      else if (width > (widest[col]?.width ?? -1)) widest[col] = need;
    });
    for (const need of widest) if (need) out.push(need);
    return out;
  }

  /**
   * Heights of the rows whose text wraps, and the cells that wrap (added to `wrap`): a text wider than its column
   * (or merged block) wraps onto as many lines as it needs. The title row is taller for its larger face.
   */
  private rowHeights(
    needs: readonly CellNeed[],
    widths: readonly number[],
    wrap: Cell[],
  ): { row: number; height: number }[] {
    const blocks = this.blockAt();
    const title = new Set(this.titleCells);
    const lines = new Map<number, number>();
    for (const { row, col, width: w, header } of needs) {
      // Text that fits its own column fits any block it starts too: one line.
      if (fitsIn(w, widths[col] ?? 0)) continue;
      const key = cellKey(row, col);
      if (title.has(key)) continue;
      const [rows, cols] = blocks.get(key) ?? [1, 1];
      let width = 0;
      for (let c = col; c < col + cols; c++) width += widths[c] ?? 8;
      const n = Math.ceil(linesIn(w, width) / rows);
      if (n > 1 && !header) wrap.push(key);
      if (n > 1) lines.set(row, Math.max(lines.get(row) ?? 1, n));
    }
    const unit = lineHeight(this.font);
    // A cell of many lines (a long list of schools) shows in part rather than asking for a row Excel refuses.
    const out = [...lines].map(([row, n]) => ({ row, height: Math.min(n * unit + 2, MAX_ROW_HEIGHT) }));
    for (const cell of this.titleCells) out.push({ row: cell % ROW_SPAN, height: Math.round(this.font.size * 2.2) });
    return out.sort((x, y) => x.row - y.row);
  }
}

/** Rows per column in a cell key: a sheet has at most 1,048,576 rows (2^20), so keys stay exact integers. */
const ROW_SPAN = 2 ** 21;

/** A cell as one number; sorted numerically, the cells of one column come together in row order. */
function cellKey(row: number, col: number): Cell {
  return col * ROW_SPAN + row;
}

function pushTo<K>(map: Map<K, Cell[]>, key: K, cell: Cell): void {
  const list = map.get(key);
  if (list) list.push(cell);
  else map.set(key, [cell]);
}

/**
 * Turns a set of cells into A1 ranges: consecutive rows of one column become one range. The cell keys are
 * sorted as a Float64Array; de-duplicating through `${c}:${r}` string keys took 0.7 s of a 10,000-school run
 * (7% of its CPU), the numeric sort a few tens of milliseconds.
 */
function compress(cells: Cell[]): string[] {
  const packed = Float64Array.from(cells).sort();
  const out: string[] = [];
  let i = 0;
  while (i < packed.length) {
    const start = packed[i];
    let end = start;
    // Runs of the next row, skipping the same cell listed twice.
    while (i + 1 < packed.length && (packed[i + 1] === end || packed[i + 1] === end + 1)) end = packed[++i];
    const c = Math.floor(start / ROW_SPAN);
    const r0 = start - c * ROW_SPAN;
    out.push(end === start ? a1(r0, c) : a1Range(r0, c, end - start + 1, 1));
    i++;
  }
  return out;
}
