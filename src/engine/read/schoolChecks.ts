/**
 * The consistency checks of TEMPLATE.md on each school, as declared in the `checks` of the school-sheet table:
 * one runner per kind of check (named by the code of the warning it gives). Warnings carry the cell, and never
 * change the data. Figures are read by position (NaN when blank) and a cell's address is made only for a warning.
 */
import type { SchoolCheck, SchoolColumn } from '../columns';
import { intakeMessages, readingMessages as msg, readingStageNames } from '../messages';
import type { School, SchoolNumericField, SchoolType } from '../model';
import { FIELD_AT, fieldCell } from '../model';
import type { DataIssue } from '../types';
import { headerOf, type SchoolTable } from './schoolTable';

/** A declared check bound to the column that declares it. */
type BoundCheck = (s: School, sheet: string, issues: DataIssue[]) => void;

/** Combined school types and the two 学段 whose students they should both have. */
const STAGE_PAIRS: Partial<Record<SchoolType, readonly [SchoolNumericField, SchoolNumericField, string, string]>> = {
  九年一贯制: ['primaryStudents', 'juniorStudents', readingStageNames.primary, readingStageNames.junior],
  十二年一贯制: ['primaryStudents', 'juniorStudents', readingStageNames.primary, readingStageNames.junior],
  完全中学: ['juniorStudents', 'seniorStudents', readingStageNames.junior, readingStageNames.senior],
};

/** Adds a warning. */
function warnAt(issues: DataIssue[], sheet: string, cell: string | null, code: string, message: string): void {
  issues.push({ severity: 'warning', sheet, cell, message, code });
}

const whoOf = (s: School): string => s.name || s.code || msg.rowLabel(s.row);

/** A figure of a school by its position; NaN when blank. */
const valueAt = (s: School, at: number): number => s.fields.values[s.fields.base + at];

/** The runner of each kind of check, given the check and the column that declares it. */
const RUNNERS: {
  [C in SchoolCheck['code']]: (
    check: Extract<SchoolCheck, { code: C }>,
    key: SchoolColumn['key'],
    table: SchoolTable,
  ) => BoundCheck;
} = {
  'implausible-teachers': (check, key, table) => {
    const field = key as SchoolNumericField;
    const teachersAt = FIELD_AT[field];
    const studentsAt = FIELD_AT[check.students];
    const label = headerOf(table, key);
    return (s, sheet, issues) => {
      const t = valueAt(s, teachersAt);
      const students = valueAt(s, studentsAt);
      // Comparisons with NaN are false: a blank on either side is no contradiction.
      if (!(t > students)) return;
      const cell = fieldCell(s, field);
      const text = msg.implausibleTeachers(sheet, cell ?? '', whoOf(s), label, t, students);
      warnAt(issues, sheet, cell, check.code, text);
    };
  },
  'indoor-exceeds-teaching': (check, key) => {
    const field = key as SchoolNumericField;
    const partAt = FIELD_AT[field];
    const wholeAt = FIELD_AT[check.partOf];
    return (s, sheet, issues) => {
      const part = valueAt(s, partAt);
      const whole = valueAt(s, wholeAt);
      if (!(part > whole)) return;
      const cell = fieldCell(s, field);
      if (cell !== null)
        warnAt(issues, sheet, cell, check.code, msg.indoorExceedsTeaching(sheet, cell, whoOf(s), part, whole));
    };
  },
  'equipment-per-student-high': (check, key) => {
    const field = key as SchoolNumericField;
    const at = FIELD_AT[field];
    const students = [FIELD_AT.primaryStudents, FIELD_AT.juniorStudents, FIELD_AT.seniorStudents];
    return (s, sheet, issues) => {
      const amount = valueAt(s, at);
      const [p, j, h] = students.map((i) => valueAt(s, i));
      // Blank student counts add nothing here.
      const total = (p === p ? p : 0) + (j === j ? j : 0) + (h === h ? h : 0);
      if (!(total > 0 && amount / total > check.perStudentAbove)) return;
      const cell = fieldCell(s, field);
      if (cell !== null)
        warnAt(issues, sheet, cell, check.code, msg.equipmentPerStudentHigh(sheet, cell, whoOf(s), amount / total));
    };
  },
  'combined-one-stage': (check) => (s, sheet, issues) => {
    const pair = s.type === null ? undefined : STAGE_PAIRS[s.type];
    if (!pair) return;
    const [a, b, nameA, nameB] = pair;
    const x = valueAt(s, FIELD_AT[a]);
    const y = valueAt(s, FIELD_AT[b]);
    if (!(x === x && y === y && x > 0 !== y > 0)) return;
    const zero = fieldCell(s, x > 0 ? b : a);
    const text = msg.combinedOneStage(sheet, zero ?? '', whoOf(s), s.type ?? '', x > 0 ? nameA : nameB);
    warnAt(issues, sheet, zero, check.code, text);
  },
  'primary-in-complete-school': (check, key) => {
    const field = key as SchoolNumericField;
    const at = FIELD_AT[field];
    return (s, sheet, issues) => {
      // The type has no such 学段: students typed here would count nowhere.
      if (s.type !== check.type) return;
      const here = valueAt(s, at);
      const cell = fieldCell(s, field);
      if (here > 0 && cell !== null)
        warnAt(issues, sheet, cell, check.code, intakeMessages.primaryInCompleteSchool(sheet, cell, whoOf(s), here));
    };
  },
};

function bind<C extends SchoolCheck>(check: C, key: SchoolColumn['key'], table: SchoolTable): BoundCheck {
  const runner = RUNNERS[check.code] as (c: C, k: SchoolColumn['key'], t: SchoolTable) => BoundCheck;
  return runner(check, key, table);
}

/** Every check the table declares, bound to its column, in table order. */
export function schoolChecks(table: SchoolTable): readonly BoundCheck[] {
  return table.columns.flatMap((c) => (c.checks ?? []).map((check) => bind(check, c.key, table)));
}

/** Runs the declared checks on every school; warnings go to `issues`. */
export function checkSchools(
  schools: readonly School[],
  checks: readonly BoundCheck[],
  sheet: string,
  issues: DataIssue[],
): void {
  for (const s of schools) for (const check of checks) check(s, sheet, issues);
}
