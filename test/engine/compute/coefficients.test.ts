import { computeResult } from '../../../src/engine/compute';
import { coefficientOf, stageCoefficients } from '../../../src/engine/compute/coefficients';
import { evaluate } from '../../../src/engine/evaluate';
import type { PartResult } from '../../../src/engine/result';
import { buildTemplateSheets } from '../../../src/engine/template';
import { defaultSettings } from '../../../src/engine/settings';
import { goodJunior, goodPrimary, makeCounty, makeSchool, passingCountySpec, resetRows } from '../../support/schools';

beforeEach(() => resetRows());

/**
 * Five primary schools that differ only in L2 (骨干教师 per hundred pupils):
 *   A 800 pupils, 8 backbone → 1.0;  B, C 50 pupils, 2 → 4.0;  D, E 50 pupils, 1 → 2.0.
 * Unweighted (each school once): mean (1+4+4+2+2)/5 = 2.6; squares 2.56+1.96+1.96+0.36+0.36 = 7.2;
 *   sd = √(7.2/5) = 1.2; cv = 1.2/2.6 = 0.4615 ≤ 0.50 (would pass).
 * Student-weighted: mean = (800 + 200 + 200 + 100 + 100)/1000 = 1.4;
 *   Σ Pi(Xi−mean)² = 800·0.16 + 50·6.76·2 + 50·0.36·2 = 128 + 676 + 36 = 840;
 *   sd = √0.84 = 0.916515; cv = 0.916515/1.4 = 0.654654 > 0.50 (fails).
 */
function fiveSchools() {
  return [
    goodPrimary(800, { code: 'A', primaryBackbone: 8 }),
    goodPrimary(50, { code: 'B', primaryBackbone: 2 }),
    goodPrimary(50, { code: 'C', primaryBackbone: 2 }),
    goodPrimary(50, { code: 'D', primaryBackbone: 1 }),
    goodPrimary(50, { code: 'E', primaryBackbone: 1 }),
  ];
}

