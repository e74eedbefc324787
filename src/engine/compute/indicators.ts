/**
 * The seven 资源配置 indicators (RULES.md §1), declared once. Each row says where the numerator comes from,
 * whether it is per hundred students or per student, whether it is a shared facility (split in combined
 * schools) and which settings hold its standards. `evaluatePart` is the one runner for all of them; the results
 * go into an IndicatorTable (partTable.ts).
 */
import type { School, SchoolFigures, SchoolNumericField, Stage } from '../model';
import { SCHOOL_NUMERIC_FIELDS } from '../model';
import type { IndicatorId } from '../result';
import type { SettingKey, Settings } from '../settings';
import { num } from '../settings';
import { computeMessages } from '../messages';
import type { IndicatorTable } from './partTable';
import { BORDERLINE, FAIL, MISSING, NEAR, PASS } from './partTable';
import { indicatorBorderline, tolerance } from './status';

/** Switches of the settings that change numerators, read once per run rather than once per school. */
export interface Relaxations {
  subtractIndoorSports: boolean;
  addRentedSportsArea: boolean;
  ruralPeArtRelaxation: boolean;
}

/** What a numerator term may look at to decide whether it applies. */
export interface TermContext {
  school: School;
  /** Compulsory-stage students of the whole school (null when a needed count is blank). */
  schoolStudents: number | null;
  relax: Relaxations;
}

/**
 * When a numerator term counts. A word rather than a function: the runner tests it in one switch, so the loop over
 * every term of 10,000 schools makes no call through a different closure per term.
 */
export type TermCondition =
  /** Always. */
  | 'always'
  /** 室内体育用房 is subtracted from 教学及辅助用房 (setting subtractIndoorSports). */
  | 'subtractIndoorSports'
  /** Rented sports grounds count for 中心城区高密度 schools (setting addRentedSportsArea). */
  | 'rentedDenseUrban'
  /** Rotating PE/art teachers count for small 乡村 schools (setting ruralPeArtRelaxation). */
  | 'ruralSmall';

export interface Term {
  /** The source column. */
  field: SchoolNumericField;
  /** Its position in SCHOOL_NUMERIC_FIELDS: the runner reads `fields.values[fields.base + index]`. */
  index: number;
  sign: 1 | -1;
  /** A "blank = 0" column: a missing value adds nothing instead of making the indicator missing. */
  optional: boolean;
  /** The term counts only when this holds (a setting and the school's circumstances). */
  when: TermCondition;
}

/** A numerator term; every term has the same shape so the runner's loop stays fast over all of them. */
function term(field: SchoolNumericField, opts: { sign?: 1 | -1; optional?: boolean; when?: TermCondition } = {}): Term {
  return {
    field,
    index: SCHOOL_NUMERIC_FIELDS.indexOf(field),
    sign: opts.sign ?? 1,
    optional: opts.optional ?? false,
    when: opts.when ?? 'always',
  };
}

/** How a gap is closed, which decides the rounding of 整改台账 amounts. */
export type Remedy = 'people' | 'rooms' | 'area' | 'money';

export interface IndicatorDef {
  id: IndicatorId;
  name: string;
  unit: string;
  /** 100 for 每百名学生 indicators, 1 for 生均. */
  per: 100 | 1;
  /** Facilities belong to the whole school and are shared out between 学段 of a combined school. */
  facility: boolean;
  numerator: Record<Stage, readonly Term[]>;
  standard: Record<Stage, SettingKey>;
  remedy: Remedy;
  /**
   * True when the school's own figures contradict each other so that no value can be right; the indicator is then
   * left missing (待填报) until they are corrected, rather than computed from them. Null: no such check.
   */
  contradiction: ((f: SchoolFigures) => boolean) | null;
}

/** 乡村 schools of 50–99 students may count rotating PE/art teachers when the 规程 relaxation is on. */
const isRuralSmall = (c: TermContext): boolean =>
  c.relax.ruralPeArtRelaxation &&
  c.school.urbanRural === '乡村' &&
  c.schoolStudents !== null &&
  c.schoolStudents >= 50 &&
  c.schoolStudents <= 99;

