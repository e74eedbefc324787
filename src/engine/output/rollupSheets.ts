/**
 * The roll-up workbook (MONITORING.md §2): 区县汇总 (one row per county), 区县对比 (each coefficient across
 * counties against its limit, worst first) and 数据问题 (every county's data issues with the county named).
 */
import {
  INDICATOR_NAMES,
  ITEM_STATUS_WORDS,
  ROLLUP_SHEETS,
  STAGE_WORDS,
  outputMessages,
  rollupMessages as M,
  sheetTitleMessages as T,
} from '../messages';
import type { CountyOutcome, CountySummary, Rollup } from '../monitoring/rollup';
import { ROLLUP_STAGES } from '../monitoring/rollup';
import { INDICATOR_IDS, type ItemStatus } from '../result';
import type { SheetSpec } from '../sheetSpec';
import { FORMATS, SheetBuilder, type FillKind } from './sheetBuilder';
import { coefficientCell, verdictCell } from './statusStyle';

/** Character widths that fit across an A4 landscape page at the sheets' font size. */
const LANDSCAPE_PAGE_CHARS = 130;

/** The three sheets of the roll-up workbook. */
export function buildRollupSheets(rollup: Rollup): SheetSpec[] {
  return [buildSummarySheet(rollup), buildComparisonSheet(rollup), buildIssuesSheet(rollup)];
}

/** G1–G15, Q1–Q9, S1: the item columns of 区县汇总, taken from the first usable county. */
function itemIds(rollup: Rollup): string[] {
  const first = rollup.counties.find((c): c is { file: string; summary: CountySummary } => 'summary' in c);
  return first ? first.summary.items.map((i) => i.id) : [];
}

function itemFill(s: ItemStatus): FillKind {
  return s === 'basic' ? 'near' : s;
}

function buildSummarySheet(rollup: Rollup): SheetSpec {
  const b = new SheetBuilder(ROLLUP_SHEETS.summary);
  const items = itemIds(rollup);
  const cvHeaders = ROLLUP_STAGES.flatMap((s) =>
    INDICATOR_IDS.flatMap((id) => [M.cvHeader(STAGE_WORDS[s], id), M.cvWordHeader(STAGE_WORDS[s], id)]),
  );
  const header = [...M.summaryHeaderStart, ...M.partsHeader, ...cvHeaders, ...M.sectionsHeader, ...items];
  const cols = header.length + M.issueCountHeader.length;
  const n = rollup.counties.length;
  b.title(T.rollupSummary(n), M.summaryHeaderStart.length);
  b.header(1, [...header, ...M.issueCountHeader]);
  rollup.counties.forEach((c, i) => writeCountyRow(b, i + 2, i + 1, c, items));
  b.box(1, 0, n + 1, cols);
  b.repeatRows(1, 1);
  // Under the table, the counts a 督导室 reports first; a blank row keeps them out of the table's filter range.
  const count = (v: string) => rollup.counties.filter((c) => 'summary' in c && c.summary.verdict === v).length;
  const unreadable = n - rollup.usable;
  b.caption(n + 3, M.verdictCounts(count('pass'), count('fail'), count('incomplete'), unreadable), 6);
  const widths = header.map((_, c) => (c === 1 ? 24 : c === 5 || c === 6 ? 40 : c === 0 ? 6 : 12));
  const spec = b.build([...widths, 10, 10], { freeze: { rows: 2, cols: 3 } });
  // Some eighty columns fitted to one page wide would print too small to read: the table runs over as many
  // pages across as keep the text at its size.
  const total = spec.columnWidths.reduce((sum, w) => sum + w, 0);
  if (spec.page) spec.page.fitToWidth = Math.max(1, Math.ceil(total / LANDSCAPE_PAGE_CHARS));
  return spec;
}

/** One county in row `r`, numbered `no`. */
function writeCountyRow(b: SheetBuilder, r: number, no: number, c: CountyOutcome, items: string[]): void {
  b.row(r, [no, c.file]);
  if (!('summary' in c)) {
    b.set(r, 4, M.unreadable, { fill: 'fail', bold: true });
    b.set(r, 6, c.error);
    return;
  }
  const s = c.summary;
  b.row(r, [s.county || M.noCounty, s.year], {}, 2);
  const v = verdictCell(s.verdict);
  b.set(r, 4, v.word, { fill: v.fill, bold: true });
  b.set(r, 5, s.blockers.join('；'));
  let col = M.summaryHeaderStart.length;
  b.row(r, [s.parts.pass, s.parts.fail, s.parts.incomplete, s.parts.excluded], { format: FORMATS.integer }, col);
  col += M.partsHeader.length;
  for (const stage of ROLLUP_STAGES) {
    for (const id of INDICATOR_IDS) {
      const coef = s.coefficients[stage][id];
      const word = coefficientCell(coef.pass);
      b.set(r, col++, coef.cv, { format: FORMATS.cv });
      b.set(r, col++, word.word, { fill: word.fill });
    }
  }
  const sections = [s.sections.resources, s.sections.guarantee, s.sections.quality, s.sections.recognition];
  for (const verdict of [...sections, s.sections.vetoes]) {
    const cell = verdictCell(verdict);
    b.set(r, col++, cell.word, { fill: cell.fill });
  }
  for (const id of items) {
    const status = s.items.find((i) => i.id === id)?.status ?? 'missing';
    b.set(r, col++, ITEM_STATUS_WORDS[status], { fill: itemFill(status) });
  }
  const errors = s.issues.filter((i) => i.severity === 'error').length;
  b.row(r, [errors, s.issues.length - errors], { format: FORMATS.integer }, col);
}

