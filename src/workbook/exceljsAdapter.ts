/**
 * WorkbookPort over an exceljs Workbook, for .xlsx files in Node (the command line and tests).
 * Reading turns every cell into the engine's CellValue; writing applies a SheetSpec exactly as the
 * Office.js adapter does, except the chart, which exceljs cannot write.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { eachCellOfRange } from '../engine/a1';
import type { CellValue, SheetGrid, WorkbookInput } from '../engine/types';
import type { PageSpec, SheetLook, SheetSpec, ValidationSpec } from '../engine/sheetSpec';
import type { WorkbookPort } from './port';

/** Milliseconds from the Unix epoch to Excel's day 0 (1899-12-30), for turning dates into serial numbers. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** Options for saving: a fixed time makes the file byte-for-byte reproducible. */
export interface SaveOptions {
  /** Stamped as the workbook's created/modified time and on every entry of the zip. */
  fixedTime?: Date;
}

/** An .xlsx workbook behind the WorkbookPort. */
export class ExceljsWorkbook implements WorkbookPort {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /** Opens an existing .xlsx file; exceljs errors (not a zip, corrupt parts) propagate to the caller. */
  static async open(path: string): Promise<ExceljsWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new ExceljsWorkbook(wb);
  }

  /** A new, empty workbook. */
  static create(): ExceljsWorkbook {
    return new ExceljsWorkbook(new ExcelJS.Workbook());
  }

  /** Writes the workbook to `path` (never called with the input file by the command line). */
  async saveAs(path: string, opts: SaveOptions = {}): Promise<void> {
    const buffer = await this.toBuffer(opts);
    await fs.writeFile(path, buffer);
  }

  /** The .xlsx bytes; with `fixedTime`, identical content gives identical bytes. */
  async toBuffer(opts: SaveOptions = {}): Promise<Buffer> {
    if (opts.fixedTime) {
      this.workbook.created = opts.fixedTime;
      this.workbook.modified = opts.fixedTime;
    }
    const raw = Buffer.from(await this.workbook.xlsx.writeBuffer());
    if (!opts.fixedTime) return raw;
    // exceljs stamps each zip entry with the clock; re-pack with the fixed time so re-runs are byte-stable.
    const zip = await JSZip.loadAsync(raw);
    const out = new JSZip();
    for (const name of Object.keys(zip.files).sort()) {
      const entry = zip.files[name];
      if (entry.dir) continue;
      out.file(name, await entry.async('nodebuffer'), { date: opts.fixedTime, createFolders: false });
    }
    return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  /** Every sheet as a grid anchored at A1, in tab order. */
  async readWorkbook(): Promise<WorkbookInput> {
    return { sheets: this.workbook.worksheets.map(readSheet) };
  }

  /** Writes sheets in `replace` or `addMissing` mode; no other sheet is touched. */
  async writeSheets(sheets: SheetSpec[], mode: 'replace' | 'addMissing'): Promise<void> {
    for (const spec of sheets) {
      const existing = this.workbook.getWorksheet(spec.name);
      if (existing && mode === 'addMissing') continue;
      let orderNo: number | null = null;
      if (existing) {
        orderNo = orderOf(existing);
        this.workbook.removeWorksheet(existing.id);
      }
      const ws = this.workbook.addWorksheet(spec.name);
      // A replaced sheet keeps its tab position; a new one goes after the last sheet.
      if (orderNo !== null) (ws as unknown as { orderNo: number }).orderNo = orderNo;
      writeSpec(ws, spec);
    }
  }
}

function orderOf(ws: ExcelJS.Worksheet): number {
  return (ws as unknown as { orderNo: number }).orderNo;
}

function readSheet(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  let anyFormat = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    while (values.length <= r) {
      values.push([]);
      formats.push([]);
    }
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      const line = values[r];
      const fmtLine = formats[r];
      while (line.length < c) line.push(null);
      while (fmtLine.length < c) fmtLine.push(null);
      // A merged area's other cells report the master's value in exceljs; Excel shows them empty.
      const isSlave = cell.isMerged && cell.master !== cell;
      line[c] = isSlave ? null : toCellValue(cell.value);
      const fmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null;
      if (fmt) anyFormat = true;
      fmtLine[c] = fmt;
    });
  });
  const grid: SheetGrid = { name: ws.name, values };
  if (anyFormat) grid.formats = formats;
  const merges = mergesOf(ws);
  if (merges.length > 0) grid.merges = [...merges];
  return grid;
}

