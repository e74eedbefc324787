/**
 * 校际差异系数 (RULES.md §1): student-weighted mean and population standard deviation per 学段 and
 * indicator, over the included parts whose value is known.
 */
import type { Stage } from '../model';
import type { CoefficientResult, Contribution, IndicatorId, PartResult, StageCoefficients } from '../result';
import { INDICATOR_IDS } from '../result';
import type { Settings } from '../settings';
import { num } from '../settings';
import { atMost, roundTo } from './status';

/** How many parts `top` names. */
export const TOP_COUNT = 5;

/**
 * Inserts a candidate into `top` (kept sorted by share, largest first, at most TOP_COUNT long).
 * Constant work per part, so the whole selection stays linear in the number of parts.
 */
function offer(top: Contribution[], c: Contribution): void {
  if (top.length === TOP_COUNT && top[TOP_COUNT - 1].share >= c.share) return;
  let i = top.length < TOP_COUNT ? top.length : TOP_COUNT - 1;
  if (top.length < TOP_COUNT) top.push(c);
  while (i > 0 && top[i - 1].share < c.share) {
    top[i] = top[i - 1];
    i--;
  }
  top[i] = c;
}

/**
 * The coefficient of one indicator over the given parts (already filtered to one 学段 and to included
 * parts). Parts with a missing value or missing students are left out.
 */
export function coefficientOf(parts: readonly PartResult[], id: IndicatorId, limit: number): CoefficientResult {
  let n = 0;
  let P = 0;
  let PX = 0;
  for (const p of parts) {
    const x = p.indicators[id].value;
    if (x === null || p.students === null) continue;
    n++;
    P += p.students;
    PX += p.students * x;
  }
  if (n === 0 || P <= 0) return { n, mean: null, sd: null, cv: null, limit, pass: null, top: [] };
  const mean = PX / P;
  let ss = 0;
  for (const p of parts) {
    const x = p.indicators[id].value;
    if (x === null || p.students === null) continue;
    ss += p.students * (x - mean) * (x - mean);
  }
  const sd = Math.sqrt(ss / P);
  const top: Contribution[] = [];
  if (ss > 0) {
    for (const p of parts) {
      const x = p.indicators[id].value;
      if (x === null || p.students === null) continue;
      const share = (p.students * (x - mean) * (x - mean)) / ss;
      if (top.length === TOP_COUNT && top[TOP_COUNT - 1].share >= share) continue;
      offer(top, { code: p.code, name: p.name, value: x, students: p.students, share });
    }
  }
  // One part has no 校际 difference to measure, and a zero mean has no relative spread.
  if (n < 2 || mean === 0) return { n, mean, sd, cv: null, limit, pass: null, top };
  const cv = sd / mean;
  const pass = atMost(cv, limit);
  const r: CoefficientResult = { n, mean, sd, cv, limit, pass, top };
  if (atMost(roundTo(cv, 3), limit) !== pass) r.borderline = true;
  return r;
}

/** All seven coefficients of a 学段 and their composite (mean of the seven; null if any is null). */
export function stageCoefficients(parts: readonly PartResult[], stage: Stage, settings: Settings): StageCoefficients {
  const limit = num(settings, stage === 'primary' ? 'cvLimit.primary' : 'cvLimit.junior');
  const mine = parts.filter((p) => p.included && p.stage === stage);
  const out = { composite: null } as StageCoefficients;
  let sum = 0;
  let complete = true;
  for (const id of INDICATOR_IDS) {
    const c = coefficientOf(mine, id, limit);
    out[id] = c;
    if (c.cv === null) complete = false;
    else sum += c.cv;
  }
  out.composite = complete ? sum / INDICATOR_IDS.length : null;
  return out;
}
