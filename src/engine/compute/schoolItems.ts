/**
 * The school-by-school items G3, G4, G5, G6 and Q4 (RULES.md §2–3). Each returns its ItemResult
 * (value = share of applicable schools that meet it, standard = 1 since every school must, failing = the
 * codes of those that do not) and adds a 整改台账 row for every school that does not meet it. The item
 * fails when any school fails; otherwise it is 待填报 when any school lacks a figure, and then has no value.
 *
 * Which schools each applies to (RULES.md §2):
 * - G3, G4, G5, Q4: every compulsory school with compulsory students, 公办 and 民办 alike, except 特教/职业 and
 *   教学点 below the 资源配置 size floor. The 民办 setting decides only which parts enter 资源配置.
 * - G6: every 公办 compulsory school (including 教学点 below the 资源配置 floor, which are exactly the
 *   schools the rule protects) with fewer than `G6.students` compulsory students.
 *
 * Which blank figure leaves a school 待填报:
 * - G3: the class count of a 学段 it has, or its ≥96 m² / ≥90 m² room counts (the smaller-room columns
 *   only add rooms under the old-building relaxation, so a blank there adds none).
 * - G4: a student count of a 学段 it has. G5: an oversized-class count of a 学段 it has.
 * - G6: its 公用经费预算 or the county's norm of one of its 学段. Q4: its 公用经费预算 or 教师培训经费.
 */
import type { CountyData, School, SchoolNumericField, Stage } from '../model';
import { FIELD_AT, figure, SCHOOL_NUMERIC_FIELDS } from '../model';
import type { ItemGroup, ItemResult } from '../result';
import type { ShortfallTable } from './shortfallTable';
import type { DataIssue } from '../types';
import { chooseSource, warnIfDisagree } from './twoSources';
import type { Settings } from '../settings';
import { flag, num } from '../settings';
import { computeMessages } from '../messages';
import type { SchoolFacts } from './facts';
import type { ScopeRules } from './parts';
import { compulsoryStudents, exclusionReason, isCompulsoryType, stageStudents, stagesOfType } from './parts';
import { computedItem, itemName, missingItem } from './items';
import { memoPhrase } from './phrases';
import type { Phrase } from './phrases';
import { atLeast, atMost, ceilTenth } from './status';

const m = computeMessages;

type Outcome = 'pass' | 'fail' | 'missing';

/** Tally of one school-by-school item. */
class Tally {
  applicable = 0;
  meeting = 0;
  missing = 0;
  failing: string[] = [];
  /** Counts within groups, when the item is also counted apart by group (G3 by build year). */
  private readonly groups = new Map<string, ItemGroup>();
  add(code: string, o: Outcome, group?: string): void {
    this.applicable++;
    if (o === 'pass') this.meeting++;
    else if (o === 'missing') this.missing++;
    else this.failing.push(code);
    if (group === undefined) return;
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = { label: group, applicable: 0, meeting: 0, missing: 0 }));
    g.applicable++;
    if (o === 'pass') g.meeting++;
    else if (o === 'missing') g.missing++;
  }
  /** The groups in the order given (empty ones included, so a table always has its rows). */
  groupsIn(order: readonly string[]): ItemGroup[] {
    return order.map((label) => this.groups.get(label) ?? { label, applicable: 0, meeting: 0, missing: 0 });
  }
  /** The item: fail if any school fails, else 待填报 if any is missing; `emptyPasses` when nothing applies. */
  result(id: string, standard: number | null, emptyPasses: boolean, emptyDetail: string): ItemResult {
    if (this.applicable === 0) {
      return {
        id,
        name: itemName(id),
        value: null,
        standard,
        status: emptyPasses ? 'pass' : 'missing',
        failing: [],
        detail: emptyDetail,
        selfAssessed: false,
      };
    }
    const status: ItemResult['status'] = this.failing.length > 0 ? 'fail' : this.missing > 0 ? 'missing' : 'pass';
    return {
      id,
      name: itemName(id),
      // Undecided while figures are blank: a share of the schools known so far would read as a result.
      value: status === 'missing' ? null : this.meeting / this.applicable,
      standard,
      status,
      failing: this.failing,
      detail: m.detail.schools(this.meeting, this.applicable, this.missing),
      selfAssessed: false,
    };
  }
}

const NO_STAGES: readonly Stage[] = [];
const PRIMARY_ONLY: readonly Stage[] = ['primary'];
const JUNIOR_ONLY: readonly Stage[] = ['junior'];

