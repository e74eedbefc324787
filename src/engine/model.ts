/**
 * The county as read from the template, before any indicator is computed.
 * The reader (`read/`) builds this from grids; the calculators (`compute/`) take it in.
 * Every number can be traced to the cell it came from so results and issues can point back at it.
 */
import type { DataIssue } from './types';

/** Optional rows of `区县数据` that only the 自查自评报告 reads; blank ones take defaults from 评估年度 (columns.ts). */
export type ReportRowKey =
  | 'staffTotal'
  | 'boardingNorm'
  | 'specialNorm'
  | 'salaryBasis'
  | 'rotationSchoolYear'
  | 'migrantTerm'
  | 'disabledTerm'
  | 'office'
  | 'percentDecimals'
  | 'qualityYear'
  | 'qualityLevel';

/** The school types of TEMPLATE.md after aliases are resolved. */
export type SchoolType =
  '小学' | '初中' | '九年一贯制' | '十二年一贯制' | '完全中学' | '教学点' | '特殊教育学校' | '职业学校';

/** A school part (学段) evaluated for 资源配置. */
export type Stage = 'primary' | 'junior';

/** A number read from a cell. `value` is null when the cell is blank or unusable (never silently 0). */
export interface NumField {
  value: number | null;
  /** A1 address of the source cell on the school sheet; null when the column is absent. */
  cell: string | null;
}

/**
 * Numeric columns of `学校基础数据`, by internal key. Money is kept in the unit of RULES.md:
 * `equipmentValue` in 元 (the reader converts 万元), budgets in 万元.
 */
export const SCHOOL_NUMERIC_FIELDS = [
  'primaryStudents',
  'juniorStudents',
  'seniorStudents',
  'migrantStudents',
  'primaryZoned',
  'juniorZoned',
  'primaryClasses',
  'juniorClasses',
  'primaryOversized',
  'juniorOversized',
  'primaryDegreeTeachers',
  'juniorDegreeTeachers',
  'primaryBackbone',
  'juniorBackbone',
  'primaryPeArt',
  'juniorPeArt',
  'primaryRotatingPeArt',
  'teachingArea',
  'indoorSportsArea',
  'sportsArea',
  'rentedSportsArea',
  'equipmentValue',
  'mediaRooms',
  'music96',
  'music73',
  'art90',
  'art67',
  'publicBudget',
  'trainingBudget',
] as const;

export type SchoolNumericField = (typeof SCHOOL_NUMERIC_FIELDS)[number];

/**
 * A record by field from values in SCHOOL_NUMERIC_FIELDS order. Written out as a literal on purpose: adding 29
 * properties one by one makes V8 fall back to slow dictionary objects, several times slower on 100,000 rows.
 * A test checks that the order here is the order of SCHOOL_NUMERIC_FIELDS.
 */
export function fieldsRecord<T>(f: readonly T[]): Record<SchoolNumericField, T> {
  return {
    primaryStudents: f[0],
    juniorStudents: f[1],
    seniorStudents: f[2],
    migrantStudents: f[3],
    primaryZoned: f[4],
    juniorZoned: f[5],
    primaryClasses: f[6],
    juniorClasses: f[7],
    primaryOversized: f[8],
    juniorOversized: f[9],
    primaryDegreeTeachers: f[10],
    juniorDegreeTeachers: f[11],
    primaryBackbone: f[12],
    juniorBackbone: f[13],
    primaryPeArt: f[14],
    juniorPeArt: f[15],
    primaryRotatingPeArt: f[16],
    teachingArea: f[17],
    indoorSportsArea: f[18],
    sportsArea: f[19],
    rentedSportsArea: f[20],
    equipmentValue: f[21],
    mediaRooms: f[22],
    music96: f[23],
    music73: f[24],
    art90: f[25],
    art67: f[26],
    publicBudget: f[27],
    trainingBudget: f[28],
  };
}

/**
 * Position of each field in SCHOOL_NUMERIC_FIELDS: `fields.values[fields.base + FIELD_AT.teachingArea]` is a school's
 * teaching area, NaN when missing. The loops over every school read figures this way.
 */
