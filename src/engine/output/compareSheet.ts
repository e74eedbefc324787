/**
 * The `年度对比` sheet (MONITORING.md §1): a comparison of several years as one SheetSpec, its verdict rules
 * written on the sheet, then one table per section. The command line and the pane write the same sheet.
 */
import type { Stage } from '../model';
import {
  compareMessages as m,
  DUTY_STATUS_WORDS,
  INDICATOR_NAMES,
  ITEM_STATUS_WORDS,
  STAGE_WORDS,
  VERDICT_WORDS,
  YEAR_VERDICT_WORDS,
} from '../messages';
import type {
  CompareIssue,
  Comparison,
  ItemGroup,
  ItemSeries,
  LedgerEntry,
  Series,
  YearVerdict,
} from '../monitoring/compareTypes';
import { INDICATOR_IDS, type Verdict } from '../result';
import type { OutputValue, SheetSpec } from '../sheetSpec';
import { itemFormat } from './outputSheets';
import { type FillKind, FORMATS, SheetBuilder } from './sheetBuilder';

/** Name of the sheet. */
export const COMPARE_SHEET = '年度对比';

const H = m.headers;

/** Columns of the widest table (自然增长): the title and the notes above the tables span them. */
const GROWTH_COLS = 11;

/** Columns B–D, over which the name of an indicator or item is merged. */
const NAME_COLS = 3;

/** Columns a section's caption spans at least, so that a narrow table's caption does not wrap. */
const CAPTION_COLS = 4;

const VERDICT_FILLS: Readonly<Record<YearVerdict, FillKind>> = {
  kept: 'pass',
  fixed: 'pass',
  slipped: 'fail',
  'still-failing': 'fail',
  warning: 'near',
};

/**
 * Writes rows downwards; `r` is the next free row. Each section is a captioned table with a bordered header,
 * boxed from its header to its last row; a line of text is merged over the table it sits in (or the sheet's
 * width) so that it wraps there rather than widening the first column.
 */
class Writer {
  r = 0;
  private table: { top: number; cols: number } | null = null;
  constructor(
    readonly b: SheetBuilder,
    readonly cols: number,
  ) {}

  line(text: string, bold = false): void {
    const cols = this.table?.cols ?? this.cols;
    this.b.set(this.r, 0, text, { bold });
    this.b.merge(this.r++, 0, 1, cols);
  }

  /** A blank row, a bold caption and the table's bordered header; the table before is closed. */
  section(title: string, header: readonly OutputValue[]): void {
    this.close();
    this.r++;
    this.b.caption(this.r++, title, Math.max(header.length, CAPTION_COLS));
    this.table = { top: this.r, cols: header.length };
    this.b.header(this.r++, header);
  }

  /** Boxes the open table, from its header to the last row written. */
  close(): void {
    if (this.table) this.b.box(this.table.top, 0, this.r - this.table.top, this.table.cols);
    this.table = null;
  }

  /** An id in column A and a name merged over B–D (the columns the widest tables use for names). */
  named(id: OutputValue, name: string): void {
    this.b.row(this.r, [id, name]);
    this.b.merge(this.r, 1, 1, NAME_COLS);
  }

  /** A header whose second cell (the name) is merged over B–D like the rows below it. */
  namedSection(title: string, header: readonly OutputValue[]): void {
    this.section(title, header);
    this.b.merge(this.r - 1, 1, 1, NAME_COLS);
  }

  /** A verdict cell, coloured to repeat its word. */
  verdict(col: number, v: YearVerdict | null): void {
    if (v === null) this.b.set(this.r, col, m.noVerdict, { fill: 'missing' });
    else this.b.set(this.r, col, YEAR_VERDICT_WORDS[v], { fill: VERDICT_FILLS[v] });
  }

