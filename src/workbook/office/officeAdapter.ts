/**
 * The Office.js adapter: the only code that calls Excel.run. It reads every sheet as a grid anchored at A1 and
 * writes SheetSpecs as whole 2-D blocks. Every operation costs a small fixed number of `context.sync()` calls
 * whatever the number of schools; a request is flushed early only when it would pass the payload budget
 * (Excel on the web rejects requests and responses over 5 MB), so very large workbooks add one sync per budget.
 *
 * Requirement sets used: ExcelApi 1.4 (settings), 1.6 (conditional formats), 1.8 (suspendApiCalculation),
 * 1.9 (getRanges / RangeAreas); merged areas are read where ExcelApi 1.13 is available.
 */
import type { CellValue, SheetGrid, WorkbookInput } from '../../engine/types';
import type { SheetSpec } from '../../engine/sheetSpec';
import { STATUS_FILLS } from '../../engine/sheetSpec';
import type { EvaluationResult } from '../../engine/result';
import { INDICATOR_IDS } from '../../engine/result';
import { OUTPUT_SHEETS } from '../../engine/columns';
import { a1Range, columnLetters } from '../../engine/a1';
import type { WorkbookPort } from '../port';
import {
  CALL_OVERHEAD,
  DEFAULT_ADDRESS_LIMIT,
  DEFAULT_REQUEST_BUDGET,
  chunkRows,
  estimateCall,
  parseRange,
  rectAddress,
  unionAddresses,
  utf8Length,
  type Rect,
} from './requestBudget';

/** The one Excel.run overload the adapter uses; the real `Excel.run` and the test fake both fit it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Defaults to the global `Excel.run` (looked up on each call, so the module loads outside Office too). */
  run?: ExcelRun;
  /**
   * Whether the host supports an ExcelApi requirement set such as '1.13'. Defaults to
   * `Office.context.requirements.isSetSupported`, and to true where there is no Office (tests).
   */
  supportsApi?: (version: string) => boolean;
  /** Largest estimated request or response, in bytes (default 4 MB, under Excel on the web's 5 MB). */
  requestBudget?: number;
  /** Longest comma-joined address passed to `worksheet.getRanges` (default 255 characters). */
  addressLimit?: number;
  /** Estimated response bytes per cell for values and value types (default 28, about twice a typical cell). */
  readBytesPerCell?: number;
  /** Estimated response bytes per cell for number formats (default 16). */
  formatBytesPerCell?: number;
  /**
   * Number formats are read for sheets of at most this many cells (default 20,000). The engine needs them only
   * to recognise percentage cells on the small county, quality and settings sheets; skipping them on a large
   * school sheet keeps its response about 40% smaller.
   */
  formatCellLimit?: number;
}

/** What `applyHighlights` put on the school sheet. */
export interface HighlightSummary {
  sheet: string;
  failCells: number;
  nearCells: number;
  /** Conditional formats added (one per colour and address group). */
  rules: number;
}

/** What `clearResults` removed. */
export interface ClearSummary {
  sheetsDeleted: string[];
  highlightsRemoved: number;
}

/** Document setting that remembers which sheet carries the highlights (the rules themselves carry a marker). */
export const HIGHLIGHT_SETTING = 'junheng.highlights';

/**
 * Formulas of the highlight rules. Each is always TRUE (N of a text is 0), and the text makes the rule
 * recognisable, so that clearing removes exactly these rules and never one the user made.
 */
export const HIGHLIGHT_FORMULAS = {
  fail: '=N("均衡:未达标")=0',
  near: '=N("均衡:接近达标")=0',
} as const;

/** The marker texts inside the highlight formulas. */
const HIGHLIGHT_MARKERS = ['"均衡:未达标"', '"均衡:接近达标"'];

/**
 * True for a rule formula this add-in wrote. Matched on the marker text rather than the whole formula, so that
 * a host that reads the formula back re-spaced or re-cased still recognises it.
 */