/**
 * Merged areas as A1 ranges. `ws.model` would list them too but rebuilds the model of every row, which
 * doubles the cost of reading a large sheet; the merge table it reads from is used directly instead.
 */
function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const table = (ws as unknown as { _merges?: Record<string, { range: string } | undefined> })._merges;
  if (!table) return ws.model.merges ?? [];
  return Object.values(table)
    .filter((m): m is { range: string } => m !== undefined)
    .map((m) => m.range);
}

/** exceljs cell value → engine CellValue: formulas give their result, rich text and links their text. */
export function toCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
  if (typeof v !== 'object') return null;
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    return toCellValue(result as ExcelJS.CellValue | undefined);
  }
  if ('hyperlink' in v) {
    const text = (v as { text?: unknown }).text;
    return toCellValue(text as ExcelJS.CellValue | undefined);
  }
  if ('text' in v) return String((v as { text: unknown }).text);
  return null;
}

/** Visits every cell of an A1 range (`B2` or `B2:D9`) with exceljs's 1-based row and column. */
function eachCellOf(range: string, visit: (row: number, col: number) => void): void {
  eachCellOfRange(range, (r, c) => visit(r + 1, c + 1));
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** A validation in exceljs's model: a list, or 'any' (only the prompt), with the input prompt when there is one. */
function exceljsValidation(v: ValidationSpec): object {
  const rule = v.list ? { type: 'list', allowBlank: true, formulae: [`"${v.list.join(',')}"`] } : { type: 'any' };
  if (!v.prompt) return rule;
  return { ...rule, showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message };
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

/**
 * The sheet's look: its font on every written cell (bold and title faces kept), thin borders, vertical centring,
 * wrapping and horizontal centring where the spec asks, and the taller rows.
 */
function applyLook(ws: ExcelJS.Worksheet, spec: SheetSpec, look: SheetLook): void {
  const font = { name: look.font.name, size: look.font.size, charset: 134 };
  spec.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.font = { ...font, bold: cell.font?.bold === true };
      cell.alignment = { vertical: 'middle' };
    }),
  );
  const each = (ranges: readonly string[], visit: (cell: ExcelJS.Cell) => void): void => {
    for (const range of ranges) eachCellOf(range, (r, c) => visit(ws.getCell(r, c)));
  };
  each(look.title, (cell) => {
    cell.font = { ...font, size: look.font.size + 5, bold: true };
  });
  each(look.borders, (cell) => {
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });
  each(look.wrap, (cell) => {
    cell.alignment = { ...cell.alignment, vertical: 'middle', wrapText: true };
  });
  each([...look.center, ...look.title], (cell) => {
    cell.alignment = { ...cell.alignment, vertical: 'middle', horizontal: 'center' };
  });
  for (const { row, height } of look.rowHeights) ws.getRow(row + 1).height = height;
}

/** A4, orientation, fitted to the page width, centred, the repeated header rows and the page-number footer. */
function applyPage(ws: ExcelJS.Worksheet, page: PageSpec): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitToWidth,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    ...(page.printTitleRows ? { printTitlesRow: `${page.printTitleRows.first}:${page.printTitleRows.last}` } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${page.footer}` };
}

function writeSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.values.forEach((line, r) => {
    line.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
    });
  });
  for (const { range, format } of spec.numberFormats) {
    eachCellOf(range, (r, c) => {
      ws.getCell(r, c).numFmt = format;
    });
  }
  for (const { color, ranges } of spec.fills) {
    const fill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } };
    for (const range of ranges) {
      eachCellOf(range, (r, c) => {
        ws.getCell(r, c).fill = fill;
      });
    }
  }
  const font = spec.look ? { name: spec.look.font.name, size: spec.look.font.size, charset: 134 } : {};
  for (const range of spec.bold) {
    eachCellOf(range, (r, c) => {
      ws.getCell(r, c).font = { ...font, bold: true };
    });
  }
  for (const range of spec.merges) ws.mergeCells(range);
  if (spec.look) applyLook(ws, spec, spec.look);
  if (spec.page) applyPage(ws, spec.page);
  spec.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    ws.views = [{ state: 'frozen', xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }];
  }
  // Each validation is added over its whole range: exceljs's squeezing of per-cell validations sorts addresses as
  // text (C10 before C3) and then writes overlapping ranges, which Excel repairs on opening.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations;
  for (const v of spec.validations ?? []) validations.add(v.range, exceljsValidation(v));
}
