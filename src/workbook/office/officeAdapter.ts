/**
 * The Office.js adapter: the only code that calls Excel.run. It reads every sheet as a grid anchored at A1 and
 * writes SheetSpecs as whole 2-D blocks. Every operation costs a small fixed number of `context.sync()` calls
 * whatever the number of schools; a request is flushed early only when it would pass the payload budget
 * (Excel on the web rejects requests and responses over 5 MB), so very large workbooks add one sync per budget.
 *
 * Requirement sets used: ExcelApi 1.2 (sheet protection), 1.4 (settings), 1.6 (conditional formats), 1.7 (workbook
 * protection), 1.8 (suspendApiCalculation), 1.9 (getRanges / RangeAreas, page layout); merged areas are read where ExcelApi 1.13
 * is available. REQUIRED_EXCEL_API (requirements.ts) and manifest.xml name the highest of these, 1.9.
 */
import type { CellValue, SheetGrid, WorkbookInput } from '../../engine/types';
import type { SheetSpec } from '../../engine/sheetSpec';
import { STATUS_FILLS } from '../../engine/sheetSpec';
import type { EvaluationResult } from '../../engine/result';
import { INDICATOR_IDS } from '../../engine/result';
import { DUTY_SHEETS, OUTPUT_SHEETS } from '../../engine/columns';
import { a1Range, columnLetters } from '../../engine/a1';
import type { WorkbookPort } from '../port';
import { addinMessages, workbookMessages } from '../../engine/messages';
import { WorkbookStateError } from './officeErrors';
import { REQUIRED_EXCEL_API } from './requirements';
import { lookRanges, writeLook, writePage } from './sheetLook';
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

/**
 * The two `Excel.run` overloads the adapter uses: a batch on a new context, and a batch on the context of an
 * earlier run (event handlers must be removed through the context that added them). The real `Excel.run` and the
 * test fake both fit it.
 */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The global `Excel.run`, looked up on each call so that the module loads outside Office too. */
function globalRun<T>(
  first: OfficeExtension.ClientRequestContext | ((context: Excel.RequestContext) => Promise<T>),
  second?: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  if (typeof first === 'function') return Excel.run(first);
  if (!second) throw new TypeError('Excel.run(context) needs a batch');
  return Excel.run(first, second);
}

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
  /** True when the sheet is protected: nothing was marked (Excel refuses rules on a protected sheet). */
  sheetProtected?: boolean;
}

/** What `clearResults` removed. */
export interface ClearSummary {
  sheetsDeleted: string[];
  highlightsRemoved: number;
}

/** Document setting recording the last highlights (sheet name, id, rule count); the rules themselves carry a marker. */
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

/**
 * A value as Excel should receive it: blanks as '', every text behind an apostrophe. Excel reads what
 * `Range.values` receives as if it were typed, so a school code 3301020001 would become a number (losing leading
 * zeros), `=…` a formula, `#N/A` an error, `¥12` a number, `1/2` a date and a leading `'` would vanish. Excel
 * takes a leading apostrophe as "text follows" and stores the rest exactly as given, whatever it looks like.
 */
export function toExcelValue(v: SheetSpec['values'][number][number] | undefined): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  return v === '' ? '' : `'${v}`;
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
    ...lookRanges(spec),
  ];
  for (const r of ranges) specRect(spec.name, r);
}

/** Strips the sheet prefix off each area of a RangeAreas address (`'My, sheet'!A1:B2,Sheet1!C3` → A1:B2, C3). */
export function areaAddresses(address: string): string[] {
  // One pass over the text: a pattern with an optional unquoted sheet name retried from every position would be
  // quadratic. Areas are split at commas outside quotes (a quoted name doubles its quotes, toggling twice).
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (i === address.length || (ch === ',' && !quoted)) {
      const area = address.slice(start, i);
      start = i + 1;
      // The range itself holds no `!`, so the last one ends the sheet name.
      const ref = area
        .slice(area.lastIndexOf('!') + 1)
        .split('$')
        .join('')
        .trim();
      if (isRangeText(ref)) out.push(ref);
    }
  }
  return out;
}

