/**
 * The five output sheets of OUTPUT.md, built as plain SheetSpecs from an EvaluationResult.
 * Numbers are written unrounded with a display format (RULES.md §7), so a statistician who
 * clicks a cell sees the exact figure the verdict was made on.
 */
import { a1Range } from '../a1';
import { OUTPUT_SHEETS } from '../columns';
import type { Stage } from '../model';
import { INDICATOR_NAMES, INDICATOR_SHORT, STAGE_WORDS, outputMessages as M } from '../messages';
import type { EvaluationResult, ItemResult, PartResult, StageCoefficients } from '../result';
import { INDICATOR_IDS } from '../result';
import type { FontSpec, SheetSpec } from '../sheetSpec';
import { writeCountTables } from './countTables';
import { FORMATS, moneyFormat, percentFormat, percentPointsFormat } from './numberFormats';
import { SheetBuilder } from './sheetBuilder';
import { coefficientCell, indicatorStatusCell, itemStatusCell, verdictCell } from './statusStyle';
import { buildDutiesSheet } from './dutiesSheet';

const STAGES: readonly Stage[] = ['primary', 'junior'];

export interface OutputOptions {
  /** Time of the run as shown on 评估汇总 (ISO text or any display text). */
  runTime: string;
  /** Typeface of the sheets; 宋体 11 pt when not given. */
  font?: FontSpec;
}

/**
 * The five output sheets, in the order of OUTPUT_SHEETS: 评估汇总, 指标结果, 差异系数, 整改台账, 数据问题; then 履职评价
 * when the workbook has 履职数据.
 */
export function buildOutputSheets(result: EvaluationResult, opts: OutputOptions): SheetSpec[] {
  return [
    buildSummarySheet(result, opts),
    buildIndicatorSheet(result, opts.font),
    buildCoefficientSheet(result, opts.font),
    buildLedgerSheet(result, opts.font),
    buildIssuesSheet(result, opts.font),
    ...(result.dutiesSheet ? [buildDutiesSheet(result)] : []),
  ];
}

/** Counts of the seed-000 table for one 学段: parts passing each indicator, and passing overall. */
export function stagePassCounts(
  parts: readonly PartResult[],
  stage: Stage,
): { included: number; indicators: number[]; composite: number } {
  const mine = parts.filter((p) => p.included && p.stage === stage);
  return {
    included: mine.length,
    indicators: INDICATOR_IDS.map((id) => mine.filter((p) => p.indicators[id].status === 'pass').length),
    composite: mine.filter((p) => p.verdict === 'pass').length,
  };
}

const PERCENT_ITEMS = new Set([
  'G3',
  'G4',
  'G5',
  'G6',
  'G9',
  'G11',
  'G12',
  'G13',
  'G14',
  'G15',
  'Q1',
  'Q2',
  'Q4',
  'S1',
]);
const MONEY_ITEMS = new Set(['G7', 'G8']);
/** Items judged school by school (OUTPUT.md): their 数值 is the share of schools that meet them. */
const SCHOOL_SHARE_ITEMS = new Set(['G3', 'G4', 'G5', 'G6', 'Q4']);

/**
 * Display format of one of an item's figures: ratios as percentages (pct2, trailing zeros dropped), money in 元
 * (whole when whole), Q9's level whole. With `guard`, a failing value never shows as its standard.
 */
export function itemFormat(
  id: string,
  v: number | null = null,
  guard?: { standard: number | null; failing: boolean },
): string {
  if (PERCENT_ITEMS.has(id)) return percentFormat(v, guard);
  if (MONEY_ITEMS.has(id)) return moneyFormat(v);
  if (id === 'Q9') return FORMATS.integer;
  return FORMATS.value;
}

/** Format of the second figure: Q9's is a 校际差异率 (three decimals); others are formatted as the first. */
function item2Format(id: string, v: number | null, guard: { standard: number | null; failing: boolean }): string {
  return id === 'Q9' ? FORMATS.cv : itemFormat(id, v, guard);
}

/** Columns of 评估汇总's widest table (学段 | 类别 | 7 indicators | 综合评价). */
const SUMMARY_COLS = 2 + INDICATOR_IDS.length + 1;

