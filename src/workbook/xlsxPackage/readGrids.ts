/**
 * Reads an .xlsx package straight into the engine's grids: only the workbook, its relationships, the styles,
 * the shared strings and the worksheets are inflated, and the large parts are inflated and parsed as a stream,
 * so a county of 100,000 schools never becomes an object model of cells. Runs in Node and in the browser alike
 * (no `fs`, no `zlib`); every limit of `limits.ts` is enforced while reading.
 */
import type { SaxesTagPlain } from 'saxes';
import { a1, parseA1 } from '../../engine/a1';
import { packageMessages as M } from '../../engine/messages';
import type { CellValue, SheetGrid, WorkbookInput } from '../../engine/types';
import { MAX_CELL_TEXT, MAX_COLUMNS, MAX_GRID_CELLS, MAX_MERGE_AREA, MAX_MERGED_CELLS, MAX_ROWS } from './limits';
import { type CellStyles, readCellStyles } from './numFmt';
import { checkEntries } from './checkPackage';
import { Package, mapWorkbook } from './parts';
import { isPlainNumber } from '../../engine/plainNumber';
import { type XmlHandlers, scanPart } from './xmlScan';
import { PackageError, type ZipEntry, readZip, shownName, streamText } from './zip';

export { partReads, useSheetScanner } from './sheetScan';

/** Milliseconds from the Unix epoch to Excel's day 0 (1899-12-30). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
/** Days between the Unix epoch and Excel's day 0, and between the 1900 and 1904 date systems. */
const UNIX_DAY0 = 25569;
const DAYS_1904 = 1462;

/** Reads every worksheet of an .xlsx package as a grid anchored at A1, in tab order. */
export function readGrids(bytes: Uint8Array): WorkbookInput {
  return gridsOf(new Package(readZip(bytes)));
}

/**
 * `checkPackage` and then `readGrids`, with each part inflated once: the worksheets and shared strings are kept
 * as the check inflated them and parsed from there. On a 10,000-school county this saved inflating 9 MB of sheet
 * XML a second time.
 */
export function readCheckedGrids(bytes: Uint8Array): WorkbookInput {
  const entries = readZip(bytes);
  const inflated = new Map<ZipEntry, Uint8Array>();
  checkEntries(entries, inflated);
  return gridsOf(new Package(entries, inflated));
}

function gridsOf(pkg: Package): WorkbookInput {
  const map = mapWorkbook(pkg);
  if (!map) return { sheets: [] };
  const styles = readCellStyles(map.stylesPart ? pkg.text(map.stylesPart) : null, map.stylesPart ?? undefined);
  const sharedEntry = map.sharedStringsPart ? pkg.get(map.sharedStringsPart) : undefined;
  const shared = sharedEntry ? readSharedStrings(pkg, sharedEntry) : [];
  const sheets: SheetGrid[] = [];
  for (const s of map.sheets) {
    if (!s.isWorksheet) continue;
    const entry = pkg.get(s.part);
    sheets.push(entry ? readSheet(s.name, pkg, entry, shared, styles, map.date1904) : { name: s.name, values: [] });
  }
  return { sheets };
}

/**
 * Parses a part as it inflates, or from its bytes when the package kept them, into handlers made by `make`: the
 * fast scanner first, the conforming parser when it gives up (`scanPart`).
 */