function buildComparisonSheet(rollup: Rollup): SheetSpec {
  const b = new SheetBuilder(ROLLUP_SHEETS.comparison);
  const cols = M.comparisonHeader.length;
  b.title(T.rollupComparison, cols);
  // Two tables with different columns: the title, not one table's header, is repeated on every page.
  b.repeatRows(0, 0);
  b.caption(1, M.comparisonStatsTitle, cols);
  b.header(2, [...M.comparisonStatsHeader]);
  let r = 3;
  for (const cmp of rollup.comparisons) {
    b.row(r, [STAGE_WORDS[cmp.stage], cmp.indicator, INDICATOR_NAMES[cmp.indicator]]);
    b.set(r, 3, cmp.limit, { format: FORMATS.cv });
    b.row(r, [cmp.ranks.length, cmp.pass, cmp.fail, cmp.none], { format: FORMATS.integer }, 4);
    b.row(r, [cmp.max, cmp.median, cmp.min], { format: FORMATS.cv }, 8);
    r++;
  }
  b.box(2, 0, r - 2, M.comparisonStatsHeader.length);
  r++;
  b.caption(r++, M.comparisonTitle, cols);
  const top = r;
  b.header(r++, [...M.comparisonHeader]);
  for (const cmp of rollup.comparisons) {
    cmp.ranks.forEach((rank, i) => {
      const c = rollup.counties[rank.index] as { file: string; summary: CountySummary };
      b.row(r, [STAGE_WORDS[cmp.stage], cmp.indicator, INDICATOR_NAMES[cmp.indicator], i + 1]);
      b.row(r, [c.summary.county || M.noCounty, c.summary.year, c.file], {}, 4);
      b.set(r, 7, rank.cv, { format: FORMATS.cv });
      b.set(r, 8, cmp.limit, { format: FORMATS.cv });
      // Positive: the coefficient is above its limit by this much; negative: the room left.
      b.set(r, 9, rank.cv === null || cmp.limit === null ? null : rank.cv - cmp.limit, { format: FORMATS.cv });
      const word = coefficientCell(rank.pass);
      b.set(r, 10, word.word, { fill: word.fill });
      r++;
    });
  }
  b.box(top, 0, r - top, cols);
  return b.build([8, 6, 36, 10, 14, 8, 24, 12, 10, 12, 10]);
}

function buildIssuesSheet(rollup: Rollup): SheetSpec {
  const b = new SheetBuilder(ROLLUP_SHEETS.issues);
  const cols = M.issuesHeader.length;
  b.title(T.rollupIssues, cols);
  b.header(1, [...M.issuesHeader]);
  b.repeatRows(1, 1);
  let r = 2;
  const severity = outputMessages.severity;
  for (const d of rollup.duplicates) {
    b.row(r, [d.county, d.files.join('\n')]);
    b.set(r, 2, severity.warning, { fill: 'near' });
    b.set(r, 5, M.duplicateCounty(d.county, d.year, d.files));
    r++;
  }
  for (const c of rollup.counties) {
    if (!('summary' in c)) {
      b.row(r, [null, c.file]);
      b.set(r, 2, severity.error, { fill: 'fail' });
      b.set(r, 5, M.unreadableIssue(c.error));
      r++;
      continue;
    }
    // Errors first within a county, as on each county's own 数据问题; the sort is stable.
    const issues = [...c.summary.issues].sort(
      (x, y) => Number(x.severity === 'warning') - Number(y.severity === 'warning'),
    );
    for (const issue of issues) {
      b.row(r, [c.summary.county || M.noCounty, c.file]);
      b.set(r, 2, severity[issue.severity], { fill: issue.severity === 'error' ? 'fail' : 'near' });
      b.row(r, [issue.sheet, issue.cell ?? outputMessages.wholeSheet, issue.message], {}, 3);
      r++;
    }
  }
  if (r === 2) {
    b.set(r, 0, M.noIssues);
    b.merge(r++, 0, 1, cols);
  }
  b.box(1, 0, r - 1, cols);
  return b.build([14, 24, 10, 16, 10, 90], { freeze: { rows: 2, cols: 0 } });
}
