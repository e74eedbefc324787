/**
 * A strict, recording stand-in for the part of the Excel JavaScript API that the Office.js adapter uses.
 *
 * Like Office.js, every call on a proxy is only queued; `context.sync()` executes the queue in order against an
 * in-memory workbook. Loaded properties become readable after that sync, and reading one that was not loaded
 * throws a PropertyNotLoaded error, as Office.js does. Each sync is counted, and the size of each request (the
 * UTF-8 JSON of the calls queued since the previous sync) and of each response (the JSON of the loaded data)
 * is recorded; a request or response over the payload limit fails as it would in Excel on the web.
 *
 * Browser-safe on purpose (no Node modules): the browser test bundles it to stand in for Office in Chromium.
 */
import { columnIndex, columnLetters } from '../../src/engine/a1';

/**
 * A cell of the in-memory workbook. The fake does not calculate: a formula is kept with its text and shows the
 * error `#NAME?` (what a formula would show were its functions unknown), which is enough to tell it from text.
 */
export type FakeValue = string | number | boolean | { error: string; formula?: string } | null;

export interface FakeConditionalFormat {
  id: string;
  type: string;
  /** Comma-joined A1 areas the rule applies to. */
  address: string;
  formula: string | null;
  fill: string | null;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  anchor: string | null;
  anchorEnd: string | null;
  /** Chart type given to series by index (e.g. a limit drawn as a line). */
  seriesTypes: Record<number, string>;
}

/** One worksheet of the in-memory workbook; tests inspect it directly. */
export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Anchored at A1, ragged; `undefined` and `null` are empty cells. */
  values: (FakeValue | undefined)[][];
  /** Number formats, same anchoring; `undefined` is General. */
  formats: (string | undefined)[][];
  /** Cell fill colours keyed by A1 address. */
  fills: Map<string, string>;
  /** Bold cells by A1 address. */
  bold: Set<string>;
  merges: string[];
  /** Column widths in points by 0-based column. */
  columnWidths: Map<number, number>;
  freeze: { rows: number; cols: number } | null;
  validations: { range: string; source: string }[];
  /** Input prompts set through `dataValidation.prompt`. */
  prompts: { range: string; title: string; message: string }[];
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  /** A protected sheet refuses every change with AccessDenied (deleting the sheet is still allowed, as in Excel). */
  protected: boolean;
  /** The options a protected sheet was protected with (`Excel.WorksheetProtectionOptions`). */
  protectionOptions: Record<string, boolean | string> | null;
  /** Excel's stable id of the sheet, kept across renames. */
  id: string;
  /** Font, alignment, wrapping and border settings in the order they were made (see `styleAt`, `borderSides`). */
  styleOps: FakeStyleOp[];
  /** Row heights in points by 0-based row. */
  rowHeights: Map<number, number>;
  /** What was set through `worksheet.pageLayout`. */
  page: FakePageSetup;
}

/**
 * One style setting over some areas: `prop` is `font.name`, `font.size`, `wrapText`, `horizontalAlignment`,
 * `verticalAlignment` or `border.<index>.<style|weight|color>` (index as in `format.borders.getItem`).
 */
export interface FakeStyleOp {
  /** Comma-joined A1 areas. */
  areas: string;
  prop: string;
  value: string | number | boolean;
}

/** The page setup of a sheet as set through `worksheet.pageLayout` (absent: never set). */
export interface FakePageSetup {
  paperSize?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  margins?: { unit: string; options: Record<string, number> };
  /** As given to `setPrintTitleRows`, e.g. `$2:$3`. */
  printTitleRows?: string;
  centerFooter?: string;
}

/** How a test describes a sheet to start with. */
export interface FakeSheetInit {
  name: string;
  values?: FakeValue[][];
  formats?: (string | undefined)[][];
  fills?: Record<string, string>;
  conditionalFormats?: { address: string; formula: string; fill: string }[];
  merges?: string[];
  visibility?: FakeSheet['visibility'];
  protected?: boolean;
}

export interface FakeStats {
  syncs: number;
  /** Bytes of each request, one entry per sync. */
  requestSizes: number[];
  /** Bytes of loaded data returned by each sync. */
  responseSizes: number[];
  /** Every queued call, in order: object id and member. */
  calls: { object: number; member: string }[];
  /** Milliseconds the fake itself spent measuring and executing requests (to tell it apart from the caller). */
  fakeMillis: number;
}

export interface FakeExcelOptions {
  /** Requests or responses larger than this fail (default 5 MB, Excel on the web). */
  payloadLimit?: number;
}

/** A failure to inject: the `nth` executed call of `member` (1 = the next one) throws `code` instead of running. */
export interface InjectedFailure {
  member: string;
  nth?: number;
  code?: string;
}

/** An error shaped like OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; statement?: string };

  constructor(code: string, message: string, statement?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, statement };
  }
}

// ---------------------------------------------------------------------------------------------------------
// A1 helpers (kept local so the fake does not depend on the code it checks).

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

function cellName(r: number, c: number): string {
  return `${columnLetters(c)}${r + 1}`;
}

function rectName(x: Rect): string {
  const a = cellName(x.r0, x.c0);
  return x.r0 === x.r1 && x.c0 === x.c1 ? a : `${a}:${cellName(x.r1, x.c1)}`;
}

/** Parses one area: `B3`, `B3:D9`, whole columns `C:C` or whole rows `2:4`. */
function parseArea(address: string): Rect | null {
  const a = address.trim().replace(/\$/g, '');
  let m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(a);
  if (m) {
    const r0 = Number(m[2]) - 1;
    const c0 = columnIndex(m[1]);
    const r1 = m[3] ? Number(m[4]) - 1 : r0;
    const c1 = m[3] ? columnIndex(m[3]) : c0;
    if (r0 < 0 || r1 < 0 || r0 > MAX_ROW || r1 > MAX_ROW || c0 > MAX_COL || c1 > MAX_COL) return null;
    return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
  }
  m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(a);
  if (m) return { r0: 0, c0: columnIndex(m[1]), r1: MAX_ROW, c1: columnIndex(m[2]) };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { r0: Number(m[1]) - 1, c0: 0, r1: Number(m[2]) - 1, c1: MAX_COL };
  return null;
}

function parseAreas(address: string): Rect[] {
  const parts = address.split(',');
  const rects = parts.map(parseArea);
  if (rects.some((r) => r === null)) throw new FakeOfficeError('InvalidArgument', `Invalid address: ${address}`);
  return rects as Rect[];
}

function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

function forEachCell(x: Rect, f: (r: number, c: number) => void): void {
  for (let r = x.r0; r <= x.r1; r++) for (let c = x.c0; c <= x.c1; c++) f(r, c);
}

const encoder = new TextEncoder();
function jsonBytes(data: unknown): number {
  return encoder.encode(JSON.stringify(data) ?? '').length;
}

