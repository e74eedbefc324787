/**
 * Figures a county types twice: this year's `履职数据` 上年 (and 前年) column holds what last year's workbook gave as
 * its 本年 (and 上年). Where the two differ, one of them is wrong; each difference is a warning naming both files,
 * sheets, cells and values. Figures that agree say nothing. Where last year's `履职数据` lacks a wage, the figure
 * of its `区县数据` is used, as the 履职 check T1 uses it.
 */
import type { DutyCell, DutyData } from '../duties/inputs';
import { DUTY_ITEM_BY_KEY, type DutyYear } from '../duties/items';
import { compareMessages as m } from '../messages';
import type { CountyNumericItem } from '../model';
import type { CompareIssue, EvaluatedYear, FigureAt } from './compareTypes';

/** 履职数据 rows that 区县数据 also holds, and the 区县数据 item. */
const SHARED: Readonly<Record<string, CountyNumericItem>> = {
  teacherWage: 'teacherAvgSalary',
  civilWage: 'civilServantAvgSalary',
  'disabled.total': 'disabledTotal',
  'disabled.special': 'disabledSpecialSchool',
  'disabled.inclusive': 'disabledInclusive',
  'disabled.home': 'disabledHomeTaught',
};

/** The year before each column: what the earlier workbook gives for the later one's 上年 and 前年. */
const PAIRS: readonly [later: DutyYear, earlier: DutyYear][] = [
  ['prev', 'now'],
  ['older', 'prev'],
];

// Two figures agree within binary noise: 43.46% typed in both is the same 0.4346.
function agree(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether two workbooks are of following years: by 履职数据's 数据年度 when both give it, else by 评估年度. */
function follow(a: EvaluatedYear, b: EvaluatedYear): boolean {
  const [da, db] = [a.result.dutiesYear, b.result.dutiesYear];
  if (typeof da === 'number' && typeof db === 'number') return db - da === 1;
  const [ya, yb] = [parseInt(a.year, 10), parseInt(b.year, 10)];
  return !Number.isFinite(ya) || !Number.isFinite(yb) || yb - ya === 1;
}

/** A figure of 履职数据 as the chain compares it: a wage of a 元/月 row ×12, like 区县数据's yearly wages. */
function yearly(data: DutyData, key: string, v: number): number {
  return data.wagePeriods.get(key) === 'month' ? v * 12 : v;
}

/** The earlier workbook's figure for `key` in column `col`: its 履职数据, else (本年 only) its 区县数据. */
function earlierFigure(y: EvaluatedYear, key: string, col: DutyYear): { at: FigureAt; column: string } | null {
  const data = y.duty;
  const c: DutyCell | undefined = data?.figures.get(key)?.[col];
  if (data && c && c.value !== null && c.cell !== null) {
    const at = { file: y.file, sheet: data.sheet, cell: c.cell, value: yearly(data, key, c.value) };
    return { at, column: m.dutyColumns[col] };
  }
  const shared = SHARED[key];
  if (col !== 'now' || shared === undefined) return null;
  const f = y.input.county.numbers[shared];
  if (f.value === null || !f.cell) return null;
  const at = { file: y.file, sheet: y.input.county.sheet ?? '区县数据', cell: f.cell, value: f.value };
  return { at, column: m.countySheetColumn };
}

/** How the message shows a figure of `key`: a rate as a percentage, an amount as it is. */
function shown(key: string, v: number): string {
  const item = DUTY_ITEM_BY_KEY.get(key);
  return item?.unit === '%' ? `${Number((v * 100).toPrecision(10))}%` : m.plain(v);
}

/** The differences between one workbook's earlier columns and the workbook of the year before. */
function pairBreaks(earlier: EvaluatedYear, later: EvaluatedYear, data: DutyData): CompareIssue[] {
  const out: CompareIssue[] = [];
  for (const [key, cells] of data.figures) {
    if (key === 'dataYear') continue;
    for (const [col, earlierCol] of PAIRS) {
      const c = cells[col];
      if (!c || c.value === null || c.cell === null) continue;
      const before = earlierFigure(earlier, key, earlierCol);
      const value = yearly(data, key, c.value);
      if (before === null || agree(before.at.value, value)) continue;
      const now: FigureAt = { file: later.file, sheet: data.sheet, cell: c.cell, value };
      const item = DUTY_ITEM_BY_KEY.get(key)?.label ?? key;
      const message = m.brokenChain({
        item,
        later: `${now.file} ${now.sheet}!${now.cell}`,
        laterColumn: m.dutyColumns[col],
        laterValue: shown(key, value),
        earlier: `${before.at.file} ${before.at.sheet}!${before.at.cell}`,
        earlierColumn: before.column,
        earlierValue: shown(key, before.at.value),
      });
      const chain = { item, later: now, earlier: before.at };
      out.push({
        severity: 'warning',
        code: 'broken-chain',
        message,
        file: now.file,
        sheet: now.sheet,
        cell: c.cell,
        chain,
      });
    }
  }
  return out;
}

/**
 * The broken chains of every pair of consecutive workbooks whose later one has `履职数据` and whose data years
 * follow one another (a gap of years cannot be checked: its 上年 is a year no workbook gives).
 */
export function brokenChains(years: readonly EvaluatedYear[]): CompareIssue[] {
  const out: CompareIssue[] = [];
  for (let i = 1; i < years.length; i++) {
    const [a, b] = [years[i - 1], years[i]];
    if (b.duty !== null && follow(a, b)) out.push(...pairBreaks(a, b, b.duty));
  }
  return out;
}
