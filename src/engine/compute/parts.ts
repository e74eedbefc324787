/**
 * 资源配置 school parts: which schools are in scope, which 学段 each has, how combined schools share
 * their facilities, and each part's verdict (RULES.md §1).
 */
import type { School, SchoolNumericField, SchoolType, Stage } from '../model';
import { FIELD_AT, fieldCell, figure, identityCell } from '../model';
import type { DataIssue } from '../types';
import type { IndicatorId, IndicatorResult, IndicatorStatus, PartResult, Verdict } from '../result';
import type { Settings } from '../settings';
import { flag, num } from '../settings';
import { computeMessages } from '../messages';
import type { PartContext, Relaxations, StageThresholds } from './indicators';
import {
  FAIL,
  INDICATORS,
  IndicatorTable,
  NEAR,
  PASS,
  PartIndicators,
  evaluatePart,
  stageThresholds,
} from './indicators';
import type { PartShortfalls } from './ledger';
import type { SchoolFacts } from './facts';

/** The 学段 a school type has, in output order (primary before junior). */
export function stagesOfType(type: SchoolType): readonly Stage[] {
  switch (type) {
    case '小学':
    case '教学点':
      return PRIMARY;
    case '初中':
    case '完全中学':
      return JUNIOR;
    case '九年一贯制':
    case '十二年一贯制':
      return BOTH;
    case '特殊教育学校':
    case '职业学校':
      return NONE;
  }
}
const PRIMARY: readonly Stage[] = ['primary'];
const JUNIOR: readonly Stage[] = ['junior'];
const BOTH: readonly Stage[] = ['primary', 'junior'];
const NONE: readonly Stage[] = [];

/** Types that belong to compulsory education (every type except 特殊教育学校 and 职业学校). */
export function isCompulsoryType(type: SchoolType | null): type is SchoolType {
  return type !== null && type !== '特殊教育学校' && type !== '职业学校';
}

/** Students of one 学段 of a school (the field of that 学段). */
export function stageStudents(school: School, stage: Stage): number | null {
  const v = figure(school, stage === 'primary' ? FIELD_AT.primaryStudents : FIELD_AT.juniorStudents);
  return v === v ? v : null;
}

/**
 * Compulsory-stage students of a school: the sum over the 学段 its type has (a 完全中学 counts only its
 * junior students). Null when one of them is blank.
 */