/** True for letters-and-digits references joined by at most one colon (`A1`, `A1:B2`). */
function isRangeText(ref: string): boolean {
  const parts = ref.split(':');
  return parts.length <= 2 && parts.every((p) => p.length > 0 && [...p].every((c) => /[A-Za-z0-9]/.test(c)));
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

/** Name under which a sheet is written before it replaces the old one (a number is added while it is taken). */
const TEMP_SHEET = '均衡临时';

/** One sheet to write: its spec, the temporary sheet it is written to, and the sheet it replaces. */
interface WritePlan {
  spec: SheetSpec;
  temp: string;
  ws: Excel.Worksheet | null;
  old: Excel.Worksheet | null;
  position: number | null;
  /** The old sheet's protection options when it was protected, to protect the new one alike. */
  protection: Excel.WorksheetProtectionOptions | null;
}

/**
 * Queues the swap: in tab order, each old sheet is deleted and its replacement renamed and moved to its place;
 * new sheets keep their place at the end. `lead`: then the written sheets move to the front and the first is shown. Protection is set last, once nothing more is written to the sheet.
 * The password of a protected sheet cannot be read, so the new sheet is protected with the same options only.
 */
function swapInSheets(ctx: Excel.RequestContext, plans: WritePlan[], lead: boolean): void {
  ctx.application.suspendApiCalculationUntilNextSync();
  const place = (p: WritePlan): number => p.position ?? Number.MAX_SAFE_INTEGER;
  const ordered = [...plans].sort((a, b) => place(a) - place(b));
  for (const plan of ordered) {
    const ws = plan.ws;
    if (!ws) continue;
    plan.old?.delete();
    ws.name = plan.spec.name;
    if (plan.position !== null) ws.position = plan.position;
    if (plan.protection) ws.protection.protect(plan.protection);
  }
  if (!lead) return;
  // Moved one by one to the front in the given order, then the first is shown: the results open before the inputs.
  plans.forEach((plan, i) => {
    if (plan.ws) plan.ws.position = i;
  });
  plans[0]?.ws?.activate();
}

/**
 * After a failure: removes the temporary sheets, so that the previous results stay as they were. When the swap
 * itself failed part-way (`swapping`), a complete new sheet whose old one is already gone takes its name instead.
 * Errors here are ignored: the failure the user must hear about is the first one.
 */
async function discardTemporarySheets(ctx: Excel.RequestContext, plans: WritePlan[], swapping: boolean): Promise<void> {
  try {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name');
    await ctx.sync();
    const names = new Set(worksheets.items.map((ws) => ws.name.toLowerCase()));
    for (const plan of plans) {
      if (!names.has(plan.temp.toLowerCase())) continue;
      const temp = worksheets.getItem(plan.temp);
      if (swapping && !names.has(plan.spec.name.toLowerCase())) temp.name = plan.spec.name;
      else temp.delete();
    }
    await ctx.sync();
  } catch {
    // Nothing more can be done from here; a leftover 均衡临时 sheet is visible to the user and harmless.
  }
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

/** The input cells behind failing and nearly passing indicators; a cell behind both shows the worse. */
function highlightCells(result: EvaluationResult): { fail: Set<string>; near: Set<string> } {
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
  for (const cell of fail) near.delete(cell);
  return { fail, near };
}

/** The highlight rules found on every sheet, and what clearing needs to know about the sheets. */
interface FoundHighlights {
  sheets: Excel.Worksheet[];
  rules: Excel.ConditionalFormat[];
  /** Sheets that carry highlight rules but are protected (the rules cannot be deleted there). */
  protectedSheets: string[];
  setting: Excel.Setting;
}

/**
 * Finds this add-in's highlight rules on every sheet by their formula, so that a renamed or copied school sheet,
 * or a run that failed half-way, still has its rules found. Three syncs whatever the number of sheets.
 */
async function findHighlights(ctx: Excel.RequestContext): Promise<FoundHighlights> {
  const setting = ctx.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
  setting.load('isNullObject');
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/name,items/id,items/protection/protected');
  await ctx.sync();
  const sheets = worksheets.items;
  const collections = sheets.map((ws) => ws.getRange().conditionalFormats.load('items/type'));
  await ctx.sync();
  const custom = collections.map((c) => c.items.filter((cf) => cf.type === 'Custom'));
  const formulas = custom.map((list) => list.map((cf) => cf.custom.rule.load('formula')));
  if (custom.some((list) => list.length > 0)) await ctx.sync();
  const rules: Excel.ConditionalFormat[] = [];
  const protectedSheets: string[] = [];
  sheets.forEach((ws, i) => {
    const ours = custom[i].filter((_, k) => isHighlightFormula(formulas[i][k].formula));
    if (ours.length === 0) return;
    if (ws.protection.protected) protectedSheets.push(ws.name);
    else rules.push(...ours);
  });
  return { sheets, rules, protectedSheets, setting };
}

/**
 * Queues the deletion of the rules found, then of the record of the last highlights (after the rules, so that a
 * failure in between leaves the record). Returns how many rules are deleted.
 */
function removeHighlights(found: FoundHighlights): number {
  found.rules.forEach((cf) => cf.delete());
  if (!found.setting.isNullObject && found.protectedSheets.length === 0) found.setting.delete();
  return found.rules.length;
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
    this.run = options.run ?? globalRun;
    this.supportsApi = options.supportsApi ?? hostSupports;
    this.budget = options.requestBudget ?? DEFAULT_REQUEST_BUDGET;
    this.addressLimit = options.addressLimit ?? DEFAULT_ADDRESS_LIMIT;
    this.readBytesPerCell = options.readBytesPerCell ?? 28;
    this.formatBytesPerCell = options.formatBytesPerCell ?? 16;
    this.formatCellLimit = options.formatCellLimit ?? 20_000;
  }

  /** Refuses, with the catalog's sentence, a host without the requirement set every action needs. */
  private requireApi(): void {
    if (!this.supportsApi(REQUIRED_EXCEL_API)) throw new WorkbookStateError(workbookMessages.notSupported);
  }

  /**
   * Reads every sheet (tab order) as values, number formats (small sheets) and merged areas, anchored at A1.
   * Three syncs: sheet names; used-range sizes and merges of all sheets; then the cells of all sheets,
   * in row blocks whose estimated response stays within the budget (more syncs only past the budget).
   */
  async readWorkbook(): Promise<WorkbookInput> {
    // Merged areas help read two-row headers; older hosts without them still read every value.
    this.requireApi();
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
   * Writes SheetSpecs. `replace` replaces each named sheet at the same tab position; `addMissing` writes only
   * sheets that do not exist. No other sheet is touched. `lead`: the written sheets move to the front of the tab
   * order, in the given order, and the first of them is shown.
   *
   * Atomic as far as Excel allows: every sheet is first written under a temporary name, and only when all of
   * them are complete are the old sheets deleted and the new ones renamed (carrying over an old sheet's
   * protection). A failure before that removes the temporary sheets and leaves the previous results as they were.
   * Three syncs (sheet list, everything written, the swap) unless the data passes the request budget.
   */
  async writeSheets(sheets: SheetSpec[], mode: 'replace' | 'addMissing', opts: { lead?: boolean } = {}): Promise<void> {
    if (sheets.length === 0) return;
    this.requireApi();
    sheets.forEach(validateSpec);
    await this.run(async (ctx) => {
      const plans = await this.planWrites(ctx, sheets, mode);
      if (plans.length === 0) return;
      try {
        await this.writeTemporarySheets(ctx, plans);
      } catch (err) {
        await discardTemporarySheets(ctx, plans, false);
        throw err;
      }
      try {
        swapInSheets(ctx, plans, opts.lead === true);
        await ctx.sync();
      } catch (err) {
        await discardTemporarySheets(ctx, plans, true);
        throw err;
      }
    });
  }

  /**
   * One sync: the sheet list with positions and protection, and the workbook's structure protection (which
   * would refuse adding, deleting and renaming sheets: refused here before anything is written).
   */
  private async planWrites(
    ctx: Excel.RequestContext,
    sheets: SheetSpec[],
    mode: 'replace' | 'addMissing',
  ): Promise<WritePlan[]> {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name,items/position,items/protection/protected,items/protection/options');
    const structure = ctx.workbook.protection;
    structure.load('protected');
    await ctx.sync();
    if (structure.protected) throw new WorkbookStateError(addinMessages.workbookProtected);
    const existing = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
    const taken = new Set(existing.keys());
    const plans: WritePlan[] = [];
    for (const spec of sheets) {
      const old = existing.get(spec.name.toLowerCase()) ?? null;
      if (old && mode === 'addMissing') continue;
      let temp = TEMP_SHEET;
      for (let i = 1; taken.has(temp.toLowerCase()); i++) temp = `${TEMP_SHEET}${i}`;
      taken.add(temp.toLowerCase());
      const protection = old?.protection.protected ? old.protection.options : null;
      plans.push({ spec, temp, old, position: old ? old.position : null, protection, ws: null });
    }
    return plans;
  }

  /** Adds every temporary sheet and writes its spec; resolves once all of it has reached Excel. */
  private async writeTemporarySheets(ctx: Excel.RequestContext, plans: WritePlan[]): Promise<void> {
    const queue = new RequestQueue(ctx, this.budget);
    for (const plan of plans) {
      await queue.add(estimateCall(plan.temp), () => {
        plan.ws = ctx.workbook.worksheets.add(plan.temp);
      });
      if (plan.ws) await this.writeSpec(queue, plan.ws, plan.spec);
    }
    await queue.flush();
  }

  /** Writes one spec to its (new, empty) sheet: one step per kind of thing written, in SPEC_STEPS order. */
  private async writeSpec(queue: RequestQueue, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
    const w: SpecWrite = { queue, ws, spec, half: Math.max(1, Math.floor(this.budget / 2)), limit: this.addressLimit };
    for (const step of SPEC_STEPS) await step(w);
  }

  /**
   * Marks the input cells behind each failing (red) or nearly passing (amber) indicator on the school sheet
   * with conditional formats, replacing the previous marks wherever they are. The user's own fills stay as they
   * are: a conditional format only overlays them, and `clearResults` removes exactly these rules. A protected
   * school sheet is left unmarked (`sheetProtected`), since Excel refuses rules there.
   */
  async applyHighlights(result: EvaluationResult): Promise<HighlightSummary> {
    this.requireApi();
    const { fail, near } = highlightCells(result);
    const sheet = result.schoolSheet;

    return this.run(async (ctx) => {
      const found = await findHighlights(ctx);
      const target = found.sheets.find((ws) => ws.name === sheet);
      const summary: HighlightSummary = { sheet, failCells: fail.size, nearCells: near.size, rules: 0 };
      const queue = new RequestQueue(ctx, this.budget);
      await queue.add(CALL_OVERHEAD, () => removeHighlights(found));
      if (target?.protection.protected) {
        summary.sheetProtected = true;
        await queue.flush();
        return summary;
      }
      const ws = ctx.workbook.worksheets.getItem(sheet);
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
          summary.rules++;
        }
      }
      // Informative only (which sheet was marked, by name and by id): clearing finds the rules by their formula.
      const record = JSON.stringify({ sheet, id: target?.id ?? null, rules: summary.rules });
      await queue.add(estimateCall(record), () => {
        ctx.workbook.settings.add(HIGHLIGHT_SETTING, record);
      });
      await queue.flush();
      return summary;
    });
  }

  /**
   * Deletes the output sheets of OUTPUT.md and removes exactly the highlights this add-in added, on whatever
   * sheet they now are (the school sheet may have been renamed or copied since). Rules on a protected sheet
   * cannot be removed: everything else is cleared, then the call rejects naming those sheets.
   */
  async clearResults(): Promise<ClearSummary> {
    this.requireApi();
    const summary = await this.run(async (ctx) => {
      const found = await findHighlights(ctx);
      const outputs = new Set([...Object.values(OUTPUT_SHEETS), DUTY_SHEETS.output].map((n) => n.toLowerCase()));
      const doomed = found.sheets.filter((ws) => outputs.has(ws.name.toLowerCase()));
      const highlightsRemoved = removeHighlights(found);
      doomed.forEach((ws) => ws.delete());
      await ctx.sync();
      return { sheetsDeleted: doomed.map((ws) => ws.name), highlightsRemoved, left: found.protectedSheets };
    });
    const left = summary.left.filter((name) => !summary.sheetsDeleted.includes(name));
    if (left.length > 0) throw new WorkbookStateError(addinMessages.highlightsLeftProtected(left));
    return { sheetsDeleted: summary.sheetsDeleted, highlightsRemoved: summary.highlightsRemoved };
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
    // A handler is removed through the context that added it, inside a run on that context: the run that added
    // the handlers has ended by the time the pane stops listening.
    return async () => {
      if (handlers.length === 0) return;
      await this.run(handlers[0].context, async (ctx) => {
        handlers.forEach((h) => h.remove());
        await ctx.sync();
      });
    };
  }
}