function buildSummarySheet(result: EvaluationResult, opts: OutputOptions): SheetSpec {
  const b = new SheetBuilder(OUTPUT_SHEETS.summary, opts.font);
  b.title(M.summaryTitleOf(result.county), SUMMARY_COLS);
  let r = writeSummaryHead(b, 1, result, opts.runTime);
  r = writeResourceTable(b, r + 1, result);
  const cv = writeCoefficientTable(b, r + 1, result);
  r = writeItemTables(b, cv.next + 1, result);
  writeCountTables(b, r + 1, result);
  // Several tables follow one another here: only the title is repeated on every printed page.
  b.repeatRows(0, 0);
  return b.build([34, 30, 14, 14, 14, 14, 14, 14, 14, 14], {
    chart: {
      title: M.chartTitle,
      dataRange: cv.chartBlock,
      anchor: `L${cv.header + 1}`,
      anchorEnd: `T${cv.header + 20}`,
    },
  });
}

/** County, year, run time, verdict, the five parts' verdicts and the blockers, from row `r`; the next free row. */
function writeSummaryHead(b: SheetBuilder, r: number, result: EvaluationResult, runTime: string): number {
  const head: [string, string][] = [
    [M.county, result.county],
    [M.year, result.year],
    [M.runTime, runTime],
  ];
  for (const [label, value] of head) {
    b.set(r, 0, label, { bold: true, border: true });
    b.set(r, 1, value, { border: true });
    r++;
  }
  b.set(r, 0, M.verdict, { bold: true, border: true });
  const v = verdictCell(result.verdict);
  b.set(r, 1, v.word, { fill: v.fill, bold: true, border: true });
  r++;
  // The four parts of the method and the vetoes, side by side.
  const sections = [
    [M.sections.resources, result.sections.resources],
    [M.sections.guarantee, result.sections.guarantee],
    [M.sections.quality, result.sections.quality],
    [M.sections.recognition, result.sections.recognition],
    [M.sections.vetoes, result.sections.vetoes],
  ] as const;
  sections.forEach(([label, verdict], i) => {
    b.set(r, 2 * i, label, { bold: true, border: true });
    const c = verdictCell(verdict);
    b.set(r, 2 * i + 1, c.word, { fill: c.fill, border: true });
  });
  r++;
  b.caption(r++, M.blockersTitle, SUMMARY_COLS);
  if (result.blockers.length === 0) b.set(r++, 0, M.noBlockers);
  for (const line of result.blockers) {
    b.set(r, 0, line);
    b.merge(r, 0, 1, SUMMARY_COLS);
    r++;
  }
  return r;
}

/**
 * 资源配置 table in the shape of seed 000: 学段 | 类别 | 7 indicators | 综合评价, a numbering row, two rows per
 * 学段; the ratio row is in percent under its "（%）" label (94.55, 100). Returns the next free row.
 */
function writeResourceTable(b: SheetBuilder, r: number, result: EvaluationResult): number {
  b.caption(r++, M.resourcesTitle, SUMMARY_COLS);
  const top = r;
  b.header(r++, [
    M.stageHeader,
    M.categoryHeader,
    ...INDICATOR_IDS.map((id) => INDICATOR_NAMES[id]),
    M.compositeEvaluation,
  ]);
  b.header(r++, INDICATOR_IDS.map((_, i) => i + 1).concat([INDICATOR_IDS.length + 1]), 2);
  const included: Record<Stage, number> = { primary: 0, junior: 0 };
  for (const stage of STAGES) {
    const counts = stagePassCounts(result.parts, stage);
    included[stage] = counts.included;
    b.set(r, 0, STAGE_WORDS[stage], { header: true });
    b.merge(r, 0, 2, 1);
    b.set(r, 1, M.passCountRow);
    b.row(r, [...counts.indicators, counts.composite], { format: FORMATS.integer }, 2);
    b.set(r + 1, 1, M.passRatioRow);
    [...counts.indicators, counts.composite].forEach((n, i) => {
      const pct = counts.included > 0 ? (n / counts.included) * 100 : null;
      const guard = { standard: 100, failing: n < counts.included };
      b.set(r + 1, 2 + i, pct, { format: percentPointsFormat(pct, guard) });
    });
    r += 2;
  }
  b.box(top, 0, r - top, SUMMARY_COLS);
  b.set(r, 0, M.includedNote(included.primary, included.junior));
  b.merge(r, 0, 1, SUMMARY_COLS);
  return r + 1;
}