// ---------------------------------------------------------------------------------------------------------
// The request context and the proxies.

interface QueuedOp {
  object: number;
  member: string;
  args: unknown[];
  run: () => void;
}

class FakeContext {
  readonly queue: QueuedOp[] = [];
  private nextId = 1;
  private responseBytes = 0;
  readonly workbook: FakeWorkbookProxy;
  readonly application: FakeApplicationProxy;
  /** True while an `Excel.run` batch on this context runs; a context whose run has ended refuses to sync. */
  active = true;

  constructor(readonly excel: FakeExcelImpl) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = new FakeApplicationProxy(this);
  }

  id(): number {
    return this.nextId++;
  }

  enqueue(object: number, member: string, args: unknown[], run: () => void): void {
    this.queue.push({ object, member, args, run });
    this.excel.stats.calls.push({ object, member });
  }

  respond(data: unknown): void {
    this.responseBytes += jsonBytes(data);
  }

  /** Sends the queue: measures it, enforces the payload limit, then runs each call in order. */
  async sync(): Promise<void> {
    const started = performance.now();
    try {
      this.execute();
    } finally {
      this.excel.stats.fakeMillis += performance.now() - started;
    }
  }

  private execute(): void {
    if (!this.active) {
      this.queue.length = 0;
      throw new FakeOfficeError(
        'InvalidRequestContext',
        'This context has no Excel.run in progress; pass it to Excel.run(context, batch) to use it again.',
      );
    }
    const ops = this.queue.splice(0, this.queue.length);
    let size = 2;
    for (const op of ops) size += jsonBytes({ o: op.object, m: op.member, a: op.args }) + 1;
    this.excel.stats.syncs++;
    this.excel.stats.requestSizes.push(size);
    this.responseBytes = 0;
    if (size > this.excel.payloadLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `Request of ${size} bytes exceeds the limit`);
    }
    // As in Excel, the calls before a failing one stay done and the calls after it are dropped.
    for (const op of ops) {
      this.excel.injectedFailure(op.member);
      op.run();
    }
    this.excel.stats.responseSizes.push(this.responseBytes);
    if (this.responseBytes > this.excel.payloadLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `Response of ${this.responseBytes} bytes`);
    }
    // Handlers registered through this context now exist in Excel.
    this.excel.flushPendingHandlers();
  }
}

/** Base of every proxy: strict loading of scalar properties. */
abstract class FakeObject {
  readonly _id: number;
  private readonly loaded = new Map<string, unknown>();

  constructor(readonly context: FakeContext) {
    this._id = context.id();
  }

  /** Reads a property that must have been loaded and synced. */
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** The value of `prop` at execution time; subclasses list what they can load. */
  protected abstract snapshot(prop: string): unknown;

  protected store(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }

  /** Queues a load of scalar properties (`'a,b'` or `['a', 'b']`); collections also accept `items/x`. */
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter((p) => p !== '');
    this.context.enqueue(this._id, 'load', [list], () => this.runLoad(list));
    return this;
  }

  /** A null object (from an `…OrNullObject` method) loads only `isNullObject`; its other properties stay unread. */
  protected isNull(): boolean {
    return false;
  }

  protected runLoad(list: string[]): void {
    if (this.isNull()) {
      this.store('isNullObject', true);
      this.context.respond(true);
      return;
    }
    for (const p of list) {
      const v = this.snapshot(p);
      this.context.respond(v);
      this.store(p, v);
    }
  }

  protected queue(member: string, args: unknown[], run: () => void): void {
    this.context.enqueue(this._id, member, args, run);
  }
}

class FakeApplicationProxy extends FakeObject {
  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `Application.${prop} is not modelled`);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.queue('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
}

class FakeWorkbookProxy extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly protection: FakeWorkbookProtection;

  constructor(context: FakeContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.protection = new FakeWorkbookProtection(context);
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `Workbook.${prop} is not modelled`);
  }
}

/** Protection of the workbook's structure: while on, no sheet can be added, deleted, renamed or moved. */
class FakeWorkbookProtection extends FakeObject {
  protected snapshot(prop: string): unknown {
    if (prop === 'protected') return this.context.excel.workbookProtected;
    throw new FakeOfficeError('InvalidArgument', `WorkbookProtection.${prop} is not modelled`);
  }

  get protected(): boolean {
    return this.read('protected');
  }
}

function guardStructure(excel: FakeExcelImpl): void {
  if (excel.workbookProtected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
}

/** A sheet's protection: `protected`, `options`, `protect(options)` and `unprotect()` (ExcelApi 1.2). */
class FakeWorksheetProtection extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context);
  }

  protected snapshot(prop: string): unknown {
    const s = this.ws.resolve();
    if (prop === 'protected') return s.protected;
    if (prop === 'options') return { ...(s.protectionOptions ?? {}) };
    throw new FakeOfficeError('InvalidArgument', `WorksheetProtection.${prop} is not modelled`);
  }

  loadNow(props: string[]): void {
    this.runLoad(props);
  }

  get protected(): boolean {
    return this.read('protected');
  }

  get options(): Record<string, boolean | string> {
    return this.read('options');
  }

  protect(options?: Record<string, boolean | string>, password?: string): void {
    this.queue('protect', [options ?? null, password === undefined ? null : '***'], () => {
      const s = this.ws.resolve();
      if (s.protected) throw new FakeOfficeError('InvalidOperation', `The sheet ${s.name} is already protected.`);
      s.protected = true;
      s.protectionOptions = { ...(options ?? {}) };
    });
  }

  unprotect(): void {
    this.queue('unprotect', [], () => {
      const s = this.ws.resolve();
      s.protected = false;
      s.protectionOptions = null;
    });
  }
}

class FakeSettingCollection extends FakeObject {
  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `SettingCollection.${prop} is not modelled`);
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key);
  }

  add(key: string, value: unknown): FakeSetting {
    this.queue('add', [key, value], () => {
      this.context.excel.settings.set(key, value);
    });
    return new FakeSetting(this.context, key);
  }
}

class FakeSetting extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly key: string,
  ) {
    super(context);
  }

  protected isNull(): boolean {
    return !this.context.excel.settings.has(this.key);
  }

  protected snapshot(prop: string): unknown {
    const settings = this.context.excel.settings;
    if (prop === 'isNullObject') return !settings.has(this.key);
    if (prop === 'key') return this.key;
    if (prop === 'value') return settings.has(this.key) ? settings.get(this.key) : null;
    throw new FakeOfficeError('InvalidArgument', `Setting.${prop} is not modelled`);
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  get value(): unknown {
    return this.read('value');
  }

  delete(): void {
    this.queue('delete', [], () => {
      this.context.excel.settings.delete(this.key);
    });
  }
}

