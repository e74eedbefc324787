/**
 * A small hand-made EvaluationResult and helpers to read a SheetSpec back by A1 address,
 * so the builders can be tested before (and independently of) the calculations.
 */
import { parseA1 } from '../../src/engine/a1';
import type { Stage } from '../../src/engine/model';
import { VETO_ITEMS } from '../../src/engine/model';
import type {
  CoefficientResult,
  EvaluationResult,
  IndicatorId,
  IndicatorResult,
  IndicatorStatus,
  ItemResult,
  PartResult,
  StageCoefficients,
} from '../../src/engine/result';
import { INDICATOR_IDS } from '../../src/engine/result';
import type { OutputValue, SheetSpec } from '../../src/engine/sheetSpec';

const STANDARDS: Record<Stage, Record<IndicatorId, number>> = {
  primary: { L1: 4.2, L2: 1, L3: 0.9, L4: 4.5, L5: 7.5, L6: 2000, L7: 2.3 },
  junior: { L1: 5.3, L2: 1, L3: 0.9, L4: 5.8, L5: 10.2, L6: 2500, L7: 2.4 },
};

/** An indicator set where every value is 1.2 × the standard, except the given statuses. */
function indicators(stage: Stage, statuses: Partial<Record<IndicatorId, IndicatorStatus>>): PartResult['indicators'] {
  const out = {} as Record<IndicatorId, IndicatorResult>;
  for (const id of INDICATOR_IDS) {
    const standard = STANDARDS[stage][id];
    const status = statuses[id] ?? 'pass';
    const factor = status === 'pass' ? 1.2 : status === 'near' ? 0.9 : status === 'fail' ? 0.5 : null;
    out[id] = {
      value: factor === null ? null : standard * factor,
      standard,
      status,
      numerator: null,
      sources: [],
    };
  }
  return out;
}

export function part(
  code: string,
  stage: Stage,
  statuses: Partial<Record<IndicatorId, IndicatorStatus>>,
  verdict: PartResult['verdict'],
  extra: Partial<PartResult> = {},
): PartResult {
  const ind = indicators(stage, statuses);
  return {
    code,
    name: `${code}学校`,
    row: 3,
    type: stage === 'primary' ? '小学' : '初中',
    stage,
    students: 400,
    included: true,
    excludedReason: null,
    indicators: ind,
    passCount: INDICATOR_IDS.filter((id) => ind[id].status === 'pass').length,
    verdict,
    facilityShare: 1,
    ...extra,
  };
}

function coeff(cv: number | null, limit: number): CoefficientResult {
  return {
    n: cv === null ? 1 : 3,
    mean: cv === null ? null : 10,
    sd: cv === null ? null : 10 * cv,
    cv,
    limit,
    pass: cv === null ? null : cv <= limit,
    top: [],
  };
}

function stageCoeffs(cvs: (number | null)[], limit: number): StageCoefficients {
  const out = {} as Record<IndicatorId, CoefficientResult>;
  INDICATOR_IDS.forEach((id, i) => (out[id] = coeff(cvs[i], limit)));
  const all = cvs.every((c) => c !== null);
  return { ...out, composite: all ? (cvs as number[]).reduce((a, b) => a + b, 0) / cvs.length : null };
}

function item(id: string, status: ItemResult['status'], value: number | null, standard: number | null): ItemResult {
  return { id, name: `${id}项目`, value, standard, status, detail: '', selfAssessed: value === null };
}

/**
 * The small county of the builder tests:
 * primary A (all pass), B (L6 near → passes), C (L5 fail → fails);
 * junior D (all pass), E (L7 missing → incomplete); excluded F (教学点, 30 students).
 */
