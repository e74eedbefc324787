/**
 * The 创建规划 of a county (PLAN.md): from a workbook's grids to the plan of least cost, its phasing by year and
 * what it leaves unmet. Pure but for the solver, which comes in through the MipSolver port.
 */
import { computeResult } from '../compute';
import { INDICATORS } from '../compute/indicators';
import { PLAN_ACTION_WORDS, planMessages as M } from '../messages/plan';
import type { CountyInput, Stage } from '../model';
import { readWorkbookInput } from '../read';
import type { EvaluationResult, IndicatorId, PartResult } from '../result';
import type { Settings } from '../settings';
import type { DataIssue, WorkbookInput } from '../types';
import { readEnrolment, type EnrolmentRead } from './enrolment';
import { columnCosts } from './model';
import { planSchools } from './needs';
import { phase, planYears } from './phasing';
import type { SchoolAdd } from './project';
import { projectedResult } from './project';
import { evaluationYear, readPlanSettings } from './settings';
import { solvePlan } from './solve';
import type { MipSolver, Plan, PlanAction, PlanAddition, PlanSettings, PartState, PlanYear } from './types';

export interface PlanOptions {
  solver: MipSolver;
  /** Seconds the solver may spend on one model (default 60). */
  timeLimit?: number;
  /** Called as the work goes on: `done` of `total` steps of `what` ('schools' or 'cuts'). */
  progress?: (done: number, total: number, what: string) => void;
  /** The clock, for the time taken (tests pass a fixed one). */
  now?: () => number;
}

export type PlanOutcome =
  | {
      ok: true;
      plan: Plan;
      /** The county as evaluated today, and in the target year with the plan. */
      before: EvaluationResult;
      after: EvaluationResult;
      input: CountyInput;
      settings: Settings;
      planSettings: PlanSettings;
      /** The additions of each school as placed (input order), for --apply. */
      adds: (SchoolAdd | undefined)[];
      /** The 学生数预测 read (for --apply, which writes the target year's students). */
      enrolment: EnrolmentRead;
      issues: DataIssue[];
    }
  | { ok: false; reason: string };

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** A part's values and verdict. */
function stateOf(p: PartResult): PartState {
  const values = {} as Record<IndicatorId, number | null>;
  for (const d of INDICATORS) values[d.id] = p.indicators[d.id].value;
  return { verdict: p.verdict, passCount: p.passCount, values };
}

const partKey = (p: { row: number; stage: Stage }): string => `${p.row}:${p.stage}`;

/** The additions of one school as PLAN.md §7's rows. */
function additionRows(code: string, name: string, add: SchoolAdd, year: number, ps: PlanSettings): PlanAddition[] {
  const c = columnCosts(ps);
  const rows: PlanAddition[] = [];
  const push = (action: PlanAction, amount: number, unitCost: number, stage?: Stage): void => {
    if (amount <= 0) return;
    const row: PlanAddition = { code, name, action, amount, unit: PLAN_ACTION_WORDS[action].unit, year, cost: 0 };
    if (stage) row.stage = stage;
    row.cost = round2(amount * unitCost);
    rows.push(row);
  };
  for (const stage of ['primary', 'junior'] as const) {
    push('teachers', add[stage].teachers, c.teacher, stage);
    push('peArtTeachers', add[stage].peArt, c.teacher, stage);
    push('backbone', add[stage].backbone, c.backbone, stage);
  }
  push('teachingSpace', add.space, c.facility[0]);
  push('sportsArea', add.sports, c.facility[1]);
  push('equipment', round2(add.equipment), 1);
  push('multimediaRooms', add.rooms, c.facility[3]);
  return rows;
}

/** Included parts of a result, and those that pass. */
function passing(result: EvaluationResult): { parts: number; pass: number; schools: string[] } {
  const bySchool = new Map<number, { name: string; ok: boolean }>();
  let parts = 0;
  let pass = 0;
  for (const p of result.parts) {
    if (!p.included) continue;
    parts++;
    if (p.verdict === 'pass') pass++;
    const s = bySchool.get(p.row) ?? { name: p.name || p.code, ok: true };
    s.ok &&= p.verdict === 'pass';
    bySchool.set(p.row, s);
  }
  return { parts, pass, schools: [...bySchool.values()].filter((s) => s.ok).map((s) => s.name) };
}