class FakeWorksheetCollection extends FakeObject {
  private itemProxies: FakeWorksheet[] | null = null;

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `WorksheetCollection.${prop} is not modelled`);
  }

  protected runLoad(list: string[]): void {
    const sheets = this.context.excel.model;
    const props = list.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    const items = sheets.map((s) => new FakeWorksheet(this.context, () => s));
    for (const item of items) item.loadNow(props.length > 0 ? props : ['name']);
    this.itemProxies = items;
    this.context.respond(items.length);
  }

  get items(): FakeWorksheet[] {
    if (this.itemProxies === null) {
      throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available; load it and sync.");
    }
    return this.itemProxies;
  }

  /** By name or by id, as Excel's `getItem(key)`. */
  getItem(name: string): FakeWorksheet {
    const excel = this.context.excel;
    return new FakeWorksheet(this.context, () => {
      const s = excel.findSheet(name) ?? excel.model.find((x) => x.id === name);
      if (!s) {
        throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.', `getItem("${name}")`);
      }
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const excel = this.context.excel;
    return new FakeWorksheet(
      this.context,
      () => excel.findSheet(name) ?? excel.model.find((x) => x.id === name) ?? null,
    );
  }

  add(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => {
      throw new FakeOfficeError('ItemNotFound', `Sheet ${name} was never added`);
    });
    this.queue('add', [name], () => {
      const excel = this.context.excel;
      guardStructure(excel);
      if (excel.findSheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} exists`);
      const sheet = emptySheet(name, excel.newSheetId());
      excel.model.push(sheet);
      ws.bind(sheet);
    });
    return ws;
  }
}

function emptySheet(name: string, id: string): FakeSheet {
  return {
    name,
    id,
    protectionOptions: null,
    visibility: 'Visible',
    values: [],
    formats: [],
    fills: new Map(),
    bold: new Set(),
    merges: [],
    columnWidths: new Map(),
    freeze: null,
    validations: [],
    prompts: [],
    conditionalFormats: [],
    charts: [],
    protected: false,
    styleOps: [],
    rowHeights: new Map(),
    page: {},
  };
}

type SheetLocator = () => FakeSheet | null;

class FakeWorksheet extends FakeObject {
  private bound: FakeSheet | null | undefined = undefined;
  readonly freezePanes: FakeFreezePanes;
  readonly charts: FakeChartCollection;
  readonly onChanged: FakeEventSource;
  readonly protection: FakeWorksheetProtection;
  readonly pageLayout: FakePageLayout;

  constructor(
    context: FakeContext,
    private readonly locator: SheetLocator,
  ) {
    super(context);
    this.protection = new FakeWorksheetProtection(context, this);
    this.pageLayout = new FakePageLayout(context, this);
    this.freezePanes = new FakeFreezePanes(context, this);
    this.charts = new FakeChartCollection(context, this);
    this.onChanged = new FakeEventSource(context, this);
  }

  bind(sheet: FakeSheet): void {
    this.bound = sheet;
  }

  /** The sheet this proxy stands for, resolved once at execution time (a rename keeps the reference). */
  resolveOrNull(): FakeSheet | null {
    if (this.bound === undefined) this.bound = this.locator();
    if (this.bound && !this.context.excel.model.includes(this.bound)) {
      throw new FakeOfficeError('ItemNotFound', `The sheet ${this.bound.name} was deleted`);
    }
    return this.bound;
  }

  resolve(): FakeSheet {
    const s = this.resolveOrNull();
    if (!s) throw new FakeOfficeError('InvalidArgument', 'Method called on a null object');
    return s;
  }

  /** Loads at once (collection items that arrive with their collection); `protection/x` loads the protection's x. */
  loadNow(props: string[]): void {
    const nested = props.filter((p) => p.startsWith('protection/')).map((p) => p.slice('protection/'.length));
    this.runLoad(props.filter((p) => !p.startsWith('protection/')));
    if (nested.length > 0) this.protection.loadNow(nested);
  }

  protected isNull(): boolean {
    return this.resolveOrNull() === null;
  }

  protected snapshot(prop: string): unknown {
    if (prop === 'isNullObject') return this.resolveOrNull() === null;
    const s = this.resolve();
    if (prop === 'name') return s.name;
    if (prop === 'id') return s.id;
    if (prop === 'position') return this.context.excel.model.indexOf(s);
    if (prop === 'visibility') return s.visibility;
    throw new FakeOfficeError('InvalidArgument', `Worksheet.${prop} is not modelled`);
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  get id(): string {
    return this.read('id');
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.queue('name', [value], () => {
      const s = this.resolve();
      if (s.name !== value) guardStructure(this.context.excel);
      const other = this.context.excel.findSheet(value);
      if (other && other !== s) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${value} exists`);
      s.name = value;
    });
  }

  get position(): number {
    return this.read('position');
  }

  set position(value: number) {
    this.queue('position', [value], () => {
      const model = this.context.excel.model;
      const s = this.resolve();
      if (model.indexOf(s) !== value) guardStructure(this.context.excel);
      model.splice(model.indexOf(s), 1);
      model.splice(Math.max(0, Math.min(value, model.length)), 0, s);
    });
  }

  get visibility(): string {
    return this.read('visibility');
  }

  set visibility(value: FakeSheet['visibility']) {
    this.queue('visibility', [value], () => {
      this.resolve().visibility = value;
    });
  }

  delete(): void {
    this.queue('delete', [], () => {
      const model = this.context.excel.model;
      const s = this.resolve();
      guardStructure(this.context.excel);
      if (model.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      model.splice(model.indexOf(s), 1);
      this.context.excel.dropHandlers(s);
    });
  }

  activate(): void {
    this.queue('activate', [], () => {
      this.context.excel.active = { sheet: this.resolve().name, cell: this.context.excel.active?.cell ?? 'A1' };
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, () => {
      if (address === undefined) return [{ r0: 0, c0: 0, r1: MAX_ROW, c1: MAX_COL }];
      const areas = parseAreas(address);
      if (areas.length !== 1) throw new FakeOfficeError('InvalidArgument', `Not a single range: ${address}`);
      return areas;
    });
  }

  getRanges(address: string): FakeRange {
    return new FakeRange(this.context, this, () => parseAreas(address), true);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    // The fake only stores values, formats and fills; formats count as "used" unless valuesOnly.
    return new FakeRange(this.context, this, () => {
      const s = this.resolve();
      const cells: [number, number][] = [];
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== undefined && v !== '') cells.push([r, c]);
        }),
      );
      if (!valuesOnly) {
        s.formats.forEach((row, r) => row.forEach((f, c) => f !== undefined && cells.push([r, c])));
      }
      if (cells.length === 0) return null;
      const rect: Rect = { r0: MAX_ROW, c0: MAX_COL, r1: 0, c1: 0 };
      for (const [r, c] of cells) {
        rect.r0 = Math.min(rect.r0, r);
        rect.c0 = Math.min(rect.c0, c);
        rect.r1 = Math.max(rect.r1, r);
        rect.c1 = Math.max(rect.c1, c);
      }
      return [rect];
    });
  }
}