  /** The values of each year, the change and the latest standard from `col`; returns the next column. */
  series(col: number, s: Series, format: string): number {
    s.values.forEach((v, i) => this.b.set(this.r, col + i, v ?? m.noValue, { format }));
    let c = col + s.values.length;
    this.b.set(this.r, c++, s.change ?? m.noValue, { format });
    this.b.set(this.r, c++, s.standards[s.standards.length - 1] ?? m.noValue, { format });
    return c;
  }
}

/** The 年度对比 sheet of a comparison. */
export function buildCompareSheet(c: Comparison): SheetSpec {
  const n = c.years.length;
  const trendCols = 6 + Math.max(0, ...c.trends.map((t) => t.years.length));
  const w = new Writer(new SheetBuilder(COMPARE_SHEET), Math.max(GROWTH_COLS, 7 + n, trendCols));
  w.b.title(m.sheetTitle(c.county, c.years), w.cols);
  // Several tables with different columns: the title, not one table's header, is repeated on every page.
  w.b.repeatRows(0, 0);
  w.r = 1;
  head(w, c);
  coefficients(w, c);
  items(w, c);
  trendTable(w, c);
  chains(w, c);
  movers(w, c);
  ledger(w, c);
  schools(w, c);
  growth(w, c);
  jumps(w, c);
  parts(w, c);
  w.close();
  const widths = [14, 24, 10, 34, ...Array.from({ length: n }, () => 12), 12, 18, 14, 40];
  return w.b.build(widths);
}

function yearHeaders(c: Comparison): string[] {
  return c.years.map(m.yearColumn);
}

function head(w: Writer, c: Comparison): void {
  w.line(c.files.map((f, i) => `${f}（${m.yearColumn(c.years[i])}）`).join(' → '));
  w.line(c.baseline ? m.baselineNote(c.years[0]) : m.previousNote);
  w.line(m.alertTitle, true);
  if (c.alerts.length === 0) w.line(m.stillMeets);
  else {
    w.b.set(w.r, 0, m.noLongerMeets(c.alerts), { fill: 'fail' });
    w.b.merge(w.r++, 0, 1, w.cols);
  }
  const notes = c.issues.filter((i) => i.code !== 'input-jump' && i.code !== 'broken-chain');
  if (notes.length > 0) {
    w.r++;
    w.line(m.issuesTitle, true);
    for (const i of notes) w.line(i.message);
  }
  w.r++;
  w.line(m.rulesTitle, true);
  const s = c.settings;
  const pct = (x: number): string => `${Number((x * 100).toPrecision(12))}%`;
  const rules = m.rules({
    levelMargin: `标准的 ${pct(s.levelMargin)}`,
    cvMargin: String(s.cvMargin),
    growth: pct(s.growthShare),
    jump: pct(s.jumpShare),
    steady: pct(s.steadyStudents),
    top: s.topSchools,
    floor: String(s.moverFloor),
  });
  for (const line of rules) w.line(line);
}

function coefficients(w: Writer, c: Comparison): void {
  const header = [H.stage, H.indicator, null, null, ...yearHeaders(c), H.change, H.limit, H.verdict];
  w.namedSection(m.sections.coefficients, header);
  for (const stage of ['primary', 'junior'] as const) {
    for (const id of INDICATOR_IDS) {
      const s = c.coefficients[stage][id];
      w.named(STAGE_WORDS[stage], `${id} ${INDICATOR_NAMES[id]}`);
      w.verdict(w.series(4, s, FORMATS.cv), s.verdict);
      w.r++;
    }
  }
}

const QUALITY_GROUPS: ReadonlySet<ItemGroup> = new Set(['guarantee', 'quality', 'recognition']);

/** G1–G15, Q1–Q9 and S1, then the 履职 checks, then the checks across years, each a table of its own. */
function items(w: Writer, c: Comparison): void {
  const tables: [string, ItemSeries[]][] = [
    [m.sections.items, c.items.filter((i) => QUALITY_GROUPS.has(i.group))],
    [m.sections.duties, c.items.filter((i) => i.group === 'duties')],
    [m.sections.government, c.items.filter((i) => i.group === 'government')],
  ];
  for (const [title, list] of tables) {
    if (list.length === 0) continue;
    w.namedSection(title, [H.item, H.name, null, null, ...yearHeaders(c), H.change, H.standard, H.verdict]);
    if (title === m.sections.government) w.line(m.governmentNote);
    for (const i of list) itemRow(w, i);
  }
}