const teachingArea: readonly Term[] = [
  term('teachingArea'),
  term('indoorSportsArea', { sign: -1, optional: true, when: 'subtractIndoorSports' }),
];
/**
 * 室内体育用房 is part of 教学及辅助用房: a larger figure means one of the two is wrong, and subtracting it would make
 * L4 negative. The reader warns about it (indoor-exceeds-teaching); L4 waits for the correction whatever the
 * subtraction setting, since the teaching area itself may be the wrong figure.
 */
const indoorExceedsTeaching = (f: SchoolFigures): boolean =>
  f.indoorSportsArea !== null && f.teachingArea !== null && f.indoorSportsArea > f.teachingArea;

const sportsArea: readonly Term[] = [
  term('sportsArea'),
  term('rentedSportsArea', { optional: true, when: 'rentedDenseUrban' }),
];
const same = (terms: readonly Term[]): Record<Stage, readonly Term[]> => ({ primary: terms, junior: terms });

/** The indicator table: one row per indicator, nothing about them is written anywhere else. */
export const INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'L1',
    name: computeMessages.indicatorName.L1,
    unit: computeMessages.units.people,
    per: 100,
    facility: false,
    numerator: {
      primary: [term('primaryDegreeTeachers')],
      junior: [term('juniorDegreeTeachers')],
    },
    standard: { primary: 'L1.primary', junior: 'L1.junior' },
    remedy: 'people',
    contradiction: null,
  },
  {
    id: 'L2',
    name: computeMessages.indicatorName.L2,
    unit: computeMessages.units.people,
    per: 100,
    facility: false,
    numerator: {
      primary: [term('primaryBackbone')],
      junior: [term('juniorBackbone')],
    },
    standard: { primary: 'L2.primary', junior: 'L2.junior' },
    remedy: 'people',
    contradiction: null,
  },
  {
    id: 'L3',
    name: computeMessages.indicatorName.L3,
    unit: computeMessages.units.people,
    per: 100,
    facility: false,
    numerator: {
      primary: [term('primaryPeArt'), term('primaryRotatingPeArt', { optional: true, when: 'ruralSmall' })],
      junior: [term('juniorPeArt')],
    },
    standard: { primary: 'L3.primary', junior: 'L3.junior' },
    remedy: 'people',
    contradiction: null,
  },
  {
    id: 'L4',
    name: computeMessages.indicatorName.L4,
    unit: computeMessages.units.area,
    per: 1,
    facility: true,
    numerator: same(teachingArea),
    standard: { primary: 'L4.primary', junior: 'L4.junior' },
    remedy: 'area',
    contradiction: indoorExceedsTeaching,
  },
  {
    id: 'L5',
    name: computeMessages.indicatorName.L5,
    unit: computeMessages.units.area,
    per: 1,
    facility: true,
    numerator: same(sportsArea),
    standard: { primary: 'L5.primary', junior: 'L5.junior' },
    remedy: 'area',
    contradiction: null,
  },
  {
    id: 'L6',
    name: computeMessages.indicatorName.L6,
    // The reader has already converted 万元 to 元.
    unit: computeMessages.units.yuan,
    per: 1,
    facility: true,
    numerator: same([term('equipmentValue')]),
    standard: { primary: 'L6.primary', junior: 'L6.junior' },
    remedy: 'money',
    contradiction: null,
  },
  {
    id: 'L7',
    name: computeMessages.indicatorName.L7,
    unit: computeMessages.units.rooms,
    per: 100,
    facility: true,
    numerator: same([term('mediaRooms')]),
    standard: { primary: 'L7.primary', junior: 'L7.junior' },
    remedy: 'rooms',
    contradiction: null,
  },
];

/** The standard of an indicator for a 学段 under the settings in force. */
export function standardOf(def: IndicatorDef, stage: Stage, settings: Settings): number {
  return num(settings, def.standard[stage]);
}

/**
 * The facts about one school part that every indicator needs. Its students and facility share are passed to the
 * runner as plain numbers instead, NaN when unknown: kept here, each fractional share would be boxed on the heap.
 */