export const FIELD_AT: Readonly<Record<SchoolNumericField, number>> = fieldsRecord(
  SCHOOL_NUMERIC_FIELDS.map((_, k) => k),
);

/** A school's figure at a position of FIELD_AT, NaN when missing. */
export function figure(school: School, at: number): number {
  const f = school.fields;
  return f.values[f.base + at];
}

/** The figures of one school by field: null when the cell is blank or unusable (never silently 0). */
export interface SchoolFigures extends Readonly<Record<SchoolNumericField, number | null>> {
  /**
   * The block the figures live in and where this school's row starts: figure `k` of SCHOOL_NUMERIC_FIELDS is
   * `values[base + k]`, NaN when missing. Loops over every school read these directly: a plain load, where a call
   * that is not inlined would box every number it returns.
   */
  readonly values: Float64Array;
  readonly base: number;
}

/** How many figures a school has: the stride of a figure array. */
export const FIGURE_COUNT = SCHOOL_NUMERIC_FIELDS.length;

/**
 * A school's figures as a view onto its row of a Float64Array that holds the figures of every school of a sheet,
 * NaN where missing. The numbers stay unboxed in one block outside the object heap: as properties of a record per
 * school they were a few hundred bytes per school that every garbage collection of a run had to copy.
 */
class FigureRow {
  constructor(
    readonly values: Float64Array,
    readonly base: number,
  ) {}
}
// One getter per field on the prototype, answering as a plain record would: the number, or null when missing.
SCHOOL_NUMERIC_FIELDS.forEach((key, k) => {
  Object.defineProperty(FigureRow.prototype, key, {
    enumerable: true,
    get(this: FigureRow): number | null {
      const v = this.values[this.base + k];
      return v === v ? v : null;
    },
  });
});

/** The figures of row `row` (0-based, in reading order) of a figure array of stride FIGURE_COUNT. */
export function figureRow(values: Float64Array, row: number): SchoolFigures {
  // The getters installed above make every FigureRow a SchoolFigures; the type system cannot see them.
  return new FigureRow(values, row * FIGURE_COUNT) as unknown as SchoolFigures;
}

/** A school's figures from values in SCHOOL_NUMERIC_FIELDS order (null for missing), in an array of their own. */
export function figuresOf(values: readonly (number | null)[]): SchoolFigures {
  const block = new Float64Array(FIGURE_COUNT);
  for (let k = 0; k < FIGURE_COUNT; k++) block[k] = values[k] ?? NaN;
  return figureRow(block, 0);
}

/**
 * Where the schools of one sheet keep their figures: the column letters of every field and identity column, null
 * where the column is absent. One object per sheet, shared by all its schools, so that an A1 address is built only
 * when a result or a message asks for it rather than once per cell read.
 */
export interface SchoolLayout {
  fields: Record<SchoolNumericField, string | null>;
  code: string | null;
  name: string | null;
  type: string | null;
}

/** One data row of `学校基础数据`. */
export interface School {
  /** 1-based Excel row number of the school's row. */
  row: number;
  code: string;
  name: string;
  /** Null when the type cell is blank or unknown (an issue has been reported). */
  type: SchoolType | null;
  /** The type text as the user wrote it. */
  rawType: string;
  /** 办学性质 民办; blank means 公办. */
  isPrivate: boolean;
  urbanRural: '城区' | '镇区' | '乡村' | null;
  boarding: boolean | null;
  builtYear: number | null;
  /** 是否中心城区高密度学校 (L5 relaxation). */
  denseUrban: boolean | null;
  fields: SchoolFigures;
  /** The sheet's column letters (see `fieldCell` and `identityCell`). */
  layout: SchoolLayout;
  /**
   * Figures whose cell is not the field's column on this row: a sum of split 体育/音乐/美术 columns points at the
   * column that made it missing. Null when there are none, the common case.
   */
  moved: Partial<Record<SchoolNumericField, string>> | null;
}

