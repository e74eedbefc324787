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
import type { SheetSpec } from '../sheetSpec';
import { FORMATS, SheetBuilder } from './sheetBuilder';
import { coefficientCell, indicatorStatusCell, itemStatusCell, verdictCell } from './statusStyle';
import { buildDutiesSheet } from './dutiesSheet';

const STAGES: readonly Stage[] = ['primary', 'junior'];

export interface OutputOptions {
  /** Time of the run as shown on 评估汇总 (ISO text or any display text). */
  runTime: string;
}

/**
 * The five output sheets, in the order of OUTPUT_SHEETS: 评估汇总, 指标结果, 差异系数, 整改台账, 数据问题; then 履职评价
 * when the workbook has 履职数据.
 */
export function buildOutputSheets(result: EvaluationResult, opts: OutputOptions): SheetSpec[] {
  return [
    buildSummarySheet(result, opts),
    buildIndicatorSheet(result),
    buildCoefficientSheet(result),
    buildLedgerSheet(result),
    buildIssuesSheet(result),
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

/** Display format of an item's value and standard: ratios as percentages, money in 元, Q9's level whole. */
export function itemFormat(id: string): string {
  if (PERCENT_ITEMS.has(id)) return FORMATS.percent;
  if (MONEY_ITEMS.has(id)) return FORMATS.money;
  if (id === 'Q9') return FORMATS.integer;
  return FORMATS.value;
}

/** Format of the second figure: Q9's is a 校际差异率 (three decimals); others share the first's. */
function item2Format(id: string): string {
  return id === 'Q9' ? FORMATS.cv : itemFormat(id);
}

function buildSummarySheet(result: EvaluationResult, opts: OutputOptions): SheetSpec {
  const b = new SheetBuilder(OUTPUT_SHEETS.summary);
  const tableCols = 2 + INDICATOR_IDS.length + 1;
  b.set(0, 0, M.summaryTitle, { bold: true });
  b.merge(0, 0, 1, tableCols);
  b.set(1, 0, M.county, { bold: true });
  b.set(1, 1, result.county);
  b.set(2, 0, M.year, { bold: true });
  b.set(2, 1, result.year);
  b.set(3, 0, M.runTime, { bold: true });
  b.set(3, 1, opts.runTime);
  b.set(4, 0, M.verdict, { bold: true });
  const v = verdictCell(result.verdict);
  b.set(4, 1, v.word, { fill: v.fill, bold: true });

  // The four parts of the method and the vetoes, side by side.
  const sections = [
    [M.sections.resources, result.sections.resources],
    [M.sections.guarantee, result.sections.guarantee],
    [M.sections.quality, result.sections.quality],
    [M.sections.recognition, result.sections.recognition],
    [M.sections.vetoes, result.sections.vetoes],
  ] as const;
  sections.forEach(([label, verdict], i) => {
    b.set(5, 2 * i, label, { bold: true });
    const c = verdictCell(verdict);
    b.set(5, 2 * i + 1, c.word, { fill: c.fill });
  });

  b.set(6, 0, M.blockersTitle, { bold: true });
  let r = 7;
  if (result.blockers.length === 0) b.set(r++, 0, M.noBlockers);
  for (const line of result.blockers) {
    b.set(r, 0, line);
    b.merge(r, 0, 1, tableCols);
    r++;
  }

  // 资源配置 table in the shape of seed 000: 学段 | 类别 | 7 indicators | 综合评价, a numbering row, two rows per 学段.
  r++;
  b.set(r++, 0, M.resourcesTitle, { bold: true });
  b.row(
    r,
    [M.stageHeader, M.categoryHeader, ...INDICATOR_IDS.map((id) => INDICATOR_NAMES[id]), M.compositeEvaluation],
    {
      bold: true,
    },
  );
  r++;
  b.row(r, INDICATOR_IDS.map((_, i) => i + 1).concat([INDICATOR_IDS.length + 1]), {}, 2);
  r++;
  const included: Record<Stage, number> = { primary: 0, junior: 0 };
  for (const stage of STAGES) {
    const counts = stagePassCounts(result.parts, stage);
    included[stage] = counts.included;
    b.set(r, 0, STAGE_WORDS[stage], { bold: true });
    b.merge(r, 0, 2, 1);
    b.set(r, 1, M.passCountRow);
    b.row(r, [...counts.indicators, counts.composite], { format: FORMATS.integer }, 2);
    b.set(r + 1, 1, M.passRatioRow);
    const ratios = [...counts.indicators, counts.composite].map((n) =>
      counts.included > 0 ? n / counts.included : null,
    );
    b.row(r + 1, ratios, { format: FORMATS.percent }, 2);
    r += 2;
  }
  b.set(r++, 0, M.includedNote(included.primary, included.junior));

  // Coefficients: one row per indicator, so the first five columns are the chart's data block.
  r++;
  b.set(r++, 0, M.cvTitle, { bold: true });
  const cvHeaderRow = r;
  b.row(r++, [...M.cvHeader], { bold: true });
  const { primary, junior } = result.coefficients;
  for (const id of INDICATOR_IDS) {
    const p = primary[id];
    const j = junior[id];
    b.set(r, 0, INDICATOR_NAMES[id]);
    b.set(r, 1, p.cv, { format: FORMATS.cv });
    b.set(r, 2, j.cv, { format: FORMATS.cv });
    b.set(r, 3, p.limit, { format: FORMATS.cv });
    b.set(r, 4, j.limit, { format: FORMATS.cv });
    const pc = coefficientCell(p.pass);
    const jc = coefficientCell(j.pass);
    b.set(r, 5, pc.word, { fill: pc.fill });
    b.set(r, 6, jc.word, { fill: jc.fill });
    r++;
  }
  const chartBlock = a1Range(cvHeaderRow, 0, INDICATOR_IDS.length + 1, 5);
  b.set(r, 0, M.compositeCv);
  b.set(r, 1, primary.composite, { format: FORMATS.cv });
  b.set(r, 2, junior.composite, { format: FORMATS.cv });
  r++;

  // G, Q, S items and the vetoes.
  r++;
  b.set(r++, 0, M.itemsTitle, { bold: true });
  b.row(r++, [...M.itemsHeader], { bold: true });
  for (const item of [...result.guarantee, ...result.quality, result.recognition]) {
    r = writeItem(b, r, item);
  }
  r++;
  b.row(r++, [...M.vetoHeader], { bold: true });
  for (const veto of result.vetoes) {
    b.set(r, 0, veto.item);
    b.set(r, 1, veto.value === null ? null : veto.value ? M.vetoYes : M.vetoNo);
    b.set(r, 2, M.vetoStandard);
    const status = veto.value === null ? 'missing' : veto.value ? 'fail' : 'pass';
    const c = itemStatusCell(status);
    b.set(r, 3, c.word, { fill: c.fill });
    r++;
  }

  const chartTop = cvHeaderRow;
  return b.build([30, 20, 16, 16, 16, 16, 16, 16, 16, 12], {
    chart: {
      title: M.chartTitle,
      dataRange: chartBlock,
      anchor: `L${chartTop + 1}`,
      anchorEnd: `T${chartTop + 20}`,
    },
  });
}

function writeItem(b: SheetBuilder, r: number, item: ItemResult): number {
  const format = itemFormat(item.id);
  b.set(r, 0, item.id);
  b.set(r, 1, item.name);
  b.set(r, 2, item.value, { format });
  b.set(r, 3, item.standard, { format });
  const c = itemStatusCell(item.status);
  b.set(r, 4, c.word, { fill: c.fill });
  b.set(r, 5, item.detail);
  let next = r + 1;
  if (item.value2 !== undefined || item.standard2 !== undefined) {
    b.set(next, 1, M.value2Label[item.id] ?? null);
    const format2 = item2Format(item.id);
    b.set(next, 2, item.value2 ?? null, { format: format2 });
    b.set(next, 3, item.standard2 ?? null, { format: format2 });
    next++;
  }
  return next;
}

function unmetList(part: PartResult): string {
  return INDICATOR_IDS.filter((id) => part.indicators[id].status !== 'pass')
    .map((id) => `${id}${INDICATOR_NAMES[id]}（${indicatorStatusCell(part.indicators[id].status).word}）`)
    .join('；');
}

function buildIndicatorSheet(result: EvaluationResult): SheetSpec {
  const b = new SheetBuilder(OUTPUT_SHEETS.indicators);
  const head = M.partsHeader.length;
  const n = INDICATOR_IDS.length;
  const tailCol = head + 2 * n;
  // Two header rows: the groups 指标值 / 达标情况 merged over their seven columns.
  M.partsHeader.forEach((h, i) => {
    b.set(0, i, h, { bold: true });
    b.merge(0, i, 2, 1);
  });
  b.set(0, head, M.valuesGroup, { bold: true });
  b.merge(0, head, 1, n);
  b.set(0, head + n, M.statusGroup, { bold: true });
  b.merge(0, head + n, 1, n);
  M.partsTail.forEach((h, i) => {
    b.set(0, tailCol + i, h, { bold: true });
    b.merge(0, tailCol + i, 2, 1);
  });
  INDICATOR_IDS.forEach((id, i) => {
    b.set(1, head + i, `${id} ${INDICATOR_SHORT[id]}`, { bold: true });
    b.set(1, head + n + i, id, { bold: true });
  });

  let r = 2;
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

  r++;
  b.set(r++, 0, M.excludedTitle, { bold: true });
  b.row(r++, [...M.excludedHeader], { bold: true });
  const excluded = result.parts.filter((p) => !p.included);
  if (excluded.length === 0) b.set(r++, 0, M.noExcluded);
  for (const part of excluded) {
    b.row(r, [part.code, part.name, STAGE_WORDS[part.stage], part.students, part.excludedReason]);
    r++;
  }
  const widths = [16, 26, 6, 10, ...INDICATOR_IDS.map(() => 13), ...INDICATOR_IDS.map(() => 12), 9, 9, 50, 30];
  return b.build(widths, { freeze: { rows: 2, cols: 2 } });
}

function writeStageCoefficients(b: SheetBuilder, r: number, stage: Stage, coeffs: StageCoefficients): number {
  for (const id of INDICATOR_IDS) {
    const c = coeffs[id];
    b.row(r, [STAGE_WORDS[stage], `${id} ${INDICATOR_NAMES[id]}`]);
    b.set(r, 2, c.n, { format: FORMATS.integer });
    b.set(r, 3, c.mean, { format: FORMATS.value });
    b.set(r, 4, c.sd, { format: FORMATS.value });
    b.set(r, 5, c.cv, { format: FORMATS.cv });
    b.set(r, 6, c.limit, { format: FORMATS.cv });
    const s = coefficientCell(c.pass);
    b.set(r, 7, s.word, { fill: s.fill });
    b.set(r, 8, c.borderline ? M.borderlineNote : null);
    r++;
  }
  b.row(r, [STAGE_WORDS[stage], M.compositeCv]);
  b.set(r, 5, coeffs.composite, { format: FORMATS.cv });
  return r + 1;
}

function buildCoefficientSheet(result: EvaluationResult): SheetSpec {
  const b = new SheetBuilder(OUTPUT_SHEETS.coefficients);
  b.row(0, [...M.cvSheetHeader], { bold: true });
  let r = 1;
  for (const stage of STAGES) r = writeStageCoefficients(b, r, stage, result.coefficients[stage]);
  r++;
  b.set(r++, 0, M.contributorsTitle, { bold: true });
  b.row(r++, [...M.contributorsHeader], { bold: true });
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
  return b.build([8, 40, 12, 12, 12, 12, 10, 12, 30], { freeze: { rows: 1, cols: 0 } });
}

/** Q4 is a share of the budget; G3–G5 count rooms, pupils and classes; the rest are indicator values. */
function ledgerFormat(item: string): string {
  if (item === 'Q4') return FORMATS.percent;
  if (item === 'G3' || item === 'G4' || item === 'G5') return FORMATS.integer;
  return FORMATS.value;
}

function buildLedgerSheet(result: EvaluationResult): SheetSpec {
  const b = new SheetBuilder(OUTPUT_SHEETS.ledger);
  b.row(0, [...M.ledgerHeader], { bold: true });
  let r = 1;
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
  return b.build([16, 26, 6, 6, 34, 12, 12, 12, 12, 8, 44], { freeze: { rows: 1, cols: 2 } });
}

function buildIssuesSheet(result: EvaluationResult): SheetSpec {
  const b = new SheetBuilder(OUTPUT_SHEETS.issues);
  b.row(0, [...M.issuesHeader], { bold: true });
  // Errors first: they change figures, warnings only ask for a second look. The sort is stable.
  const issues = [...result.issues].sort((x, y) => Number(x.severity === 'warning') - Number(y.severity === 'warning'));
  let r = 1;
  if (issues.length === 0) b.set(r++, 0, M.noIssues);
  for (const issue of issues) {
    b.set(r, 0, M.severity[issue.severity], { fill: issue.severity === 'error' ? 'fail' : 'near' });
    b.row(r, [issue.sheet, issue.cell ?? M.wholeSheet, issue.message], {}, 1);
    r++;
  }
  return b.build([10, 16, 10, 90], { freeze: { rows: 1, cols: 0 } });
}