/** Plans a county read from its grids. Refused (ok: false) only when it cannot be planned at all. */
export async function planCounty(workbook: WorkbookInput, opts: PlanOptions): Promise<PlanOutcome> {
  const now = opts.now ?? (() => Date.now());
  const started = now();
  const read = readWorkbookInput(workbook);
  if (!read.ok) return { ok: false, reason: read.reason };
  const { input, settings } = read;
  const evalYear = evaluationYear(input.county);
  if (evalYear === null) return { ok: false, reason: M.refused.noEvaluationYear };
  const ps = readPlanSettings(workbook, input.county, evalYear);
  if (ps.settings.targetYear < evalYear)
    return { ok: false, reason: M.refused.targetBeforeEvaluation(ps.settings.targetYear, evalYear) };
  const enrolment = readEnrolment(workbook);
  const issues = planIssues(ps, enrolment, input);

  const plan = ps.settings;
  const before = computeResult(input, settings);
  const base = projectedResult(input, settings, enrolment, plan.targetYear, []);
  const { planned, unplannable } = planSchools(base, input.schools, settings);
  const solved = await solvePlan(
    {
      input,
      settings,
      enrolment,
      plan,
      solver: opts.solver,
      timeLimit: opts.timeLimit ?? 60,
      progress: opts.progress ?? (() => {}),
    },
    planned,
  );
  if (solved.failures.length > 0) return { ok: false, reason: M.refused.solverFailed(solved.failures[0]) };

  const placed = placeByYear(input, solved.adds, plan, evalYear);
  const after = placed.dropped
    ? projectedResult(input, settings, enrolment, plan.targetYear, placed.adds)
    : solved.after;
  const unmet = [
    ...unplannable.map((p) => M.unmet.missingInputs(p.name || p.code, p.stage)),
    ...placed.unmet,
    ...stillFailing(after, unplannable, placed.droppedRows),
  ];
  const byYear = yearByYear({ input, settings, enrolment, plan, evalYear, placed, before, after });
  const total = round2(placed.additions.reduce((s, a) => s + a.cost, 0));
  const gap = solved.objective > 0 ? Math.max(0, (solved.objective - solved.bound) / solved.objective) : 0;
  const result: Plan = {
    targetYear: plan.targetYear,
    evaluationYear: evalYear,
    total,
    byYear,
    byAction: byAction(placed.additions),
    additions: placed.additions,
    transfers: [],
    parts: partsBeforeAfter(before, after),
    coefficients: coefficientsBeforeAfter(before, after),
    gap: gap < 1e-9 ? 0 : gap,
    seconds: Math.round(now() - started) / 1000,
    unmet,
    settings: ps.used,
    cutRounds: solved.rounds,
  };
  return {
    ok: true,
    plan: result,
    before,
    after,
    input,
    settings,
    planSettings: plan,
    adds: placed.adds,
    enrolment,
    issues,
  };
}

/** The data issues of the settings and enrolment sheets, and the warning that transfers are not planned. */
function planIssues(
  ps: ReturnType<typeof readPlanSettings>,
  enrolment: ReturnType<typeof readEnrolment>,
  input: CountyInput,
): DataIssue[] {
  const issues: DataIssue[] = [...ps.issues, ...enrolment.issues, ...unknownCodes(input, enrolment)];
  if (ps.settings.allowTransfer)
    issues.push({
      severity: 'warning',
      sheet: M.sheets.settings,
      cell: null,
      code: 'plan-transfer',
      message: M.issues.transferNotModelled,
    });
  return issues;
}

/** For each year up to the target, what it costs and which schools pass with that year's enrolment. */
function yearByYear(y: {
  input: CountyInput;
  settings: Parameters<typeof computeResult>[1];
  enrolment: ReturnType<typeof readEnrolment>;
  plan: ReturnType<typeof readPlanSettings>['settings'];
  evalYear: number;
  placed: ReturnType<typeof placeByYear>;
  before: ReturnType<typeof computeResult>;
  after: ReturnType<typeof computeResult>;
}): PlanYear[] {
  const { input, settings, enrolment, plan, evalYear, placed, before, after } = y;
  const years = planYears(evalYear, plan.targetYear);
  let passedBefore = new Set(passing(before).schools);
  return years.map((year) => {
    const cost = round2(placed.additions.filter((a) => a.year === year).reduce((s, a) => s + a.cost, 0));
    const adds = input.schools.map((_, i) =>
      placed.yearOf[i] !== null && (placed.yearOf[i] as number) <= year ? placed.adds[i] : undefined,
    );
    const r = year === plan.targetYear ? after : projectedResult(input, settings, enrolment, year, adds);
    const p = passing(r);
    const newlyPassing = p.schools.filter((name) => !passedBefore.has(name));
    passedBefore = new Set(p.schools);
    return { year, cost, passingParts: p.pass, parts: p.parts, newlyPassing };
  });
}

/** 预测 rows whose code is on no school row: warned and left out. */
function unknownCodes(input: CountyInput, enrolment: ReturnType<typeof readEnrolment>): DataIssue[] {
  const codes = new Set(input.schools.map((s) => s.code));
  const out: DataIssue[] = [];
  for (const [code, rows] of enrolment.byCode) {
    if (codes.has(code)) continue;
    out.push({
      severity: 'warning',
      sheet: enrolment.sheet ?? M.sheets.enrolment,
      cell: `A${rows[0].row}`,
      code: 'plan-enrolment-unknown',
      message: M.issues.unknownSchool(code),
    });
  }
  return out;
}