/** Coefficients: one row per indicator, so the first five columns are the chart's data block. */
function writeCoefficientTable(
  b: SheetBuilder,
  r: number,
  result: EvaluationResult,
): { next: number; header: number; chartBlock: string } {
  b.caption(r++, M.cvTitle, SUMMARY_COLS);
  const header = r;
  b.header(r++, [...M.cvHeader]);
  const { primary, junior } = result.coefficients;
  for (const id of INDICATOR_IDS) {
    const p = primary[id];
    const j = junior[id];
    b.set(r, 0, INDICATOR_NAMES[id]);
    b.set(r, 1, p.cv, { format: FORMATS.cv });
    b.set(r, 2, j.cv, { format: FORMATS.cv });
    b.set(r, 3, p.limit, { format: FORMATS.limit });
    b.set(r, 4, j.limit, { format: FORMATS.limit });
    const pc = coefficientCell(p.pass);
    const jc = coefficientCell(j.pass);
    b.set(r, 5, pc.word, { fill: pc.fill });
    b.set(r, 6, jc.word, { fill: jc.fill });
    r++;
  }
  const chartBlock = a1Range(header, 0, INDICATOR_IDS.length + 1, 5);
  b.set(r, 0, M.compositeCv);
  b.set(r, 1, primary.composite, { format: FORMATS.cv });
  b.set(r, 2, junior.composite, { format: FORMATS.cv });
  r++;
  b.box(header, 0, r - header, M.cvHeader.length);
  return { next: r, header, chartBlock };
}

/** G, Q, S items and the vetoes, from row `r`; the next free row. */
function writeItemTables(b: SheetBuilder, r: number, result: EvaluationResult): number {
  b.caption(r++, M.itemsTitle, SUMMARY_COLS);
  const top = r;
  b.header(r, [...M.itemsHeader]);
  b.merge(r++, M.itemsHeader.length - 1, 1, SUMMARY_COLS - M.itemsHeader.length + 1);
  for (const item of [...result.guarantee, ...result.quality, result.recognition]) {
    r = writeItem(b, r, item);
  }
  b.box(top, 0, r - top, SUMMARY_COLS);
  r++;
  const vetoTop = r;
  b.header(r++, [...M.vetoHeader]);
  for (const veto of result.vetoes) {
    b.set(r, 0, veto.item);
    b.set(r, 1, veto.value === null ? null : veto.value ? M.vetoYes : M.vetoNo);
    b.set(r, 2, M.vetoStandard);
    const status = veto.value === null ? 'missing' : veto.value ? 'fail' : 'pass';
    const c = itemStatusCell(status);
    b.set(r, 3, c.word, { fill: c.fill });
    r++;
  }
  b.box(vetoTop, 0, r - vetoTop, M.vetoHeader.length);
  return r;
}

/** One item: value and standard formatted alike (a failing value never as its standard), the detail merged wide. */
function writeItem(b: SheetBuilder, r: number, item: ItemResult): number {
  const failing = item.status !== 'pass';
  const detailCol = M.itemsHeader.length - 1;
  const detailSpan = SUMMARY_COLS - detailCol;
  b.set(r, 0, item.id);
  // A school-by-school item's value is the share of schools that meet it, not the indicator's own figure.
  b.set(r, 1, SCHOOL_SHARE_ITEMS.has(item.id) ? `${item.name}${M.schoolShareSuffix}` : item.name);
  b.set(r, 2, item.value, { format: itemFormat(item.id, item.value, { standard: item.standard, failing }) });
  b.set(r, 3, item.standard, { format: itemFormat(item.id, item.standard) });
  const c = itemStatusCell(item.status);
  b.set(r, 4, c.word, { fill: c.fill });
  b.set(r, detailCol, item.detail);
  b.merge(r, detailCol, 1, detailSpan);
  let next = r + 1;
  if (item.value2 !== undefined || item.standard2 !== undefined) {
    const v2 = item.value2 ?? null;
    const s2 = item.standard2 ?? null;
    b.set(next, 1, M.value2Label[item.id] ?? null);
    b.set(next, 2, v2, { format: item2Format(item.id, v2, { standard: s2, failing }) });
    b.set(next, 3, s2, { format: item2Format(item.id, s2, { standard: null, failing: false }) });
    b.merge(next, detailCol, 1, detailSpan);
    next++;
  }
  return next;
}

function unmetList(part: PartResult): string {
  // 未达标 only: an indicator still 待填报 is not a shortfall, and the part's verdict already says 待填报.
  return INDICATOR_IDS.filter((id) => part.indicators[id].status === 'fail' || part.indicators[id].status === 'near')
    .map((id) => `${id}${INDICATOR_NAMES[id]}（${indicatorStatusCell(part.indicators[id].status).word}）`)
    .join('；');
}

