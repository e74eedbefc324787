/**
 * What moved under the figures from one year to the next (MONITORING.md §2.4 4–5): parts whose students rose so
 * much that the same resources no longer meet the standard, and inputs that jumped while students did not,
 * which usually means a figure was entered wrongly.
 */
import { SCHOOL_COLUMNS } from '../columns';
import { INDICATORS } from '../compute/indicators';
import { compareMessages as m } from '../messages';
import type { School, SchoolNumericField } from '../model';
import { fieldCell } from '../model';
import type { EvaluationResult, PartResult } from '../result';
import { INDICATOR_IDS } from '../result';
import type { CompareIssue, CompareSettings, GrowthEntry, SchoolKeys } from './compareTypes';

/**
 * Parts of the latest year whose students rose by more than the set share over the year before, with every
 * indicator now below standard, the amount that closes it (from the latest 台账), and whether the growth alone
 * broke it: with last year's students, this year's resource would still meet the standard.
 */
export function growthEntries(
  latest: EvaluationResult,
  byYear: readonly Map<string, PartResult>[],
  settings: CompareSettings,
): GrowthEntry[] {
  const t = byYear.length - 1;
  const shortfalls = new Map(latest.shortfalls.map((s) => [`${s.code}|${s.stage}|${s.item}`, s]));
  const out: GrowthEntry[] = [];
  for (const [key, p] of byYear[t]) {
    const old = byYear[t - 1].get(key);
    const before = old?.students ?? null;
    if (!old || before === null || before <= 0 || p.students === null) continue;
    const share = (p.students - before) / before;
    if (share <= settings.growthShare || !p.included) continue;
    const needs = INDICATOR_IDS.flatMap((id) => {
      const r = p.indicators[id];
      if (r.status !== 'near' && r.status !== 'fail') return [];
      const s = shortfalls.get(`${p.code}|${p.stage}|${id}`);
      const asBefore = r.numerator === null ? null : (r.numerator * perOf(id)) / before;
      const aloneBreaks = old.indicators[id].status === 'pass' && asBefore !== null && asBefore >= r.standard;
      return [
        {
          indicator: id,
          value: r.value,
          standard: r.standard,
          aloneBreaks,
          amount: s?.amount ?? null,
          unit: s?.unit ?? null,
          action: s?.action ?? null,
        },
      ];
    });
    out.push({ code: p.code, name: p.name, stage: p.stage, before, after: p.students, share, needs });
  }
  return out;
}

/** 100 for the 每百名学生 indicators, 1 for the 生均 ones. */
function perOf(id: string): number {
  return INDICATORS.find((d) => d.id === id)?.per ?? 1;
}

/** Inputs checked for jumps: teachers, areas and equipment, which do not move much unless students do. */
const JUMP_FIELDS: readonly SchoolNumericField[] = [
  'primaryDegreeTeachers',
  'juniorDegreeTeachers',
  'primaryBackbone',
  'juniorBackbone',
  'primaryPeArt',
  'juniorPeArt',
  'teachingArea',
  'sportsArea',
  'equipmentValue',
];

const STUDENT_FIELDS: readonly SchoolNumericField[] = ['primaryStudents', 'juniorStudents', 'seniorStudents'];

function totalStudents(s: School): number | null {
  const known = STUDENT_FIELDS.map((f) => s.fields[f]).filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** The header of a field with the unit the user enters it in (equipment is read in 万元 and kept in 元). */
function fieldLabel(field: SchoolNumericField): string {
  const c = SCHOOL_COLUMNS.find((col) => col.key === field);
  return c ? `${c.header}（${c.unit}）` : field;
}

function shown(field: SchoolNumericField, v: number): string {
  return m.plain(field === 'equipmentValue' ? v / 10000 : v);
}

export interface YearSchools {
  file: string;
  sheet: string;
  schools: readonly School[];
}

/** Warnings for inputs that changed by more than the set share from the year before while students held steady. */
export function inputJumps(years: readonly YearSchools[], keys: SchoolKeys, settings: CompareSettings): CompareIssue[] {
  const t = years.length - 1;
  const before = new Map(years[t - 1].schools.map((s) => [keys.keyOf(t - 1, s.code), s]));
  const out: CompareIssue[] = [];
  for (const s of years[t].schools) {
    const old = before.get(keys.keyOf(t, s.code));
    const n0 = old ? totalStudents(old) : null;
    const n1 = totalStudents(s);
    if (!old || n0 === null || n1 === null || n0 <= 0) continue;
    const students = (n1 - n0) / n0;
    if (Math.abs(students) > settings.steadyStudents) continue;
    for (const f of JUMP_FIELDS) {
      const a = old.fields[f];
      const b = s.fields[f];
      if (a === null || b === null || a <= 0) continue;
      const change = (b - a) / a;
      if (Math.abs(change) <= settings.jumpShare) continue;
      const at = (y: YearSchools, school: School): string => `${y.file} ${y.sheet}!${fieldCell(school, f) ?? ''}`;
      const message = m.inputJump({
        school: `${s.name}（${s.code}）`,
        field: fieldLabel(f),
        before: shown(f, a),
        beforeAt: at(years[t - 1], old),
        after: shown(f, b),
        afterAt: at(years[t], s),
        change,
        students,
      });
      out.push({
        severity: 'warning',
        code: 'input-jump',
        message,
        file: years[t].file,
        sheet: years[t].sheet,
        cell: fieldCell(s, f),
      });
    }
  }
  return out;
}
