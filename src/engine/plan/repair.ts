/**
 * A feasible plan when the cut loop has not closed the coefficients within its rounds: for each coefficient still over
 * its limit, the planned parts below a water level are raised to it in whole units (the lowest values first, which is
 * what the least-cost plan does when costs go with students), the level being the least at which the coefficient
 * holds. The loop's last relaxation stays the lower bound, so the plan states the gap between the two.
 */
import { INDICATORS } from '../compute/indicators';
import type { Stage } from '../model';
import type { EvaluationResult } from '../result';
import type { PlanSchool } from './needs';
import type { SchoolAdd } from './project';
import { emptyAdd } from './project';

/** Student-weighted sd − L × mean. */
function excess(x: readonly number[], w: readonly number[], L: number): number {
  let P = 0;
  let PX = 0;
  x.forEach((v, j) => {
    P += w[j];
    PX += w[j] * v;
  });
  const mean = PX / P;
  let ss = 0;
  x.forEach((v, j) => (ss += w[j] * (v - mean) ** 2));
  return Math.sqrt(ss / P) - L * mean;
}

/** Adds `units` of indicator k's action to a school's additions (骨干 beyond the degree-qualified hire teachers). */
function addUnits(add: SchoolAdd, k: number, stage: Stage, units: number): void {
  const t = add[stage];
  if (k === 0) t.teachers += units;
  else if (k === 1) t.backbone += units;
  else if (k === 2) t.peArt += units;
  else if (k === 3) add.space += units;
  else if (k === 4) add.sports += units;
  else if (k === 5) add.equipment = Math.round(add.equipment * 100 + units) / 100;
  else add.rooms += units;
}

/**
 * Raises the planned parts of one 学段's indicator k to the water level at which its coefficient holds (with
 * `after`'s values), writing the units into `adds`. Returns false when no level can make it hold.
 */
export function fillCoefficient(
  after: EvaluationResult,
  stage: Stage,
  k: number,
  limit: number,
  index: ReadonlyMap<string, { school: PlanSchool; q: number }>,
  adds: (SchoolAdd | undefined)[],
): boolean {
  const id = INDICATORS[k].id;
  const rows = after.parts.filter(
    (p) => p.included && p.stage === stage && p.students !== null && p.indicators[id].value !== null,
  );
  const x = rows.map((p) => p.indicators[id].value as number);
  const w = rows.map((p) => p.students as number);
  const at = rows.map((p) => index.get(`${p.row}:${stage}`));
  const fill = (h: number): number[] => x.map((v, j) => (at[j] ? Math.max(v, h) : v));
  let lo = Math.min(...x);
  let hi = Math.max(...x);
  // A hair inside the limit, so that whole units rounded up leave it holding.
  const L = limit * (1 - 1e-6);
  if (excess(fill(hi), w, L) > 0) return false;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (excess(fill(mid), w, L) > 0) lo = mid;
    else hi = mid;
  }
  rows.forEach((_, j) => {
    const where = at[j];
    if (!where || x[j] >= hi) return;
    const part = where.school.parts[where.q];
    const units = Math.ceil((hi - x[j]) / part.slope[k] - 1e-9);
    const add = (adds[where.school.index] ??= emptyAdd());
    addUnits(add, k, stage, units);
    // A 骨干 is designated among the degree-qualified: hire the teachers the designations lack.
    const s = add[stage];
    const over = s.backbone - s.teachers - s.peArt - part.backboneRoom;
    if (k === 1 && over > 0) s.teachers += over;
  });
  return true;
}