/** The number format of an item: a 履职 or cross-year figure by its unit, a G/Q/S item by its id. */
function formatOf(i: ItemSeries): string {
  if (i.unit === null) return itemFormat(i.id);
  return i.unit === '%' ? FORMATS.percent : FORMATS.value;
}

/** The word standing in a year's cell that has no figure: 达标, 基本达标 (self-assessed), 未佐证, 仅供参考. */
function statusWord(i: ItemSeries, status: ItemSeries['statuses'][number]): string | null {
  if (status === null) return null;
  if (i.group === 'duties' || i.group === 'government') return DUTY_STATUS_WORDS[status === 'basic' ? 'fail' : status];
  return status === 'info' ? DUTY_STATUS_WORDS.info : ITEM_STATUS_WORDS[status];
}

function itemRow(w: Writer, i: ItemSeries): void {
  w.named(i.id, i.unit && i.unit !== '%' ? `${i.name}（${i.unit}）` : i.name);
  const col = w.series(4, i, formatOf(i));
  i.values.forEach((v, y) => {
    const word = v === null ? statusWord(i, i.statuses[y]) : null;
    if (word !== null) w.b.set(w.r, 4 + y, word);
  });
  // A rule in words (不低于上年, ≥97%) says more than the one number it compares with.
  if (i.rule !== null) w.b.set(w.r, col - 1, i.rule);
  const latest = i.statuses[i.statuses.length - 1];
  if (i.verdict === null && latest === 'info') w.b.set(w.r, col, DUTY_STATUS_WORDS.info);
  else w.verdict(col, i.verdict);
  w.r++;
}

/** H1 and H2 over the years: each year's figure, the way it moved last and for how long, and what follows. */
function trendTable(w: Writer, c: Comparison): void {
  if (c.trends.length === 0) return;
  // Every trend ends with the workbooks' years; one may reach further back (体质 has a 前年 column, 近视 not).
  const years = c.trends.reduce((a, t) => (t.years.length > a.length ? t.years : a), [] as string[]);
  w.namedSection(m.sections.trends, [
    H.item,
    H.name,
    null,
    null,
    ...years.map(m.yearColumn),
    H.direction,
    H.consequence,
  ]);
  for (const t of c.trends) {
    w.named(t.id, t.name);
    const from = 4 + years.length - t.values.length;
    for (let k = 4; k < from; k++) w.b.set(w.r, k, m.noValue);
    t.values.forEach((v, k) => w.b.set(w.r, from + k, v ?? m.noValue, { format: FORMATS.percent }));
    const col = 4 + years.length;
    const fill: FillKind | undefined = t.good === null ? undefined : t.good ? 'pass' : 'fail';
    w.b.set(w.r, col, m.trend.moved(m.trend[t.direction], t.consecutive), { fill });
    w.b.set(w.r, col + 1, t.consequence ?? m.trend.noConsequence);
    w.r++;
  }
}

/** Figures typed twice that disagree: the later workbook's 上年 (or 前年) beside the earlier one's own figure. */
function chains(w: Writer, c: Comparison): void {
  const list = c.issues.filter((i) => i.chain !== undefined);
  // Figures that agree say nothing: the table is there only when some disagree.
  if (list.length === 0) return;
  // The cells' addresses are long (file and sheet): each is merged over three columns, like the names above.
  const header = [H.item, H.laterCell, null, null, H.laterValue, H.earlierCell, null, null, H.earlierValue];
  w.section(m.sections.chains, header);
  for (const at of [1, 5]) w.b.merge(w.r - 1, at, 1, NAME_COLS);
  for (const i of list) {
    const x = i.chain as NonNullable<CompareIssue['chain']>;
    w.b.set(w.r, 0, x.item);
    w.b.set(w.r, 1, `${x.later.file} ${x.later.sheet}!${x.later.cell}`, { fill: 'near' });
    w.b.set(w.r, 4, x.later.value);
    w.b.set(w.r, 5, `${x.earlier.file} ${x.earlier.sheet}!${x.earlier.cell}`, { fill: 'near' });
    w.b.set(w.r, 8, x.earlier.value);
    for (const at of [1, 5]) w.b.merge(w.r, at, 1, NAME_COLS);
    w.r++;
  }
}