/** One sheet being written: the queue its calls go through, the sheet and its spec. */
interface SpecWrite {
  queue: RequestQueue;
  ws: Excel.Worksheet;
  spec: SheetSpec;
  /** Half the request budget: the most a chunk of rows may take. */
  half: number;
  /** The longest address a RangeAreas call may take. */
  limit: number;
}

/** Values: one rectangular block, cut into row chunks that each fit well inside a request. */
async function writeValues({ queue, ws, spec, half }: SpecWrite): Promise<void> {
  const width = spec.values.reduce((w, row) => Math.max(w, row.length), 0);
  if (width === 0) return;
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

/** Number formats: Range.numberFormat takes a full 2-D array, so large ranges are cut into row chunks too. */
async function writeNumberFormats({ queue, ws, spec, half }: SpecWrite): Promise<void> {
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
}

/** Fills: one call per colour and address group (RangeAreas), never one per cell. */
async function writeFills({ queue, ws, spec, limit }: SpecWrite): Promise<void> {
  for (const fill of spec.fills) {
    for (const address of unionAddresses(fill.ranges, limit).groups) {
      await queue.add(estimateCall([address, fill.color]), () => {
        ws.getRanges(address).format.fill.color = fill.color;
      });
    }
  }
}

/** Bold cells, by address group. */
async function writeBold({ queue, ws, spec, limit }: SpecWrite): Promise<void> {
  for (const address of unionAddresses(spec.bold, limit).groups) {
    await queue.add(estimateCall(address), () => {
      ws.getRanges(address).format.font.bold = true;
    });
  }
}

async function writeMerges({ queue, ws, spec }: SpecWrite): Promise<void> {
  for (const m of spec.merges) {
    await queue.add(estimateCall(m), () => {
      ws.getRange(m).merge(false);
    });
  }
}

async function writeColumnWidths({ queue, ws, spec }: SpecWrite): Promise<void> {
  for (let c = 0; c < spec.columnWidths.length; c++) {
    const letters = columnLetters(c);
    const points = widthToPoints(spec.columnWidths[c]);
    await queue.add(estimateCall([letters, points]), () => {
      ws.getRange(`${letters}:${letters}`).format.columnWidth = points;
    });
  }
}

async function writeFreeze({ queue, ws, spec }: SpecWrite): Promise<void> {
  const freeze = spec.freeze;
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return;
  await queue.add(estimateCall(freeze), () => {
    if (freeze.rows > 0 && freeze.cols > 0) ws.freezePanes.freezeAt(a1Range(0, 0, freeze.rows, freeze.cols));
    else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
    else ws.freezePanes.freezeColumns(freeze.cols);
  });
}

/** Drop-down lists and input prompts. */
async function writeValidations({ queue, ws, spec }: SpecWrite): Promise<void> {
  for (const v of spec.validations ?? []) {
    const source = v.list ? v.list.join(',') : null;
    const prompt = v.prompt;
    await queue.add(estimateCall([v.range, source, prompt?.title ?? '', prompt?.message ?? '']), () => {
      const validation = ws.getRange(v.range).dataValidation;
      if (source !== null) validation.rule = { list: { inCellDropDown: true, source } };
      if (prompt) validation.prompt = { showPrompt: true, title: prompt.title, message: prompt.message };
    });
  }
}

/** The chart of coefficients: columns per series, and any series named as a limit (上限) drawn as a line. */
async function writeChart({ queue, ws, spec }: SpecWrite): Promise<void> {
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
 * The steps of writing a sheet, one per kind of thing written, in the order Excel receives them. A new kind of
 * thing in SheetSpec is one more step here.
 */
const SPEC_STEPS: readonly ((w: SpecWrite) => Promise<void>)[] = [
  writeValues,
  writeNumberFormats,
  writeFills,
  writeBold,
  writeMerges,
  writeColumnWidths,
  writeFreeze,
  writeValidations,
  ({ queue, ws, spec, limit }) => writeLook(queue, ws, spec, limit),
  ({ queue, ws, spec }) => writePage(queue, ws, spec.page),
  writeChart,
];
