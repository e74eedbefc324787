/**
 * Solving the plan: the per-school programme (separable while the coefficients are slack, so solved in blocks of
 * schools), then coefficient cuts added over the whole county until every coefficient holds (outer approximation).
 */
import { INDICATORS } from '../compute/indicators';
import type { CountyInput } from '../model';
import type { EvaluationResult } from '../result';
import type { Settings } from '../settings';
import { num } from '../settings';
import type { EnrolmentRead } from './enrolment';
import type { Cut } from './model';
import { additionsOf, buildModel } from './model';
import type { PlanSchool } from './needs';
import type { SchoolAdd } from './project';
import { projectedResult } from './project';
import { coefficientCut, partIndex } from './cuts';
import type { MipSolver, PlanSettings } from './types';

/** Columns per block solved at once while the schools are independent. */
const BLOCK_COLUMNS = 4000;
/** Rounds of cuts before the loop gives up and reports the coefficients still over their limits. */
const MAX_ROUNDS = 40;

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

/** The coefficients of `after` over their limits, as cuts at its values. */
function violatedCuts(ctx: SolveContext, after: EvaluationResult, index: ReturnType<typeof partIndex>): Cut[] {
  const cuts: Cut[] = [];
  for (const stage of ['primary', 'junior'] as const) {
    const limit = num(ctx.settings, stage === 'primary' ? 'cvLimit.primary' : 'cvLimit.junior');
    INDICATORS.forEach((def, k) => {
      if (after.coefficients[stage][def.id].pass !== false) return;
      const cut = coefficientCut(after, stage, k, limit, index);
      if (cut) cuts.push(cut);
    });
  }
  return cuts;
}

/** The least-cost additions with every planned part passing and, as far as cuts reach, every coefficient within limit. */
export async function solvePlan(ctx: SolveContext, schools: readonly PlanSchool[]): Promise<Solved> {
  const adds: (SchoolAdd | undefined)[] = new Array(ctx.input.schools.length);
  const failures: string[] = [];
  let { objective, bound } = await separate(ctx, schools, adds, failures);
  const project = (): EvaluationResult =>
    projectedResult(ctx.input, ctx.settings, ctx.enrolment, ctx.plan.targetYear, adds);
  let after = project();
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
  return { adds, objective, bound, rounds, after, failures };
}