function buildIndicatorSheet(result: EvaluationResult, font?: FontSpec): SheetSpec {
  const b = new SheetBuilder(OUTPUT_SHEETS.indicators, font);
  const head = M.partsHeader.length;
  const n = INDICATOR_IDS.length;
  const tailCol = head + 2 * n;
  b.title(`${result.county}${M.indicatorsTitle}`, tailCol + M.partsTail.length);
  // Two header rows: the groups 指标值 / 达标情况 merged over their seven columns.
  M.partsHeader.forEach((h, i) => {
    b.set(1, i, h, { header: true });
    b.merge(1, i, 2, 1);
  });
  b.set(1, head, M.valuesGroup, { header: true });
  b.merge(1, head, 1, n);
  b.set(1, head + n, M.statusGroup, { header: true });
  b.merge(1, head + n, 1, n);
  M.partsTail.forEach((h, i) => {
    b.set(1, tailCol + i, h, { header: true });
    b.merge(1, tailCol + i, 2, 1);
  });
  INDICATOR_IDS.forEach((id, i) => {
    b.set(2, head + i, `${id} ${INDICATOR_SHORT[id]}`, { header: true });
    b.set(2, head + n + i, id, { header: true });
  });
  b.box(1, 0, 2, tailCol + M.partsTail.length);
  b.repeatRows(1, 2);

  let r = 3;
  for (const part of result.parts.filter((p) => p.included)) {
    b.row(r, [part.code, part.name, STAGE_WORDS[part.stage]]);
    b.set(r, 3, part.students, { format: FORMATS.integer });
    INDICATOR_IDS.forEach((id, i) => {
      const ind = part.indicators[id];
      b.set(r, head + i, ind.value, { format: FORMATS.value });
      const c = indicatorStatusCell(ind.status);
      b.set(r, head + n + i, c.word, { fill: c.fill });
    });
    b.set(r, tailCol, part.passCount, { format: FORMATS.integer });
    const v = verdictCell(part.verdict);
    b.set(r, tailCol + 1, v.word, { fill: v.fill });
    b.set(r, tailCol + 2, unmetList(part) || null);
    const borderline = INDICATOR_IDS.filter((id) => part.indicators[id].borderline);
    b.set(r, tailCol + 3, borderline.length > 0 ? `${borderline.join('、')}：${M.borderlineNote}` : null);
    r++;
  }
  b.box(3, 0, r - 3, tailCol + M.partsTail.length);

  r++;
  b.caption(r++, M.excludedTitle, M.excludedHeader.length);
  const top = r;
  b.header(r++, [...M.excludedHeader]);
  const excluded = result.parts.filter((p) => !p.included);
  if (excluded.length === 0) b.set(r++, 0, M.noExcluded);
  // The reason is merged over the indicator columns, which are too narrow for a sentence.
  const reasonCol = M.excludedHeader.length - 1;
  b.merge(top, reasonCol, 1, INDICATOR_IDS.length);
  for (const part of excluded) {
    b.row(r, [part.code, part.name, STAGE_WORDS[part.stage], part.students, part.excludedReason]);
    b.merge(r, reasonCol, 1, INDICATOR_IDS.length);
    r++;
  }
  b.box(top, 0, r - top, reasonCol + INDICATOR_IDS.length);
  const caps = [16, 26, 6, 10, ...INDICATOR_IDS.map(() => 12), ...INDICATOR_IDS.map(() => 12), 9, 9, 30, 20];
  return b.build(caps, { freeze: { rows: 3, cols: 2 } });
}

function writeStageCoefficients(b: SheetBuilder, r: number, stage: Stage, coeffs: StageCoefficients): number {
  const top = r;
  for (const id of INDICATOR_IDS) {
    const c = coeffs[id];
    b.row(r, [STAGE_WORDS[stage], `${id} ${INDICATOR_NAMES[id]}`]);
    b.set(r, 2, c.n, { format: FORMATS.integer });
    b.set(r, 3, c.mean, { format: FORMATS.value });
    b.set(r, 4, c.sd, { format: FORMATS.value });
    b.set(r, 5, c.cv, { format: FORMATS.cv });
    b.set(r, 6, c.limit, { format: FORMATS.limit });
    const s = coefficientCell(c.pass);
    b.set(r, 7, s.word, { fill: s.fill });
    b.set(r, 8, c.borderline ? M.borderlineNote : null);
    r++;
  }
  b.row(r, [STAGE_WORDS[stage], M.compositeCv]);
  b.set(r, 5, coeffs.composite, { format: FORMATS.cv });
  b.box(top, 0, r - top + 1, M.cvSheetHeader.length);
  return r + 1;
}

