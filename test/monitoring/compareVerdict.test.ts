/** The verdict rule of MONITORING.md §2.3 on hand-made series, margins at their defaults. */
import { marginRules } from '../../src/engine/monitoring/compareParts';
import { defaultCompareSettings } from '../../src/engine/monitoring';
import type { YearPoint } from '../../src/engine/monitoring/compareTypes';
import { verdictOf } from '../../src/engine/monitoring/compareVerdict';

const rules = marginRules(defaultCompareSettings());
const cv = (...values: (number | null)[]): YearPoint[] =>
  values.map((value) => ({ value, met: value === null ? null : value <= 0.5, standard: 0.5 }));
const level = (standard: number, ...values: (number | null)[]): YearPoint[] =>
  values.map((value) => ({ value, met: value === null ? null : value >= standard, standard }));

describe('verdictOf', () => {
  it('warns of a coefficient within 0.03 of its limit, and keeps one just beyond', () => {
    expect(verdictOf(cv(0.3, 0.47), rules.cv, false)).toBe('warning');
    expect(verdictOf(cv(0.3, 0.469), rules.cv, false)).toBe('kept');
    expect(verdictOf(cv(0.3, 0.51), rules.cv, false)).toBe('slipped');
    expect(verdictOf(cv(0.52, 0.51), rules.cv, false)).toBe('still-failing');
    expect(verdictOf(cv(0.52, 0.2), rules.cv, false)).toBe('fixed');
  });

  it('warns of a level within 5% of its standard', () => {
    // 5% of 4.2 is 0.21: 4.41 is within, 4.42 is not.
    expect(verdictOf(level(4.2, 5, 4.41), rules.level, false)).toBe('warning');
    expect(verdictOf(level(4.2, 5, 4.42), rules.level, false)).toBe('kept');
  });

  it('warns of a coefficient that rose two years running, far below its limit', () => {
    expect(verdictOf(cv(0.1, 0.15, 0.2), rules.cv, false)).toBe('warning');
    expect(verdictOf(cv(0.1, 0.2, 0.15), rules.cv, false)).toBe('kept');
  });

  it('gives no verdict when the latest year or the year before is unknown', () => {
    expect(verdictOf(level(4.2, null, 5), rules.level, false)).toBeNull();
    expect(verdictOf(level(4.2, 5, null), rules.level, false)).toBeNull();
    expect(verdictOf(level(4.2, 5), rules.level, false)).toBeNull();
  });

  it('judges a fall against the baseline year when asked', () => {
    expect(verdictOf(level(4.2, 5, 4, 4), rules.level, false)).toBe('still-failing');
    expect(verdictOf(level(4.2, 5, 4, 4), rules.level, true)).toBe('slipped');
    // Unknown the year before: only the baseline can say it fell.
    expect(verdictOf(level(4.2, 5, null, 4), rules.level, true)).toBe('slipped');
    expect(verdictOf(level(4.2, 5, null, 4), rules.level, false)).toBeNull();
  });

  it('does not warn of a share that meets a 100% standard', () => {
    expect(verdictOf(level(1, 1, 1), rules.item, false)).toBe('kept');
    expect(verdictOf(level(0.5, 0.8, 0.52), rules.item, false)).toBe('warning');
  });
});