class FakeFreezePanes extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context);
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `FreezePanes.${prop} is not modelled`);
  }

  private set(rows: number, cols: number): void {
    const s = this.ws.resolve();
    guardProtected(s);
    s.freeze = { rows, cols };
  }

  freezeRows(count: number): void {
    this.queue('freezeRows', [count], () => this.set(count, 0));
  }

  freezeColumns(count: number): void {
    this.queue('freezeColumns', [count], () => this.set(0, count));
  }

  freezeAt(range: string): void {
    this.queue('freezeAt', [range], () => {
      const r = parseAreas(range)[0];
      if (r.r0 !== 0 || r.c0 !== 0) throw new FakeOfficeError('InvalidArgument', 'freezeAt must start at A1');
      this.set(r.r1 + 1, r.c1 + 1);
    });
  }
}

function guardProtected(s: FakeSheet): void {
  if (s.protected) throw new FakeOfficeError('AccessDenied', `The sheet ${s.name} is protected.`);
}

const ERROR_VALUES = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];

/** Days from Excel's day 0 (30 December 1899) to a date, as Excel stores dates. */
function dateSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * Excel's reading of a value written through `Range.values`, as if typed: numbers (also with thousands separators
 * or a currency sign), percentages, booleans, dates like `1/2` or `2024-5-6`, error words like `#N/A` and
 * formulas all become something other than the text given. Only a leading apostrophe keeps the rest as text.
 */
function coerce(v: unknown): FakeValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v !== 'string') throw new FakeOfficeError('InvalidArgument', `Unsupported value ${JSON.stringify(v)}`);
  if (v.startsWith("'")) return v.slice(1);
  const t = v.trim();
  if (t.length > 1 && (t.startsWith('=') || /^[+-].*[A-Za-z(]/.test(t))) return { error: '#NAME?', formula: t };
  const plain = t.replace(/^([+-]?)[¥￥$]\s*/, '$1').replace(/(\d),(?=\d{3}(\D|$))/g, '$1');
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain)) return Number(plain);
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(plain)) return Number(plain.slice(0, -1)) / 100;
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  if (ERROR_VALUES.includes(t.toUpperCase())) return { error: t.toUpperCase() };
  let m = /^(\d{1,2})[/-](\d{1,2})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) >= 1 && Number(m[2]) <= 31) {
    return dateSerial(new Date().getFullYear(), Number(m[1]), Number(m[2]));
  }
  m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(t);
  if (m) return dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  return v;
}

function valueType(v: FakeValue | undefined): string {
  if (v === null || v === undefined) return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'string') return 'String';
  return 'Error';
}

/** What `Range.values` returns for a stored cell. */
function readValue(v: FakeValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? v.error : v;
}

type AreasLocator = () => Rect[] | null;

/** A Range (one area) or RangeAreas (`multi`): the fake serves both with one class. */
class FakeRange extends FakeObject {
  private areas: Rect[] | null | undefined = undefined;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly dataValidation: FakeDataValidation;

  constructor(
    context: FakeContext,
    readonly ws: FakeWorksheet,
    private readonly locator: AreasLocator,
    readonly multi = false,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, this);
    this.dataValidation = new FakeDataValidation(context, this);
  }

  resolveAreas(): Rect[] | null {
    if (this.areas === undefined) this.areas = this.locator();
    return this.areas;
  }

  /** Sheet and areas, resolved at execution time; a null object has no areas. */
  target(): { sheet: FakeSheet; areas: Rect[] } {
    const sheet = this.ws.resolve();
    const areas = this.resolveAreas();
    if (!areas) throw new FakeOfficeError('InvalidArgument', 'Method called on a null object');
    return { sheet, areas };
  }

  private single(): { sheet: FakeSheet; rect: Rect } {
    const { sheet, areas } = this.target();
    if (this.multi) throw new FakeOfficeError('InvalidArgument', 'This member is not available on RangeAreas');
    return { sheet, rect: areas[0] };
  }

  protected isNull(): boolean {
    return this.resolveAreas() === null;
  }

  protected snapshot(prop: string): unknown {
    if (prop === 'isNullObject') return this.resolveAreas() === null;
    const { sheet, areas } = this.target();
    if (prop === 'address') return areas.map((a) => `${quoteSheet(sheet.name)}!${rectName(a)}`).join(',');
    if (this.multi) throw new FakeOfficeError('InvalidArgument', `RangeAreas.${prop} is not modelled`);
    const rect = areas[0];
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    switch (prop) {
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'rowCount':
        return rows;
      case 'columnCount':
        return cols;
      case 'values':
      case 'valueTypes':
      case 'numberFormat': {
        if (rows * cols > 5_000_000) throw new FakeOfficeError('RangeExceedsLimit', 'Range too large to read');
        const out: unknown[][] = [];
        for (let r = rect.r0; r <= rect.r1; r++) {
          const vrow = sheet.values[r];
          const frow = sheet.formats[r];
          const line: unknown[] = new Array(cols);
          for (let c = rect.c0; c <= rect.c1; c++) {
            const v = vrow?.[c];
            if (prop === 'valueTypes') line[c - rect.c0] = valueType(v);
            else if (prop === 'numberFormat') line[c - rect.c0] = frow?.[c] ?? 'General';
            else line[c - rect.c0] = readValue(v);
          }
          out.push(line);
        }
        return out;
      }
      default:
        throw new FakeOfficeError('InvalidArgument', `Range.${prop} is not modelled`);
    }
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }

  private writeBlock(prop: 'values' | 'numberFormat', block: unknown[][]): void {
    this.queue(prop, [block], () => {
      const { sheet, rect } = this.single();
      guardProtected(sheet);
      const rows = rect.r1 - rect.r0 + 1;
      const cols = rect.c1 - rect.c0 + 1;
      if (!Array.isArray(block) || block.length !== rows || block.some((row) => row.length !== cols)) {
        throw new FakeOfficeError('InvalidArgument', `The ${prop} array does not match the range ${rectName(rect)}`);
      }
      const grid = prop === 'values' ? sheet.values : sheet.formats;
      for (let i = 0; i < rows; i++) {
        const r = rect.r0 + i;
        while (grid.length <= r) grid.push([]);
        for (let j = 0; j < cols; j++) {
          const cell = block[i][j];
          if (cell === null) continue; // Office.js ignores null entries in an update
          if (prop === 'values') sheet.values[r][rect.c0 + j] = coerce(cell);
          else sheet.formats[r][rect.c0 + j] = cell === '' ? undefined : String(cell);
        }
      }
      if (prop === 'values') this.context.excel.fireChanged(sheet, rectName(rect), 'RemoteChange');
    });
  }

  set values(block: unknown[][]) {
    this.writeBlock('values', block);
  }

  set numberFormat(block: unknown[][]) {
    this.writeBlock('numberFormat', block);
  }

  merge(across?: boolean): void {
    this.queue('merge', [across ?? false], () => {
      const { sheet, rect } = this.single();
      guardProtected(sheet);
      if (sheet.merges.some((m) => intersects(parseAreas(m)[0], rect))) {
        throw new FakeOfficeError('InvalidOperation', `Merge overlaps an existing merge: ${rectName(rect)}`);
      }
      sheet.merges.push(rectName(rect));
    });
  }

  select(): void {
    this.queue('select', [], () => {
      const { sheet, rect } = this.single();
      this.context.excel.active = { sheet: sheet.name, cell: rectName(rect) };
    });
  }

  getMergedAreasOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      this.ws,
      () => {
        const { sheet, rect } = this.single();
        const hits = sheet.merges.map((m) => parseAreas(m)[0]).filter((m) => intersects(m, rect));
        return hits.length > 0 ? hits : null;
      },
      true,
    );
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class FakeRangeFormat extends FakeObject {
  readonly fill: FakeStyleSetter;
  readonly font: FakeStyleSetter;
  readonly borders: FakeBorderCollection;

  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
    this.fill = new FakeStyleSetter(context, range, 'fill');
    this.font = new FakeStyleSetter(context, range, 'font');
    this.borders = new FakeBorderCollection(context, range);
  }

  set wrapText(value: boolean) {
    if (typeof value !== 'boolean') throw new FakeOfficeError('InvalidArgument', `Bad wrapText ${String(value)}`);
    recordStyle(this.range, 'wrapText', value);
  }

  set horizontalAlignment(value: string) {
    const allowed = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
    if (!allowed.includes(value)) throw new FakeOfficeError('InvalidArgument', `Bad horizontalAlignment ${value}`);
    recordStyle(this.range, 'horizontalAlignment', value);
  }

  set verticalAlignment(value: string) {
    if (!['Top', 'Center', 'Bottom', 'Justify', 'Distributed'].includes(value)) {
      throw new FakeOfficeError('InvalidArgument', `Bad verticalAlignment ${value}`);
    }
    recordStyle(this.range, 'verticalAlignment', value);
  }

  /** Sets the height of every row the areas span (Excel allows 0 to 409 points). */
  set rowHeight(points: number) {
    this.queue('rowHeight', [points], () => {
      if (typeof points !== 'number' || !(points >= 0 && points <= 409)) {
        throw new FakeOfficeError('InvalidArgument', `Bad row height ${String(points)}`);
      }
      const { sheet, areas } = this.range.target();
      guardProtected(sheet);
      for (const a of areas) for (let r = a.r0; r <= a.r1; r++) sheet.rowHeights.set(r, points);
    });
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `RangeFormat.${prop} is not modelled`);
  }

  set columnWidth(points: number) {
    this.queue('columnWidth', [points], () => {
      const { sheet, areas } = this.range.target();
      guardProtected(sheet);
      for (const a of areas) for (let c = a.c0; c <= a.c1; c++) sheet.columnWidths.set(c, points);
    });
  }
}