/** The 学段 of a school that actually have students (blank counts as present); shared arrays, no allocation. */
function activeStages(school: School): readonly Stage[] {
  if (!isCompulsoryType(school.type)) return NO_STAGES;
  const all = stagesOfType(school.type);
  if (all.length < 2) return stageStudents(school, all[0]) === 0 ? NO_STAGES : all;
  const p = stageStudents(school, 'primary') !== 0;
  const j = stageStudents(school, 'junior') !== 0;
  return p && j ? all : p ? PRIMARY_ONLY : j ? JUNIOR_ONLY : NO_STAGES;
}

/** A figure that counts as 0 when blank (NaN). */
const orZero = (v: number): number => (v === v ? v : 0);

/** A figure kept per 学段: the positions of its primary and junior fields in SCHOOL_NUMERIC_FIELDS. */
type StagePair = readonly [primary: number, junior: number];
const stagePair = (primary: SchoolNumericField, junior: SchoolNumericField): StagePair => [
  SCHOOL_NUMERIC_FIELDS.indexOf(primary),
  SCHOOL_NUMERIC_FIELDS.indexOf(junior),
];
const CLASSES = stagePair('primaryClasses', 'juniorClasses');
const OVERSIZED = stagePair('primaryOversized', 'juniorOversized');

/**
 * Σ of a per-学段 figure over the given 学段; null when any is blank. Read by position from the school's block,
 * as the loops over every school do.
 */
function sumOverStages(school: School, stages: readonly Stage[], figure: StagePair): number | null {
  const { values, base } = school.fields;
  let total = 0;
  for (const st of stages) {
    const v = values[base + (st === 'primary' ? figure[0] : figure[1])];
    if (v !== v) return null;
    total += v;
  }
  return total;
}

export type { SchoolFacts } from './facts';

/** The facts of every school under the scope settings in force. */
export function schoolFacts(schools: readonly School[], rules: ScopeRules): SchoolFacts {
  const n = schools.length;
  const facts: SchoolFacts = {
    compulsory: new Float64Array(n),
    active: new Array<readonly Stage[]>(n),
    excluded: new Array<string | null>(n),
    inScope: new Uint8Array(n),
    itemScope: new Uint8Array(n),
  };
  const itemRules: ScopeRules = { ...rules, includePrivate: true };
  for (let i = 0; i < n; i++) {
    const school = schools[i];
    const reason = exclusionReason(school, rules);
    const active = activeStages(school);
    facts.compulsory[i] = compulsoryStudents(school) ?? NaN;
    facts.active[i] = active;
    facts.excluded[i] = reason;
    facts.inScope[i] = reason === null && active.length > 0 ? 1 : 0;
    // Only a 民办 school left out of 资源配置 needs the second look.
    const itemReason = reason !== null && school.isPrivate ? exclusionReason(school, itemRules) : reason;
    facts.itemScope[i] = itemReason === null && active.length > 0 ? 1 : 0;
  }
  return facts;
}

/** One kind of G3 room: true when the school has the rooms it needs, else a 整改台账 row for the ones it lacks. */
function roomShortfall(
  school: School,
  label: string,
  kind: number,
  have: number,
  required: number,
  rooms: Phrase,
  out: ShortfallTable,
): boolean {
  const gap = required - have;
  if (gap <= 0) return true;
  out.add(school, null, kind, have, required, gap, gap, rooms(label, gap));
  return false;
}