function movers(w: Writer, c: Comparison): void {
  w.section(m.sections.movers, [H.stage, H.indicator, H.code, H.school, H.before, H.after, H.effect, H.shareOfChange]);
  if (c.movers.length === 0) w.line(m.none);
  for (const x of c.movers) {
    w.b.row(w.r, [STAGE_WORDS[x.stage], `${x.indicator} ${INDICATOR_NAMES[x.indicator]}`, x.code, x.name]);
    w.b.set(w.r, 4, x.before ?? m.noValue, { format: FORMATS.value });
    w.b.set(w.r, 5, x.after ?? m.noValue, { format: FORMATS.value });
    w.b.set(w.r, 6, x.effect, { format: '+0.000;-0.000;0.000' });
    w.b.set(w.r, 7, x.share, { format: FORMATS.percent });
    w.r++;
  }
}

function stageWord(stage: Stage | null): string {
  return stage === null ? '' : STAGE_WORDS[stage];
}

function ledger(w: Writer, c: Comparison): void {
  const header = [H.status, H.code, H.school, H.stage, H.item, H.value, H.standard, H.amount, H.unit, H.action];
  w.section(m.sections.ledger, header);
  const groups: [keyof Comparison['ledger'], FillKind][] = [
    ['new', 'fail'],
    ['reopened', 'fail'],
    ['open', 'near'],
    ['closed', 'pass'],
  ];
  for (const [kind, fill] of groups) {
    for (const e of c.ledger[kind]) ledgerRow(w, m.ledgerStatus[kind], fill, e);
  }
  if (groups.every(([k]) => c.ledger[k].length === 0)) w.line(m.none);
}

function ledgerRow(w: Writer, status: string, fill: FillKind, e: LedgerEntry): void {
  w.b.set(w.r, 0, status, { fill });
  w.b.row(w.r, [e.code, e.name, stageWord(e.stage), `${e.indicator} ${e.itemName}`], {}, 1);
  w.b.row(w.r, [e.value, e.standard, e.amount], { format: FORMATS.value }, 5);
  w.b.row(w.r, [e.unit, e.action ?? (e.schoolGone ? m.schoolGone : null)], {}, 8);
  w.r++;
}

function schools(w: Writer, c: Comparison): void {
  w.section(m.sections.schools, [H.event, H.code, H.school, H.year, H.detail]);
  const rows: [string, { code: string; name: string; year: string; what: string }][] = [
    ...c.schoolEvents.added.map((e) => [m.events.added, e] as [string, typeof e]),
    ...c.schoolEvents.removed.map((e) => [m.events.removed, e] as [string, typeof e]),
    ...c.schoolEvents.changed.map((e) => [m.events.changed, e] as [string, typeof e]),
  ];
  if (rows.length === 0) w.line(m.none);
  for (const [event, e] of rows) w.b.row(w.r++, [event, e.code, e.name, e.year, e.what]);
}