/** `format.fill` (color) and `format.font` (bold) of a Range or RangeAreas. */
class FakeStyleSetter extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
    private readonly kind: 'fill' | 'font',
  ) {
    super(context);
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `${this.kind}.${prop} is not modelled`);
  }

  set color(value: string) {
    if (this.kind !== 'fill') throw new FakeOfficeError('InvalidArgument', 'font.color is not modelled');
    this.queue('color', [value], () => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(value)) throw new FakeOfficeError('InvalidArgument', `Bad colour ${value}`);
      const { sheet, areas } = this.range.target();
      guardProtected(sheet);
      for (const a of areas) forEachCell(a, (r, c) => sheet.fills.set(cellName(r, c), value.toUpperCase()));
    });
  }

  set name(value: string) {
    if (this.kind !== 'font') throw new FakeOfficeError('InvalidArgument', 'fill.name does not exist');
    if (typeof value !== 'string' || value === '') throw new FakeOfficeError('InvalidArgument', 'Bad font name');
    recordStyle(this.range, 'font.name', value);
  }

  set size(value: number) {
    if (this.kind !== 'font') throw new FakeOfficeError('InvalidArgument', 'fill.size does not exist');
    if (typeof value !== 'number' || !(value >= 1 && value <= 409)) {
      throw new FakeOfficeError('InvalidArgument', `Bad font size ${String(value)}`);
    }
    recordStyle(this.range, 'font.size', value);
  }

  set bold(value: boolean) {
    if (this.kind !== 'font') throw new FakeOfficeError('InvalidArgument', 'fill.bold does not exist');
    this.queue('bold', [value], () => {
      const { sheet, areas } = this.range.target();
      guardProtected(sheet);
      for (const a of areas)
        forEachCell(a, (r, c) => (value ? sheet.bold.add(cellName(r, c)) : sheet.bold.delete(cellName(r, c))));
    });
  }
}

/** Queues a style setting of a Range or RangeAreas, recorded on its sheet at execution time. */
function recordStyle(range: FakeRange, prop: string, value: string | number | boolean): void {
  range.context.enqueue(range._id, prop, [value], () => {
    const { sheet, areas } = range.target();
    guardProtected(sheet);
    sheet.styleOps.push({ areas: areas.map(rectName).join(','), prop, value });
  });
}

const BORDER_INDICES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

/** `format.borders` of a Range or RangeAreas: `getItem(index)` only. */
class FakeBorderCollection extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `RangeBorderCollection.${prop} is not modelled`);
  }

  getItem(index: string): FakeBorder {
    if (!BORDER_INDICES.includes(index)) throw new FakeOfficeError('InvalidArgument', `Bad border index ${index}`);
    return new FakeBorder(this.context, this.range, index);
  }
}

/** One border of a range: style, weight and colour are recorded as `border.<index>.<property>`. */
class FakeBorder extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
    private readonly index: string,
  ) {
    super(context);
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `RangeBorder.${prop} is not modelled`);
  }

  set style(value: string) {
    const allowed = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
    if (!allowed.includes(value)) throw new FakeOfficeError('InvalidArgument', `Bad border style ${value}`);
    recordStyle(this.range, `border.${this.index}.style`, value);
  }

  set weight(value: string) {
    if (!['Hairline', 'Thin', 'Medium', 'Thick'].includes(value)) {
      throw new FakeOfficeError('InvalidArgument', `Bad border weight ${value}`);
    }
    recordStyle(this.range, `border.${this.index}.weight`, value);
  }

  set color(value: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(value)) throw new FakeOfficeError('InvalidArgument', `Bad colour ${value}`);
    recordStyle(this.range, `border.${this.index}.color`, value.toUpperCase());
  }
}

