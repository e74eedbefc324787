/**
 * Solving the plan: the per-school programme (separable while the coefficients are slack, so solved in blocks of
 * schools), then coefficient cuts added over the whole county until every coefficient holds (outer approximation).
 */
import { INDICATORS } from '../compute/indicators';
import type { CountyInput, Stage } from '../model';
import type { EvaluationResult } from '../result';
import type { Settings } from '../settings';
import { num } from '../settings';
import type { EnrolmentRead } from './enrolment';
import type { Cut } from './model';
import { additionsOf, buildModel, columnCosts } from './model';
import { fillCoefficient } from './repair';
import type { PlanSchool } from './needs';
import type { SchoolAdd } from './project';
import { projectedResult } from './project';
import { coefficientCuts, partIndex } from './cuts';
import type { MipSolver, PlanSettings } from './types';

/** Columns per block solved at once while the schools are independent. */
const BLOCK_COLUMNS = 4000;
/** Rounds of cuts before the loop gives up and reports the coefficients still over their limits. */
const MAX_ROUNDS = 12;

export interface SolveContext {
  input: CountyInput;
  settings: Settings;
  enrolment: EnrolmentRead;
  plan: PlanSettings;
  solver: MipSolver;
  /** Seconds the solver may spend on one model. */
  timeLimit: number;
  progress: (done: number, total: number, what: string) => void;
}

export interface Solved {
  adds: (SchoolAdd | undefined)[];
  objective: number;
  bound: number;
  rounds: number;
  after: EvaluationResult;
  failures: string[];
}

/** Solves a model over `schools` and writes their additions; returns objective and bound. */
async function solveBlock(
  ctx: SolveContext,
  schools: readonly PlanSchool[],
  cuts: readonly Cut[],
  adds: (SchoolAdd | undefined)[],
  failures: string[],
): Promise<{ objective: number; bound: number }> {
  const { model, offset } = buildModel(schools, cuts, ctx.plan);
  const r = await ctx.solver.solve(model, { timeLimit: ctx.timeLimit });
  if (r.status === 'infeasible' || r.status === 'error') {
    failures.push(r.detail);
    return { objective: 0, bound: 0 };
  }
  additionsOf(schools, r.x, offset, adds);
  return { objective: r.objective, bound: r.bound };
}

/** The per-school optimum: blocks of independent schools. */
async function separate(
  ctx: SolveContext,
  schools: readonly PlanSchool[],
  adds: (SchoolAdd | undefined)[],
  failures: string[],
) {
  let objective = 0;
  let bound = 0;
  let i = 0;
  while (i < schools.length) {
    let cols = 0;
    const start = i;
    while (i < schools.length && (cols === 0 || cols < BLOCK_COLUMNS)) cols += 4 + 10 * schools[i++].parts.length;
    const r = await solveBlock(ctx, schools.slice(start, i), [], adds, failures);
    objective += r.objective;
    bound += r.bound;
    ctx.progress(i, schools.length, 'schools');
  }
  return { objective, bound };
}

/** A deep copy of a school's additions. */
const copyAdd = (a: SchoolAdd | undefined): SchoolAdd | undefined =>
  a && { ...a, primary: { ...a.primary }, junior: { ...a.junior } };

/** `start` raised by water levels until every coefficient holds (or ten rounds have passed). */
function waterFilled(
  ctx: SolveContext,
  start: readonly (SchoolAdd | undefined)[],
  index: ReturnType<typeof partIndex>,
) {
  const adds = start.map(copyAdd);
  const project = (): EvaluationResult =>
    projectedResult(ctx.input, ctx.settings, ctx.enrolment, ctx.plan.targetYear, adds);
  let after = project();
  for (let i = 0; i < 10; i++) {
    const open = violated(ctx, after);
    if (open.length === 0) break;
    for (const [stage, k, limit] of open) fillCoefficient(after, stage, k, limit, index, adds);
    after = project();
  }
  return { adds, after, cost: planCost(adds, ctx.plan) };
}

/** The coefficients of `after` over their limits: 学段, indicator and limit. */
function violated(ctx: SolveContext, after: EvaluationResult): [Stage, number, number][] {
  const out: [Stage, number, number][] = [];
  for (const stage of ['primary', 'junior'] as const) {
    const limit = num(ctx.settings, stage === 'primary' ? 'cvLimit.primary' : 'cvLimit.junior');
    INDICATORS.forEach((def, k) => {
      if (after.coefficients[stage][def.id].pass === false) out.push([stage, k, limit]);
    });
  }
  return out;
}

/** The cost in 万元 of additions by school. */
export function planCost(adds: readonly (SchoolAdd | undefined)[], ps: PlanSettings): number {
  const c = columnCosts(ps);
  let total = 0;
  for (const a of adds) {
    if (!a) continue;
    for (const stage of ['primary', 'junior'] as const)
      total += (a[stage].teachers + a[stage].peArt) * c.teacher + a[stage].backbone * c.backbone;
    total += a.space * c.facility[0] + a.sports * c.facility[1] + a.equipment + a.rooms * c.facility[3];
  }
  return total;
}

/** The coefficients of `after` over their limits, as cuts near its values. */
function violatedCuts(ctx: SolveContext, after: EvaluationResult, index: ReturnType<typeof partIndex>): Cut[] {
  return violated(ctx, after).flatMap(([stage, k, limit]) => coefficientCuts(after, stage, k, limit, index));
}

/**
 * The least-cost additions with every planned part passing and every coefficient within its limit: the per-school
 * optimum, then cut rounds over the whole county; when the rounds run out, a feasible plan by water levels (on top of
 * the last plan or of the per-school optimum, whichever costs less), the last relaxation bounding it below.
 */
export async function solvePlan(ctx: SolveContext, schools: readonly PlanSchool[]): Promise<Solved> {
  const adds: (SchoolAdd | undefined)[] = new Array(ctx.input.schools.length);
  const failures: string[] = [];
  let { objective, bound } = await separate(ctx, schools, adds, failures);
  const project = (): EvaluationResult =>
    projectedResult(ctx.input, ctx.settings, ctx.enrolment, ctx.plan.targetYear, adds);
  let after = project();
  const perSchool = adds.map(copyAdd);
  const index = partIndex(schools);
  const cuts: Cut[] = [];
  let rounds = 0;
  while (rounds < MAX_ROUNDS && failures.length === 0) {
    const more = violatedCuts(ctx, after, index);
    if (more.length === 0) break;
    cuts.push(...more);
    rounds++;
    ctx.progress(rounds, MAX_ROUNDS, 'cuts');
    ({ objective, bound } = await solveBlock(ctx, schools, cuts, adds, failures));
    after = project();
  }
  if (failures.length === 0 && violated(ctx, after).length > 0) {
    const fromLast = waterFilled(ctx, adds, index);
    const fromStart = waterFilled(ctx, perSchool, index);
    const best = fromStart.cost < fromLast.cost ? fromStart : fromLast;
    best.adds.forEach((a, i) => (adds[i] = a));
    after = best.after;
    objective = best.cost;
  }
  return { adds, objective, bound: Math.min(bound, objective), rounds, after, failures };
}