/** Each school's additions given a year by the phasing; those the caps leave out are dropped and named. */
function placeByYear(input: CountyInput, adds: (SchoolAdd | undefined)[], ps: PlanSettings, evalYear: number) {
  const rowsOf = new Map<number, PlanAddition[]>();
  adds.forEach((add, i) => {
    if (!add) return;
    const s = input.schools[i];
    const rows = additionRows(s.code, s.name, add, 0, ps);
    if (rows.length > 0) rowsOf.set(i, rows);
  });
  const items = [...rowsOf].map(([index, rows]) => ({ index, cost: rows.reduce((t, r) => t + r.cost, 0) }));
  const yearOf = phase(items, planYears(evalYear, ps.targetYear), ps.yearCap);
  const kept: (SchoolAdd | undefined)[] = adds.slice();
  const years: (number | null)[] = input.schools.map(() => null);
  const additions: PlanAddition[] = [];
  const unmet: string[] = [];
  const droppedRows = new Set<number>();
  for (const [index, rows] of rowsOf) {
    const year = yearOf.get(index) ?? null;
    years[index] = year;
    if (year === null) {
      kept[index] = undefined;
      droppedRows.add(input.schools[index].row);
      const s = input.schools[index];
      const cost = rows.reduce((t, r) => t + r.cost, 0);
      unmet.push(M.unmet.capReached(s.name || s.code, stageOfRows(rows), round2(cost).toFixed(2)));
      continue;
    }
    for (const r of rows) additions.push({ ...r, year });
  }
  additions.sort((a, b) => a.year - b.year);
  return { adds: kept, yearOf: years, additions, unmet, dropped: droppedRows.size > 0, droppedRows };
}

/** The 学段 named for a school left out by the caps: its first addition's, else primary. */
const stageOfRows = (rows: readonly PlanAddition[]): Stage => rows.find((r) => r.stage)?.stage ?? 'primary';

/** Parts and coefficients that still fail in the target year (besides the unplannable and the dropped). */
function stillFailing(
  after: EvaluationResult,
  unplannable: readonly PartResult[],
  dropped: ReadonlySet<number>,
): string[] {
  const skip = new Set(unplannable.map(partKey));
  const out: string[] = [];
  for (const p of after.parts)
    if (p.included && p.verdict !== 'pass' && !skip.has(partKey(p)) && !dropped.has(p.row))
      out.push(M.unmet.notPassing(p.name || p.code, p.stage));
  for (const stage of ['primary', 'junior'] as const)
    for (const d of INDICATORS) {
      const c = after.coefficients[stage][d.id];
      if (c.pass === false && c.cv !== null)
        out.push(M.unmet.coefficient(stage, d.id, c.cv.toFixed(3), c.limit.toFixed(2)));
    }
  return out;
}

/** Totals by action, in PLAN.md's order. */
function byAction(additions: readonly PlanAddition[]): Plan['byAction'] {
  return (Object.keys(PLAN_ACTION_WORDS) as PlanAction[])
    .map((action) => {
      const rows = additions.filter((a) => a.action === action);
      return {
        action,
        amount: round2(rows.reduce((s, a) => s + a.amount, 0)),
        unit: PLAN_ACTION_WORDS[action].unit,
        cost: round2(rows.reduce((s, a) => s + a.cost, 0)),
      };
    })
    .filter((a) => a.amount > 0);
}

/** Each included part of the target year with its state today (null values when it does not exist today). */
function partsBeforeAfter(before: EvaluationResult, after: EvaluationResult): Plan['parts'] {
  const today = new Map(before.parts.filter((p) => p.included).map((p) => [partKey(p), p]));
  return after.parts
    .filter((p) => p.included)
    .map((p) => {
      const b = today.get(partKey(p));
      const none: PartState = { verdict: 'incomplete', passCount: 0, values: stateOf(p).values };
      for (const id of Object.keys(none.values) as IndicatorId[]) none.values[id] = null;
      return {
        code: p.code,
        name: p.name,
        stage: p.stage,
        students: p.students,
        before: b ? stateOf(b) : none,
        after: stateOf(p),
      };
    });
}

/** The 14 coefficients today and in the target year with the plan. */
function coefficientsBeforeAfter(before: EvaluationResult, after: EvaluationResult): Plan['coefficients'] {
  const out: Plan['coefficients'] = [];
  for (const stage of ['primary', 'junior'] as const)
    for (const d of INDICATORS) {
      const a = after.coefficients[stage][d.id];
      out.push({ stage, id: d.id, before: before.coefficients[stage][d.id].cv, after: a.cv, limit: a.limit });
    }
  return out;
}