function parse<T extends XmlHandlers>(pkg: Package, entry: ZipEntry, make: () => T): T {
  const inflated = pkg.takeInflated(entry);
  return scanPart(entry.name, (sink) => streamText(entry, sink, inflated), make);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/**
 * Shared strings: the text of each `<si>`, joining rich-text runs; phonetic guides (`<rPh>`) are not part of
 * the cell's text.
 */
function readSharedStrings(pkg: Package, entry: ZipEntry): string[] {
  return parse(pkg, entry, () => sharedStringsReader(entry)).strings;
}

/** Handlers that collect the shared strings into `strings`. */
function sharedStringsReader(entry: ZipEntry): XmlHandlers & { strings: string[] } {
  const out: string[] = [];
  let text = '';
  let inT = false;
  let phonetic = 0;
  return {
    strings: out,
    open(tag) {
      const n = localName(tag.name);
      if (n === 't') inT = phonetic === 0;
      else if (n === 'rPh') phonetic++;
      else if (n === 'si') text = '';
    },
    text(t) {
      if (!inT) return;
      text += t;
      if (text.length > MAX_CELL_TEXT) {
        throw new PackageError(M.sharedTextTooLong(shownName(entry.name), out.length, MAX_CELL_TEXT));
      }
    },
    close(tag) {
      const n = localName(tag.name);
      if (n === 't') inT = false;
      else if (n === 'rPh') phonetic--;
      else if (n === 'si') out.push(text);
    },
  };
}

/**
 * Letters of an A1 reference to a 0-based column, and its digits to a 0-based row, in one pass. Both stop
 * counting just past Excel's grid, so a reference of any length costs one pass and stays a small number.
 * Null when the text is not letters followed by digits.
 */
function refOf(r: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < r.length; i++) {
    const ch = r.charCodeAt(i) | 0x20;
    if (ch < 97 || ch > 122) break;
    col = Math.min(col * 26 + (ch - 96), MAX_COLUMNS + 1);
  }
  const digitsFrom = i;
  let row = 0;
  for (; i < r.length; i++) {
    const ch = r.charCodeAt(i);
    if (ch < 48 || ch > 57) return null;
    row = Math.min(row * 10 + (ch - 48), MAX_ROWS + 1);
  }
  if (col === 0 || i === digitsFrom || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** A date-formatted serial as the exceljs adapter reports it: through a millisecond-rounded Date, 1900-based. */
function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - UNIX_DAY0 + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY);
  return (ms - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

/** A sheet's grid as it fills: values and formats by row, with the dense size kept under `MAX_GRID_CELLS`. */
class GridBuilder {
  readonly values: CellValue[][] = [];
  readonly formats: (string | null)[][] = [];
  anyFormat = false;
  private cells = 0;

  constructor(private readonly sheet: string) {}

  put(r: number, c: number, v: CellValue, fmt: string | null): void {
    while (this.values.length <= r) {
      this.values.push([]);
      this.formats.push([]);
      this.count(1);
    }
    if (this.values[r].length <= c) this.count(c + 1 - this.values[r].length);
    const line = padded(this.values, r, c);
    const fmtLine = padded(this.formats, r, c);
    line[c] = v;
    fmtLine[c] = fmt;
    if (fmt !== null) this.anyFormat = true;
  }

  private count(added: number): void {
    this.cells += added;
    if (this.cells > MAX_GRID_CELLS) throw new PackageError(M.gridTooLarge(this.sheet, MAX_GRID_CELLS));
  }
}

/**
 * Row `r` of `rows` with at least `c` cells, blanks as null (a new row gets `c + 1`, as cell `c` is set next). A new row far from A is made in one allocation,
 * several times faster than pushing its blanks one by one.
 */
function padded<T>(rows: (T | null)[][], r: number, c: number): (T | null)[] {
  let line = rows[r];
  if (line.length === 0 && c > 0) {
    // Room for cell `c` too: growing a filled array by one copies it whole.
    line = new Array<T | null>(c + 1).fill(null);
    rows[r] = line;
  }
  while (line.length < c) line.push(null);
  return line;
}

/** The state of the cell being read. */
interface CellState {
  row: number;
  col: number;
  type: string;
  style: number;
  text: string;
  hasV: boolean;
  capture: boolean;
  inIs: boolean;
  phonetic: number;
}

/** Moves to a `<row>`: its `r` when given, else the next row; refuses rows past Excel's grid. */
function openRow(st: CellState, r: string | undefined, sheet: string): void {
  const n = r !== undefined && isDigits(r) && Number(r) >= 1 ? Number(r) : st.row + 2;
  if (n > MAX_ROWS) throw new PackageError(M.rowOutOfRange(sheet, shownName(r ?? String(n)), MAX_ROWS));
  st.row = n - 1;
  st.col = -1;
}

/**
 * Moves to a `<c>` with the given `r`, `s` and `t`: to its `r` when it is an A1 reference, else the next column;
 * refuses cells past the grid.
 */
function openCell(
  st: CellState,
  r: string | undefined,
  s: string | undefined,
  t: string | undefined,
  sheet: string,
): void {
  const ref = r !== undefined ? refOf(r) : null;
  if (ref) {
    st.row = ref.row;
    st.col = ref.col;
  } else {
    st.col++;
  }
  if (st.row >= MAX_ROWS || st.col >= MAX_COLUMNS) {
    throw new PackageError(M.cellOutOfRange(sheet, shownName(r ?? a1(st.row, st.col))));
  }
  st.type = t ?? 'n';
  st.style = s !== undefined ? Number(s) : 0;
  st.text = '';
  st.hasV = false;
  st.inIs = false;
}

function readSheet(
  name: string,
  pkg: Package,
  entry: ZipEntry,
  shared: string[],
  styles: CellStyles,
  date1904: boolean,
): SheetGrid {
  const { grid, merges, styled } = parse(pkg, entry, () => sheetReader(name, shared, styles, date1904));
  fillMerges(name, merges, grid, styled);
  const out: SheetGrid = { name, values: grid.values };
  if (grid.anyFormat) out.formats = grid.formats;
  if (merges.length > 0) out.merges = merges;
  return out;
}

/** What a worksheet's handlers collect. */
interface SheetRead {
  grid: GridBuilder;
  merges: string[];
  /** Format of each formatted cell without a value, for the other cells of merged areas (valued cells keep theirs in `formats`). */
  styled: Map<number, string>;
}

/** Handlers that read a worksheet's cells into a new grid, its merged ranges and its formatted blank cells. */
function sheetReader(name: string, shared: string[], styles: CellStyles, date1904: boolean): XmlHandlers & SheetRead {
  const grid = new GridBuilder(name);
  const merges: string[] = [];
  const styled = new Map<number, string>();
  const st: CellState = {
    row: -1,
    col: -1,
    type: 'n',
    style: 0,
    text: '',
    hasV: false,
    capture: false,
    inIs: false,
    phonetic: 0,
  };
  return {
    grid,
    merges,
    styled,
    open(tag: SaxesTagPlain) {
      const n = localName(tag.name);
      const a = tag.attributes;
      if (n === 'row') openRow(st, a.r, name);
      else if (n === 'c') openCell(st, a.r, a.s, a.t, name);
      else if (n === 'v') {
        st.capture = true;
        st.hasV = true;
        st.text = '';
      } else if (n === 'is') {
        st.inIs = true;
        st.hasV = true;
        st.text = '';
      } else if (n === 'rPh') st.phonetic++;
      else if (n === 't') st.capture = st.inIs && st.phonetic === 0;
      else if (n === 'mergeCell' && a.ref) merges.push(a.ref);
    },
    text(t: string) {
      if (!st.capture) return;
      st.text += t;
      checkLength();
    },
    cell(r, s, t, v) {
      openCell(st, r, s, t, name);
      if (v !== undefined) {
        st.hasV = true;
        st.text = v;
        checkLength();
      }
      endCell();
    },
    close(tag: SaxesTagPlain) {
      const n = localName(tag.name);
      if (n === 'v' || n === 't') st.capture = false;
      else if (n === 'rPh') st.phonetic--;
      else if (n === 'is') st.inIs = false;
      else if (n === 'c') endCell();
    },
  };

  /** Refuses the cell being read once its text passes Excel's limit. */
  function checkLength(): void {
    if (st.text.length > MAX_CELL_TEXT) {
      throw new PackageError(M.cellTextTooLong(name, a1(st.row, st.col), MAX_CELL_TEXT));
    }
  }

  /** Puts the cell just read into the grid, or notes its format when it has no value. */
  function endCell(): void {
    const fmt = styles.formatOf[st.style] ?? null;
    const v = st.hasV ? cellValue(st.type, st.text, shared) : null;
    if (v === null) {
      if (fmt !== null) styled.set(st.row * MAX_COLUMNS + st.col, fmt);
      return;
    }
    const value = typeof v === 'number' && styles.isDate[st.style] ? dateSerial(v, date1904) : v;
    grid.put(st.row, st.col, value, fmt);
  }
}

/**
 * The other cells of a merged area read as empty cells, as Excel shows them; they still count as present.
 * Each range is checked against the grid and the merge limits before any cell of it is filled.
 */
function fillMerges(sheet: string, merges: string[], grid: GridBuilder, styled: Map<number, string>): void {
  let total = 0;
  for (const range of merges) {
    const colon = range.indexOf(':');
    const a = parseA1(colon >= 0 ? range.slice(0, colon) : range);
    const b = parseA1(colon >= 0 ? range.slice(colon + 1) : range);
    if (!a || !b) throw new PackageError(M.mergeInvalid(sheet, shownName(range.slice(0, 40))));
    if (Math.max(a.row, b.row) >= MAX_ROWS || Math.max(a.col, b.col) >= MAX_COLUMNS) {
      throw new PackageError(M.cellOutOfRange(sheet, shownName(range)));
    }
    const area = (Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1);
    total += area;
    if (area > MAX_MERGE_AREA) throw new PackageError(M.mergeTooLarge(sheet, shownName(range), MAX_MERGE_AREA));
    if (total > MAX_MERGED_CELLS) throw new PackageError(M.mergeTooLarge(sheet, shownName(range), MAX_MERGED_CELLS));
    for (let r = a.row; r <= b.row; r++) {
      for (let c = a.col; c <= b.col; c++) {
        if (r === a.row && c === a.col) continue;
        grid.put(r, c, null, grid.formats[r]?.[c] ?? styled.get(r * MAX_COLUMNS + c) ?? null);
      }
    }
  }
}

/** True for a non-empty run of ASCII digits. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

/** The value of one `<c>` from its type and the text of its `<v>` (or inline string). */
function cellValue(type: string, text: string, shared: string[]): CellValue {
  switch (type) {
    case 's': {
      const s = isDigits(text.trim()) ? shared[Number(text)] : undefined;
      return s === undefined ? null : s;
    }
    case 'str':
      // An empty formula text reads as a blank cell, as the exceljs adapter reports it.
      return text === '' ? null : text;
    case 'inlineStr':
      return text;
    case 'b':
      return text.trim() === '1' || text.trim() === 'true';
    case 'e':
      return { error: text.trim() };
    case 'd': {
      const t = Date.parse(text);
      return Number.isNaN(t) ? text : (t - EXCEL_EPOCH_MS) / MS_PER_DAY;
    }
    default: {
      // Only the decimal forms a number cell holds (xsd:double without INF and NaN); `0x2B` stays text.
      const trimmed = text.trim();
      if (trimmed === '') return null;
      return isPlainNumber(trimmed) ? Number(trimmed) : text;
    }
  }
}
