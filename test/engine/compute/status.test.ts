import {
  atLeast,
  below,
  ceilTenth,
  ceilWhole,
  indicatorBorderline,
  indicatorStatus,
  roundTo,
} from '../../../src/engine/compute/status';

describe('comparisons with the 1e-9 tolerance', () => {
  it('21 ÷ 500 × 100 meets 4.2 although floating point may fall short', () => {
    expect(indicatorStatus((21 / 500) * 100, 4.2, 0.85)).toBe('pass');
    // 4.2 − 1e-12 is noise, 4.19 is not.
    expect(atLeast(4.2 - 1e-12, 4.2)).toBe(true);
    expect(atLeast(4.19, 4.2)).toBe(false);
  });

  it('60.6 万元 ÷ 101 students is exactly 6000 元 and meets 6000', () => {
    expect(atLeast((60.6 * 10000) / 101, 6000)).toBe(true);
  });

  it('near is 0.85 × standard up to the standard, fail below', () => {
    // 1.0 × 0.85 = 0.85: 17 backbone teachers per 2000 pupils = 0.85 per hundred is still near.
    expect(indicatorStatus((17 / 2000) * 100, 1.0, 0.85)).toBe('near');
    expect(indicatorStatus(0.99, 1.0, 0.85)).toBe('near');
    expect(indicatorStatus(0.84, 1.0, 0.85)).toBe('fail');
    expect(indicatorStatus(null, 1.0, 0.85)).toBe('missing');
  });

  it('a strict "below" refuses a value equal to the limit', () => {
    expect(below(0.15, 0.15)).toBe(false);
    expect(below(0.149, 0.15)).toBe(true);
  });
});

describe('display rounding and 临界', () => {
  it('rounds half away from zero as the sheets show it', () => {
    expect(roundTo(4.195, 2)).toBe(4.2);
    expect(roundTo(0.4996, 3)).toBe(0.5);
    expect(roundTo(58.504, 2)).toBe(58.5);
  });

  it('flags a value whose 2-decimal display would flip its status', () => {
    // 4.496 shows as 4.50 (would pass 4.5) but is near.
    expect(indicatorStatus(4.496, 4.5, 0.85)).toBe('near');
    expect(indicatorBorderline(4.496, 4.5, 0.85)).toBe(true);
    // At the near floor: 0.85 × 1.0 = 0.85; 0.8496 fails but would show as 0.85 (near).
    expect(indicatorStatus(0.8496, 1.0, 0.85)).toBe('fail');
    expect(indicatorBorderline(0.8496, 1.0, 0.85)).toBe(true);
    // 4.49 shows as 4.49: near either way.
    expect(indicatorBorderline(4.49, 4.5, 0.85)).toBe(false);
    expect(indicatorBorderline(4.5, 4.5, 0.85)).toBe(false);
  });
});

describe('rounding up amounts', () => {
  it('whole ones ignore floating noise', () => {
    expect(ceilWhole(1.5)).toBe(2);
    expect(ceilWhole(2.0000000001)).toBe(2);
    expect(ceilWhole(-3)).toBe(0);
  });
  it('tenths of 万元', () => {
    expect(ceilTenth(36.5)).toBe(36.5);
    expect(ceilTenth(0.36667)).toBe(0.4);
    expect(ceilTenth(2.2000000001)).toBe(2.2);
  });
});
