/**
 * One county, one set of facts: where two sheets hold the same figure (or figures that bound each other), a
 * disagreement beyond rounding is a data issue naming both cells and both values, and which check uses which.
 * Pure; it reads what the readers produced (the school sheet, 区县数据, 履职数据) and changes nothing.
 *
 * The pairs are declared in one table (`PAIRS`); `crossSheetIssues` runs them all.
 */
import type { DutyData } from '../duties/inputs';
import type { DutyOptions } from '../duties/rules';
import { DISABLED_CATEGORIES } from '../duties/items';
import { consistencyMessages as M } from '../messages/consistency';
import { type CountyInput, type CountyNumericItem, type School, type SchoolNumericField, fieldCell } from '../model';
import type { DataIssue } from '../types';

/** One side of a comparison: its value, where it is (`履职数据!B45`) and the check that uses it. */
export interface Side {
  value: number;
  where: string;
  /** What the figure is (`教师培训经费`), in the words of its own sheet. */
  label: string;
  /** The check that uses this figure (`履职 T2`), or '' when none does. */
  usedBy: string;
  /** The sheet and cell a data issue about it points at. */
  sheet: string;
  cell: string | null;
}

/** How two sides must relate: equal (within `tolerance`), or the first not above the second. */
export interface Pair {
  code: string;
  relation: 'equal' | 'notAbove';
  /** The largest difference that rounding of the entered figures explains; 0 for counts. */
  tolerance: number;
  unit: string;
  a: Side;
  b: Side;
}

/** What the checks read. */
export interface ConsistencyInput {
  county: CountyInput;
  /** Null when the workbook has no `履职数据`. */
  duties: DutyData | null;
  /** The E1 options of 履职评价标准 (which categories leave the denominator). */
  options: Pick<DutyOptions, 'enrolExcluded'> | null;
}

/** Rounding of one school's amount entered in 万元 to two decimals. */
const PER_SCHOOL_ROUNDING = 0.005;
/** Rounding of a county amount entered in whole 万元. */
const COUNTY_ROUNDING = 0.5;

/** The data issues of every pair that disagrees. */
export function crossSheetIssues(input: ConsistencyInput): DataIssue[] {
  return pairsOf(input)
    .filter((p) => !agrees(p))
    .map((p): DataIssue => ({
      severity: 'warning',
      sheet: p.a.sheet,
      cell: p.a.cell,
      code: p.code,
      message: M.disagree(p),
    }));
}

/** True when the pair holds within rounding. */
export function agrees(p: Pair): boolean {
  if (p.relation === 'notAbove') return p.a.value <= p.b.value + p.tolerance;
  return Math.abs(p.a.value - p.b.value) <= p.tolerance + 1e-9;
}

/** Every pair whose two figures are both there. */
export function pairsOf(input: ConsistencyInput): Pair[] {
  const schools = new SchoolSums(input.county);
  const county = new CountyFigures(input.county);
  const duty = input.duties ? new DutyFigures(input.duties) : null;
  const pairs: (Pair | null)[] = [...schoolAndCounty(schools, county)];
  if (duty) {
    pairs.push(...dutyAndSchools(duty, schools), ...dutyAndCounty(duty, county, input.options));
  }
  return pairs.filter((p): p is Pair => p !== null);
}

/** A pair when both sides are there. */
function pair(
  code: string,
  relation: Pair['relation'],
  tolerance: number,
  unit: string,
  a: Side | null,
  b: Side | null,
) {
  return a && b ? { code, relation, tolerance, unit, a, b } : null;
}

/** 特教 budget and pupils: the school sheet's 特殊教育学校 rows (F4 of 履职) against 区县数据 (G7). */
function schoolAndCounty(s: SchoolSums, c: CountyFigures): (Pair | null)[] {
  const special = (x: School): boolean => x.type === '特殊教育学校';
  const budget = s.sum(['publicBudget'], M.label.specialBudget, M.usedBy.f4, special);
  const pupils = s.sum(['primaryStudents', 'juniorStudents', 'seniorStudents'], M.label.specialPupils, '', special);
  return [
    pair(
      'cross-special-budget',
      'equal',
      PER_SCHOOL_ROUNDING * (s.count(special) + 1),
      '万元',
      budget,
      c.get('specialSchoolFunding', M.usedBy.g7),
    ),
    pair('cross-special-pupils', 'equal', 0, '人', pupils, c.get('specialSchoolStudents', M.usedBy.g7)),
  ];
}

/** 履职数据 against the school sheet: training funds and budgets (T2 / Q4), pupils (F2 / 资源配置), classes (E2 / G5). */
function dutyAndSchools(d: DutyFigures, s: SchoolSums): (Pair | null)[] {
  const all = (): boolean => true;
  const money = COUNTY_ROUNDING + PER_SCHOOL_ROUNDING * s.count(all);
  return [
    pair(
      'cross-training-fund',
      'equal',
      money,
      '万元',
      d.get('trainingFund', M.usedBy.t2),
      s.sum(['trainingBudget'], '', M.usedBy.q4, all),
    ),
    pair(
      'cross-public-budget',
      'equal',
      money,
      '万元',
      d.get('trainingBase.公用经费', M.usedBy.t2),
      s.sum(['publicBudget'], '', M.usedBy.q4, all),
    ),
    pair(
      'cross-primary-pupils',
      'equal',
      0,
      '人',
      d.get('students.小学', M.usedBy.f2),
      s.sum(['primaryStudents'], '', M.usedBy.l, all),
    ),
    pair(
      'cross-junior-pupils',
      'equal',
      0,
      '人',
      d.get('students.初中', M.usedBy.f2),
      s.sum(['juniorStudents'], '', M.usedBy.l, all),
    ),
    // A county's senior pupils include its separate 高中, which the school sheet of 义务教育 schools does not list.
    pair(
      'cross-senior-pupils',
      'notAbove',
      0,
      '人',
      s.sum(['seniorStudents'], '', M.usedBy.f4, all),
      d.get('students.普通高中', M.usedBy.f2),
    ),
    pair(
      'cross-classes',
      'equal',
      0,
      '个',
      d.get('classes.total', M.usedBy.e2),
      s.sum(['primaryClasses', 'juniorClasses'], '', M.usedBy.g5, all),
    ),
    // A class of 56 or more is over 45 (小学) and over 50 (初中): it is counted among the school sheet's large classes.
    pair(
      'cross-large-classes',
      'notAbove',
      0,
      '个',
      d.get('classes.large', M.usedBy.e2),
      s.sum(['primaryOversized', 'juniorOversized'], '', M.usedBy.g5, all),
    ),
  ];
}

