/**
 * Reads an .xlsx package straight into the engine's grids: only the workbook, its relationships, the styles,
 * the shared strings and the worksheets are inflated, and the large parts are parsed as a stream (saxes), so
 * a county of 100,000 schools never becomes an object model of cells.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { parseA1 } from '../../engine/a1';
import type { CellValue, SheetGrid, WorkbookInput } from '../../engine/types';
import { type CellStyles, readCellStyles } from './numFmt';
import { Package, mapWorkbook } from './parts';
import { type ZipEntry, entryBytes, readZip } from './zip';

/** Milliseconds from the Unix epoch to Excel's day 0 (1899-12-30). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
/** Days between the Unix epoch and Excel's day 0, and between the 1900 and 1904 date systems. */
const UNIX_DAY0 = 25569;
const DAYS_1904 = 1462;
/** Text is handed to the parser in slices of this many bytes, so no part becomes one huge string. */
const SLICE = 4 * 1024 * 1024;

/** Reads every worksheet of an .xlsx package as a grid anchored at A1, in tab order. */
export function readGrids(bytes: Uint8Array): WorkbookInput {
  const pkg = new Package(readZip(bytes));
  const map = mapWorkbook(pkg);
  if (!map) return { sheets: [] };
  const styles = readCellStyles(map.stylesPart ? pkg.text(map.stylesPart) : null);
  const sharedEntry = map.sharedStringsPart ? pkg.get(map.sharedStringsPart) : undefined;
  const shared = sharedEntry ? readSharedStrings(sharedEntry) : [];
  const sheets: SheetGrid[] = [];
  for (const s of map.sheets) {
    if (!s.isWorksheet) continue;
    const entry = pkg.get(s.part);
    sheets.push(entry ? readSheet(s.name, entry, shared, styles, map.date1904) : { name: s.name, values: [] });
  }
  return { sheets };
}

/** Feeds a part to a parser in slices of decoded text. */
function feed(parser: SaxesParser, entry: ZipEntry): void {
  const bytes = entryBytes(entry);
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for (let at = 0; at < bytes.length; at += SLICE) {
    let text = decoder.decode(bytes.subarray(at, at + SLICE), { stream: true });
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    parser.write(text);
  }
  parser.write(decoder.decode());
  parser.close();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/**
 * Shared strings: the text of each `<si>`, joining rich-text runs; phonetic guides (`<rPh>`) are not part of
 * the cell's text.
 */
function readSharedStrings(entry: ZipEntry): string[] {
  const out: string[] = [];
  const parser = new SaxesParser();
  let text = '';
  let inT = false;
  let phonetic = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const n = localName(tag.name);
    if (n === 't') inT = phonetic === 0;
    else if (n === 'rPh') phonetic++;
    else if (n === 'si') text = '';
  });
  parser.on('text', (t: string) => {
    if (inT) text += t;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const n = localName(tag.name);
    if (n === 't') inT = false;
    else if (n === 'rPh') phonetic--;
    else if (n === 'si') out.push(text);
  });
  feed(parser, entry);
  return out;
}

/** Letters of an A1 reference to a 0-based column, and its digits to a 0-based row, without a regex. */
function refOf(r: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < r.length; i++) {
    const ch = r.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else break;
  }
  const row = Number(r.slice(i));
  if (col === 0 || !Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** A date-formatted serial as the exceljs adapter reports it: through a millisecond-rounded Date, 1900-based. */
function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - UNIX_DAY0 + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY);
  return (ms - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

function readSheet(name: string, entry: ZipEntry, shared: string[], styles: CellStyles, date1904: boolean): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  let anyFormat = false;
  const merges: string[] = [];
  /** Format of each formatted cell without a value, for the other cells of merged areas (valued cells keep theirs in `formats`). */
  const styled = new Map<number, string>();

  let row = -1;
  let col = -1;
  let type = 'n';
  let style = 0;
  let text = '';
  let hasV = false;
  let capture = false;
  let inIs = false;
  let phonetic = 0;

  const put = (r: number, c: number, v: CellValue, fmt: string | null): void => {
    while (values.length <= r) {
      values.push([]);
      formats.push([]);
    }
    const line = values[r];
    const fmtLine = formats[r];
    while (line.length < c) line.push(null);
    while (fmtLine.length < c) fmtLine.push(null);
    line[c] = v;
    fmtLine[c] = fmt;
    if (fmt !== null) anyFormat = true;
  };

  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const n = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    switch (n) {
      case 'row': {
        const r = a.r !== undefined ? Number(a.r) - 1 : row + 1;
        row = Number.isInteger(r) && r >= 0 ? r : row + 1;
        col = -1;
        break;
      }
      case 'c': {
        const ref = a.r !== undefined ? refOf(a.r) : null;
        if (ref) {
          row = ref.row;
          col = ref.col;
        } else {
          col++;
        }
        type = a.t ?? 'n';
        style = a.s !== undefined ? Number(a.s) : 0;
        text = '';
        hasV = false;
        inIs = false;
        break;
      }
      case 'v':
        capture = true;
        hasV = true;
        text = '';
        break;
      case 'is':
        inIs = true;
        hasV = true;
        text = '';
        break;
      case 'rPh':
        phonetic++;
        break;
      case 't':
        if (inIs && phonetic === 0) capture = true;
        break;
      case 'mergeCell':
        if (a.ref) merges.push(a.ref);
        break;
      default:
        break;
    }
  });
  parser.on('text', (t: string) => {
    if (capture) text += t;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const n = localName(tag.name);
    if (n === 'v' || n === 't') capture = false;
    else if (n === 'rPh') phonetic--;
    else if (n === 'is') inIs = false;
    else if (n === 'c') {
      const fmt = styles.formatOf[style] ?? null;
      const v = hasV ? cellValue(type, text, shared) : null;
      if (v === null) {
        if (fmt !== null) styled.set(row * 16384 + col, fmt);
        return;
      }
      const value = typeof v === 'number' && styles.isDate[style] ? dateSerial(v, date1904) : v;
      put(row, col, value, fmt);
    }
  });
  feed(parser, entry);

  // The other cells of a merged area read as empty cells, as Excel shows them; they still count as present.
  for (const range of merges) {
    const [from, to] = range.split(':');
    const a = parseA1(from);
    const b = parseA1(to ?? from);
    if (!a || !b) continue;
    for (let r = a.row; r <= b.row; r++) {
      for (let c = a.col; c <= b.col; c++) {
        if (r === a.row && c === a.col) continue;
        put(r, c, null, formats[r]?.[c] ?? styled.get(r * 16384 + c) ?? null);
      }
    }
  }

  const grid: SheetGrid = { name, values };
  if (anyFormat) grid.formats = formats;
  if (merges.length > 0) grid.merges = merges;
  return grid;
}

/** The value of one `<c>` from its type and the text of its `<v>` (or inline string). */
function cellValue(type: string, text: string, shared: string[]): CellValue {
  switch (type) {
    case 's': {
      const s = shared[Number(text)];
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
      if (text.trim() === '') return null;
      const n = Number(text);
      return Number.isNaN(n) ? text : n;
    }
  }
}
