/**
 * The sample county through the whole engine: it must show every kind of result the product can give.
 */
import { evaluate } from '../../src/engine/evaluate';
import type { EvaluationResult } from '../../src/engine/result';
import { INDICATOR_IDS } from '../../src/engine/result';
import type { SheetSpec } from '../../src/engine/sheetSpec';
import { buildTemplateSheets, sampleCounty } from '../../src/engine/template';
import type { WorkbookInput } from '../../src/engine/types';

function asWorkbook(specs: SheetSpec[]): WorkbookInput {
  return { sheets: specs.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) })) };
}

function run(): EvaluationResult {
  const outcome = evaluate(asWorkbook(buildTemplateSheets({ sample: true })));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.result;
}

describe('the sample county evaluated', () => {
  const result = run();
  const included = result.parts.filter((p) => p.included);

  it('gives every indicator status and every part verdict', () => {
    const statuses = new Set(included.flatMap((p) => INDICATOR_IDS.map((id) => p.indicators[id].status)));
    expect([...statuses].sort()).toEqual(['fail', 'missing', 'near', 'pass']);
    expect(new Set(included.map((p) => p.verdict))).toEqual(new Set(['pass', 'fail', 'incomplete']));
    // Most parts pass: 71 of 78 included parts.
    expect(included.filter((p) => p.verdict === 'pass').length / included.length).toBeGreaterThan(0.85);
    // Passing with one indicator near the line (6 pass + 1 near).
    expect(included.some((p) => p.verdict === 'pass' && p.passCount === 6)).toBe(true);
  });

  it('flags the 3 ÷ 301 backbone figure as borderline', () => {
    const school = sampleCounty()[30];
    const p = result.parts.find((x) => x.code === school.code && x.stage === 'primary');
    expect(p?.indicators.L2.value).toBeCloseTo((3 / 301) * 100, 12);
    expect(p?.indicators.L2.status).toBe('near');
    expect(p?.indicators.L2.borderline).toBe(true);
  });

  it('fails the junior L6 coefficient while every other coefficient passes', () => {
    for (const stage of ['primary', 'junior'] as const) {
      for (const id of INDICATOR_IDS) {
        const expected = stage === 'junior' && id === 'L6' ? false : true;
        expect([stage, id, result.coefficients[stage][id].pass]).toEqual([stage, id, expected]);
      }
    }
    expect(result.coefficients.junior.L6.cv).toBeGreaterThan(0.45);
  });

  it('excludes the small 教学点 and the special school, and reports each deliberate data error', () => {
    const excluded = result.parts.filter((p) => !p.included);
    expect(excluded.map((p) => p.type).sort()).toEqual(['教学点', '特殊教育学校', '特殊教育学校']);
    const codes = result.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['not-a-number', 'blank-required', 'negative']));
    for (const i of result.issues) expect(i.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it('shows 基本达标 and failing school-by-school items, and the county fails', () => {
    const byId = new Map([...result.guarantee, ...result.quality].map((i) => [i.id, i.status]));
    expect(byId.get('G2')).toBe('basic');
    for (const id of ['G3', 'G4', 'G5', 'G6', 'Q4', 'Q9']) expect([id, byId.get(id)]).toEqual([id, 'fail']);
    expect(byId.get('G8')).toBe('pass');
    expect(result.recognition.status).toBe('pass');
    expect(result.verdict).toBe('fail');
    expect(result.county).toBe('示例县');
  });
});
