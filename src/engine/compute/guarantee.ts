/** 政府保障程度 G1–G15 (RULES.md §2). Percentages are fractions; "≥" includes equality. */
import type { CountyInput, CountyNumericItem, School, Stage } from '../model';
import { FIELD_AT, figure } from '../model';
import type { ItemResult } from '../result';
import type { ShortfallTable } from './shortfallTable';
import type { Settings } from '../settings';
import { num } from '../settings';
import { computeMessages } from '../messages';
import { isCompulsoryType, stagesOfType } from './parts';
import { computedItem, countyValues, itemName, missingItem, selfAssessedItem, worst } from './items';
import type { SchoolFacts } from './facts';
import { computeG3, computeG4, computeG5, computeG6 } from './schoolItems';
import { atLeast, roundTo } from './status';
import { chooseSource, countyLabel, warnIfDisagree } from './twoSources';
import type { DataIssue } from '../types';

const m = computeMessages;

/** A "numerator ÷ denominator ≥ standard" item from two county figures. */
function ratioItem(
  input: CountyInput,
  id: 'G9' | 'G12' | 'G14',
  numKey: CountyNumericItem,
  denKey: CountyNumericItem,
  standard: number,
): ItemResult {
  const r = countyValues(input.county, [numKey, denKey]);
  if (!r.ok) return missingItem(id, standard, r.missing);
  const a = r.v[numKey];
  const b = r.v[denKey];
  if (b <= 0) return missingItem(id, standard, [m.inputLabel[denKey] ?? denKey]);
  const value = a / b;
  const [numLabel, denLabel] = m.ratioLabels[id];
  return computedItem(id, value, standard, m.detail.ratio(numLabel, a, denLabel, b, value));
}

/** G7: 特教公用经费 (万元) ÷ 特教在校生 in 元, against 6000 元. */
function g7(input: CountyInput, s: Settings): ItemResult {
  const standard = num(s, 'G7');
  const r = countyValues(input.county, ['specialSchoolFunding', 'specialSchoolStudents'] as const);
  if (!r.ok) return missingItem('G7', standard, r.missing);
  const { specialSchoolFunding: wan, specialSchoolStudents: n } = r.v;
  // A county without 特教 students has nothing to fund per student: the item does not hold it back.
  if (n === 0) {
    return {
      id: 'G7',
      name: itemName('G7'),
      value: null,
      standard,
      status: 'pass',
      detail: m.detail.g7None,
      selfAssessed: false,
    };
  }
  // 万元 × 10000 ÷ students: 60.6 万元 ÷ 101 = 6000 元 exactly must pass, which the tolerance guarantees.
  const value = (wan * 10000) / n;
  return computedItem('G7', value, standard, m.detail.g7(wan, n, value), 2);
}

/** G8: teachers' average income ≥ civil servants'. value = teachers', standard = civil servants' (元). */
function g8(input: CountyInput): ItemResult {
  const r = countyValues(input.county, ['teacherAvgSalary', 'civilServantAvgSalary'] as const);
  if (!r.ok) return missingItem('G8', null, r.missing);
  const { teacherAvgSalary: t, civilServantAvgSalary: c } = r.v;
  return computedItem('G8', t, c, m.detail.g8(t, c), 2);
}

/** G11: 交流 ÷ 符合条件 ≥ 10%, and 骨干交流 ÷ 交流 ≥ 20%. */
function g11(input: CountyInput, s: Settings): ItemResult {
  const standard = num(s, 'G11.rotation');
  const standard2 = num(s, 'G11.backbone');
  const base = { id: 'G11', name: itemName('G11'), standard, standard2, selfAssessed: false };
  const r = countyValues(input.county, ['rotationEligible', 'rotationActual', 'rotationBackbone'] as const);
  if (!r.ok)
    return { ...base, value: null, value2: null, status: 'missing', detail: m.detail.missingInputs(r.missing) };
  const { rotationEligible: e, rotationActual: a, rotationBackbone: b } = r.v;
  if (e <= 0) {
    return {
      ...base,
      value: null,
      value2: null,
      status: 'missing',
      detail: m.detail.missingInputs([m.inputLabel.rotationEligible]),
    };
  }
  const value = a / e;
  // With nobody rotating, the backbone share has no denominator; the first ratio already fails then.
  const value2 = a > 0 ? b / a : null;
  const ok1 = atLeast(value, standard);
  const ok2 = value2 === null ? null : atLeast(value2, standard2);
  const status = worst([ok1 ? 'pass' : 'fail', ok2 === null ? 'missing' : ok2 ? 'pass' : 'fail']);
  const r2: ItemResult = { ...base, value, value2, status, detail: m.detail.g11(a, e, b) };
  const flip1 = atLeast(roundTo(value, 4), standard) !== ok1;
  const flip2 = value2 !== null && atLeast(roundTo(value2, 4), standard2) !== ok2;
  if (flip1 || flip2) r2.borderline = true;
  return r2;
}

/** Types that have a given 学段 (for G13's school-sheet sums). */
function hasStage(school: School, stage: Stage): boolean {
  return isCompulsoryType(school.type) && stagesOfType(school.type).includes(stage);
}

