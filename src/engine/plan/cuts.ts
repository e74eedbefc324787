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

/** Mean, sd and sd − L × mean of values weighted by students. */
function spread(x: readonly number[], w: readonly number[], L: number): { mean: number; sd: number; f: number } {
  let P = 0;
  let PX = 0;
  x.forEach((v, j) => {
    P += w[j];
    PX += w[j] * v;
  });
  const mean = PX / P;
  let ss = 0;
  x.forEach((v, j) => (ss += w[j] * (v - mean) ** 2));
  const sd = Math.sqrt(ss / P);
  return { mean, sd, f: sd - L * mean };
}

interface Linearisation {
  point: number[];
  mean: number;
  sd: number;
}

/**
 * The point on the segment from the current values `x` to `inner` (where the coefficient holds) at which it meets its
 * limit: a cut there (supporting hyperplane) is much tighter than one at `x`. `x` itself when `inner` does not hold.
 */
function onSegment(x: number[], inner: number[], w: number[], L: number): Linearisation | null {
  const here = spread(x, w, L);
  if (here.sd === 0 || !(here.mean > 0)) return null;
  if (spread(inner, w, L).f >= 0) return { point: x, mean: here.mean, sd: here.sd };
  const at = (t: number): number[] => x.map((v, j) => v + t * (inner[j] - v));
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (spread(at(mid), w, L).f > 0) lo = mid;
    else hi = mid;
  }
  const point = at(lo);
  const s = spread(point, w, L);
  return s.sd > 0 ? { point, mean: s.mean, sd: s.sd } : null;
}

/**
 * The water level: every planned part below a level h raised to h, with h the least level at which the coefficient
 * holds. Raising the lowest values first is what a least-cost plan does when costs go with students, so the cut at
 * this point is close to the optimum's own and the loop ends in few rounds.
 */
function waterLevel(x: number[], w: number[], planned: boolean[], L: number): Linearisation | null {
  const fill = (h: number): number[] => x.map((v, j) => (planned[j] ? Math.max(v, h) : v));
  let lo = Math.min(...x);
  let hi = Math.max(...x);
  if (spread(fill(hi), w, L).f > 0) return null;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (spread(fill(mid), w, L).f > 0) lo = mid;
    else hi = mid;
  }
  const point = fill(lo);
  const s = spread(point, w, L);
  return s.sd > 0 ? { point, mean: s.mean, sd: s.sd } : null;
}

/** The part of each (row, stage), with its school and place among the school's parts. */
export function partIndex(schools: readonly PlanSchool[]): Map<string, { school: PlanSchool; q: number }> {
  const out = new Map<string, { school: PlanSchool; q: number }>();
  for (const s of schools) s.parts.forEach((p, q) => out.set(`${p.part.row}:${p.stage}`, { school: s, q }));
  return out;
}

/**
 * The cuts of indicator k of a 学段 near the values of `after` (the county with the current additions). Parts that
 * are not planned keep their values and enter the right-hand side.
 */
export function coefficientCuts(
  after: EvaluationResult,
  stage: Stage,
  k: number,
  limit: number,
  index: ReadonlyMap<string, { school: PlanSchool; q: number }>,
): Cut[] {
  const id = INDICATORS[k].id;
  const xs: { x: number; w: number; key: string }[] = [];
  for (const p of after.parts) {
    if (!p.included || p.stage !== stage || p.students === null) continue;
    const v = p.indicators[id].value;
    if (v === null) continue;
    xs.push({ x: v, w: p.students, key: `${p.row}:${stage}` });
  }
  if (xs.length < 2) return [];
  const L = limit - MARGIN;
  const x = xs.map((e) => e.x);
  const w = xs.map((e) => e.w);
  const planned = xs.map((e) => index.has(e.key));
  const top = Math.max(...x);
  const points = [
    onSegment(
      x,
      x.map((v, j) => (planned[j] ? Math.max(v, top) : v)),
      w,
      L,
    ),
    waterLevel(x, w, planned, L),
  ].filter((p): p is Linearisation => p !== null);
  return points.map((p) => cutAt(xs, p, L, k, stage, index));
}

/** The cut Σ_j P_j (d_j / sd − L) x_j ≤ 0 linearised at `at`, over the planned parts' unit columns. */
function cutAt(
  xs: readonly { x: number; w: number; key: string }[],
  at: Linearisation,
  L: number,
  k: number,
  stage: Stage,
  index: ReadonlyMap<string, { school: PlanSchool; q: number }>,
): Cut {
  const { point, mean, sd } = at;
  const coefs = new Map<string, { school: number; col: number; coef: number }>();
  let rhs = 0;
  xs.forEach((e, j) => {
    const w = e.w * ((point[j] - mean) / sd - L);
    const where = index.get(e.key);
    if (!where) {
      rhs -= w * e.x;
      return;
    }
    const part = where.school.parts[where.q];
    rhs -= w * part.base[k];
    for (const col of unitColumns(k, where.q)) {
      const key = `${where.school.index}:${col}`;
      const t = coefs.get(key) ?? { school: where.school.index, col, coef: 0 };
      t.coef += w * part.slope[k];
      coefs.set(key, t);
    }
  });
  return { stage, indicator: k, terms: [...coefs.values()].filter((t) => t.coef !== 0), rhs };
}
