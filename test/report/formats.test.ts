/** The slot formats of REPORT.md: trimmed percentages, cv3, 万元, and the guard that keeps a failing value failing. */
import { cn, countyWord, cv3, fullWidth, pct, roundHalfUp, wan, yuan } from '../../src/engine/report/formats';

describe('report slot formats', () => {
  it('pct rounds half-up and drops trailing zeros (REPORT.md §6 figures)', () => {
    expect(pct(273 / 610, 2)).toBe('44.75%');
    expect(pct(103 / 273, 2)).toBe('37.73%');
    expect(pct(3389 / 4220, 1)).toBe('80.3%');
    expect(pct(1813 / 2590, 1)).toBe('70%');
    expect(pct(52 / 55, 2)).toBe('94.55%');
    expect(pct(7530 / 7498, 1)).toBe('100.4%');
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
  });

  it('a failing value takes more decimals rather than read as its standard: 4383/4384 is 99.98%, not 100%', () => {
    const guard = { standard: 1, rule: 'min' as const, pass: false };
    expect(pct(4383 / 4384, 1, guard)).toBe('99.98%');
    expect(pct(4383 / 4384, 2, guard)).toBe('99.98%');
    expect(pct(0.49996, 2, { standard: 0.5, rule: 'min', pass: false })).toBe('49.996%');
    // A passing value is left as rounded.
    expect(pct(0.99999, 1, { standard: 0.95, rule: 'min', pass: true })).toBe('100%');
  });

  it('cv3 keeps three decimals, and a coefficient above its limit never prints as the limit', () => {
    expect(cv3(0.3794)).toBe('0.379');
    expect(cv3(0.128)).toBe('0.128');
    expect(cv3(0.5004, { standard: 0.5, rule: 'max', pass: false })).toBe('0.5004');
  });

  it('万元 and 元, Chinese numerals, the county word and full-width punctuation', () => {
    expect(wan(87)).toBe('87万元');
    expect(wan(60.6)).toBe('60.6万元');
    expect(wan(8013.70001)).toBe('8013.7万元');
    expect(yuan(13223.4)).toBe('13223元');
    expect([1, 10, 11, 15, 20, 21].map(cn)).toEqual(['一', '十', '十一', '十五', '二十', '二十一']);
    expect(['荣昌区', '某某县', '某某市', '某某旗', '某地'].map(countyWord)).toEqual(['区', '县', '市', '旗', '县']);
    expect(fullWidth('2022-2023, 教督[2017]6号(试行)')).toBe('2022—2023，教督〔2017〕6号（试行）');
  });
});