export function smallResult(): EvaluationResult {
  const parts = [
    part('A', 'primary', {}, 'pass'),
    part('B', 'primary', { L6: 'near' }, 'pass'),
    part('C', 'primary', { L5: 'fail' }, 'fail'),
    part('D', 'junior', {}, 'pass'),
    part('E', 'junior', { L7: 'missing' }, 'incomplete'),
    part('F', 'primary', { L1: 'missing', L2: 'missing' }, 'incomplete', {
      included: false,
      excludedReason: '学生少于50人的教学点',
      students: 30,
    }),
  ];
  parts[3].indicators.L2.borderline = true;
  const primary = stageCoeffs([0.1, 0.2, 0.3, 0.25, 0.35, 0.48, 0.4], 0.5);
  primary.L6.top = [{ code: 'B', name: 'B学校', value: 1800, students: 400, share: 0.62 }];
  const junior = stageCoeffs([0.1, 0.2, 0.3, 0.25, 0.35, 0.52, null], 0.45);
  const guarantee = [
    item('G1', 'pass', null, null),
    item('G2', 'basic', null, null),
    { ...item('G11', 'pass', 0.4475, 0.1), value2: 0.3773, standard2: 0.2 },
    item('G8', 'missing', null, 158352),
    // 870000 元 ÷ 126 students (seed 000, REPORT.md §6.1 #14): 6904.76 元 against 6000.
    item('G7', 'pass', 870000 / 126, 6000),
    // 4383 of 4384 teachers trained: fails, so it must not read as the standard 100%.
    item('G9', 'fail', 4383 / 4384, 1),
    item('G12', 'fail', 99999 / 100000, 1),
  ];
  return {
    county: '测试县',
    year: '2024',
    verdict: 'fail',
    blockers: ['资源配置：C学校 小学 未达标', '政府保障程度：G2 基本达标'],
    sections: { resources: 'fail', guarantee: 'fail', quality: 'pass', recognition: 'pass', vetoes: 'pass' },
    parts,
    coefficients: { primary, junior },
    guarantee,
    quality: [item('Q1', 'pass', 1.0172, 0.95), { ...item('Q9', 'fail', 3, 3), value2: 0.163, standard2: 0.15 }],
    recognition: item('S1', 'pass', 0.926, 0.85),
    vetoes: VETO_ITEMS.map((v, i) => ({ item: v, value: i === 0 ? null : false })),
    shortfalls: [
      {
        code: 'C',
        name: 'C学校',
        stage: 'primary',
        item: 'L5',
        itemName: '生均体育运动场馆面积',
        value: 3.75,
        standard: 7.5,
        gap: 3.75,
        amount: 1500,
        unit: '㎡',
        action: '需增加体育运动场馆面积 1,500 m²',
      },
      {
        code: 'A',
        name: 'A学校',
        stage: null,
        item: 'Q4',
        itemName: '教师培训经费占公用经费比例',
        value: 0.03,
        standard: 0.05,
        gap: 0.02,
        amount: 1.4,
        unit: '万元',
        action: '需增加教师培训经费 1.4 万元',
      },
    ],
    issues: [
      { severity: 'warning', sheet: '学校基础数据', cell: 'J9', message: '警告一', code: 'w' },
      { severity: 'error', sheet: '学校基础数据', cell: 'F12', message: '错误一', code: 'e' },
      { severity: 'error', sheet: '区县数据', cell: null, message: '错误二', code: 'e2' },
    ],
    schoolSheet: '学校基础数据',
  };
}

/** The value at an A1 address of a spec (null when empty). */
export function cell(spec: SheetSpec, address: string): OutputValue {
  const p = parseA1(address);
  if (!p) throw new Error(`bad address ${address}`);
  return spec.values[p.row]?.[p.col] ?? null;
}

function inRange(range: string, address: string): boolean {
  const [from, to] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  const x = parseA1(address);
  if (!a || !b || !x) return false;
  return x.row >= a.row && x.row <= b.row && x.col >= a.col && x.col <= b.col;
}

/** The fill colour covering a cell, or null. */
export function fillAt(spec: SheetSpec, address: string): string | null {
  return spec.fills.find((f) => f.ranges.some((r) => inRange(r, address)))?.color ?? null;
}

/** The number format covering a cell, or null. */
export function formatAt(spec: SheetSpec, address: string): string | null {
  return spec.numberFormats.find((f) => inRange(f.range, address))?.format ?? null;
}

/** True when a bold range covers the cell. */
export function isBold(spec: SheetSpec, address: string): boolean {
  return spec.bold.some((r) => inRange(r, address));
}

/** 0-based index of the first row whose cells satisfy `match`; throws when none does. */
export function findRow(spec: SheetSpec, match: (row: OutputValue[]) => boolean): number {
  const r = spec.values.findIndex((row) => match(row ?? []));
  if (r < 0) throw new Error(`no matching row in ${spec.name}`);
  return r;
}