/** `worksheet.pageLayout`: paper, orientation, zoom, centring, margins, print titles and the footer. */
class FakePageLayout extends FakeObject {
  readonly headersFooters: { defaultForAllPages: FakeHeaderFooter };

  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context);
    this.headersFooters = { defaultForAllPages: new FakeHeaderFooter(context, ws) };
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `PageLayout.${prop} is not modelled`);
  }

  private set<K extends keyof FakePageSetup>(key: K, value: FakePageSetup[K], valid: boolean): void {
    this.queue(key, [value], () => {
      if (!valid) throw new FakeOfficeError('InvalidArgument', `Bad ${key} ${JSON.stringify(value)}`);
      const sheet = this.ws.resolve();
      guardProtected(sheet);
      sheet.page[key] = value;
    });
  }

  set paperSize(value: string) {
    this.set('paperSize', value, ['A3', 'A4', 'A5', 'B4', 'B5', 'Letter', 'Legal'].includes(value));
  }

  set orientation(value: string) {
    this.set('orientation', value, value === 'Portrait' || value === 'Landscape');
  }

  set zoom(value: NonNullable<FakePageSetup['zoom']>) {
    const keys = ['horizontalFitToPages', 'verticalFitToPages', 'scale'];
    const entries = Object.entries(value);
    const valid = entries.length > 0 && entries.every(([k, v]) => keys.includes(k) && Number.isInteger(v) && v >= 0);
    this.set('zoom', { ...value }, valid);
  }

  set centerHorizontally(value: boolean) {
    this.set('centerHorizontally', value, typeof value === 'boolean');
  }

  setPrintMargins(unit: string, options: Record<string, number>): void {
    const keys = ['top', 'bottom', 'left', 'right', 'header', 'footer'];
    const valid =
      ['Points', 'Inches', 'Centimeters'].includes(unit) &&
      Object.entries(options).every(([k, v]) => keys.includes(k) && typeof v === 'number' && v >= 0);
    this.set('margins', { unit, options: { ...options } }, valid);
  }

  /** Rows as Excel's reference to whole rows (`$2:$3` or `2:3`). */
  setPrintTitleRows(rows: string): void {
    this.set('printTitleRows', rows, typeof rows === 'string' && /^\$?\d+:\$?\d+$/.test(rows));
  }
}

/** The header and footer used for every page (`headersFooters.defaultForAllPages`); only the centre footer. */
class FakeHeaderFooter extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context);
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `HeaderFooter.${prop} is not modelled`);
  }

  set centerFooter(value: string) {
    this.queue('centerFooter', [value], () => {
      // Excel limits each section of a header or footer to 255 characters.
      if (typeof value !== 'string' || value.length > 255) throw new FakeOfficeError('InvalidArgument', 'Bad footer');
      const sheet = this.ws.resolve();
      guardProtected(sheet);
      sheet.page.centerFooter = value;
    });
  }
}

/** The last value set for `prop` over the cell `address` (A1), or undefined when none was. */
export function styleAt(sheet: FakeSheet, address: string, prop: string): string | number | boolean | undefined {
  const cell = parseArea(address);
  if (!cell) throw new Error(`Bad address ${address}`);
  for (let i = sheet.styleOps.length - 1; i >= 0; i--) {
    const op = sheet.styleOps[i];
    if (op.prop === prop && parseAreas(op.areas).some((a) => intersects(a, cell))) return op.value;
  }
  return undefined;
}

/**
 * The sides (`top`, `bottom`, `left`, `right`) of a cell drawn with a continuous line: an area's Edge borders draw
 * its outer sides, its Inside borders the lines between its cells, as in Excel.
 */
export function borderSides(sheet: FakeSheet, address: string): string[] {
  const cell = parseArea(address);
  if (!cell) throw new Error(`Bad address ${address}`);
  const { r0: r, c0: c } = cell;
  const sides = new Set<string>();
  for (const op of sheet.styleOps) {
    const m = /^border\.(\w+)\.style$/.exec(op.prop);
    if (!m || op.value !== 'Continuous') continue;
    for (const a of parseAreas(op.areas)) {
      if (r < a.r0 || r > a.r1 || c < a.c0 || c > a.c1) continue;
      const add = (side: string, on: boolean): void => {
        if (on) sides.add(side);
      };
      add('top', (m[1] === 'EdgeTop' && r === a.r0) || (m[1] === 'InsideHorizontal' && r > a.r0));
      add('bottom', (m[1] === 'EdgeBottom' && r === a.r1) || (m[1] === 'InsideHorizontal' && r < a.r1));
      add('left', (m[1] === 'EdgeLeft' && c === a.c0) || (m[1] === 'InsideVertical' && c > a.c0));
      add('right', (m[1] === 'EdgeRight' && c === a.c1) || (m[1] === 'InsideVertical' && c < a.c1));
    }
  }
  return ['top', 'bottom', 'left', 'right'].filter((s) => sides.has(s));
}

class FakeDataValidation extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `DataValidation.${prop} is not modelled`);
  }

  set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
    this.queue('rule', [rule], () => {
      const { sheet, areas } = this.range.target();
      guardProtected(sheet);
      if (!rule.list) throw new FakeOfficeError('InvalidArgument', 'Only list rules are modelled');
      if (rule.list.source.length > 255) throw new FakeOfficeError('InvalidArgument', 'List source over 255');
      sheet.validations.push({ range: areas.map(rectName).join(','), source: rule.list.source });
    });
  }

  set prompt(prompt: { showPrompt: boolean; title: string; message: string }) {
    this.queue('prompt', [prompt], () => {
      const { sheet, areas } = this.range.target();
      guardProtected(sheet);
      // Excel's own limits on an input prompt.
      if (prompt.title.length > 32) throw new FakeOfficeError('InvalidArgument', 'Prompt title over 32');
      if (prompt.message.length > 255) throw new FakeOfficeError('InvalidArgument', 'Prompt message over 255');
      sheet.prompts.push({ range: areas.map(rectName).join(','), title: prompt.title, message: prompt.message });
    });
  }
}

