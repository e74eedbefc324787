/**
 * The county as it will be: a year's enrolment and the plan's additions put into the schools' figures, then judged by
 * the engine itself (computeResult), so that what the plan claims is what `evaluate` will find.
 */
import { computeResult } from '../compute';
import type { CountyInput, School, SchoolNumericField, Stage } from '../model';
import { FIELD_AT, SCHOOL_NUMERIC_FIELDS, figuresOf } from '../model';
import type { EvaluationResult } from '../result';
import type { Settings } from '../settings';
import type { EnrolmentRead } from './enrolment';
import { studentsIn } from './enrolment';

/** What the plan adds to one 学段's teachers. */
export interface StageAdd {
  teachers: number;
  peArt: number;
  backbone: number;
}

/** What the plan adds to one school: teachers per 学段, and facilities (m², m², 万元, rooms) for the whole school. */
export interface SchoolAdd {
  primary: StageAdd;
  junior: StageAdd;
  space: number;
  sports: number;
  equipment: number;
  rooms: number;
}

/** An addition of nothing. */
export function emptyAdd(): SchoolAdd {
  const none = (): StageAdd => ({ teachers: 0, peArt: 0, backbone: 0 });
  return { primary: none(), junior: none(), space: 0, sports: 0, equipment: 0, rooms: 0 };
}

/** The fields a 学段's teacher additions go to. */
export const TEACHER_FIELDS: Record<
  Stage,
  { degree: SchoolNumericField; peArt: SchoolNumericField; backbone: SchoolNumericField }
> = {
  primary: { degree: 'primaryDegreeTeachers', peArt: 'primaryPeArt', backbone: 'primaryBackbone' },
  junior: { degree: 'juniorDegreeTeachers', peArt: 'juniorPeArt', backbone: 'juniorBackbone' },
};

/** The changes to a school's figures an addition makes, by field (equipment in 元, as the engine keeps it). */
export function fieldChanges(add: SchoolAdd): Partial<Record<SchoolNumericField, number>> {
  const out: Partial<Record<SchoolNumericField, number>> = {};
  const put = (f: SchoolNumericField, v: number): void => {
    if (v !== 0) out[f] = (out[f] ?? 0) + v;
  };
  for (const stage of ['primary', 'junior'] as const) {
    const f = TEACHER_FIELDS[stage];
    const s = add[stage];
    // A new 体育艺术 teacher has the required degree: counts in L1 and L3.
    put(f.degree, s.teachers + s.peArt);
    put(f.peArt, s.peArt);
    put(f.backbone, s.backbone);
  }
  put('teachingArea', add.space);
  put('sportsArea', add.sports);
  put('equipmentValue', add.equipment * 10000);
  put('mediaRooms', add.rooms);
  return out;
}

/** A copy of the school with its students for `year` and the additions; a missing figure stays missing. */
function projectedSchool(school: School, enrolment: EnrolmentRead, year: number, add: SchoolAdd | undefined): School {
  const values = SCHOOL_NUMERIC_FIELDS.map((k) => school.fields[k]);
  const students = studentsIn(enrolment.byCode.get(school.code), year, {
    primary: school.fields.primaryStudents,
    junior: school.fields.juniorStudents,
    senior: school.fields.seniorStudents,
  });
  values[FIELD_AT.primaryStudents] = students.primary;
  values[FIELD_AT.juniorStudents] = students.junior;
  values[FIELD_AT.seniorStudents] = students.senior;
  if (add) {
    for (const [f, v] of Object.entries(fieldChanges(add)) as [SchoolNumericField, number][]) {
      const at = FIELD_AT[f];
      const was = values[at];
      if (was !== null) values[at] = was + v;
    }
  }
  return { ...school, fields: figuresOf(values) };
}

/** The county in `year` with the additions made by then (by school, in input order), judged by the engine. */
export function projectedResult(
  input: CountyInput,
  settings: Settings,
  enrolment: EnrolmentRead,
  year: number,
  adds: readonly (SchoolAdd | undefined)[],
): EvaluationResult {
  const schools = input.schools.map((s, i) => projectedSchool(s, enrolment, year, adds[i]));
  return computeResult({ ...input, schools, issues: [] }, settings);
}
