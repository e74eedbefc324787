/**
 * The seven 资源配置 indicators (RULES.md §1), declared once. Each row says where the numerator comes from,
 * whether it is per hundred students or per student, whether it is a shared facility (split in combined
 * schools) and which settings hold its standards. `evaluateIndicator` is the one runner for all of them.
 */
import type { School, SchoolFigures, SchoolNumericField, Stage } from '../model';
import { fieldCell } from '../model';
import type { IndicatorId, IndicatorResult, IndicatorStatus } from '../result';
import type { SettingKey, Settings } from '../settings';
import { num } from '../settings';
import { computeMessages } from '../messages';
import { indicatorBorderline, indicatorStatus } from './status';

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
  /** The source column; the runner reads `fields[field]`. */
  field: SchoolNumericField;
  sign: 1 | -1;
  /** A "blank = 0" column: a missing value adds nothing instead of making the indicator missing. */
  optional: boolean;
  /** The term counts only when this holds (a setting and the school's circumstances). */
  when: TermCondition;
}

/** A numerator term; every term has the same shape so the runner's loop stays fast over all of them. */
function term(field: SchoolNumericField, opts: { sign?: 1 | -1; optional?: boolean; when?: TermCondition } = {}): Term {
  return { field, sign: opts.sign ?? 1, optional: opts.optional ?? false, when: opts.when ?? 'always' };
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

/** The facts about one school part that every indicator needs. */
export interface PartContext extends TermContext {
  stage: Stage;
  students: number | null;
  /** The field that holds the part's students. */
  studentsField: SchoolNumericField;
  /** Share of the school's facilities that belong to this part; null when it cannot be worked out. */
  share: number | null;
}

// Bound once: a global lookup per indicator is slow inside some hosts' sandboxes.
const abs = Math.abs;

/**
 * An indicator result built by one constructor, so every result, computed or empty, has the same object shape
 * (`borderline` always present, undefined when false so the JSON omits it).
 *
 * The source cells (at most three: two columns and the students) are kept as the school and its field names until
 * `sources` is read: a list of addresses per indicator of 10,000 schools is several allocations each that survive
 * the run, and most are never read. Reading `sources` builds the list once; assigning it replaces it; JSON gets it
 * through `toJSON`.
 */
export class IndicatorValue implements IndicatorResult {
  value: number | null;
  standard: number;
  status: IndicatorStatus;
  numerator: number | null;
  borderline: boolean | undefined;
  #school: School | null;
  #a: SchoolNumericField | null;
  #b: SchoolNumericField | null;
  #students: SchoolNumericField | null;
  #list: string[] | null;

  constructor(
    value: number | null,
    standard: number,
    status: IndicatorStatus,
    numerator: number | null,
    borderline: boolean | undefined,
    school: School | null,
    a: SchoolNumericField | null,
    b: SchoolNumericField | null,
    students: SchoolNumericField | null,
  ) {
    this.value = value;
    this.standard = standard;
    this.status = status;
    this.numerator = numerator;
    this.borderline = borderline;
    this.#school = school;
    this.#a = a;
    this.#b = b;
    this.#students = students;
    this.#list = null;
  }

  /** A1 cells on the school sheet behind this value, in term order, the students last. */
  get sources(): string[] {
    if (this.#list === null) {
      const list: string[] = [];
      const school = this.#school;
      if (school !== null) {
        for (const key of [this.#a, this.#b, this.#students]) {
          const cell = key === null ? null : fieldCell(school, key);
          if (cell !== null) list.push(cell);
        }
      }
      this.#list = list;
    }
    return this.#list;
  }

  set sources(list: string[]) {
    this.#list = list;
  }

  /** The JSON of OUTPUT.md, keys in the order of IndicatorResult. */
  toJSON(): IndicatorResult {
    return {
      value: this.value,
      standard: this.standard,
      status: this.status,
      numerator: this.numerator,
      sources: this.sources,
      borderline: this.borderline,
    };
  }
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
 * Computes one indicator for one part: the numerator from its terms (times the facility share for
 * facilities), divided by the part's students, compared with the standard.
 */
export function evaluateIndicator(
  def: IndicatorDef,
  p: PartContext,
  standard: number,
  nearFloor: number,
): IndicatorResult {
  const terms = def.numerator[p.stage];
  // Up to two columns and the students: held as they are, not as a list of cells (see IndicatorValue).
  let a: SchoolNumericField | null = null;
  let b: SchoolNumericField | null = null;
  let total = 0;
  let missing = false;
  const fields = p.school.fields;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (t.when !== 'always' && !holds(t.when, p)) continue;
    const v = fields[t.field];
    if (a === null) a = t.field;
    else b = t.field;
    if (v === null) {
      if (!t.optional) missing = true;
      continue;
    }
    total += t.sign * v;
  }
  if (def.contradiction !== null && def.contradiction(fields)) missing = true;
  let numerator: number | null = missing ? null : total;
  if (numerator !== null && def.facility) numerator = p.share === null ? null : numerator * p.share;
  const value =
    numerator === null || p.students === null || p.students <= 0 ? null : (numerator / p.students) * def.per;
  const status = indicatorStatus(value, standard, nearFloor);
  // A flip under 2-decimal display needs the value within half a display unit of a threshold.
  const borderline =
    value !== null &&
    (abs(value - standard) < 0.005 || abs(value - nearFloor * standard) < 0.005) &&
    indicatorBorderline(value, standard, nearFloor);
  // Nothing is computed for a missing indicator: its numerator is not shown either.
  return new IndicatorValue(
    value,
    standard,
    status,
    status === 'missing' ? null : numerator,
    borderline ? true : undefined,
    p.school,
    a,
    b,
    p.studentsField,
  );
}
