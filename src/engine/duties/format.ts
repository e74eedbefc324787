/**
 * How 履职 figures are shown: rounding half away from zero (四舍五入) or truncating (截断), as the rules sheet says.
 * Only the display changes; every verdict is made on the unrounded value.
 */
import type { DutyOptions } from './rules';

const { abs, floor, round } = Math;

/** `x` kept to `decimals` places by the chosen rule, ignoring binary noise (0.9880 × 10⁴ is 9880, not 9879.99…). */
export function shownValue(x: number, decimals: number, rounding: DutyOptions['rounding']): number {
  const f = 10 ** decimals;
  const scaled = abs(x) * f;
  const kept = rounding === '截断' ? floor(scaled + 1e-7) : round(scaled + 1e-7);
  return ((x < 0 ? -1 : 1) * kept) / f + 0;
}

/** Formats figures of one run under its options. */
export class DutyFormat {
  constructor(private readonly options: Pick<DutyOptions, 'rounding' | 'decimals'>) {}

  /** A fraction as a percentage: 0.996063 → `99.61%` (四舍五入) or `99.60%` (截断). */
  pct(x: number): string {
    const d = this.options.decimals;
    return `${shownValue(x * 100, d, this.options.rounding).toFixed(d)}%`;
  }

  /** A number with at most `decimals` places and no trailing zeros: 19100.5, 208177. */
  num(x: number, decimals = 2): string {
    return String(shownValue(x, decimals, this.options.rounding));
  }

  /** A difference of two rates in percentage points, unsigned: 0.012 → `1.20个百分点`. */
  points(x: number): string {
    const d = this.options.decimals;
    return `${shownValue(x * 100, d, this.options.rounding).toFixed(d)}个百分点`;
  }

  /** A signed change: `+0.29个百分点`, `−0.66个百分点`, `+4.11%`. */
  change(x: number, unit: 'pp' | '%'): string {
    const shown = shownValue(x, this.options.decimals, this.options.rounding);
    const sign = shown > 0 ? '+' : shown < 0 ? '−' : '';
    const body = abs(shown).toFixed(this.options.decimals);
    return unit === 'pp' ? `${sign}${body}个百分点` : `${sign}${body}%`;
  }
}
