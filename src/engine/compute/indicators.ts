/**
 * The seven 资源配置 indicators (RULES.md §1), declared once. Each row says where the numerator comes from,
 * whether it is per hundred students or per student, whether it is a shared facility (split in combined
 * schools) and which settings hold its standards. `evaluateIndicator` is the one runner for all of them.
 */
import type { School, SchoolFigures, SchoolNumericField, Stage } from '../model';
import { fieldCell, SCHOOL_NUMERIC_FIELDS } from '../model';
import type { IndicatorId, IndicatorResult, IndicatorStatus } from '../result';
import type { SettingKey, Settings } from '../settings';
import { num } from '../settings';
import { computeMessages } from '../messages';
import { indicatorBorderline, tolerance } from './status';
import { grown } from './typedArrays';

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

/** Status words by their code in an IndicatorTable. */
const STATUS_WORDS: readonly IndicatorStatus[] = ['missing', 'pass', 'near', 'fail'];
/** The status word of a code held in an IndicatorTable. */
export const statusWord = (code: number): IndicatorStatus => STATUS_WORDS[code];
// Status codes held in an IndicatorTable. Declared locally and exported by name, so that the runner reads them as
// constants: an `export const` is read back through the module's exports object at every use.
const MISSING = 0;
const PASS = 1;
const NEAR = 2;
const FAIL = 3;
export { FAIL, MISSING, NEAR, PASS };
const statusCode = (s: IndicatorStatus): number =>
  s === 'pass' ? PASS : s === 'near' ? NEAR : s === 'fail' ? FAIL : MISSING;
/** Flag bit of a borderline result; the bits below it say which numerator terms counted. */
const BORDERLINE = 0x80;

/**
 * The seven indicator results of every part of a run in flat typed arrays, entry `part × 7 + indicator`, NaN for a
 * missing number. Nothing is allocated per result: a part's `indicators` are small views onto its entries
 * (IndicatorView). At 10,000 schools one object and three boxed numbers per result were a third of what a run
 * allocated, and all of it survived to the end of the run, so every minor garbage collection had to copy it.
 */
export class IndicatorTable {
  value: Float64Array;
  numerator: Float64Array;
  standard: Float64Array;
  status: Uint8Array;
  /** Bit t: term t of the indicator's numerator counted (its cell is a source); BORDERLINE. */
  flags: Uint8Array;
  /** The school of each part (null for an excluded part, which has no sources) and its 学段. */
  schools: (School | null)[] = [];
  stages: Stage[] = [];
  /**
   * The students of each included part, NaN when unknown or excluded: with `schools` and `stages`, what the
   * coefficients need of a part, read without visiting the part's objects.
   */
  students: Float64Array;
  /** Sources assigned through a view, by entry. */
  assigned: Map<number, string[]> | null = null;
  #capacity: number;

