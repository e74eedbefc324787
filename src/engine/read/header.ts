/**
 * Finding the header row of a sheet (TEMPLATE.md): the first of the first 10 rows that matches, with
 * two-row headers read as group + sub-header (`在校生数` over `小学` → 小学在校生数).
 */
import { parseA1 } from '../a1';
import type { CellValue, SheetGrid } from '../types';
import { cellText, isUnitText, type Lexicon } from './normalize';

/** How many rows from the top may hold the header. */
export const HEADER_SEARCH_ROWS = 10;

/** One recognised column. */
export interface HeaderHit<T> {
  col: number;
  target: T;
  /** Unit found in the header text, normalised (`万元`, `元`, `m2`), or null. */
  unit: string | null;
  /** 0-based row of the cell that names the column (the sub-header row of a two-row header). */
  row: number;
}

/** A header found on a sheet: where it is and what its columns mean. */
export interface HeaderMatch<T> {
  /** 0-based row of the (first) header row. */
  headerRow: number;
  /** 0-based first data row (after one or two header rows). */
  dataStart: number;
  /** Recognised columns, left to right; the first column for a target wins. */
  hits: HeaderHit<T>[];
  /** Later columns that repeat a target already found. */
  duplicates: HeaderHit<T>[];
}

const isBlank = (v: CellValue | undefined): boolean => cellText(v) === '';

/** Texts of the group row of a two-row header, one per column, following merged areas or the carrying rule. */
function groupTexts(grid: SheetGrid, r: number, width: number): string[] {
  const top = grid.values[r] ?? [];
  const sub = grid.values[r + 1] ?? [];
  const out: string[] = [];
  for (let c = 0; c < width; c++) out.push(cellText(top[c]));
  if (grid.merges && grid.merges.length > 0) {
    for (const m of grid.merges) {
      const [a, b] = m.split(':');
      const from = parseA1(a);
      const to = parseA1(b ?? a);
      if (!from || !to || from.row !== r || to.col <= from.col) continue;
      const text = cellText(top[from.col]);
      for (let c = from.col + 1; c <= to.col && c < width; c++) out[c] = text;
    }
    return out;
  }
  // Without merge information a group text continues rightwards over blank group cells, as long as the
  // columns below carry sub-headers (a merged cell's value sits in its first column only).
  for (let c = 1; c < width; c++) {
    if (out[c] === '' && !isBlank(sub[c]) && !isBlank(sub[c - 1])) out[c] = out[c - 1];
  }
  return out;
}

/**
 * Finds the header row of a sheet among its first 10 rows: the first row whose columns satisfy `accept`,
 * read either alone or as the group row of a two-row header (whichever recognises more columns).
 */
export function findHeader<T>(
  grid: SheetGrid,
  lexicon: Lexicon<T>,
  id: (t: T) => string,
  accept: (ids: Set<string>) => boolean,
): HeaderMatch<T> | null {
  const last = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  const singles: RowMatch<T>[] = [];
  const single = (r: number): RowMatch<T> => (singles[r] ??= matchSingle(grid, r, lexicon, id));
  for (let r = 0; r < last; r++) {
    let best = single(r);
    if (r + 1 < grid.values.length) {
      const double = matchDouble(grid, r, lexicon, id);
      // Two rows only when they recognise more than either row alone: a title above a one-row header
      // would otherwise pass for a group row.
      if (double.ids.size > best.ids.size && double.ids.size > single(r + 1).ids.size) best = double;
    }
    if (best.ids.size > 0 && accept(best.ids)) {
      let dataStart = r + (best === singles[r] ? 1 : 2);
      // Statistical forms often put a units row or a 栏次 row (甲 乙 1 2 3 …) under the header: not data.
      for (let k = 0; k < 2 && isAuxiliaryRow(grid.values[dataStart]); k++) dataStart++;
      return { headerRow: r, dataStart, hits: best.hits, duplicates: best.duplicates };
    }
  }
  return null;
}

interface RowMatch<T> {
  hits: HeaderHit<T>[];
  duplicates: HeaderHit<T>[];
  ids: Set<string>;
}

/** Accumulates hits; a target seen before goes to `duplicates`. */
class Collector<T> implements RowMatch<T> {
  readonly hits: HeaderHit<T>[] = [];
  readonly duplicates: HeaderHit<T>[] = [];
  readonly ids = new Set<string>();
  constructor(private readonly id: (t: T) => string) {}
  push(h: HeaderHit<T>): void {
    const key = this.id(h.target);
    if (this.ids.has(key)) this.duplicates.push(h);
    else {
      this.ids.add(key);
      this.hits.push(h);
    }
  }
}

function matchSingle<T>(grid: SheetGrid, r: number, lexicon: Lexicon<T>, id: (t: T) => string): RowMatch<T> {
  const row = grid.values[r] ?? [];
  const acc = new Collector(id);
  for (let c = 0; c < row.length; c++) {
    const text = cellText(row[c]);
    if (text === '') continue;
    const hit = lexicon.lookup(text);
    if (hit) acc.push({ col: c, target: hit.target, unit: hit.unit, row: r });
  }
  return acc;
}

function matchDouble<T>(grid: SheetGrid, r: number, lexicon: Lexicon<T>, id: (t: T) => string): RowMatch<T> {
  const top = grid.values[r] ?? [];
  const sub = grid.values[r + 1] ?? [];
  const width = Math.max(top.length, sub.length);
  const groups = groupTexts(grid, r, width);
  const acc = new Collector(id);
  for (let c = 0; c < width; c++) {
    const g = groups[c];
    const s = cellText(sub[c]);
    if (g === '' && s === '') continue;
    // A blank sub-header means the group cell names the column itself (merged over both rows), but only in the
    // group cell's own column: a header merged over two columns and two rows names one column, not two.
    if (s === '' && isBlank(top[c])) continue;
    const hit = s === '' ? lexicon.lookup(g) : g === '' ? lexicon.lookup(s) : lexicon.lookupParts(g, s);
    if (hit) acc.push({ col: c, target: hit.target, unit: hit.unit, row: s === '' ? r : r + 1 });
  }
  return acc;
}

/** 栏次 markers of Chinese statistical forms: the columns of text are numbered 甲, 乙, 丙 …, the figures 1, 2, 3 …. */
const COLUMN_MARKERS = new Set(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '栏次']);

/**
 * A row under the header that only carries units (`人`, `（万元）`) or column numbers (`甲 乙 1 2 3`), with at
 * least one such marker, so a school row with figures but no name is never mistaken for one.
 */
export function isAuxiliaryRow(row: CellValue[] | undefined): boolean {
  if (!row) return false;
  let markers = 0;
  for (const v of row) {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) return false;
      continue;
    }
    const t = cellText(v);
    if (t === '') continue;
    if (COLUMN_MARKERS.has(t) || isUnitText(t)) markers++;
    else return false;
  }
  return markers > 0;
}
