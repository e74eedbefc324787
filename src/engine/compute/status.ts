/** Comparisons against standards, shared by every calculator so that tolerance and rounding agree everywhere. */
import type { IndicatorStatus } from '../result';

/**
 * Tolerance of RULES.md: 21 ÷ 500 × 100 must meet 4.2 although binary floating point gives 4.199999….
 * Scaled by the size of the standard so that money figures (6000 元) are treated like ratios (4.2).
 */
export const EPS = 1e-9;

// Bound once: inside some hosts (a test runner's sandbox) every lookup of a global such as Math is slow,
// and these run for every indicator of every school.
const { abs, max, round, sign, ceil } = Math;
const finite = Number.isFinite;

/** The floating-point allowance of a comparison with `standard` (see EPS). */
export function tolerance(standard: number): number {
  return EPS * max(1, abs(standard));
}
const tol = tolerance;

/** value ≥ standard, allowing for floating-point noise. */
export function atLeast(value: number, standard: number): boolean {
  return value >= standard - tol(standard);
}

/** value ≤ limit, allowing for floating-point noise. */
export function atMost(value: number, limit: number): boolean {
  return value <= limit + tol(limit);
}

/** value < limit strictly (Q9 差异率 < 0.15): a value equal to the limit up to noise does not meet it. */
export function below(value: number, limit: number): boolean {
  return value < limit - tol(limit);
}

/** Rounds half away from zero to `decimals`, as the sheets display it. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // The small nudge keeps 4.195 (stored as 4.19499999…) rounding to 4.20 the way Excel shows it.
  return (sign(value) * round(abs(value) * f + 1e-7)) / f;
}

/** Status of an indicator value against its standard and the near floor (0.85 × standard). */
export function indicatorStatus(value: number | null, standard: number, nearFloor: number): IndicatorStatus {
  if (value === null || !finite(value)) return 'missing';
  if (atLeast(value, standard)) return 'pass';
  if (atLeast(value, nearFloor * standard)) return 'near';
  return 'fail';
}

/** True when the value shown with 2 decimals would carry a different status than the exact value. */
export function indicatorBorderline(value: number | null, standard: number, nearFloor: number): boolean {
  if (value === null || !finite(value)) return false;
  return indicatorStatus(roundTo(value, 2), standard, nearFloor) !== indicatorStatus(value, standard, nearFloor);
}

/** Rounds up to whole units, ignoring floating-point noise (2.0000000001 teachers is 2, not 3). */
export function ceilWhole(x: number): number {
  return max(0, ceil(x - 1e-7));
}

/** Rounds up to one decimal (万元 amounts), ignoring floating-point noise. */
export function ceilTenth(x: number): number {
  return max(0, ceil(x * 10 - 1e-7) / 10);
}