function growth(w: Writer, c: Comparison): void {
  const header = [H.code, H.school, H.stage, H.indicator, H.studentsBefore, H.studentsAfter, H.growth, H.value];
  w.section(m.sections.growth, [...header, H.standard, H.aloneBreaks, H.action]);
  if (c.growth.length === 0) w.line(m.none);
  for (const g of c.growth) {
    const lines = g.needs.length > 0 ? g.needs : [null];
    for (const n of lines) {
      w.b.row(w.r, [
        g.code,
        g.name,
        STAGE_WORDS[g.stage],
        n ? `${n.indicator} ${INDICATOR_NAMES[n.indicator]}` : m.none,
      ]);
      w.b.row(w.r, [g.before, g.after], { format: FORMATS.integer }, 4);
      w.b.set(w.r, 6, g.share, { format: FORMATS.percent });
      if (n) {
        w.b.row(w.r, [n.value, n.standard], { format: FORMATS.value }, 7);
        w.b.row(w.r, [n.aloneBreaks ? m.yes : m.no, n.action], {}, 9);
      }
      w.r++;
    }
  }
}

function jumps(w: Writer, c: Comparison): void {
  w.section(m.sections.jumps, [H.afterCell, H.detail]);
  const list = c.issues.filter((i) => i.code === 'input-jump');
  if (list.length === 0) w.line(m.none);
  for (const i of list) {
    w.b.set(w.r, 0, i.cell ? `${i.sheet}!${i.cell}` : null, { fill: 'near' });
    w.b.set(w.r++, 1, i.message);
  }
}

function parts(w: Writer, c: Comparison): void {
  const header = [H.code, H.school, H.stage, H.indicator, ...yearHeaders(c), H.change, H.standard, H.verdict];
  w.section(m.sections.parts, header);
  for (const p of c.parts) {
    const ids = [p.code, p.name, STAGE_WORDS[p.stage]];
    if (p.included.every((x) => x !== true)) {
      // Outside 资源配置 every year (a 教学点 below 50 pupils): one line, not seven of 无法比较.
      w.b.row(w.r, ids);
      w.b.set(w.r, 3, m.neverIncluded(p.excludedReason ?? ''), { fill: 'missing' });
      w.b.merge(w.r++, 3, 1, header.length - 3);
      continue;
    }
    for (const id of INDICATOR_IDS) {
      const s = p.indicators[id];
      w.b.row(w.r, [...ids, `${id} ${INDICATOR_NAMES[id]}`]);
      w.verdict(w.series(4, s, FORMATS.value), s.verdict);
      w.r++;
    }
    w.b.row(w.r, [...ids, H.partVerdict]);
    p.verdicts.forEach((v, y) => partVerdict(w, 4 + y, v));
    w.r++;
  }
}

function partVerdict(w: Writer, col: number, v: Verdict | null): void {
  if (v === null) w.b.set(w.r, col, m.noValue);
  else w.b.set(w.r, col, VERDICT_WORDS[v], { fill: v === 'pass' ? 'pass' : v === 'fail' ? 'fail' : 'missing' });
}

function countOf(items: readonly ItemSeries[], v: YearVerdict): number {
  return items.filter((i) => i.verdict === v).length;
}

/** The short Chinese summary of a comparison: printed by the command, shown by the pane. */
export function compareSummaryLines(c: Comparison): string[] {
  const lines = [m.summaryTitle(c.county, c.years), m.summaryCounts(c.counts)];
  lines.push(c.alerts.length > 0 ? m.noLongerMeets(c.alerts) : m.stillMeets);
  const duties = c.items.filter((i) => i.group === 'duties' || i.group === 'government');
  if (duties.length > 0) lines.push(m.summaryDuties(countOf(duties, 'slipped'), countOf(duties, 'still-failing')));
  for (const t of c.trends) lines.push(m.summaryTrend(t.name, m.trend.moved(m.trend[t.direction], t.consecutive)));
  const chained = c.issues.filter((i) => i.code === 'broken-chain').length;
  if (chained > 0) lines.push(m.summaryChains(chained));
  if (c.problems.length > 0) lines.push(m.summaryProblems(c.problems.length));
  lines.push(m.summaryLedger(c.ledger.new.length, c.ledger.reopened.length, c.ledger.closed.length));
  lines.push(m.summarySchools(c.schools.added.length, c.schools.removed.length, c.schools.changed.length));
  if (c.issues.length > 0) lines.push(m.summaryWarnings(c.issues.length));
  return lines;
}