class FakeConditionalFormatCollection extends FakeObject {
  private itemProxies: FakeConditionalFormat_[] | null = null;

  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `ConditionalFormatCollection.${prop} is not modelled`);
  }

  protected runLoad(list: string[]): void {
    const { sheet, areas } = this.range.target();
    const props = list.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    const hits = sheet.conditionalFormats.filter((cf) =>
      parseAreas(cf.address).some((a) => areas.some((b) => intersects(a, b))),
    );
    this.itemProxies = hits.map((cf) => {
      const p = new FakeConditionalFormat_(this.context, sheet, () => cf);
      p.loadNow(props);
      return p;
    });
    this.context.respond(hits.length);
  }

  get items(): FakeConditionalFormat_[] {
    if (this.itemProxies === null) {
      throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available; load it and sync.");
    }
    return this.itemProxies;
  }

  add(type: string): FakeConditionalFormat_ {
    let created: FakeConditionalFormat | null = null;
    const proxy = new FakeConditionalFormat_(this.context, null, () => {
      if (!created) throw new FakeOfficeError('ItemNotFound', 'Conditional format was never added');
      return created;
    });
    this.queue('conditionalFormats.add', [type], () => {
      const { sheet, areas } = this.range.target();
      guardProtected(sheet);
      const excel = this.context.excel;
      created = {
        id: `cf${excel.nextCfId++}`,
        type,
        address: areas.map(rectName).join(','),
        formula: null,
        fill: null,
      };
      sheet.conditionalFormats.push(created);
      proxy.owner = sheet;
    });
    return proxy;
  }
}

/** A conditional format (the trailing underscore keeps the model interface's name free). */
class FakeConditionalFormat_ extends FakeObject {
  readonly custom: FakeCustomFormat;

  constructor(
    context: FakeContext,
    public owner: FakeSheet | null,
    readonly locate: () => FakeConditionalFormat,
  ) {
    super(context);
    this.custom = new FakeCustomFormat(context, this);
  }

  loadNow(props: string[]): void {
    this.runLoad(props);
  }

  protected snapshot(prop: string): unknown {
    const cf = this.locate();
    if (prop === 'id') return cf.id;
    if (prop === 'type') return cf.type;
    throw new FakeOfficeError('InvalidArgument', `ConditionalFormat.${prop} is not modelled`);
  }

  get id(): string {
    return this.read('id');
  }
  get type(): string {
    return this.read('type');
  }

  delete(): void {
    this.queue('delete', [], () => {
      const cf = this.locate();
      const sheet = this.context.excel.model.find((s) => s.conditionalFormats.includes(cf));
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'Conditional format no longer exists');
      guardProtected(sheet);
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
    });
  }
}

class FakeCustomFormat extends FakeObject {
  readonly rule: FakeCustomRule;
  readonly format: { fill: FakeCustomFill };

  constructor(
    context: FakeContext,
    readonly parent: FakeConditionalFormat_,
  ) {
    super(context);
    this.rule = new FakeCustomRule(context, parent);
    this.format = { fill: new FakeCustomFill(context, parent) };
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `CustomConditionalFormat.${prop} is not modelled`);
  }
}

function customOnly(cf: FakeConditionalFormat): FakeConditionalFormat {
  if (cf.type !== 'Custom') throw new FakeOfficeError('InvalidArgument', 'Not a custom conditional format');
  return cf;
}

class FakeCustomRule extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly parent: FakeConditionalFormat_,
  ) {
    super(context);
  }

  protected snapshot(prop: string): unknown {
    if (prop === 'formula') return customOnly(this.parent.locate()).formula;
    throw new FakeOfficeError('InvalidArgument', `ConditionalFormatRule.${prop} is not modelled`);
  }

  get formula(): string {
    return this.read('formula');
  }

  set formula(value: string) {
    this.queue('formula', [value], () => {
      customOnly(this.parent.locate()).formula = value;
    });
  }
}

class FakeCustomFill extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly parent: FakeConditionalFormat_,
  ) {
    super(context);
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `ConditionalRangeFill.${prop} is not modelled`);
  }

  set color(value: string) {
    this.queue('color', [value], () => {
      customOnly(this.parent.locate()).fill = value.toUpperCase();
    });
  }
}

class FakeChartCollection extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context);
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `ChartCollection.${prop} is not modelled`);
  }

  add(type: string, source: FakeRange, seriesBy?: string): FakeChartProxy {
    let chart: FakeChart | null = null;
    const proxy = new FakeChartProxy(this.context, () => {
      if (!chart) throw new FakeOfficeError('ItemNotFound', 'Chart was never added');
      return chart;
    });
    this.queue('add', [type, source._id, seriesBy ?? 'Auto'], () => {
      const sheet = this.ws.resolve();
      guardProtected(sheet);
      const { areas } = source.target();
      chart = {
        type,
        source: areas.map(rectName).join(','),
        seriesBy: seriesBy ?? 'Auto',
        title: null,
        anchor: null,
        anchorEnd: null,
        seriesTypes: {},
      };
      sheet.charts.push(chart);
    });
    return proxy;
  }
}

class FakeChartProxy extends FakeObject {
  readonly title: { text: string };
  readonly series: { getItemAt(i: number): { chartType: string } };

  constructor(
    context: FakeContext,
    private readonly locate: () => FakeChart,
  ) {
    super(context);
    const queue = (member: string, args: unknown[], run: () => void) => this.queue(member, args, run);
    this.title = {
      set text(value: string) {
        queue('title.text', [value], () => {
          locate().title = value;
        });
      },
      get text(): string {
        throw new FakeOfficeError('PropertyNotLoaded', "The property 'text' is not available.");
      },
    };
    this.series = {
      getItemAt(i: number) {
        return {
          set chartType(value: string) {
            queue('series.chartType', [i, value], () => {
              const c = locate();
              const a = parseAreas(c.source)[0];
              if (i < 0 || i >= a.c1 - a.c0) throw new FakeOfficeError('ItemNotFound', `No series ${i}`);
              c.seriesTypes[i] = value;
            });
          },
          get chartType(): string {
            throw new FakeOfficeError('PropertyNotLoaded', "The property 'chartType' is not available.");
          },
        };
      },
    };
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `Chart.${prop} is not modelled`);
  }

  setPosition(start: string, end?: string): void {
    this.queue('setPosition', [start, end ?? null], () => {
      parseAreas(start);
      if (end) parseAreas(end);
      const c = this.locate();
      c.anchor = start;
      c.anchorEnd = end ?? null;
    });
  }
}

type ChangeHandler = (args: { worksheetId: string; address: string; changeType: string; source: string }) => unknown;

interface Registration {
  sheet: FakeSheet;
  handler: ChangeHandler;
}