/** G3: music and art rooms, ceil(classes ÷ 12) of each with the standard area. */
export function computeG3(
  schools: readonly School[],
  facts: SchoolFacts,
  s: Settings,
  out: ShortfallTable,
): ItemResult {
  const perRoom = num(s, 'G3.classesPerRoom');
  const relax = flag(s, 'G3.oldBuildingRelaxation');
  const oldYear = num(s, 'G3.oldBuildingYear');
  const rooms = memoPhrase(m.actions.rooms);
  const musicRow = out.kindOf('G3', m.actions.g3Music, m.units.rooms);
  const artRow = out.kindOf('G3', m.actions.g3Art, m.units.rooms);
  const t = new Tally();
  const ages = m.detail.g3Groups(oldYear);
  const ageOf = (y: number | null): string => (y === null ? ages[2] : y <= oldYear ? ages[0] : ages[1]);
  schools.forEach((school, i) => {
    if (facts.itemScope[i] === 0) return;
    const age = ageOf(school.builtYear);
    const classes = sumOverStages(school, facts.active[i], CLASSES);
    const music96 = figure(school, FIELD_AT.music96);
    const art90 = figure(school, FIELD_AT.art90);
    if (classes === null || music96 !== music96 || art90 !== art90) return t.add(school.code, 'missing', age);
    const old = relax && school.builtYear !== null && school.builtYear <= oldYear;
    // The smaller-room columns only add rooms for old buildings; left blank they add none.
    const music = music96 + (old ? orZero(figure(school, FIELD_AT.music73)) : 0);
    const art = art90 + (old ? orZero(figure(school, FIELD_AT.art67)) : 0);
    const required = Math.ceil(classes / perRoom - 1e-9);
    const ok = roomShortfall(school, m.actions.g3Music, musicRow, music, required, rooms, out);
    const artOk = roomShortfall(school, m.actions.g3Art, artRow, art, required, rooms, out);
    t.add(school.code, ok && artOk ? 'pass' : 'fail', age);
  });
  return { ...t.result('G3', 1, false, m.detail.notApplicable), groups: t.groupsIn(ages) };
}

/** G4: compulsory-stage students within the size limit of the school's type (规程 relaxation optional). */
export function computeG4(
  schools: readonly School[],
  facts: SchoolFacts,
  s: Settings,
  out: ShortfallTable,
): ItemResult {
  const relax = flag(s, 'G4.relaxation');
  const oldYear = num(s, 'G4.oldBuildingYear');
  const migrantShare = num(s, 'G4.migrantShare');
  const limits = {
    single: num(s, 'G4.single'),
    combined: num(s, 'G4.combined'),
    relaxedSingle: num(s, 'G4.relaxedSingle'),
    relaxedCombined: num(s, 'G4.relaxedCombined'),
  };
  const kind = out.kindOf('G4', itemName('G4'), m.units.people);
  const t = new Tally();
  schools.forEach((school, i) => {
    if (facts.itemScope[i] === 0) return;
    const n = facts.compulsory[i];
    if (n !== n) return t.add(school.code, 'missing');
    const combined = school.type === '九年一贯制' || school.type === '十二年一贯制';
    const migrant = figure(school, FIELD_AT.migrantStudents);
    // A blank migrant count (NaN) fails the comparison: no relaxation on its account.
    const relaxed =
      relax && ((school.builtYear !== null && school.builtYear <= oldYear) || (n > 0 && migrant / n > migrantShare));
    const limit = relaxed
      ? combined
        ? limits.relaxedCombined
        : limits.relaxedSingle
      : combined
        ? limits.combined
        : limits.single;
    if (atMost(n, limit)) return t.add(school.code, 'pass');
    const gap = n - limit;
    out.add(school, null, kind, n, limit, gap, gap, m.actions.g4(gap));
    t.add(school.code, 'fail');
  });
  return t.result('G4', 1, false, m.detail.notApplicable);
}

/** G5: no class above 45 (小学) or 50 (初中) students. */
export function computeG5(schools: readonly School[], facts: SchoolFacts, out: ShortfallTable): ItemResult {
  const kind = out.kindOf('G5', itemName('G5'), m.units.classes);
  const t = new Tally();
  schools.forEach((school, i) => {
    if (facts.itemScope[i] === 0) return;
    const n = sumOverStages(school, facts.active[i], OVERSIZED);
    if (n === null) return t.add(school.code, 'missing');
    if (n <= 0) return t.add(school.code, 'pass');
    out.add(school, null, kind, n, 0, n, n, m.actions.g5(n));
    t.add(school.code, 'fail');
  });
  return t.result('G5', 1, false, m.detail.notApplicable);
}

/**
 * G6: a 公办 school with fewer than 100 students gets at least 100 × the per-student norm of its 学段.
 * A combined school uses the student-weighted mean of its 学段 norms.
 */