export function compulsoryStudents(school: School): number | null {
  if (school.type === null) return null;
  let total = 0;
  for (const st of stagesOfType(school.type)) {
    const v = stageStudents(school, st);
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** The settings that decide scope and splitting, read once per run rather than once per school. */
export interface ScopeRules {
  includePrivate: boolean;
  smallSchoolFloor: number;
  smallSchoolFloorAllTypes: boolean;
  splitJunior: number;
  splitSenior: number;
  splitCompleteSenior: number;
}

/** Reads the scope and splitting settings. */
export function scopeRules(settings: Settings): ScopeRules {
  return {
    includePrivate: flag(settings, 'includePrivate'),
    smallSchoolFloor: num(settings, 'smallSchoolFloor'),
    smallSchoolFloorAllTypes: flag(settings, 'smallSchoolFloorAllTypes'),
    splitJunior: num(settings, 'split.junior'),
    splitSenior: num(settings, 'split.senior'),
    splitCompleteSenior: num(settings, 'split.completeSenior'),
  };
}

/** Why a school is left out of 资源配置 (Chinese, for the output), or null when it is in scope. */
export function exclusionReason(school: School, rules: ScopeRules): string | null {
  const m = computeMessages.excluded;
  if (school.type === null) return m.unknownType;
  if (school.type === '特殊教育学校') return m.special;
  if (school.type === '职业学校') return m.vocational;
  if (school.isPrivate && !rules.includePrivate) return m.privateSchool;
  if (school.type === '教学点' || rules.smallSchoolFloorAllTypes) {
    // A school whose size is unknown stays in scope: its parts then show as 待填报 rather than vanish.
    const n = compulsoryStudents(school);
    if (n !== null && n < rules.smallSchoolFloor) return m.small(n, rules.smallSchoolFloor);
  }
  return null;
}

/**
 * Share of a combined school's facilities that belong to `stage` (RULES.md "Splitting"). 1 when the
 * school is not combined or has students in only one 学段; null when a needed student count is blank.
 */
export function facilityShare(school: School, stage: Stage, rules: ScopeRules): number | null {
  const type = school.type;
  if (type !== '九年一贯制' && type !== '十二年一贯制' && type !== '完全中学') return 1;
  // Weighted students of each group: primary = 1, junior and senior by the settings (完全中学: junior = 1).
  const P = type === '完全中学' ? 0 : figure(school, FIELD_AT.primaryStudents);
  const J = figure(school, FIELD_AT.juniorStudents);
  const S = type === '九年一贯制' ? 0 : figure(school, FIELD_AT.seniorStudents);
  if (P !== P || J !== J || S !== S) return null;
  const wp = P;
  const wj = type === '完全中学' ? J : J * rules.splitJunior;
  const ws = type === '完全中学' ? S * rules.splitCompleteSenior : S * rules.splitSenior;
  const own = stage === 'primary' ? wp : wj;
  const total = wp + wj + ws;
  // Students in this 学段 only: nothing to share out.
  if (own === total) return 1;
  return total > 0 ? own / total : null;
}

/** The verdict of a part from its seven statuses (RULES.md "Per-school verdict"). */
export function partVerdict(statuses: readonly IndicatorStatus[]): { verdict: Verdict; passCount: number } {
  let pass = 0;
  let near = 0;
  let fail = 0;
  for (const s of statuses) {
    if (s === 'pass') pass++;
    else if (s === 'near') near++;
    else if (s === 'fail') fail++;
  }
  return { verdict: verdictOfCounts(pass, near, fail, statuses.length), passCount: pass };
}

/** The rule of partVerdict on the counts of each status among `total` indicators (the rest are missing). */
function verdictOfCounts(pass: number, near: number, fail: number, total: number): Verdict {
  // At least 6 pass and the rest near: one `fail` or two `near` make that impossible whatever is missing.
  if (fail > 0 || near >= 2) return 'fail';
  if (pass + near + fail < total) return 'incomplete';
  return pass >= total - 1 ? 'pass' : 'fail';
}

/** The indicators of an excluded part: all missing, each with the standard of its 学段. */
function emptyIndicators(
  table: IndicatorTable,
  stage: Stage,
  standards: Float64Array,
): Record<IndicatorId, IndicatorResult> {
  const entry = table.addPart(null, stage);
  for (let k = 0; k < INDICATORS.length; k++) table.setEmpty(entry + k, standards[k]);
  return new PartIndicators(table, entry);
}

/** The field that holds a 学段's students. */
const studentsField = (stage: Stage): SchoolNumericField =>
  stage === 'primary' ? 'primaryStudents' : 'juniorStudents';

/** The blank student count that keeps a combined school's facilities from being shared out. */
function splitBlankCell(school: School): string | null {
  const groups: readonly SchoolNumericField[] =
    school.type === '完全中学'
      ? ['juniorStudents', 'seniorStudents']
      : school.type === '九年一贯制'
        ? ['primaryStudents', 'juniorStudents']
        : ['primaryStudents', 'juniorStudents', 'seniorStudents'];
  const blank = groups.find((g) => school.fields[g] === null);
  return (blank === undefined ? null : fieldCell(school, blank)) ?? identityCell(school, 'name');
}

/**
 * How a message names a school. Made only for a message: testing the name reads the string itself, one more cache
 * miss per school on a county of 100,000.
 */
const labelOf = (school: School): string => school.name || school.code;

/** The parts an excluded school is listed with: its 学段 that have (or may have) students. */
function excludedStages(school: School): readonly Stage[] {
  if (school.type !== null && stagesOfType(school.type).length > 0) {
    return stagesOfType(school.type).filter((st) => stageStudents(school, st) !== 0);
  }
  // 特教, 职业 and unknown types have no 学段 of their own: list the ones with students, or one line.
  const withStudents = BOTH.filter((st) => (stageStudents(school, st) ?? 0) > 0);
  return withStudents.length > 0 ? withStudents : PRIMARY;
}

/** The parts of a school left out of 资源配置: listed with the reason, no indicator computed. */
function excludedParts(
  school: School,
  reason: string,
  table: IndicatorTable,
  thresholds: Record<Stage, StageThresholds>,
): PartResult[] {
  return excludedStages(school).map((stage) => ({
    code: school.code,
    name: school.name,
    row: school.row,
    type: school.type ?? school.rawType,
    stage,
    students: stageStudents(school, stage),
    included: false,
    excludedReason: reason,
    indicators: emptyIndicators(table, stage, thresholds[stage].standard),
    passCount: 0,
    verdict: 'incomplete',
    facilityShare: 1,
  }));
}

/** partVerdict's rule on the table's status codes of one part, without a word per indicator. */
function verdictOfEntry(table: IndicatorTable, entry: number): { passCount: number; verdict: PartResult['verdict'] } {
  let passCount = 0;
  let near = 0;
  let fail = 0;
  for (let k = 0; k < INDICATORS.length; k++) {
    const code = table.status[entry + k];
    if (code === PASS) passCount++;
    else if (code === NEAR) near++;
    else if (code === FAIL) fail++;
  }
  return { passCount, verdict: verdictOfCounts(passCount, near, fail, INDICATORS.length) };
}

/** What the parts of one run share: rules, thresholds, the table and where notes and shortfalls go. */
interface PartsRun {
  rules: ScopeRules;
  thresholds: Record<Stage, StageThresholds>;
  table: IndicatorTable;
  note: (code: string, cell: string | null, message: string) => void;
  shortfalls: PartShortfalls;
  /** One context object per run, refilled for each part: nothing is allocated for it per school. */
  ctx: PartContext;
}

/** The included part of `school` for `stage` with its indicators computed; null when the 学段 has no students. */
function includedPart(run: PartsRun, school: School, schoolStudents: number | null, stage: Stage): PartResult | null {
  const students = stageStudents(school, stage);
  if (students === 0) return null;
  const { table, ctx, note } = run;
  const share = facilityShare(school, stage, run.rules);
  if (students === null)
    note(
      'part-students-missing',
      fieldCell(school, studentsField(stage)),
      computeMessages.issues.studentsMissing(labelOf(school), stage),
    );
  else if (share === null)
    note('split-students-missing', splitBlankCell(school), computeMessages.issues.splitMissing(labelOf(school)));
  ctx.school = school;
  ctx.schoolStudents = schoolStudents;
  ctx.stage = stage;
  const entry = table.addPart(school, stage, students ?? NaN);
  evaluatePart(ctx, students ?? NaN, share ?? NaN, run.thresholds[stage], table, entry);
  const { passCount, verdict } = verdictOfEntry(table, entry);
  const part: PartResult = {
    code: school.code,
    name: school.name,
    row: school.row,
    type: school.type as SchoolType,
    stage,
    students,
    included: true,
    excludedReason: null,
    indicators: new PartIndicators(table, entry),
    passCount,
    verdict,
    // When the share cannot be worked out the facility indicators are already missing; 1 stands in.
    facilityShare: share ?? 1,
  };
  // Seven passes leave nothing to close, and a part of unknown size has no amounts.
  if (students !== null && passCount < INDICATORS.length) run.shortfalls(part, students, table, entry);
  return part;
}

/**
 * Builds every school part in input order (primary before junior within a school), computes the seven
 * indicators of the included ones into `table` (part i of the list is part i of the table) and their verdicts, and
 * hands each part that falls short to `shortfalls` for its 整改台账 rows. Problems found on the way are appended to
 * `issues`.
 */
export function computeParts(
  schools: readonly School[],
  facts: SchoolFacts,
  settings: Settings,
  sheet: string,
  issues: DataIssue[],
  reported: ReadonlySet<string>,
  shortfalls: PartShortfalls,
  table: IndicatorTable,
): PartResult[] {
  const relax: Relaxations = {
    subtractIndoorSports: flag(settings, 'subtractIndoorSports'),
    addRentedSportsArea: flag(settings, 'addRentedSportsArea'),
    ruralPeArtRelaxation: flag(settings, 'ruralPeArtRelaxation'),
  };
  const run: PartsRun = {
    rules: scopeRules(settings),
    thresholds: { primary: stageThresholds('primary', settings), junior: stageThresholds('junior', settings) },
    table,
    note: (code, cell, message) => {
      // The reader may already have reported the same cell (a blank required value): say it once.
      if (cell !== null && reported.has(`${sheet}!${cell}`)) return;
      issues.push({ severity: 'warning', sheet, cell, message, code });
    },
    shortfalls,
    ctx: { school: schools[0], schoolStudents: null, relax, stage: 'primary' },
  };
  const parts: PartResult[] = [];
  for (let i = 0; i < schools.length; i++) {
    const school = schools[i];
    const reason = facts.excluded[i];
    if (reason !== null) {
      parts.push(...excludedParts(school, reason, table, run.thresholds));
      continue;
    }
    const compulsory = facts.compulsory[i];
    const schoolStudents = compulsory === compulsory ? compulsory : null;
    let made = 0;
    for (const stage of stagesOfType(school.type as SchoolType)) {
      const part = includedPart(run, school, schoolStudents, stage);
      if (part === null) continue;
      made++;
      parts.push(part);
    }
    if (made === 0)
      run.note('school-no-students', identityCell(school, 'name'), computeMessages.issues.noStudents(labelOf(school)));
  }
  return parts;
}