class FakeEventSource extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context);
  }

  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `EventSource.${prop} is not modelled`);
  }

  add(handler: ChangeHandler): { context: FakeContext; remove(): void } {
    const excel = this.context.excel;
    const reg: { value: Registration | null } = { value: null };
    this.queue('onChanged.add', [], () => {
      reg.value = { sheet: this.ws.resolve(), handler };
      excel.pendingHandlers.push(reg.value);
    });
    const context = this.context;
    return {
      context,
      remove: () => {
        context.enqueue(this._id, 'onChanged.remove', [], () => {
          if (reg.value) excel.handlers = excel.handlers.filter((h) => h !== reg.value);
        });
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------------------
// The workbook and the factory.

class FakeExcelImpl {
  model: FakeSheet[];
  settings = new Map<string, unknown>();
  active: { sheet: string; cell: string } | null = null;
  handlers: Registration[] = [];
  pendingHandlers: Registration[] = [];
  nextCfId = 1;
  private nextSheetId = 1;
  workbookProtected = false;
  failures: { member: string; remaining: number; code: string }[] = [];
  readonly stats: FakeStats = { syncs: 0, requestSizes: [], responseSizes: [], calls: [], fakeMillis: 0 };

  constructor(
    sheets: FakeSheetInit[],
    readonly payloadLimit: number,
  ) {
    this.model = sheets.map((init) => {
      const s = emptySheet(init.name, this.newSheetId());
      s.values = (init.values ?? []).map((row) => [...row]);
      s.formats = (init.formats ?? []).map((row) => [...row]);
      for (const [addr, color] of Object.entries(init.fills ?? {})) s.fills.set(addr, color.toUpperCase());
      for (const cf of init.conditionalFormats ?? []) {
        s.conditionalFormats.push({
          id: `cf${this.nextCfId++}`,
          type: 'Custom',
          address: cf.address,
          formula: cf.formula,
          fill: cf.fill.toUpperCase(),
        });
      }
      s.merges = [...(init.merges ?? [])];
      s.visibility = init.visibility ?? 'Visible';
      s.protected = init.protected ?? false;
      if (s.protected) s.protectionOptions = {};
      return s;
    });
  }

  /** Ids shaped like Excel's (a GUID in braces). */
  newSheetId(): string {
    const n = String(this.nextSheetId++).padStart(12, '0');
    return `{00000000-0000-4000-8000-${n}}`;
  }

  /** Throws the injected error when this call of `member` is the one a test asked to fail. */
  injectedFailure(member: string): void {
    const f = this.failures.find((x) => x.member === member);
    if (!f) return;
    f.remaining--;
    if (f.remaining > 0) return;
    this.failures.splice(this.failures.indexOf(f), 1);
    throw new FakeOfficeError(f.code, `Injected failure of ${member}`);
  }

  findSheet(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.model.find((s) => s.name.toLowerCase() === key);
  }

  flushPendingHandlers(): void {
    this.handlers.push(...this.pendingHandlers);
    this.pendingHandlers = [];
  }

  dropHandlers(sheet: FakeSheet): void {
    this.handlers = this.handlers.filter((h) => h.sheet !== sheet);
  }

  fireChanged(sheet: FakeSheet, address: string, source: string): void {
    for (const h of this.handlers) {
      if (h.sheet === sheet) void h.handler({ worksheetId: sheet.name, address, changeType: 'RangeEdited', source });
    }
  }
}

/** `Excel.run` in its two forms: a new context, or again on the context of an earlier run (its event handlers). */
export interface FakeRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The fake Excel: `run` for the adapter, the model and the counters for the test. */
export interface FakeExcel {
  /** Stands in for `Excel.run`. */
  run: FakeRun;
  /** The bits of the `Excel` global the adapter needs, to install as `window.Excel` where Office is absent. */
  namespace: { run: FakeRun };
  stats: FakeStats;
  /** The live sheets, in tab order. */
  sheets(): FakeSheet[];
  sheet(name: string): FakeSheet;
  /** Value of one cell (`null` when empty). */
  cell(sheet: string, address: string): FakeValue;
  /** A user typing into a cell: updates the model and fires the sheet's onChanged handlers. */
  userEdit(sheet: string, address: string, value: FakeValue): void;
  settings: Map<string, unknown>;
  active(): { sheet: string; cell: string } | null;
  /** Number of onChanged handlers currently registered. */
  handlerCount(): number;
  /** Clears the counters (between a set-up run and the run under test). */
  resetStats(): void;
  /** The user protects a sheet (Review > Protect Sheet), or lifts its protection. */
  protectSheet(name: string, on: boolean, options?: Record<string, boolean | string>): void;
  /** The user protects the workbook's structure (Review > Protect Workbook), or lifts it. */
  protectWorkbook(on: boolean): void;
  /** The user renames a sheet; its cells, rules and id stay with it. */
  renameSheet(from: string, to: string): void;
  /** Makes a later call fail as Excel would (see InjectedFailure). */
  failAt(failure: InjectedFailure): void;
}

/** Creates a fake Excel holding `initialSheets` (values anchored at A1). */
export function createFakeExcel(initialSheets: FakeSheetInit[], options: FakeExcelOptions = {}): FakeExcel {
  const excel = new FakeExcelImpl(initialSheets, options.payloadLimit ?? 5 * 1024 * 1024);
  const sheet = (name: string): FakeSheet => {
    const s = excel.findSheet(name);
    if (!s) throw new Error(`No sheet ${name}`);
    return s;
  };
  const at = (address: string): { r: number; c: number } => {
    const rect = parseArea(address);
    if (!rect) throw new Error(`Bad address ${address}`);
    return { r: rect.r0, c: rect.c0 };
  };
  const runOn = async <T>(ctx: FakeContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    ctx.active = true;
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      // Excel.run sends whatever is still queued when the batch returns.
      if (ctx.queue.length > 0) await ctx.sync();
      return result;
    } finally {
      ctx.active = false;
    }
  };
  function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  function run<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
  function run<T>(
    first: OfficeExtension.ClientRequestContext | ((context: Excel.RequestContext) => Promise<T>),
    second?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    if (typeof first === 'function') return runOn(new FakeContext(excel), first);
    if (!(first instanceof FakeContext) || !second) throw new FakeOfficeError('InvalidArgument', 'Not a context');
    return runOn(first, second);
  }
  return {
    run,
    namespace: { run },
    stats: excel.stats,
    sheets: () => excel.model,
    sheet,
    cell: (name, address) => {
      const { r, c } = at(address);
      return sheet(name).values[r]?.[c] ?? null;
    },
    userEdit: (name, address, value) => {
      const s = sheet(name);
      const { r, c } = at(address);
      while (s.values.length <= r) s.values.push([]);
      s.values[r][c] = value;
      excel.fireChanged(s, address, 'Local');
    },
    settings: excel.settings,
    active: () => excel.active,
    handlerCount: () => excel.handlers.length,
    protectSheet: (name, on, options = {}) => {
      const s = sheet(name);
      s.protected = on;
      s.protectionOptions = on ? { ...options } : null;
    },
    protectWorkbook: (on) => {
      excel.workbookProtected = on;
    },
    renameSheet: (from, to) => {
      sheet(from).name = to;
    },
    failAt: (f) => {
      excel.failures.push({ member: f.member, remaining: f.nth ?? 1, code: f.code ?? 'GeneralException' });
    },
    resetStats: () => {
      excel.stats.syncs = 0;
      excel.stats.requestSizes.length = 0;
      excel.stats.responseSizes.length = 0;
      excel.stats.calls.length = 0;
      excel.stats.fakeMillis = 0;
    },
  };
}