function buildCoefficientSheet(result: EvaluationResult, font?: FontSpec): SheetSpec {
  const b = new SheetBuilder(OUTPUT_SHEETS.coefficients, font);
  b.title(`${result.county}${M.cvSheetTitle}`, M.cvSheetHeader.length);
  b.header(1, [...M.cvSheetHeader]);
  // Two tables with different columns: the title, not the first table's header, is repeated on every page.
  b.repeatRows(0, 0);
  let r = 2;
  for (const stage of STAGES) r = writeStageCoefficients(b, r, stage, result.coefficients[stage]);
  r++;
  b.caption(r++, M.contributorsTitle, M.cvSheetHeader.length);
  const top = r;
  b.header(r++, [...M.contributorsHeader]);
  for (const stage of STAGES) {
    for (const id of INDICATOR_IDS) {
      for (const t of result.coefficients[stage][id].top) {
        b.row(r, [STAGE_WORDS[stage], `${id} ${INDICATOR_NAMES[id]}`, t.code, t.name]);
        b.set(r, 4, t.value, { format: FORMATS.value });
        b.set(r, 5, t.students, { format: FORMATS.integer });
        b.set(r, 6, t.share, { format: FORMATS.percent });
        r++;
      }
    }
  }
  b.box(top, 0, r - top, M.contributorsHeader.length);
  return b.build([8, 44, 12, 26, 12, 12, 10, 12, 30], { freeze: { rows: 2, cols: 0 } });
}

/** Q4 is a share of the budget; G3–G5 count rooms, pupils and classes; the rest are indicator values. */
function ledgerFormat(item: string): string {
  if (item === 'Q4') return FORMATS.percent;
  if (item === 'G3' || item === 'G4' || item === 'G5') return FORMATS.integer;
  return FORMATS.value;
}

function buildLedgerSheet(result: EvaluationResult, font?: FontSpec): SheetSpec {
  const b = new SheetBuilder(OUTPUT_SHEETS.ledger, font);
  b.title(`${result.county}${M.ledgerTitle}`, M.ledgerHeader.length);
  b.header(1, [...M.ledgerHeader]);
  b.repeatRows(1, 1);
  let r = 2;
  if (result.shortfalls.length === 0) b.set(r++, 0, M.noShortfalls);
  for (const s of result.shortfalls) {
    b.row(r, [s.code, s.name, s.stage ? STAGE_WORDS[s.stage] : null, s.item, s.itemName]);
    const format = ledgerFormat(s.item);
    b.set(r, 5, s.value, { format });
    b.set(r, 6, s.standard, { format });
    b.set(r, 7, s.gap, { format });
    b.set(r, 8, s.amount);
    b.set(r, 9, s.unit);
    b.set(r, 10, s.action);
    r++;
  }
  b.box(1, 0, r - 1, M.ledgerHeader.length);
  return b.build([16, 26, 6, 6, 30, 12, 12, 12, 12, 8, 40], { freeze: { rows: 2, cols: 2 } });
}

function buildIssuesSheet(result: EvaluationResult, font?: FontSpec): SheetSpec {
  const b = new SheetBuilder(OUTPUT_SHEETS.issues, font);
  b.title(`${result.county}${M.issuesTitle}`, M.issuesHeader.length);
  b.header(1, [...M.issuesHeader]);
  b.repeatRows(1, 1);
  // Errors first: they change figures, warnings only ask for a second look. The sort is stable.
  const issues = [...result.issues].sort((x, y) => Number(x.severity === 'warning') - Number(y.severity === 'warning'));
  let r = 2;
  if (issues.length === 0) b.set(r++, 0, M.noIssues);
  for (const issue of issues) {
    b.set(r, 0, M.severity[issue.severity], { fill: issue.severity === 'error' ? 'fail' : 'near' });
    b.row(r, [issue.sheet, issue.cell ?? M.wholeSheet, issue.message], {}, 1);
    r++;
  }
  b.box(1, 0, r - 1, M.issuesHeader.length);
  return b.build([10, 16, 10, 100], { freeze: { rows: 2, cols: 0 } });
}