/** A1 address of the cell a school's figure came from; null when the sheet has no such column. */
export function fieldCell(school: School, key: SchoolNumericField): string | null {
  const moved = school.moved;
  if (moved !== null) {
    const cell = moved[key];
    if (cell !== undefined) return cell;
  }
  const letters = school.layout.fields[key];
  return letters === null ? null : letters + school.row;
}

/** A1 address of a school's code, name or type cell; null when the sheet has no such column. */
export function identityCell(school: School, key: 'code' | 'name' | 'type'): string | null {
  const letters = school.layout[key];
  return letters === null ? null : letters + school.row;
}

/** Items of `区县数据`, by internal key. Percent items are stored as fractions (0.965). */
export const COUNTY_NUMERIC_ITEMS = [
  'primaryFundingNorm',
  'juniorFundingNorm',
  'specialSchoolFunding',
  'specialSchoolStudents',
  'teacherAvgSalary',
  'civilServantAvgSalary',
  'fullTimeTeachers',
  'trainedTeachers',
  'certifiedTeachers',
  'rotationEligible',
  'rotationActual',
  'rotationBackbone',
  'primaryZonedRatio',
  'juniorZonedRatio',
  'qualityHighSchoolQuota',
  'qualityHighSchoolAllocated',
  'migrantEligible',
  'migrantPublic',
  'migrantPurchased',
  'juniorGraduates',
  'grade7ThreeYearsAgo',
  'transfersIn',
  'transfersOut',
  'deaths',
  'disabledTotal',
  'disabledInclusive',
  'disabledSpecialSchool',
  'disabledHomeTaught',
  'trainingFundRatio',
  'recognitionRate',
] as const;

export type CountyNumericItem = (typeof COUNTY_NUMERIC_ITEMS)[number];

/** Self-assessed items of `区县数据` (G1, G2, G10, Q3, Q5–Q8). */
export const SELF_ASSESSED_ITEMS = [
  'layout',
  'fourUnified',
  'staffing',
  'charter',
  'itTeaching',
  'moralCulture',
  'curriculum',
  'workload',
] as const;

export type SelfAssessedItem = (typeof SELF_ASSESSED_ITEMS)[number];

/** A self-assessed conclusion; null when blank (待填报). */
export type SelfAssessment = '达标' | '基本达标' | '未达标' | null;

/** The six 一票否决 items, in the order of RULES.md. */
export const VETO_ITEMS = [
  '以考试方式招生',
  '违规择校',
  '设置重点校或重点班',
  '有编不补或长期聘用编外教师',
  '重大安全责任事故',
  '严重违规办学行为',
] as const;

export type VetoItem = (typeof VETO_ITEMS)[number];

/** The figures of `区县数据`. */
export interface CountyData {
  name: string;
  year: string;
  numbers: Record<CountyNumericItem, NumField>;
  selfAssessed: Record<SelfAssessedItem, { value: SelfAssessment; cell: string | null }>;
  /** 是 → true, 否 → false, blank → null. */
  vetoes: Record<VetoItem, { value: boolean | null; cell: string | null }>;
  /** Name of the sheet these came from (`区县数据` or the sheet recognised as it); null when absent. */
  sheet: string | null;
  /** The report's optional rows (COUNTY_REPORT_ROWS) that hold a value; absent rows are left out. */
  report?: Partial<Record<ReportRowKey, string | number>>;
}

/** One row of `质量监测` (Q9). */
export interface QualitySubject {
  subject: string;
  stage: string;
  /** 1–4 for Ⅰ–Ⅳ; null when blank or unreadable. */
  level: number | null;
  /** 校际差异率 as a plain number (0.128). */
  rate: number | null;
  row: number;
}

/** Everything the reader produced. */
export interface CountyInput {
  schoolSheet: string;
  schools: School[];
  county: CountyData;
  /** Null when there is no `质量监测` sheet. */
  quality: QualitySubject[] | null;
  qualitySheet: string | null;
  issues: DataIssue[];
}