describe('校际差异系数', () => {
  it('weights schools by students: the unweighted cv would pass, the weighted one fails', () => {
    const result = computeResult(makeCounty({ schools: fiveSchools() }), defaultSettings());
    const c = result.coefficients.primary.L2;
    expect(c.n).toBe(5);
    expect(c.mean).toBeCloseTo(1.4, 12);
    expect(c.sd).toBeCloseTo(Math.sqrt(0.84), 12);
    expect(c.cv).toBeCloseTo(0.654654, 6);
    expect(c.limit).toBe(0.5);
    expect(c.pass).toBe(false);
    // The unweighted figure for comparison, computed from the same part values.
    const xs = result.parts.map((p) => p.indicators.L2.value as number);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
    expect(sd / mean).toBeCloseTo(0.461538, 6);
  });

  it('one indicator can fail while the composite passes, and the county then fails 资源配置', () => {
    const result = computeResult(makeCounty({ schools: fiveSchools(), ...passingCountySpec() }), defaultSettings());
    const cs = result.coefficients.primary;
    // Every other indicator is proportional to the students (goodPrimary), so its cv is 0.
    expect(cs.L1.cv).toBeCloseTo(0, 12);
    // Composite = (0 × 6 + 0.654654) / 7 = 0.093522 ≤ 0.5.
    expect(cs.composite).toBeCloseTo(0.654654 / 7, 6);
    expect(result.sections.resources).toBe('fail');
    expect(result.verdict).toBe('fail');
    expect(result.blockers).toContain('资源配置：小学 L2 差异系数 0.655 超过上限 0.5');
  });

  it('names the parts that pull the cv up most, largest share of Σ Pi(Xi−mean)² first', () => {
    const result = computeResult(makeCounty({ schools: fiveSchools() }), defaultSettings());
    const top = result.coefficients.primary.L2.top;
    // Shares: B, C 338/840 = 0.402381 each; A 128/840 = 0.152381; D, E 18/840 = 0.021429 each.
    expect(top.map((t) => t.code)).toEqual(['B', 'C', 'A', 'D', 'E']);
    expect(top[0].share).toBeCloseTo(338 / 840, 12);
    expect(top[2]).toMatchObject({ code: 'A', students: 800 });
    expect(top[2].share).toBeCloseTo(128 / 840, 12);
    expect(top.reduce((a, t) => a + t.share, 0)).toBeCloseTo(1, 12);
  });

  it('keeps at most five in `top`, choosing the largest in one pass', () => {
    // Values 1..8 per hundred for 100 pupils each: mean 4.5, squares of deviations 12.25, 6.25, 2.25, 0.25 (×2).
    const schools = [1, 2, 3, 4, 5, 6, 7, 8].map((b, i) => goodPrimary(100, { code: `P${i + 1}`, primaryBackbone: b }));
    const result = computeResult(makeCounty({ schools }), defaultSettings());
    const top = result.coefficients.primary.L2.top;
    // Pairs at equal distance from the mean tie (up to rounding), so only the pairs' order is fixed.
    const codes = top.map((t) => t.code);
    expect(codes).toHaveLength(5);
    expect(codes.slice(0, 2).sort()).toEqual(['P1', 'P8']);
    expect(codes.slice(2, 4).sort()).toEqual(['P2', 'P7']);
    expect(['P3', 'P6']).toContain(codes[4]);
    for (let i = 1; i < top.length; i++) expect(top[i - 1].share).toBeGreaterThanOrEqual(top[i].share);
    // Σ = 2 × (12.25 + 6.25 + 2.25 + 0.25) × 100 = 4200; P1: 1225/4200.
    expect(top[0].share).toBeCloseTo(1225 / 4200, 12);
  });

  it('leaves out parts with a missing value and excluded parts', () => {
    const schools = [
      ...fiveSchools(),
      goodPrimary(500, { primaryBackbone: null }),
      goodPrimary(40, { type: '教学点' }),
    ];
    const result = computeResult(makeCounty({ schools }), defaultSettings());
    expect(result.coefficients.primary.L2.n).toBe(5);
    expect(result.coefficients.primary.L2.cv).toBeCloseTo(0.654654, 6);
    expect(result.coefficients.primary.L1.n).toBe(6);
  });

  it('has no coefficient for fewer than two parts or a zero mean', () => {
    const result = computeResult(
      makeCounty({
        schools: [goodJunior(300), goodPrimary(100, { mediaRooms: 0 }), goodPrimary(200, { mediaRooms: 0 })],
      }),
      defaultSettings(),
    );
    const j = result.coefficients.junior.L1;
    expect(j).toMatchObject({ n: 1, cv: null, pass: null, limit: 0.45 });
    expect(j.mean).toBeCloseTo(7, 12);
    expect(result.coefficients.junior.composite).toBeNull();
    expect(result.coefficients.primary.L7).toMatchObject({ n: 2, mean: 0, cv: null, pass: null });
  });

  it('reports n: 0 and cv: null for a 学段 with no parts', () => {
    const result = computeResult(makeCounty({ schools: [goodPrimary(100), goodPrimary(200)] }), defaultSettings());
    for (const id of ['L1', 'L4', 'L7'] as const) {
      expect(result.coefficients.junior[id]).toMatchObject({
        n: 0,
        mean: null,
        sd: null,
        cv: null,
        pass: null,
        top: [],
      });
    }
  });

  it('flags a cv whose 3-decimal display would flip its verdict', () => {
    // Two schools of 100 pupils with L4 5.0 and 15.016: mean 10.008, sd 5.008, cv = 5.008/10.008 = 0.50040,
    // shown as 0.500 (would pass) but above 0.50.
    const a = makeSchool({ primaryStudents: 100, teachingArea: 500 });
    const b = makeSchool({ primaryStudents: 100, teachingArea: 1501.6 });
    const result = computeResult(makeCounty({ schools: [a, b] }), defaultSettings());
    const c = result.coefficients.primary.L4;
    expect(c.cv).toBeCloseTo(0.5004, 6);
    expect(c.pass).toBe(false);
    expect(c.borderline).toBe(true);
    expect(coefficientOf(result.parts, 'L4', 0.45).borderline).toBeUndefined();
  });
});

describe('coefficients read from the run’s indicator table', () => {
  it('equal those gathered from the parts themselves, on the sample county (excluded parts, 待填报, combined schools)', () => {
    const outcome = evaluate({
      sheets: buildTemplateSheets({ sample: true }).map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) })),
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    const { parts, coefficients } = outcome.result;
    // Hand-built copies of the parts have no table behind them, so the coefficients are gathered from the objects.
    const copies: PartResult[] = JSON.parse(JSON.stringify(parts));
    expect(copies.some((p) => !p.included)).toBe(true);
    for (const stage of ['primary', 'junior'] as const) {
      const fromParts = stageCoefficients(copies, stage, defaultSettings());
      expect(JSON.parse(JSON.stringify(fromParts))).toEqual(JSON.parse(JSON.stringify(coefficients[stage])));
      expect(fromParts.L4.n).toBeGreaterThan(10);
    }
  });
});
