/**
 * Government-side checks across the years given (MONITORING.md §2.4 item 7, DUTIES.md F1 F2 F3 T1): 生均公用经费
 * 基准定额 not lower than the year before, 教师平均工资 not below 公务员 in any year, and the 两个只增不减 (一般公共预算
 * 教育支出 and, per 学段, its 生均). Each year is judged against the workbook of the year before, the first against
 * its own 上年 column where it has one; the verdict of the latest year follows the rules of the other items.
 */
import type { DutyResult } from '../duties/result';
import { compareMessages as m } from '../messages';
import type { CountyNumericItem } from '../model';
import { dutyItemIds } from './compareItems';
import type { EvaluatedYear, ItemSeries, YearPoint } from './compareTypes';
import { seriesOf } from './compareVerdict';

/** The ids of the checks of 生均公用经费基准定额 (Y1.小学, Y1.初中) and of the wage gap (教师 − 公务员 each year). */
export const FUNDING_NORM_ID = 'Y1';
const WAGE_GAP_ID = 'Y2';

/** A figure of one year and, where the workbook gives it, of the year before. */
interface Yearly {
  value: number | null;
  previous: number | null;
}

// A figure equal to last year's within binary noise has not fallen.
const NOISE = 1e-9;

/** Points of a figure that must not fall: met when it is at least the year before's (the earlier workbook's). */
function notFalling(figures: readonly Yearly[]): YearPoint[] {
  return figures.map((f, i) => {
    const before = i > 0 && figures[i - 1].value !== null ? figures[i - 1].value : f.previous;
    if (f.value === null || before === null) return { value: f.value, met: null, standard: before };
    return { value: f.value, met: f.value >= before - NOISE * Math.max(1, Math.abs(before)), standard: before };
  });
}

function countyFigure(y: EvaluatedYear, key: CountyNumericItem): Yearly {
  return { value: y.input.county.numbers[key].value, previous: null };
}

/** The 履职 checks of a year under the ids 年度对比 follows them by. */
function dutiesById(y: EvaluatedYear): Map<string, DutyResult> {
  const duties = y.result.duties ?? [];
  const ids = dutyItemIds(duties);
  return new Map(duties.map((d, k) => [ids[k], d]));
}

/** The F2 checks (生均 per 学段) of a year by 学段, whatever ids the result gives them. */
function perPupil(y: EvaluatedYear): Map<string, DutyResult> {
  const out = new Map<string, DutyResult>();
  for (const d of y.result.duties ?? []) {
    if ((d.id === 'F2' || d.id.startsWith('F2.')) && d.stage !== null) out.set(d.stage, d);
  }
  return out;
}

function dutyFigure(d: DutyResult | undefined): Yearly {
  return { value: d?.value ?? null, previous: d?.previous ?? null };
}

function item(id: string, name: string, rule: string, unit: string, points: YearPoint[]): ItemSeries {
  const s = seriesOf(points, null, false);
  const statuses = points.map((p) => (p.met === null ? 'missing' : p.met ? 'pass' : 'fail'));
  return { id, name, group: 'government', ...s, statuses, rule, unit };
}

/** The wage gap (教师 − 公务员, 元) each year; met when it is not negative. */
function wageGap(years: readonly EvaluatedYear[]): ItemSeries {
  const points = years.map((y): YearPoint => {
    const [t, c] = [y.input.county.numbers.teacherAvgSalary.value, y.input.county.numbers.civilServantAvgSalary.value];
    if (t === null || c === null) return { value: null, met: null, standard: 0 };
    return { value: t - c, met: t - c >= 0, standard: 0 };
  });
  return item(WAGE_GAP_ID, m.government.wage, m.government.wageRule, '元', points);
}

/**
 * The checks across years, in a fixed order; a check no year has any figure for is left out (a county without
 * `履职数据` gets the 公用经费 and wage checks only).
 */
export function governmentItems(years: readonly EvaluatedYear[]): ItemSeries[] {
  const g = m.government;
  const out: ItemSeries[] = [];
  const norms: [string, string, CountyNumericItem][] = [
    [`${FUNDING_NORM_ID}.小学`, g.fundingNorm('小学'), 'primaryFundingNorm'],
    [`${FUNDING_NORM_ID}.初中`, g.fundingNorm('初中'), 'juniorFundingNorm'],
  ];
  for (const [id, name, key] of norms) {
    out.push(item(id, name, g.notFalling, '元', notFalling(years.map((y) => countyFigure(y, key)))));
  }
  out.push(wageGap(years));
  const f1 = years.map((y) => dutiesById(y).get('F1'));
  const unit = f1.find((d) => d !== undefined)?.unit ?? '';
  out.push(item('Y3', g.spending, g.notFalling, unit, notFalling(f1.map(dutyFigure))));
  const byStage = years.map(perPupil);
  const stages = [...new Set(byStage.flatMap((s) => [...s.keys()]))];
  for (const stage of stages) {
    const figures = byStage.map((s) => dutyFigure(s.get(stage)));
    const unit = byStage.map((s) => s.get(stage)?.unit).find((u) => u !== undefined) ?? '';
    out.push(item(`Y3.${stage}`, g.perPupil(stage), g.notFalling, unit, notFalling(figures)));
  }
  return out.filter((i) => i.values.some((v) => v !== null));
}