/** 履职数据 against 区县数据: the disabled children's cohort (E1 / Q2) and the junior graduates (E3 / Q1). */
function dutyAndCounty(d: DutyFigures, c: CountyFigures, options: ConsistencyInput['options']): (Pair | null)[] {
  const byWord = (w: string): string => DISABLED_CATEGORIES.find((x) => x.word === w)?.key ?? w;
  const excluded = (options?.enrolExcluded ?? ['已毕业', '缓学']).map(byWord);
  return [
    pair(
      'cross-disabled-cohort',
      'equal',
      0,
      '人',
      d.net('disabled.total', excluded, M.usedBy.e1),
      c.get('disabledTotal', M.usedBy.q2),
    ),
    pair(
      'cross-disabled-special',
      'equal',
      0,
      '人',
      d.get('disabled.special', M.usedBy.e1),
      c.get('disabledSpecialSchool', M.usedBy.q2),
    ),
    pair(
      'cross-disabled-inclusive',
      'equal',
      0,
      '人',
      d.get('disabled.inclusive', M.usedBy.e1),
      c.get('disabledInclusive', M.usedBy.q2),
    ),
    pair(
      'cross-disabled-home',
      'equal',
      0,
      '人',
      d.get('disabled.home', M.usedBy.e1),
      c.get('disabledHomeTaught', M.usedBy.q2),
    ),
    pair(
      'cross-graduates',
      'equal',
      0,
      '人',
      d.get('retention.graduates', M.usedBy.e3),
      c.get('juniorGraduates', M.usedBy.q1),
    ),
  ];
}

/** Column sums of the school sheet, with the range they cover. */
class SchoolSums {
  constructor(private readonly input: CountyInput) {}

  count(keep: (s: School) => boolean): number {
    return this.input.schools.filter(keep).length;
  }

  /** Σ of the fields over the schools kept; null when no school has any of them filled. */
  sum(fields: readonly SchoolNumericField[], label: string, usedBy: string, keep: (s: School) => boolean): Side | null {
    const schools = this.input.schools.filter(keep);
    let total = 0;
    let filled = 0;
    for (const s of schools) {
      for (const f of fields) {
        const v = s.fields[f];
        if (v !== null) {
          total += v;
          filled++;
        }
      }
    }
    if (filled === 0) return null;
    const ranges = fields.map((f) => rangeOf(schools, f)).filter((r) => r !== '');
    const sheet = this.input.schoolSheet;
    return {
      value: total,
      where: `${sheet}!${ranges.join('+')}`,
      label: label || M.label.schoolSum(fields.map((f) => M.fieldWords[f]).join('+')),
      usedBy,
      sheet,
      cell: ranges[0] ?? null,
    };
  }
}

/** `K3:K75`, the cells of a field from the first to the last school kept. */
function rangeOf(schools: readonly School[], field: SchoolNumericField): string {
  const first = schools.length > 0 ? fieldCell(schools[0], field) : null;
  const last = schools.length > 0 ? fieldCell(schools[schools.length - 1], field) : null;
  if (first === null || last === null) return '';
  return first === last ? first : `${first}:${last}`;
}

/** Figures of 区县数据 with their cells. */
class CountyFigures {
  constructor(private readonly input: CountyInput) {}

  get(key: CountyNumericItem, usedBy: string): Side | null {
    const f = this.input.county.numbers[key];
    if (f.value === null) return null;
    const sheet = this.input.county.sheet ?? '区县数据';
    const where = f.cell ? `${sheet}!${f.cell}` : sheet;
    return { value: f.value, where, label: M.countyWords[key] ?? key, usedBy, sheet, cell: f.cell };
  }
}

/** Figures of 履职数据 (本年) with their cells. */
class DutyFigures {
  constructor(private readonly data: DutyData) {}

  get(key: string, usedBy: string): Side | null {
    const f = this.data.figures.get(key)?.now;
    if (!f || f.value === null || f.cell === null) return null;
    const sheet = this.data.sheet;
    return { value: f.value, where: `${sheet}!${f.cell}`, label: M.dutyWords(key), usedBy, sheet, cell: f.cell };
  }

  /** A total less some of its categories (E1's denominator), when all of them are filled. */
  net(key: string, less: readonly string[], usedBy: string): Side | null {
    const whole = this.get(key, usedBy);
    const parts = less.map((k) => this.get(k, usedBy));
    if (!whole || parts.some((p) => p === null)) return null;
    const ps = parts as Side[];
    return {
      value: whole.value - ps.reduce((a, p) => a + p.value, 0),
      where: [whole.where, ...ps.map((p) => p.where)].join('−'),
      label: M.label.net(
        whole.label,
        ps.map((p) => p.label),
      ),
      usedBy,
      sheet: whole.sheet,
      cell: whole.cell,
    };
  }
}