/**
 * G13 per 学段 from the school sheet: Σ 划片内 ÷ Σ 在校 over 城区/镇区 公办 non-boarding schools of that 学段 (a
 * blank 寄宿制 cell counts as non-boarding, the common case). Null when a figure is blank or no school applies.
 */
function g13FromSchools(input: CountyInput, stage: Stage): number | null {
  let zoned = 0;
  let enrolled = 0;
  for (const school of input.schools) {
    if (school.isPrivate || school.boarding === true || !hasStage(school, stage)) continue;
    if (school.urbanRural !== '城区' && school.urbanRural !== '镇区') continue;
    const students = figure(school, stage === 'primary' ? FIELD_AT.primaryStudents : FIELD_AT.juniorStudents);
    if (students === 0) continue;
    const z = figure(school, stage === 'primary' ? FIELD_AT.primaryZoned : FIELD_AT.juniorZoned);
    if (students !== students || z !== z) return null;
    zoned += z;
    enrolled += students;
  }
  return enrolled > 0 ? zoned / enrolled : null;
}

/** G13 per 学段 by the rule of twoSources.ts: complete school figures, else the county's ratio; warns on a gap. */
function g13Stage(
  input: CountyInput,
  stage: Stage,
  issues: DataIssue[],
): { value: number | null; fromCounty: boolean } {
  const field = stage === 'primary' ? input.county.numbers.primaryZonedRatio : input.county.numbers.juniorZonedRatio;
  const own = g13FromSchools(input, stage);
  const source = chooseSource(own !== null, field);
  if (source === 'county') return { value: field.value, fromCounty: true };
  const label = countyLabel(stage === 'primary' ? 'primaryZonedRatio' : 'juniorZonedRatio');
  warnIfDisagree({ sheet: input.county.sheet, field, item: 'G13', label }, own, issues);
  return { value: own, fromCounty: false };
}

function g13(input: CountyInput, s: Settings, issues: DataIssue[]): ItemResult {
  const standard = num(s, 'G13.primary');
  const standard2 = num(s, 'G13.junior');
  const p = g13Stage(input, 'primary', issues);
  const j = g13Stage(input, 'junior', issues);
  const st = (v: number | null, std: number): 'pass' | 'fail' | 'missing' =>
    v === null ? 'missing' : atLeast(v, std) ? 'pass' : 'fail';
  const r: ItemResult = {
    id: 'G13',
    name: itemName('G13'),
    value: p.value,
    value2: j.value,
    standard,
    standard2,
    status: worst([st(p.value, standard), st(j.value, standard2)]),
    detail: `${m.detail.g13Stage('primary', p.value, p.fromCounty)}；${m.detail.g13Stage('junior', j.value, j.fromCounty)}`,
    selfAssessed: false,
  };
  const flips = (v: number | null, std: number): boolean =>
    v !== null && atLeast(roundTo(v, 4), std) !== atLeast(v, std);
  if (flips(p.value, standard) || flips(j.value, standard2)) r.borderline = true;
  return r;
}

/** G15: (公办 + 购买服务民办) ÷ 符合条件随迁子女 ≥ 85%. */
function g15(input: CountyInput, s: Settings): ItemResult {
  const standard = num(s, 'G15');
  const r = countyValues(input.county, ['migrantEligible', 'migrantPublic', 'migrantPurchased'] as const);
  if (!r.ok) return missingItem('G15', standard, r.missing);
  const { migrantEligible: e, migrantPublic: a, migrantPurchased: b } = r.v;
  if (e <= 0) return missingItem('G15', standard, [m.inputLabel.migrantEligible]);
  const value = (a + b) / e;
  return computedItem('G15', value, standard, m.detail.g15(a, b, e, value));
}

/**
 * All fifteen G items in order. `facts` tell the schools of the 资源配置 scope (for G3–G5) and their sizes;
 * school-level failures are appended to `shortfalls`.
 */
export function computeGuarantee(
  input: CountyInput,
  s: Settings,
  facts: SchoolFacts,
  shortfalls: ShortfallTable,
  issues: DataIssue[],
): ItemResult[] {
  const sa = input.county.selfAssessed;
  return [
    selfAssessedItem('G1', sa.layout.value),
    selfAssessedItem('G2', sa.fourUnified.value),
    computeG3(input.schools, facts, s, shortfalls),
    computeG4(input.schools, facts, s, shortfalls),
    computeG5(input.schools, facts, shortfalls),
    computeG6(input.schools, facts, input.county, s, shortfalls),
    g7(input, s),
    g8(input),
    ratioItem(input, 'G9', 'trainedTeachers', 'fullTimeTeachers', num(s, 'G9')),
    selfAssessedItem('G10', sa.staffing.value),
    g11(input, s),
    ratioItem(input, 'G12', 'certifiedTeachers', 'fullTimeTeachers', num(s, 'G12')),
    g13(input, s, issues),
    ratioItem(input, 'G14', 'qualityHighSchoolAllocated', 'qualityHighSchoolQuota', num(s, 'G14')),
    g15(input, s),
  ];
}