export interface PartContext extends TermContext {
  stage: Stage;
}

/** Whether a term's condition holds for the part. */
function holds(when: TermCondition, p: TermContext): boolean {
  switch (when) {
    case 'always':
      return true;
    case 'subtractIndoorSports':
      return p.relax.subtractIndoorSports;
    case 'rentedDenseUrban':
      return p.relax.addRentedSportsArea && p.school.denseUrban === true;
    case 'ruralSmall':
      return isRuralSmall(p);
  }
}

/**
 * The thresholds of the seven indicators for one 学段 under the settings in force, worked out once per run: the
 * standard, and the least values that pass and that are near (the standard and nearFloor × standard, each less the
 * floating-point tolerance of `atLeast`), so the runner compares with two numbers and calls nothing per indicator.
 */
export interface StageThresholds {
  nearFloor: number;
  standard: Float64Array;
  passFrom: Float64Array;
  nearFrom: Float64Array;
}

/** The thresholds of a 学段 (see StageThresholds). */
export function stageThresholds(stage: Stage, settings: Settings): StageThresholds {
  const nearFloor = num(settings, 'nearFloor');
  const standard = Float64Array.from(INDICATORS, (def) => standardOf(def, stage, settings));
  return {
    nearFloor,
    standard,
    passFrom: standard.map((x) => x - tolerance(x)),
    nearFrom: standard.map((x) => nearFloor * x - tolerance(nearFloor * x)),
  };
}

/**
 * The runner: computes the seven indicators of one part into its table entries. Each numerator is the sum of its
 * terms (times the facility share for facilities), divided by the part's students, compared with the standard.
 * `students` and `share` are NaN when unknown. One call per part rather than per indicator, so that the numbers
 * stay unboxed from the first term to the table.
 */
export function evaluatePart(
  p: PartContext,
  students: number,
  share: number,
  th: StageThresholds,
  table: IndicatorTable,
  entry: number,
): void {
  const fields = p.school.fields;
  const values = fields.values;
  const base = fields.base;
  const stage = p.stage;
  for (let k = 0; k < INDICATORS.length; k++) {
    const def = INDICATORS[k];
    const terms = stage === 'primary' ? def.numerator.primary : def.numerator.junior;
    let used = 0;
    let total = 0;
    let missing = false;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      if (t.when !== 'always' && !holds(t.when, p)) continue;
      used |= 1 << i;
      const v = values[base + t.index];
      if (v !== v) {
        if (!t.optional) missing = true;
        continue;
      }
      total += t.sign * v;
    }
    if (def.contradiction !== null && def.contradiction(fields)) missing = true;
    // NaN stands for a missing figure from here on: it carries through the arithmetic without a test at each step.
    let numerator = missing ? NaN : total;
    if (def.facility) numerator *= share;
    // NaN students (blank) fail the comparison too.
    const value = students > 0 ? (numerator / students) * def.per : NaN;
    const standard = th.standard[k];
    const e = entry + k;
    table.standard[e] = standard;
    if (value !== value) {
      // Nothing is computed for a missing indicator: its numerator is not shown either.
      table.value[e] = NaN;
      table.numerator[e] = NaN;
      table.status[e] = MISSING;
      table.flags[e] = used;
      continue;
    }
    table.value[e] = value;
    table.numerator[e] = numerator;
    // The same comparisons as indicatorStatus (atLeast against the standard, then against the near floor).
    table.status[e] = value >= th.passFrom[k] ? PASS : value >= th.nearFrom[k] ? NEAR : FAIL;
    // A flip under 2-decimal display needs the value within half a display unit of a threshold. Written without
    // Math.abs: the call was not inlined here and boxed its argument, one heap number per part.
    const d1 = value - standard;
    const d2 = value - th.nearFloor * standard;
    const borderline =
      ((d1 < 0.005 && d1 > -0.005) || (d2 < 0.005 && d2 > -0.005)) &&
      indicatorBorderline(value, standard, th.nearFloor);
    table.flags[e] = borderline ? used | BORDERLINE : used;
  }
}