export function computeG6(
  schools: readonly School[],
  facts: SchoolFacts,
  county: CountyData,
  s: Settings,
  out: ShortfallTable,
): ItemResult {
  const threshold = num(s, 'G6.students');
  const norms: Record<Stage, number | null> = {
    primary: county.numbers.primaryFundingNorm.value,
    junior: county.numbers.juniorFundingNorm.value,
  };
  const kind = out.kindOf('G6', itemName('G6'), m.units.money);
  const t = new Tally();
  for (let i = 0; i < schools.length; i++) {
    const n = facts.compulsory[i];
    // NaN (unknown size) fails every comparison: such a school is not counted as small. Tested first, from the facts,
    // so that only small schools are looked at.
    if (!(n > 0 && n < threshold)) continue;
    const school = schools[i];
    if (school.isPrivate || !isCompulsoryType(school.type)) continue;
    let normSum = 0;
    let normKnown = true;
    for (const st of facts.active[i]) {
      const norm = norms[st];
      if (norm === null) normKnown = false;
      else normSum += (stageStudents(school, st) ?? 0) * norm;
    }
    const budget = figure(school, FIELD_AT.publicBudget);
    if (!normKnown || budget !== budget) {
      t.add(school.code, 'missing');
      continue;
    }
    // Required funding in 万元: 100 students × the (weighted) norm in 元.
    const required = (threshold * (normSum / n)) / 10000;
    if (atLeast(budget, required)) {
      t.add(school.code, 'pass');
      continue;
    }
    const gap = required - budget;
    const amount = ceilTenth(gap);
    out.add(school, null, kind, budget, required, gap, amount, m.actions.money(m.actions.g6, amount));
    t.add(school.code, 'fail');
  }
  return t.result('G6', 1, true, m.detail.g6None(threshold));
}

/** The schools' Q4 figures: whether every school of the item has both, and Σ培训经费 ÷ Σ公用经费 when so. */
function q4Schools(schools: readonly School[], facts: SchoolFacts): { complete: boolean; ratio: number | null } {
  let applicable = 0;
  let training = 0;
  let budget = 0;
  for (let i = 0; i < schools.length; i++) {
    if (facts.itemScope[i] === 0) continue;
    applicable++;
    const b = figure(schools[i], FIELD_AT.publicBudget);
    const t = figure(schools[i], FIELD_AT.trainingBudget);
    // NaN (blank) budgets fail `b > 0`.
    if (t !== t || !(b > 0)) return { complete: false, ratio: null };
    training += t;
    budget += b;
  }
  return applicable > 0 ? { complete: true, ratio: training / budget } : { complete: false, ratio: null };
}

/** True when some school of the item has a Q4 figure: then a county ratio, if any, is not the only source. */
function anyQ4Figure(schools: readonly School[], facts: SchoolFacts): boolean {
  return schools.some(
    (x, i) =>
      facts.itemScope[i] === 1 &&
      (!Number.isNaN(figure(x, FIELD_AT.trainingBudget)) || !Number.isNaN(figure(x, FIELD_AT.publicBudget))),
  );
}

/**
 * Q4: 教师培训经费 ≥ 5% of 公用经费预算, by the rule of twoSources.ts: school by school when every school of the
 * item has both figures; else the county's ratio when entered; else school by school (待填报 for the blanks).
 */
export function computeQ4(
  schools: readonly School[],
  facts: SchoolFacts,
  county: CountyData,
  s: Settings,
  out: ShortfallTable,
  issues: DataIssue[],
): ItemResult {
  const standard = num(s, 'Q4');
  const own = q4Schools(schools, facts);
  const field = county.numbers.trainingFundRatio;
  const source = chooseSource(own.complete, field);
  if (source === 'schools') {
    warnIfDisagree(
      { sheet: county.sheet, field, item: 'Q4', label: m.inputLabel.trainingFundRatio },
      own.ratio,
      issues,
    );
  } else if (source === 'county') {
    return computedItem('Q4', field.value!, standard, m.detail.q4County(field.value!));
  } else if (!anyQ4Figure(schools, facts)) {
    return missingItem('Q4', standard, [m.inputLabel.trainingFundRatio]);
  }
  const kind = out.kindOf('Q4', itemName('Q4'), m.units.money);
  const t = new Tally();
  schools.forEach((school, i) => {
    if (facts.itemScope[i] === 0) return;
    const budget = figure(school, FIELD_AT.publicBudget);
    const training = figure(school, FIELD_AT.trainingBudget);
    // NaN (blank) budgets fail `budget > 0`.
    if (training !== training || !(budget > 0)) return t.add(school.code, 'missing');
    const ratio = training / budget;
    if (atLeast(ratio, standard)) return t.add(school.code, 'pass');
    const gapWan = standard * budget - training;
    const amount = ceilTenth(gapWan);
    out.add(school, null, kind, ratio, standard, standard - ratio, amount, m.actions.money(m.actions.q4, amount));
    t.add(school.code, 'fail');
  });
  return t.result('Q4', 1, false, m.detail.notApplicable);
}
