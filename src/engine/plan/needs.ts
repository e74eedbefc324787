/**
 * What each school part lacks, in whole units of the actions that close it, computed with the engine's own
 * arithmetic (value = numerator × share ÷ students × per, compared with the thresholds of `stageThresholds`) so that
 * an amount the plan calls enough is judged enough by `evaluate`.
 */
import { INDICATORS, stageThresholds } from '../compute/indicators';
import type { School, Stage } from '../model';
import { FIELD_AT, figure } from '../model';
import type { EvaluationResult, PartResult } from '../result';
import type { Settings } from '../settings';

/** Size of one unit of each indicator's action in its numerator's unit: 1 person, 1 m², 100 元 (0.01 万元), 1 room. */
export const UNIT = [1, 1, 1, 1, 1, 100, 1] as const;

/** One included part of the target year that can be planned: every indicator computed. */
export interface PlanPart {
  part: PartResult;
  stage: Stage;
  students: number;
  share: number;
  /** Per indicator: the value with no additions, and what one unit of its action adds to it. */
  base: Float64Array;
  slope: Float64Array;
  /** Per indicator: least units to pass, and to reach the near floor. */
  needPass: Int32Array;
  needNear: Int32Array;
  /** Degree-qualified teachers minus 骨干 today (the 骨干 that may be designated without hiring), at least 0. */
  backboneRoom: number;
}

/** A school with its plannable parts (one or two). */
export interface PlanSchool {
  index: number;
  school: School;
  parts: PlanPart[];
}

/** The value an indicator takes with `u` more units, in the order of the engine's operations. */
function valueWith(raw: number, u: number, k: number, share: number, count: number): number {
  const def = INDICATORS[k];
  let numerator = raw + u * UNIT[k];
  if (def.facility) numerator *= share;
  return (numerator / count) * def.per;
}

/** The least whole units that bring the value to `threshold`. */
function leastUnits(raw: number, k: number, share: number, count: number, threshold: number): number {
  if (valueWith(raw, 0, k, share, count) >= threshold) return 0;
  const s = INDICATORS[k].facility ? share : 1;
  let u = Math.max(1, Math.ceil(((threshold * count) / INDICATORS[k].per / s - raw) / UNIT[k] - 1e-9));
  while (valueWith(raw, u, k, share, count) < threshold) u++;
  while (u > 0 && valueWith(raw, u - 1, k, share, count) >= threshold) u--;
  return u;
}

/** The plan's view of a part, or null when it cannot be planned (a figure missing, no students). */
function planPart(part: PartResult, school: School, settings: Settings): PlanPart | null {
  const n = part.students;
  if (!part.included || n === null || !(n > 0)) return null;
  const th = stageThresholds(part.stage, settings);
  const p: PlanPart = {
    part,
    stage: part.stage,
    students: n,
    share: part.facilityShare,
    base: new Float64Array(7),
    slope: new Float64Array(7),
    needPass: new Int32Array(7),
    needNear: new Int32Array(7),
    backboneRoom: 0,
  };
  for (let k = 0; k < INDICATORS.length; k++) {
    const r = part.indicators[INDICATORS[k].id];
    if (r.status === 'missing' || r.value === null || r.numerator === null) return null;
    const facility = INDICATORS[k].facility;
    const raw = facility ? r.numerator / p.share : r.numerator;
    p.base[k] = r.value;
    p.slope[k] = ((UNIT[k] * (facility ? p.share : 1)) / n) * INDICATORS[k].per;
    p.needPass[k] = leastUnits(raw, k, p.share, n, th.passFrom[k]);
    p.needNear[k] = leastUnits(raw, k, p.share, n, th.nearFrom[k]);
  }
  const at = part.stage === 'primary' ? FIELD_AT.primaryDegreeTeachers : FIELD_AT.juniorDegreeTeachers;
  const bat = part.stage === 'primary' ? FIELD_AT.primaryBackbone : FIELD_AT.juniorBackbone;
  p.backboneRoom = Math.max(0, Math.floor(figure(school, at) - figure(school, bat) + 1e-9));
  return p;
}

/**
 * The schools to plan (those with at least one plannable part) from the target year's result with no additions, and
 * the included parts that cannot be planned.
 */
export function planSchools(
  result: EvaluationResult,
  schools: readonly School[],
  settings: Settings,
): { planned: PlanSchool[]; unplannable: PartResult[] } {
  const byRow = new Map<number, number>();
  schools.forEach((s, i) => byRow.set(s.row, i));
  const planned = new Map<number, PlanSchool>();
  const unplannable: PartResult[] = [];
  for (const part of result.parts) {
    if (!part.included) continue;
    const index = byRow.get(part.row);
    if (index === undefined) continue;
    const p = planPart(part, schools[index], settings);
    if (p === null) {
      unplannable.push(part);
      continue;
    }
    const entry = planned.get(index) ?? { index, school: schools[index], parts: [] };
    entry.parts.push(p);
    planned.set(index, entry);
  }
  return { planned: [...planned.values()], unplannable };
}
