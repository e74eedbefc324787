/**
 * Builders of parsed counties for the calculation tests: a School laid out as the template lays out its
 * columns (so its figures have the A1 cells the template would give them), and a CountyInput around a list
 * of schools.
 */
import { a1, columnLetters } from '../../src/engine/a1';
import { COUNTY_ITEMS, SCHOOL_COLUMNS, SHEETS } from '../../src/engine/columns';
import type {
  CountyData,
  CountyInput,
  CountyNumericItem,
  NumField,
  QualitySubject,
  School,
  SchoolLayout,
  SchoolNumericField,
  SchoolType,
  SelfAssessedItem,
  SelfAssessment,
  VetoItem,
} from '../../src/engine/model';
import {
  COUNTY_NUMERIC_ITEMS,
  fieldCell,
  figuresOf,
  SCHOOL_NUMERIC_FIELDS,
  SELF_ASSESSED_ITEMS,
  VETO_ITEMS,
} from '../../src/engine/model';
import { fieldsRecord } from '../../src/engine/model';
import type { DataIssue } from '../../src/engine/types';

/** Header row of the school sheet in these tests: data start on row 2. */
const HEADER_ROWS = 1;

function columnOf(key: string): number {
  const i = SCHOOL_COLUMNS.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key}`);
  return i;
}

/** The A1 cell of a column on a 1-based sheet row, at the column's place in the template. */
export function cellOf(key: string, row: number): string {
  return a1(row - 1, columnOf(key));
}

export type SchoolSpec = {
  row?: number;
  code?: string;
  name?: string;
  type?: SchoolType | null;
  isPrivate?: boolean;
  urbanRural?: School['urbanRural'];
  boarding?: boolean | null;
  builtYear?: number | null;
  denseUrban?: boolean | null;
} & { [K in SchoolNumericField]?: number | null };

let nextRow = HEADER_ROWS + 1;

/** Starts row numbering again at row 2 (call in beforeEach when rows matter). */
export function resetRows(): void {
  nextRow = HEADER_ROWS + 1;
}

/** The template's columns, shared by every school these builders make, as the reader shares a sheet's layout. */
const TEMPLATE_LAYOUT: SchoolLayout = {
  fields: fieldsRecord(SCHOOL_NUMERIC_FIELDS.map((key) => columnLetters(columnOf(key)))),
  code: columnLetters(columnOf('code')),
  name: columnLetters(columnOf('name')),
  type: columnLetters(columnOf('type')),
};

/** A school's figure with its cell, as `{ value, cell }`: how tests state what the reader should have found. */
export function figure(school: School, key: SchoolNumericField): NumField {
  return { value: school.fields[key], cell: fieldCell(school, key) };
}

/** Every figure of a school with its cell (see `figure`). */
export function figures(school: School): Record<SchoolNumericField, NumField> {
  return fieldsRecord(SCHOOL_NUMERIC_FIELDS.map((key) => figure(school, key)));
}

/**
 * A school row. Numbers not given are blank (null), except the "blank = 0" columns, which the reader
 * turns into 0. Rows number themselves from row 2 unless `row` is given.
 */
export function makeSchool(spec: SchoolSpec): School {
  const row = spec.row ?? nextRow;
  nextRow = row + 1;
  const fields = figuresOf(
    SCHOOL_NUMERIC_FIELDS.map((key) => {
      const given = spec[key];
      return given !== undefined ? given : SCHOOL_COLUMNS.find((c) => c.key === key)?.blankIsZero ? 0 : null;
    }),
  );
  const code = spec.code ?? `S${row}`;
  return {
    row,
    code,
    name: spec.name ?? `学校${code}`,
    type: spec.type === undefined ? '小学' : spec.type,
    rawType: spec.type ?? '',
    isPrivate: spec.isPrivate ?? false,
    urbanRural: spec.urbanRural ?? null,
    boarding: spec.boarding ?? null,
    builtYear: spec.builtYear ?? null,
    denseUrban: spec.denseUrban ?? null,
    fields,
    layout: TEMPLATE_LAYOUT,
    moved: null,
  };
}

export type CountySpec = {
  name?: string;
  year?: string;
  schools?: School[];
  numbers?: Partial<Record<CountyNumericItem, number | null>>;
  selfAssessed?: Partial<Record<SelfAssessedItem, SelfAssessment>>;
  vetoes?: Partial<Record<VetoItem, boolean | null>>;
  quality?: QualitySubject[] | null;
  issues?: DataIssue[];
};

/** County figures that meet every G/Q/S standard (used where a test is about something else). */
export const PASSING_NUMBERS: Record<CountyNumericItem, number> = {
  primaryFundingNorm: 720,
  juniorFundingNorm: 920,
  specialSchoolFunding: 87,
  specialSchoolStudents: 126,
  teacherAvgSalary: 110000,
  civilServantAvgSalary: 105000,
  fullTimeTeachers: 4000,
  trainedTeachers: 4000,
  certifiedTeachers: 4000,
  rotationEligible: 610,
  rotationActual: 273,
  rotationBackbone: 103,
  primaryZonedRatio: 1,
  juniorZonedRatio: 0.97,
  qualityHighSchoolQuota: 4220,
  qualityHighSchoolAllocated: 3389,
  migrantEligible: 1000,
  migrantPublic: 900,
  migrantPurchased: 50,
  juniorGraduates: 8295,
  grade7ThreeYearsAgo: 8155,
  transfersIn: 439,
  transfersOut: 299,
  deaths: 0,
  disabledTotal: 200,
  disabledInclusive: 150,
  disabledSpecialSchool: 40,
  disabledHomeTaught: 8,
  trainingFundRatio: 0.06,
  recognitionRate: 0.93,
};

/**
 * A parsed county. County numbers not given are blank, except `deaths` (blank = 0); self-assessed items
 * and vetoes not given are blank too. Cells point at column B of `区县数据`, one row per item.
 */
export function makeCounty(spec: CountySpec = {}): CountyInput {
  const numbers = {} as CountyData['numbers'];
  for (const key of COUNTY_NUMERIC_ITEMS) {
    const i = COUNTY_ITEMS.findIndex((c) => c.key === key);
    const given = spec.numbers?.[key];
    const value = given !== undefined ? given : COUNTY_ITEMS[i].blankIsZero ? 0 : null;
    numbers[key] = { value, cell: a1(i + 3, 1) };
  }
  const selfAssessed = {} as CountyData['selfAssessed'];
  SELF_ASSESSED_ITEMS.forEach((key, i) => {
    selfAssessed[key] = { value: spec.selfAssessed?.[key] ?? null, cell: a1(COUNTY_ITEMS.length + 3 + i, 1) };
  });
  const vetoes = {} as CountyData['vetoes'];
  VETO_ITEMS.forEach((item, i) => {
    const v = spec.vetoes?.[item];
    vetoes[item] = { value: v === undefined ? null : v, cell: a1(COUNTY_ITEMS.length + 11 + i, 1) };
  });
  return {
    schoolSheet: SHEETS.school,
    schools: spec.schools ?? [],
    county: {
      name: spec.name ?? '测试县',
      year: spec.year ?? '2024',
      numbers,
      selfAssessed,
      vetoes,
      sheet: SHEETS.county,
    },
    quality: spec.quality === undefined ? null : spec.quality,
    qualitySheet: spec.quality ? SHEETS.quality : null,
    issues: spec.issues ?? [],
  };
}

/** Every self-assessed item 达标 and every veto 否: the county-level part of a passing county. */
export function passingCountySpec(): Pick<CountySpec, 'numbers' | 'selfAssessed' | 'vetoes' | 'quality'> {
  const selfAssessed: Partial<Record<SelfAssessedItem, SelfAssessment>> = {};
  for (const k of SELF_ASSESSED_ITEMS) selfAssessed[k] = '达标';
  const vetoes: Partial<Record<VetoItem, boolean>> = {};
  for (const v of VETO_ITEMS) vetoes[v] = false;
  return {
    numbers: { ...PASSING_NUMBERS },
    selfAssessed,
    vetoes,
    quality: [
      { subject: '数学', stage: '四年级', level: 3, rate: 0.12, row: 2 },
      { subject: '语文', stage: '八年级', level: 4, rate: 0.1, row: 3 },
    ],
  };
}

/**
 * A 小学 of `students` pupils that meets all seven primary standards comfortably, with every optional
 * column for G3–G6 and Q4 filled so that it passes those too. Per-100 figures: 6 → 6.0 per hundred for
 * 100 pupils, and so on; scale is linear in `students`.
 */
export function goodPrimary(students: number, spec: SchoolSpec = {}): School {
  const k = students / 100;
  return makeSchool({
    type: '小学',
    primaryStudents: students,
    primaryDegreeTeachers: 6 * k,
    primaryBackbone: 2 * k,
    primaryPeArt: 1.5 * k,
    teachingArea: 6 * students,
    sportsArea: 10 * students,
    equipmentValue: 3000 * students,
    mediaRooms: 3 * k,
    primaryClasses: 12,
    primaryOversized: 0,
    music96: 1,
    art90: 1,
    publicBudget: 100,
    trainingBudget: 6,
    ...spec,
  });
}

/** The junior counterpart of goodPrimary (meets all seven junior standards). */
export function goodJunior(students: number, spec: SchoolSpec = {}): School {
  const k = students / 100;
  return makeSchool({
    type: '初中',
    juniorStudents: students,
    juniorDegreeTeachers: 7 * k,
    juniorBackbone: 2 * k,
    juniorPeArt: 1.5 * k,
    teachingArea: 8 * students,
    sportsArea: 13 * students,
    equipmentValue: 3500 * students,
    mediaRooms: 3 * k,
    juniorClasses: 12,
    juniorOversized: 0,
    music96: 1,
    art90: 1,
    publicBudget: 100,
    trainingBudget: 6,
    ...spec,
  });
}
