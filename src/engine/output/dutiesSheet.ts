/**
 * The `履职评价` sheet: one row per 履职 check (item, 本年, 上年, change, standard, status, the computation and the
 * input cells it used), then a draft 问题清单 of every 未达标 or 未佐证 check with empty columns for the county's
 * 整改措施, 责任单位 and 完成时限. Figures are written as the report prints them, under the rounding the rules chose.
 */
import { DUTY_SHEETS } from '../columns';
import type { DutyResult, DutyStatus } from '../duties/result';
import { DUTY_STATUS_WORDS, dutiesMessages as M } from '../messages/duties';
import type { EvaluationResult } from '../result';
import type { SheetSpec } from '../sheetSpec';
import { SheetBuilder, type FillKind } from './sheetBuilder';

const FILL: Record<DutyStatus, FillKind | undefined> = {
  pass: 'pass',
  fail: 'fail',
  missing: 'missing',
  info: undefined,
};

/** The 数据来源 cell: the shared figure's origin first, then the input cells. */
function sourceText(d: DutyResult): string {
  const parts = d.source ? [M.sourcePrefix(d.source)] : [];
  if (d.cells.length > 0) parts.push(d.cells.join('、'));
  return parts.join('；');
}

function checkRow(b: SheetBuilder, r: number, d: DutyResult): void {
  // A figure the check does not have is a blank cell, not an empty text.
  const t = d.text;
  b.row(r, [d.id, d.name, d.stage, t.value || null, t.previous || null, t.change || null, t.standard]);
  b.set(r, 7, DUTY_STATUS_WORDS[d.status], { fill: FILL[d.status] });
  b.set(r, 8, d.basis);
  b.set(r, 9, sourceText(d));
}

/**
 * Where the 问题清单's columns sit on the checks' grid (first column and span): the check in the wide 检查项 column,
 * the gap and the county's 整改措施 over merged columns, so that each item keeps to a line or two and a page holds
 * many, rather than wrapping into the narrow columns of the figures.
 */
const PROBLEM_COLUMNS: readonly [number, number][] = [
  [0, 1],
  [1, 1],
  [2, 1],
  [3, 3],
  [6, 2],
  [8, 1],
  [9, 1],
];

/** One row of the 问题清单 laid out by PROBLEM_COLUMNS. */
function problemRow(b: SheetBuilder, r: number, cells: readonly (string | number | null)[], header: boolean): void {
  cells.forEach((text, i) => {
    const [col, span] = PROBLEM_COLUMNS[i];
    b.set(r, col, text, header ? { bold: true } : {});
    if (span > 1) b.merge(r, col, 1, span);
  });
}

/** The 问题清单 below the checks, from row `start`. */
function problemList(b: SheetBuilder, start: number, duties: readonly DutyResult[]): void {
  const cols = M.header.length;
  b.caption(start, M.problemTitle, cols);
  problemRow(b, start + 1, M.problemHeader, true);
  const open = duties.filter((d) => d.status === 'fail' || d.status === 'missing');
  if (open.length === 0) {
    b.set(start + 2, 0, M.noProblems);
    b.merge(start + 2, 0, 1, cols);
    b.box(start + 1, 0, 2, cols);
    return;
  }
  b.box(start + 1, 0, open.length + 1, cols);
  open.forEach((d, i) => {
    const r = start + 2 + i;
    const name = d.stage ? `${d.name}（${d.stage}）` : d.name;
    problemRow(b, r, [i + 1, `${d.id} ${name}`, null, d.gap, null, null, null], false);
    b.set(r, PROBLEM_COLUMNS[2][0], DUTY_STATUS_WORDS[d.status], { fill: FILL[d.status] });
  });
}

/** The `履职评价` sheet of a result whose workbook has `履职数据`. */
export function buildDutiesSheet(result: EvaluationResult): SheetSpec {
  const duties = result.duties ?? [];
  const b = new SheetBuilder(DUTY_SHEETS.output);
  const cols = M.header.length;
  const year = result.dutiesYear;
  b.title(M.sheetTitle(result.county, year === null || year === undefined ? '' : String(year)), cols);
  b.set(1, 0, M.sheetNote);
  b.merge(1, 0, 1, cols);
  b.header(2, M.header);
  duties.forEach((d, i) => checkRow(b, 3 + i, d));
  b.box(2, 0, duties.length + 1, cols);
  // Two tables with different columns: the title, not the checks' header, is repeated on every page.
  b.repeatRows(0, 0);
  let next = 3 + duties.length + 1;
  // The rules leave open whether 重庆 is a 高发 province for H1: the sheet says so where the H1 rows are judged.
  if (duties.some((d) => d.item === 'H1' && d.status !== 'info')) {
    b.set(next, 0, M.openQuestions, { bold: true });
    b.set(next, 1, M.openH1);
    b.merge(next, 1, 1, cols - 1);
    next += 2;
  }
  // E1 and Q2 judge one rate against two standards (97% and 95%): said where a reader compares them.
  if (duties.some((d) => d.item === 'E1' && d.status !== 'info')) {
    b.set(next, 0, M.noteLabel, { bold: true });
    b.set(next, 1, M.noteE1);
    b.merge(next, 1, 1, cols - 1);
    next += 2;
  }
  problemList(b, next, duties);
  return b.build([12, 36, 10, 14, 14, 16, 30, 10, 56, 40], { freeze: { rows: 3, cols: 2 } });
}
