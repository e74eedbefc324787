/**
 * The verdict of one indicator across years (MONITORING.md §2.3): 达标保持 / 整改完成 / 下滑 / 持续未达标 / 预警.
 * No official rule exists; these are the product's, stated on the 年度对比 sheet with the margins in force.
 */
import { atMost } from '../compute/status';
import type { MarginRule, Series, YearPoint, YearVerdict } from './compareTypes';

export const YEAR_VERDICTS: readonly YearVerdict[] = ['kept', 'fixed', 'slipped', 'still-failing', 'warning'];

// Changes smaller than this (relative) are floating-point noise, not a worsening.
const NOISE = 1e-9;

function worsened(dir: 1 | -1, before: number | null, after: number | null): boolean {
  if (before === null || after === null) return false;
  return dir * (after - before) < -NOISE * Math.max(1, Math.abs(before));
}

/** True when the latest (met) value lies within the margin of its standard, or it worsened two years running. */
function warns(points: readonly YearPoint[], rule: MarginRule | null): boolean {
  if (rule === null) return false;
  const t = points.length - 1;
  const { value, standard } = points[t];
  // atMost allows for binary noise: 0.5 − 0.47 is 0.030000000000000027, which is the margin of 0.03.
  if (value !== null && standard !== null && atMost(rule.direction * (value - standard), rule.margin(standard))) {
    return true;
  }
  if (t < 2) return false;
  const v = (k: number): number | null => points[k].value;
  return worsened(rule.direction, v(t - 2), v(t - 1)) && worsened(rule.direction, v(t - 1), v(t));
}

/**
 * The latest year's verdict. `baseline`: the first year is the 认定 year, so a fall below the standard is judged
 * against it as well as against the year before. Null when the latest year or the year before is unknown and no
 * rule applies.
 */
export function verdictOf(
  points: readonly YearPoint[],
  rule: MarginRule | null,
  baseline: boolean,
): YearVerdict | null {
  const t = points.length - 1;
  if (t < 1) return null;
  const now = points[t].met;
  const before = points[t - 1].met;
  if (now === null) return null;
  if (!now) {
    if (before === true || (baseline && points[0].met === true)) return 'slipped';
    return before === false ? 'still-failing' : null;
  }
  if (before === false) return 'fixed';
  if (before === null) return null;
  return warns(points, rule) ? 'warning' : 'kept';
}

/** An indicator's series with its verdict and change. */
export function seriesOf(points: readonly YearPoint[], rule: MarginRule | null, baseline: boolean): Series {
  const values = points.map((p) => p.value);
  const t = values.length - 1;
  const last = values[t];
  const prev = t > 0 ? values[t - 1] : null;
  return {
    values,
    verdict: verdictOf(points, rule, baseline),
    change: last !== null && prev !== null ? last - prev : null,
    met: points.map((p) => p.met),
    standards: points.map((p) => p.standard),
  };
}
