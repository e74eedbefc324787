/**
 * Accumulates the cells and styles of one output sheet and turns them into a SheetSpec.
 * Styles are collected per cell and compressed into column runs, so an adapter sets each
 * format or colour once per block instead of once per cell.
 */
import { a1, a1Range } from '../a1';
import type { OutputValue, SheetSpec, ValidationSpec } from '../sheetSpec';
import { STATUS_FILLS } from '../sheetSpec';

/** The four status colours of OUTPUT.md. */
export type FillKind = keyof typeof STATUS_FILLS;

export interface CellStyle {
  format?: string;
  fill?: FillKind;
  bold?: boolean;
}

/** Number formats of RULES.md §7. */
export const FORMATS = {
  value: '0.00',
  cv: '0.000',
  percent: '0.00%',
  integer: '0',
  money: '#,##0.00',
} as const;

/** Builds a SheetSpec cell by cell; rows and columns are 0-based. */
export class SheetBuilder {
  private readonly values: OutputValue[][] = [];
  private readonly formats = new Map<string, Array<[number, number]>>();
  private readonly fillCells = new Map<string, Array<[number, number]>>();
  private readonly boldCells: Array<[number, number]> = [];
  private readonly mergeList: string[] = [];
  private readonly validationList: ValidationSpec[] = [];

  constructor(private readonly name: string) {}

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
    if (style.format) pushTo(this.formats, style.format, [row, col]);
    if (style.fill) pushTo(this.fillCells, STATUS_FILLS[style.fill], [row, col]);
    if (style.bold) this.boldCells.push([row, col]);
  }

  /** Writes a row of cells starting at `col`, all with the same style. */
  row(row: number, cells: readonly OutputValue[], style: CellStyle = {}, col = 0): void {
    cells.forEach((v, i) => this.set(row, col + i, v, style));
  }

  /** Merges a block given by its 0-based top-left corner and size. */
  merge(row: number, col: number, rows: number, cols: number): void {
    if (rows * cols > 1) this.mergeList.push(a1Range(row, col, rows, cols));
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

  /** The finished sheet. */
  build(columnWidths: number[], extra: Pick<SheetSpec, 'freeze' | 'chart'> = {}): SheetSpec {
    const spec: SheetSpec = {
      name: this.name,
      values: this.values,
      numberFormats: [...this.formats]
        .map(([format, cells]) => compress(cells).map((range) => ({ range, format })))
        .flat(),
      fills: [...this.fillCells].map(([color, cells]) => ({ color, ranges: compress(cells) })),
      bold: compress(this.boldCells),
      merges: this.mergeList,
      columnWidths,
    };
    if (this.validationList.length > 0) spec.validations = this.validationList;
    if (extra.freeze) spec.freeze = extra.freeze;
    if (extra.chart) spec.chart = extra.chart;
    return spec;
  }
}

function pushTo<K>(map: Map<K, Array<[number, number]>>, key: K, cell: [number, number]): void {
  const list = map.get(key);
  if (list) list.push(cell);
  else map.set(key, [cell]);
}

/** Turns a set of cells into A1 ranges: consecutive rows of one column become one range. */
function compress(cells: Array<[number, number]>): string[] {
  const unique = [...new Map(cells.map(([r, c]) => [`${c}:${r}`, [r, c] as [number, number]])).values()];
  unique.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
  const out: string[] = [];
  let i = 0;
  while (i < unique.length) {
    const [r0, c] = unique[i];
    let r1 = r0;
    while (i + 1 < unique.length && unique[i + 1][1] === c && unique[i + 1][0] === r1 + 1) {
      r1++;
      i++;
    }
    out.push(r1 === r0 ? a1(r0, c) : a1Range(r0, c, r1 - r0 + 1, 1));
    i++;
  }
  return out;
}
