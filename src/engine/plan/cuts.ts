/**
 * The coefficient limits as linear cuts (PLAN.md §5). With x_j the value of part j, P_j its students and
 * P = Σ P_j, cv ≤ L is sd(x) − L·mean(x) ≤ 0, a convex function of the additions. Its linearisation at the current
 * values x* is Σ_j P_j (d_j / sd − L) x_j ≤ 0 (d_j = x*_j − mean): every plan that keeps the coefficient within its
 * limit satisfies it, and the current plan, which does not, violates it. Each x_j is base_j + slope_j × units_j.
 */
import { INDICATORS } from '../compute/indicators';
import type { Stage } from '../model';
import type { EvaluationResult } from '../result';
import type { Cut } from './model';
import { unitColumns } from './model';
import type { PlanSchool } from './needs';

/** A hair inside the limit, so that the loop ends on a plan the engine's comparison accepts. */
const MARGIN = 1e-7;

/** The part of each (row, stage), with its school and place among the school's parts. */
export function partIndex(schools: readonly PlanSchool[]): Map<string, { school: PlanSchool; q: number }> {
  const out = new Map<string, { school: PlanSchool; q: number }>();
  for (const s of schools) s.parts.forEach((p, q) => out.set(`${p.part.row}:${p.stage}`, { school: s, q }));
  return out;
}

/**
 * The cut of indicator k of a 学段 at the values of `after` (the county with the current additions). Parts that are
 * not planned keep their values and enter the right-hand side.
 */
export function coefficientCut(
  after: EvaluationResult,
  stage: Stage,
  k: number,
  limit: number,
  index: ReadonlyMap<string, { school: PlanSchool; q: number }>,
): Cut | null {
  const id = INDICATORS[k].id;
  const xs: { x: number; w: number; key: string }[] = [];
  for (const p of after.parts) {
    if (!p.included || p.stage !== stage || p.students === null) continue;
    const v = p.indicators[id].value;
    if (v === null) continue;
    xs.push({ x: v, w: p.students, key: `${p.row}:${stage}` });
  }
  let P = 0;
  let PX = 0;
  for (const e of xs) {
    P += e.w;
    PX += e.w * e.x;
  }
  if (xs.length < 2 || P <= 0) return null;
  const mean = PX / P;
  let ss = 0;
  for (const e of xs) ss += e.w * (e.x - mean) ** 2;
  const sd = Math.sqrt(ss / P);
  if (sd === 0) return null;
  const L = limit - MARGIN;
  const coefs = new Map<string, { school: number; col: number; coef: number }>();
  let rhs = 0;
  for (const e of xs) {
    const w = e.w * ((e.x - mean) / sd - L);
    const at = index.get(e.key);
    if (!at) {
      rhs -= w * e.x;
      continue;
    }
    const part = at.school.parts[at.q];
    rhs -= w * part.base[k];
    for (const col of unitColumns(k, at.q)) {
      const key = `${at.school.index}:${col}`;
      const t = coefs.get(key) ?? { school: at.school.index, col, coef: 0 };
      t.coef += w * part.slope[k];
      coefs.set(key, t);
    }
  }
  return { stage, indicator: k, terms: [...coefs.values()].filter((t) => t.coef !== 0), rhs };
}
