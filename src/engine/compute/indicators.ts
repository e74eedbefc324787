/**
 * The seven 资源配置 indicators (RULES.md §1), declared once. Each row says where the numerator comes from,
 * whether it is per hundred students or per student, whether it is a shared facility (split in combined
 * schools) and which settings hold its standards. `evaluateIndicator` is the one runner for all of them.
 */
import type { NumField, School, SchoolNumericField, Stage } from '../model';
import type { IndicatorId, IndicatorResult } from '../result';
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

type Fields = School['fields'];

export interface Term {
  /** The source column (for documentation and checks). */
  field: SchoolNumericField;
  /**
   * Reads that column. Written out per term (not `fields[field]`) so that each read is a plain property
   * access, which matters when it runs for every indicator of 10,000 schools.
   */
  read: (f: Fields) => NumField;
  sign: 1 | -1;
  /** A "blank = 0" column: a missing value adds nothing instead of making the indicator missing. */
  optional: boolean;
  /** The term counts only when this holds (a setting and the school's circumstances); null: always. */
  when: ((c: TermContext) => boolean) | null;
}

/** A numerator term; every term has the same shape so the runner's loop stays fast over all of them. */
function term(
  field: SchoolNumericField,
  read: (f: Fields) => NumField,
  opts: { sign?: 1 | -1; optional?: boolean; when?: (c: TermContext) => boolean } = {},
): Term {
  return { field, read, sign: opts.sign ?? 1, optional: opts.optional ?? false, when: opts.when ?? null };
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
  contradiction: ((f: Fields) => boolean) | null;
}

/** 乡村 schools of 50–99 students may count rotating PE/art teachers when the 规程 relaxation is on. */
const ruralSmall = (c: TermContext): boolean =>
  c.relax.ruralPeArtRelaxation &&
  c.school.urbanRural === '乡村' &&
  c.schoolStudents !== null &&
  c.schoolStudents >= 50 &&
  c.schoolStudents <= 99;

const teachingArea: readonly Term[] = [
  term('teachingArea', (f) => f.teachingArea),
  term('indoorSportsArea', (f) => f.indoorSportsArea, {
    sign: -1,
    optional: true,
    when: (c) => c.relax.subtractIndoorSports,
  }),
];
/**
 * 室内体育用房 is part of 教学及辅助用房: a larger figure means one of the two is wrong, and subtracting it would make
 * L4 negative. The reader warns about it (indoor-exceeds-teaching); L4 waits for the correction whatever the
 * subtraction setting, since the teaching area itself may be the wrong figure.
 */
const indoorExceedsTeaching = (f: Fields): boolean =>
  f.indoorSportsArea.value !== null && f.teachingArea.value !== null && f.indoorSportsArea.value > f.teachingArea.value;

const sportsArea: readonly Term[] = [
  term('sportsArea', (f) => f.sportsArea),
  term('rentedSportsArea', (f) => f.rentedSportsArea, {
    optional: true,
    when: (c) => c.relax.addRentedSportsArea && c.school.denseUrban === true,
  }),
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
      primary: [term('primaryDegreeTeachers', (f) => f.primaryDegreeTeachers)],
      junior: [term('juniorDegreeTeachers', (f) => f.juniorDegreeTeachers)],
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
      primary: [term('primaryBackbone', (f) => f.primaryBackbone)],
      junior: [term('juniorBackbone', (f) => f.juniorBackbone)],
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
      primary: [
        term('primaryPeArt', (f) => f.primaryPeArt),
        term('primaryRotatingPeArt', (f) => f.primaryRotatingPeArt, { optional: true, when: ruralSmall }),
      ],
      junior: [term('juniorPeArt', (f) => f.juniorPeArt)],
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
    numerator: same([term('equipmentValue', (f) => f.equipmentValue)]),
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
    numerator: same([term('mediaRooms', (f) => f.mediaRooms)]),
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
  studentsCell: string | null;
  /** Share of the school's facilities that belong to this part; null when it cannot be worked out. */
  share: number | null;
}

const scratch: string[] = [];
// Bound once: a global lookup per indicator is slow inside some hosts' sandboxes.
const abs = Math.abs;

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
  // Cells are gathered in a scratch array and copied once at their exact size: a result holds many of these.
  let nSources = 0;
  let total = 0;
  let missing = false;
  const fields = p.school.fields;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (t.when !== null && !t.when(p)) continue;
    const f = t.read(fields);
    if (f.cell !== null) scratch[nSources++] = f.cell;
    if (f.value === null) {
      if (!t.optional) missing = true;
      continue;
    }
    total += t.sign * f.value;
  }
  if (def.contradiction !== null && def.contradiction(fields)) missing = true;
  if (p.studentsCell !== null) scratch[nSources++] = p.studentsCell;
  // Most indicators have one column and the students: an array literal is the cheapest copy of those.
  const sources =
    nSources === 2 ? [scratch[0], scratch[1]] : nSources === 1 ? [scratch[0]] : scratch.slice(0, nSources);
  let numerator: number | null = missing ? null : total;
  if (numerator !== null && def.facility) numerator = p.share === null ? null : numerator * p.share;
  const value =
    numerator === null || p.students === null || p.students <= 0 ? null : (numerator / p.students) * def.per;
  const status = indicatorStatus(value, standard, nearFloor);
  // Nothing is computed for a missing indicator: its numerator is not shown either.
  const r: IndicatorResult = { value, standard, status, numerator: status === 'missing' ? null : numerator, sources };
  // A flip under 2-decimal display needs the value within half a display unit of a threshold.
  if (
    value !== null &&
    (abs(value - standard) < 0.005 || abs(value - nearFloor * standard) < 0.005) &&
    indicatorBorderline(value, standard, nearFloor)
  ) {
    r.borderline = true;
  }
  return r;
}