export function isHighlightFormula(formula: unknown): boolean {
  return typeof formula === 'string' && HIGHLIGHT_MARKERS.some((m) => formula.includes(m));
}

/** Column width in Excel's character units → points (7 px per character plus 5 px padding, 0.75 pt per px). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Queues calls into the current request and flushes it before the estimated size would pass the budget.
 * Calculation is suspended for every request, so Excel recalculates once per sync, not once per call.
 */
class RequestQueue {
  private pending = 0;
  private open = false;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly budget: number,
  ) {}

  /** Queues `queue` (estimated at `bytes`), syncing first if the current request would pass the budget. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.open && this.pending + bytes > this.budget) await this.flush();
    if (!this.open) {
      this.ctx.application.suspendApiCalculationUntilNextSync();
      this.open = true;
      this.pending = CALL_OVERHEAD;
    }
    queue();
    this.pending += bytes;
  }

  /** Sends what is queued (nothing when the request is empty). */
  async flush(): Promise<void> {
    if (!this.open) return;
    await this.ctx.sync();
    this.open = false;
    this.pending = 0;
  }
}

/** A value as Excel should receive it: blanks as '', text Excel would reinterpret kept as text. */
function toExcelValue(v: SheetSpec['values'][number][number] | undefined): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  // Excel parses typed text: school codes like 3301020001 would become numbers (and lose leading zeros),
  // `=…` a formula, `-5%` a percentage. A leading apostrophe keeps the text exactly as given.
  if (/^[\s]*[-+=@\d.(]/.test(v) || /^(true|false)$/i.test(v.trim())) return `'${v}`;
  return v;
}

function specRect(sheet: string, range: string): Rect {
  const r = parseRange(range);
  if (!r) throw new Error(`SheetSpec "${sheet}": unreadable range "${range}"`);
  return r;
}

/** Checks every range of a spec before anything is written, so a bad spec never leaves a half-written sheet. */
function validateSpec(spec: SheetSpec): void {
  const ranges = [
    ...spec.numberFormats.map((f) => f.range),
    ...spec.fills.flatMap((f) => f.ranges),
    ...spec.bold,
    ...spec.merges,
    ...(spec.validations ?? []).map((v) => v.range),
    ...(spec.chart ? [spec.chart.dataRange, spec.chart.anchor, spec.chart.anchorEnd] : []),
  ];
  for (const r of ranges) specRect(spec.name, r);
}

/** Strips the sheet prefix off each area of a RangeAreas address (`'My, sheet'!A1:B2,Sheet1!C3` → A1:B2, C3). */
export function areaAddresses(address: string): string[] {
  const out: string[] = [];
  const re = /(?:(?:'(?:[^']|'')*'|[^,!']+)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;
  for (let m = re.exec(address); m !== null; m = re.exec(address)) out.push(m[1].replace(/\$/g, ''));
  return out;
}

/** Asks the host whether it supports an ExcelApi requirement set; without Office (tests) everything is supported. */
function hostSupports(version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}