  constructor(parts: number) {
    this.#capacity = Math.max(parts, 1);
    const n = this.#capacity * INDICATORS.length;
    this.value = new Float64Array(n);
    this.numerator = new Float64Array(n);
    this.standard = new Float64Array(n);
    this.status = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.students = new Float64Array(this.#capacity);
  }

  /**
   * Adds a part (the next one of the run's part list) and returns the entry of its first indicator; the arrays double
   * when full. `school` is null for an excluded part; `students` NaN when unknown.
   */
  addPart(school: School | null, stage: Stage, students = NaN): number {
    const part = this.schools.length;
    if (part === this.#capacity) {
      this.#capacity *= 2;
      this.students = grown(this.students, this.#capacity);
      const n = this.#capacity * INDICATORS.length;
      this.value = grown(this.value, n);
      this.numerator = grown(this.numerator, n);
      this.standard = grown(this.standard, n);
      this.status = grown(this.status, n);
      this.flags = grown(this.flags, n);
    }
    this.schools.push(school);
    this.stages.push(stage);
    this.students[part] = students;
    return part * INDICATORS.length;
  }

  /** Marks an entry missing with nothing computed (an excluded part). */
  setEmpty(entry: number, standard: number): void {
    this.value[entry] = NaN;
    this.numerator[entry] = NaN;
    this.standard[entry] = standard;
    this.status[entry] = MISSING;
    this.flags[entry] = 0;
  }

  /** A1 cells on the school sheet behind an entry, in term order, the students last. */
  sourcesOf(entry: number): string[] {
    const assigned = this.assigned?.get(entry);
    if (assigned !== undefined) return assigned;
    const part = (entry / INDICATORS.length) | 0;
    const school = this.schools[part];
    const list: string[] = [];
    if (school === null) return list;
    const stage = this.stages[part];
    const terms = INDICATORS[entry - part * INDICATORS.length].numerator[stage];
    const used = this.flags[entry];
    for (let t = 0; t < terms.length; t++) {
      if ((used & (1 << t)) === 0) continue;
      const cell = fieldCell(school, terms[t].field);
      if (cell !== null) list.push(cell);
    }
    const students = fieldCell(school, stage === 'primary' ? 'primaryStudents' : 'juniorStudents');
    if (students !== null) list.push(students);
    return list;
  }
}

/**
 * One indicator result as the IndicatorResult of OUTPUT.md, read from (and written to) its IndicatorTable entry.
 * `sources` is built when read; JSON gets the plain result through `toJSON`.
 */
export class IndicatorView implements IndicatorResult {
  readonly #t: IndicatorTable;
  readonly #e: number;

  constructor(table: IndicatorTable, entry: number) {
    this.#t = table;
    this.#e = entry;
  }

  get value(): number | null {
    const v = this.#t.value[this.#e];
    return v === v ? v : null;
  }
  set value(v: number | null) {
    this.#t.value[this.#e] = v ?? NaN;
  }

  get standard(): number {
    return this.#t.standard[this.#e];
  }
  set standard(v: number) {
    this.#t.standard[this.#e] = v;
  }

  get status(): IndicatorStatus {
    return statusWord(this.#t.status[this.#e]);
  }
  set status(s: IndicatorStatus) {
    this.#t.status[this.#e] = statusCode(s);
  }

  get numerator(): number | null {
    const v = this.#t.numerator[this.#e];
    return v === v ? v : null;
  }
  set numerator(v: number | null) {
    this.#t.numerator[this.#e] = v ?? NaN;
  }

  /** True, or undefined (so that JSON omits it) when rounding cannot flip the status. */
  get borderline(): boolean | undefined {
    return (this.#t.flags[this.#e] & BORDERLINE) !== 0 ? true : undefined;
  }
  set borderline(b: boolean | undefined) {
    const f = this.#t.flags;
    f[this.#e] = b === true ? f[this.#e] | BORDERLINE : f[this.#e] & ~BORDERLINE;
  }

  /** A1 cells on the school sheet behind this value, in term order, the students last. */
  get sources(): string[] {
    return this.#t.sourcesOf(this.#e);
  }
  set sources(list: string[]) {
    (this.#t.assigned ??= new Map()).set(this.#e, list);
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

/**
 * The seven indicators of one part, as `indicators` of its PartResult. Each read of `L1`…`L7` hands out a fresh
 * IndicatorView: short-lived objects cost a minor garbage collection nothing, whereas seven views kept per part
 * would be copied by every one of them. Writes through a view land in the table, so they persist.
 */
export class PartIndicators implements Record<IndicatorId, IndicatorResult> {
  readonly #t: IndicatorTable;
  readonly #e: number;

  constructor(table: IndicatorTable, entry: number) {
    this.#t = table;
    this.#e = entry;
  }

  get L1(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e);
  }
  get L2(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e + 1);
  }
  get L3(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e + 2);
  }
  get L4(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e + 3);
  }
  get L5(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e + 4);
  }
  get L6(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e + 5);
  }
  get L7(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e + 6);
  }

  /** The status of indicator `k` (0 = L1), read straight from the table. */
  statusAt(k: number): IndicatorStatus {
    return statusWord(this.#t.status[this.#e + k]);
  }

  /** Copies the seven values (NaN when missing) to position `i` of seven arrays, L1 first. */
  copyValues(into: readonly Float64Array[], i: number): void {
    const v = this.#t.value;
    const e = this.#e;
    for (let k = 0; k < into.length; k++) into[k][i] = v[e + k];
  }

  /** The JSON of OUTPUT.md: the seven results by id. */
  toJSON(): Record<IndicatorId, IndicatorResult> {
    return { L1: this.L1, L2: this.L2, L3: this.L3, L4: this.L4, L5: this.L5, L6: this.L6, L7: this.L7 };
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
  // The divisor, NaN when there are no students (blank or 0), settled once: written as a choice inside the loop, the
  // choice between a quotient and NaN made TurboFan box every value it computed.
  const count = students > 0 ? students : NaN;
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
    const value = (numerator / count) * def.per;
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

/**
 * The status of indicator `k` (0 = L1) of a part. Loops over every part use this rather than
 * `indicators.L1.status`, which hands out a view per read; a hand-built record (in tests) is read as it is.
 */
export function statusAt(indicators: Record<IndicatorId, IndicatorResult>, k: number): IndicatorStatus {
  if (indicators instanceof PartIndicators) return indicators.statusAt(k);
  return indicators[INDICATORS[k].id].status;
}

/** The seven values of a part (NaN when missing) into position `i` of seven arrays, L1 first (see `statusAt`). */
export function copyValues(
  indicators: Record<IndicatorId, IndicatorResult>,
  into: readonly Float64Array[],
  i: number,
): void {
  if (indicators instanceof PartIndicators) indicators.copyValues(into, i);
  else for (let k = 0; k < into.length; k++) into[k][i] = indicators[INDICATORS[k].id].value ?? NaN;
}