/** Excel's error values: with valueType `Error`, the value holds this text. */
function cellFrom(value: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

interface SheetPlan {
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
  merges: Excel.RangeAreas | null;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  withFormats: boolean;
  chunks: { start: number; rows: number; range: Excel.Range }[];
}

/** The Excel workbook the add-in runs in, behind the WorkbookPort of the engine. */
export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly supportsApi: (version: string) => boolean;
  private readonly budget: number;
  private readonly addressLimit: number;
  private readonly readBytesPerCell: number;
  private readonly formatBytesPerCell: number;
  private readonly formatCellLimit: number;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.supportsApi = options.supportsApi ?? hostSupports;
    this.budget = options.requestBudget ?? DEFAULT_REQUEST_BUDGET;
    this.addressLimit = options.addressLimit ?? DEFAULT_ADDRESS_LIMIT;
    this.readBytesPerCell = options.readBytesPerCell ?? 28;
    this.formatBytesPerCell = options.formatBytesPerCell ?? 16;
    this.formatCellLimit = options.formatCellLimit ?? 20_000;
  }

  /**
   * Reads every sheet (tab order) as values, number formats (small sheets) and merged areas, anchored at A1.
   * Three syncs: sheet names; used-range sizes and merges of all sheets; then the cells of all sheets,
   * in row blocks whose estimated response stays within the budget (more syncs only past the budget).
   */
  async readWorkbook(): Promise<WorkbookInput> {
    // Merged areas help read two-row headers; older hosts without them still read every value.
    const readMerges = this.supportsApi('1.13');
    return this.run(async (ctx) => {
      const worksheets = ctx.workbook.worksheets;
      worksheets.load('items/name');
      await ctx.sync();

      const plans: SheetPlan[] = worksheets.items.map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('isNullObject,rowIndex,columnIndex,rowCount,columnCount');
        const merges = readMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
        merges?.load('isNullObject,address');
        return {
          name: ws.name,
          ws,
          used,
          merges,
          rowIndex: 0,
          columnIndex: 0,
          rowCount: 0,
          columnCount: 0,
          withFormats: false,
          chunks: [],
        };
      });
      await ctx.sync();

      let pending = 0;
      for (const plan of plans) {
        if (plan.used.isNullObject) continue;
        plan.rowIndex = plan.used.rowIndex;
        plan.columnIndex = plan.used.columnIndex;
        plan.rowCount = plan.used.rowCount;
        plan.columnCount = plan.used.columnCount;
        plan.withFormats = plan.rowCount * plan.columnCount <= this.formatCellLimit;
        const perCell = this.readBytesPerCell + (plan.withFormats ? this.formatBytesPerCell : 0);
        const rowBytes = plan.columnCount * perCell;
        for (const [start, rows] of chunkRows(plan.rowCount, () => rowBytes, this.budget)) {
          const bytes = rows * rowBytes;
          if (pending > 0 && pending + bytes > this.budget) {
            await ctx.sync();
            pending = 0;
          }
          const range = plan.ws.getRange(a1Range(plan.rowIndex + start, plan.columnIndex, rows, plan.columnCount));
          range.load(plan.withFormats ? 'values,valueTypes,numberFormat' : 'values,valueTypes');
          plan.chunks.push({ start, rows, range });
          pending += bytes;
        }
      }
      if (pending > 0) await ctx.sync();

      return { sheets: plans.map((p) => this.toGrid(p)) };
    });
  }

  private toGrid(plan: SheetPlan): SheetGrid {
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    for (let r = 0; r < plan.rowIndex; r++) {
      values.push([]);
      formats.push([]);
    }
    for (const chunk of plan.chunks) {
      const v = chunk.range.values;
      const t = chunk.range.valueTypes;
      const f = plan.withFormats ? chunk.range.numberFormat : [];
      for (let i = 0; i < chunk.rows; i++) {
        const row: CellValue[] = new Array<CellValue>(plan.columnIndex).fill(null);
        const frow: (string | null)[] = new Array<string | null>(plan.columnIndex).fill(null);
        for (let c = 0; c < plan.columnCount; c++) {
          const cell = cellFrom(v[i]?.[c], t[i]?.[c]);
          row.push(cell);
          const fmt: unknown = f[i]?.[c];
          frow.push(cell !== null && typeof fmt === 'string' ? fmt : null);
        }
        values.push(row);
        formats.push(frow);
      }
    }
    const grid: SheetGrid = plan.withFormats ? { name: plan.name, values, formats } : { name: plan.name, values };
    if (plan.merges && !plan.merges.isNullObject) grid.merges = areaAddresses(plan.merges.address);
    return grid;
  }

  /**
   * Writes SheetSpecs. `replace` deletes each named sheet and writes it anew at the same tab position;
   * `addMissing` writes only sheets that do not exist. No other sheet is touched.
   * Two syncs (sheet list, then everything) unless the data passes the request budget.
   */
  async writeSheets(sheets: SheetSpec[], mode: 'replace' | 'addMissing'): Promise<void> {
    if (sheets.length === 0) return;
    sheets.forEach(validateSpec);
    await this.run(async (ctx) => {
      const worksheets = ctx.workbook.worksheets;
      worksheets.load('items/name,items/position');
      await ctx.sync();
      const existing = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
      const taken = new Set(existing.keys());
      const queue = new RequestQueue(ctx, this.budget);

      for (const spec of sheets) {
        const old = existing.get(spec.name.toLowerCase());
        if (old && mode === 'addMissing') continue;
        let ws: Excel.Worksheet | undefined;
        if (old) {
          // Add under a free name first: the old sheet may be the last visible one, which Excel will not delete.
          let temp = '均衡临时';
          for (let i = 1; taken.has(temp.toLowerCase()); i++) temp = `均衡临时${i}`;
          const position = old.position;
          await queue.add(estimateCall([spec.name, temp, position]), () => {
            ws = worksheets.add(temp);
            old.delete();
            ws.name = spec.name;
            ws.position = position;
          });
        } else {
          await queue.add(estimateCall(spec.name), () => {
            ws = worksheets.add(spec.name);
          });
        }
        if (!ws) continue;
        await this.writeSpec(queue, ws, spec);
      }
      await queue.flush();
    });
  }

  private async writeSpec(queue: RequestQueue, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
    const half = Math.max(1, Math.floor(this.budget / 2));

    // Values: one rectangular block, cut into row chunks that each fit well inside a request.
    const width = spec.values.reduce((w, row) => Math.max(w, row.length), 0);
    if (width > 0) {
      const rows = spec.values.map((row) => {
        const out: (string | number)[] = new Array<string | number>(width);
        for (let c = 0; c < width; c++) out[c] = toExcelValue(row[c]);
        return out;
      });
      const rowBytes = rows.map((row) => utf8Length(JSON.stringify(row)) + 1);
      for (const [start, n] of chunkRows(rows.length, (r) => rowBytes[r], half)) {
        const block = rows.slice(start, start + n);
        let bytes = CALL_OVERHEAD;
        for (let r = start; r < start + n; r++) bytes += rowBytes[r];
        await queue.add(bytes, () => {
          ws.getRange(a1Range(start, 0, n, width)).values = block;
        });
      }
    }

    // Number formats: Range.numberFormat takes a full 2-D array, so large ranges are cut into row chunks too.
    for (const nf of spec.numberFormats) {
      const rect = specRect(spec.name, nf.range);
      const cols = rect.c1 - rect.c0 + 1;
      const rowBytes = cols * (utf8Length(JSON.stringify(nf.format)) + 1) + 2;
      for (const [start, n] of chunkRows(rect.r1 - rect.r0 + 1, () => rowBytes, half)) {
        const sub: Rect = { r0: rect.r0 + start, c0: rect.c0, r1: rect.r0 + start + n - 1, c1: rect.c1 };
        const block = Array.from({ length: n }, () => new Array<string>(cols).fill(nf.format));
        await queue.add(CALL_OVERHEAD + n * rowBytes, () => {
          ws.getRange(rectAddress(sub)).numberFormat = block;
        });
      }
    }

    // Fills: one call per colour and address group (RangeAreas), never one per cell.
    for (const fill of spec.fills) {
      for (const address of unionAddresses(fill.ranges, this.addressLimit).groups) {
        await queue.add(estimateCall([address, fill.color]), () => {
          ws.getRanges(address).format.fill.color = fill.color;
        });
      }
    }
    for (const address of unionAddresses(spec.bold, this.addressLimit).groups) {
      await queue.add(estimateCall(address), () => {
        ws.getRanges(address).format.font.bold = true;
      });
    }
    for (const m of spec.merges) {
      await queue.add(estimateCall(m), () => {
        ws.getRange(m).merge(false);
      });
    }
    for (let c = 0; c < spec.columnWidths.length; c++) {
      const letters = columnLetters(c);
      const points = widthToPoints(spec.columnWidths[c]);
      await queue.add(estimateCall([letters, points]), () => {
        ws.getRange(`${letters}:${letters}`).format.columnWidth = points;
      });
    }
    const freeze = spec.freeze;
    if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
      await queue.add(estimateCall(freeze), () => {
        if (freeze.rows > 0 && freeze.cols > 0) ws.freezePanes.freezeAt(a1Range(0, 0, freeze.rows, freeze.cols));
        else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
        else ws.freezePanes.freezeColumns(freeze.cols);
      });
    }
    for (const v of spec.validations ?? []) {
      const source = v.list ? v.list.join(',') : null;
      const prompt = v.prompt;
      await queue.add(estimateCall([v.range, source, prompt?.title ?? '', prompt?.message ?? '']), () => {
        const validation = ws.getRange(v.range).dataValidation;
        if (source !== null) validation.rule = { list: { inCellDropDown: true, source } };
        if (prompt) validation.prompt = { showPrompt: true, title: prompt.title, message: prompt.message };
      });
    }
    if (spec.chart) await this.addChart(queue, ws, spec);
  }

  /** The chart of coefficients: columns per series, and any series named as a limit (上限) drawn as a line. */
  private async addChart(queue: RequestQueue, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
    const chart = spec.chart;
    if (!chart) return;
    const rect = specRect(spec.name, chart.dataRange);
    const header = spec.values[rect.r0] ?? [];
    const lineSeries: number[] = [];
    for (let c = rect.c0 + 1; c <= rect.c1; c++) {
      const name = header[c];
      if (typeof name === 'string' && name.includes('上限')) lineSeries.push(c - rect.c0 - 1);
    }
    await queue.add(estimateCall(chart), () => {
      const added = ws.charts.add('ColumnClustered', ws.getRange(chart.dataRange), 'Columns');
      added.title.text = chart.title;
      added.setPosition(chart.anchor, chart.anchorEnd);
      for (const i of lineSeries) added.series.getItemAt(i).chartType = 'Line';
    });
  }

  /**
   * Marks the input cells behind each failing (red) or nearly passing (amber) indicator on the school sheet
   * with conditional formats, replacing the previous marks. The user's own fills stay as they are: a
   * conditional format only overlays them, and `clearResults` removes exactly these rules.
   */
  async applyHighlights(result: EvaluationResult): Promise<HighlightSummary> {
    const fail = new Set<string>();
    const near = new Set<string>();
    for (const part of result.parts) {
      // By id: the engine's `indicators` is a view whose results are accessors, not keys to list.
      for (const id of INDICATOR_IDS) {
        const ind = part.indicators[id];
        if (ind.status === 'fail') ind.sources.forEach((s) => fail.add(s));
        else if (ind.status === 'near') ind.sources.forEach((s) => near.add(s));
      }
    }
    // A cell behind both a failing and a nearly passing value shows the worse.
    for (const cell of fail) near.delete(cell);
    const sheet = result.schoolSheet;

    return this.run(async (ctx) => {
      await this.removeHighlights(ctx);
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const queue = new RequestQueue(ctx, this.budget);
      let rules = 0;
      const groups: [Set<string>, string, string][] = [
        [fail, STATUS_FILLS.fail, HIGHLIGHT_FORMULAS.fail],
        [near, STATUS_FILLS.near, HIGHLIGHT_FORMULAS.near],
      ];
      for (const [cells, color, formula] of groups) {
        for (const address of unionAddresses([...cells], this.addressLimit).groups) {
          await queue.add(estimateCall([address, color, formula]), () => {
            const cf = ws.getRanges(address).conditionalFormats.add('Custom');
            cf.custom.rule.formula = formula;
            cf.custom.format.fill.color = color;
          });
          rules++;
        }
      }
      const record = JSON.stringify({ sheet, rules });
      await queue.add(estimateCall(record), () => {
        ctx.workbook.settings.add(HIGHLIGHT_SETTING, record);
      });
      await queue.flush();
      return { sheet, failCells: fail.size, nearCells: near.size, rules };
    });
  }

  /**
   * Queues the removal of the highlight rules (recognised by their formula) on the sheet the setting names.
   * Three syncs; the deletions travel with the caller's next sync.
   */
  private async removeHighlights(ctx: Excel.RequestContext): Promise<{ removed: number; sheets: Excel.Worksheet[] }> {
    const setting = ctx.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
    setting.load('isNullObject,value');
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name');
    await ctx.sync();
    const sheets = worksheets.items;
    if (setting.isNullObject) return { removed: 0, sheets };
    let sheet: string | null = null;
    try {
      const parsed: unknown = JSON.parse(String(setting.value));
      if (typeof parsed === 'object' && parsed !== null && typeof (parsed as { sheet?: unknown }).sheet === 'string')
        sheet = (parsed as { sheet: string }).sheet;
    } catch {
      // A damaged record only means there is nothing we can find to remove; the setting is replaced below.
    }
    setting.delete();
    const ws = sheets.find((w) => w.name === sheet);
    if (!ws) return { removed: 0, sheets };

    const formats = ws.getRange().conditionalFormats;
    formats.load('items/type');
    await ctx.sync();
    const custom = formats.items.filter((cf) => cf.type === 'Custom');
    const rules = custom.map((cf) => {
      const rule = cf.custom.rule;
      rule.load('formula');
      return rule;
    });
    if (custom.length > 0) await ctx.sync();
    let removed = 0;
    custom.forEach((cf, i) => {
      if (isHighlightFormula(rules[i].formula)) {
        cf.delete();
        removed++;
      }
    });
    return { removed, sheets };
  }

  /** Deletes the output sheets of OUTPUT.md and removes exactly the highlights this add-in added. */
  async clearResults(): Promise<ClearSummary> {
    return this.run(async (ctx) => {
      const { removed: highlightsRemoved, sheets } = await this.removeHighlights(ctx);
      const outputs = new Set(Object.values(OUTPUT_SHEETS).map((n) => n.toLowerCase()));
      const doomed = sheets.filter((ws) => outputs.has(ws.name.toLowerCase()));
      const sheetsDeleted = doomed.map((ws) => ws.name);
      doomed.forEach((ws) => ws.delete());
      await ctx.sync();
      return { sheetsDeleted, highlightsRemoved };
    });
  }

  /** Shows a cell to the user: activates its sheet and selects it (from a data issue or a shortfall). */
  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  /**
   * Calls `cb` whenever the user changes a cell on one of `sheets` (names compared case-insensitively; sheets
   * that do not exist are skipped). Resolves to a function that removes the handlers.
   */
  async onInputChanged(sheets: string[], cb: () => void): Promise<() => Promise<void>> {
    const wanted = new Set(sheets.map((s) => s.toLowerCase()));
    const handlers = await this.run(async (ctx) => {
      const worksheets = ctx.workbook.worksheets;
      worksheets.load('items/name');
      await ctx.sync();
      const added = worksheets.items
        .filter((ws) => wanted.has(ws.name.toLowerCase()))
        .map((ws) =>
          ws.onChanged.add(async () => {
            cb();
          }),
        );
      await ctx.sync();
      return added;
    });
    return async () => {
      if (handlers.length === 0) return;
      handlers.forEach((h) => h.remove());
      await handlers[0].context.sync();
    };
  }
}
