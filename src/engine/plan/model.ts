/**
 * The mixed-integer programme of the plan (PLAN.md §5). Per school: four facility amounts shared by its parts
 * (m² of teaching space, m² of sports area, 0.01 万元 of equipment, rooms); per part: new teachers, new 体育艺术
 * teachers, 骨干 designations, and one binary per indicator saying it may stay at the near floor (at most one per
 * part). Every indicator row is "units ≥ needPass − (needPass − needNear) × near", in whole units, so the amounts are
 * exact. The coefficient limits enter as linear cuts (see cuts.ts) over the same columns.
 */
import type { Stage } from '../model';
import type { SchoolAdd } from './project';
import { emptyAdd } from './project';
import type { PlanSchool } from './needs';
import type { MipModel, PlanSettings } from './types';

/** Columns of a school: the four facilities, then per part t, a, b and seven near-binaries. */
export const FACILITY_COLS = 4;
export const PART_COLS = 10;
/** Column of the facility of indicator k (3..6 → L4..L7) within the school's block. */
const facilityCol = (k: number): number => k - 3;

/** The school columns an indicator's units are made of, relative to the school's block. */
export function unitColumns(k: number, part: number): number[] {
  const o = FACILITY_COLS + part * PART_COLS;
  if (k === 0) return [o, o + 1];
  if (k === 1) return [o + 2];
  if (k === 2) return [o + 1];
  return [facilityCol(k)];
}

/** A cut over the schools' columns: Σ coef × units ≤ rhs, units addressed by school and column in its block. */
export interface Cut {
  stage: Stage;
  indicator: number;
  terms: { school: number; col: number; coef: number }[];
  rhs: number;
}

/** The cost in 万元 of one unit of each column of a school's block. */
export function columnCosts(ps: PlanSettings): { facility: number[]; teacher: number; backbone: number } {
  return {
    facility: [ps.spacePrice / 10000, ps.sportsPrice / 10000, 0.01, ps.roomPrice],
    teacher: ps.teacherCost * ps.billedYears,
    backbone: ps.backboneCost,
  };
}

const width = (s: PlanSchool): number => FACILITY_COLS + s.parts.length * PART_COLS;

/** The model over `schools` (their blocks laid end to end) with the cuts that touch only them. */
export function buildModel(
  schools: readonly PlanSchool[],
  cuts: readonly Cut[],
  ps: PlanSettings,
): { model: MipModel; offset: Map<number, number> } {
  const offset = new Map<number, number>();
  let n = 0;
  for (const s of schools) {
    offset.set(s.index, n);
    n += width(s);
  }
  const cost = new Float64Array(n);
  const upper = new Float64Array(n).fill(Infinity);
  const integer = new Uint8Array(n).fill(1);
  const rows: MipModel['rows'] = [];
  const c = columnCosts(ps);
  for (const s of schools) {
    const o = offset.get(s.index) as number;
    for (let f = 0; f < FACILITY_COLS; f++) cost[o + f] = c.facility[f];
    s.parts.forEach((p, q) => {
      const b = o + FACILITY_COLS + q * PART_COLS;
      cost[b] = c.teacher;
      cost[b + 1] = c.teacher;
      cost[b + 2] = c.backbone;
      for (let k = 0; k < 7; k++) upper[b + 3 + k] = 1;
      // At most one indicator of the part stays at the near floor.
      rows.push({
        indices: [3, 4, 5, 6, 7, 8, 9].map((x) => b + x),
        values: [1, 1, 1, 1, 1, 1, 1],
        lower: -Infinity,
        upper: 1,
      });
      // 骨干 are designated among degree-qualified teachers: new ones count.
      rows.push({ indices: [b + 2, b, b + 1], values: [1, -1, -1], lower: -Infinity, upper: p.backboneRoom });
      for (let k = 0; k < 7; k++) {
        const need = p.needPass[k];
        if (need === 0) continue;
        const cols = unitColumns(k, q).map((x) => o + x);
        rows.push({
          indices: [...cols, b + 3 + k],
          values: [...cols.map(() => 1), need - p.needNear[k]],
          lower: need,
          upper: Infinity,
        });
      }
    });
  }
  for (const cut of cuts) {
    const indices: number[] = [];
    const values: number[] = [];
    for (const t of cut.terms) {
      const o = offset.get(t.school);
      if (o === undefined) continue;
      indices.push(o + t.col);
      values.push(t.coef);
    }
    rows.push({ indices, values, lower: -Infinity, upper: cut.rhs });
  }
  return { model: { cost, upper, integer, rows }, offset };
}

/** The additions of each school from a solution (by school index). */
export function additionsOf(
  schools: readonly PlanSchool[],
  x: Float64Array,
  offset: ReadonlyMap<number, number>,
  into: (SchoolAdd | undefined)[],
): void {
  const whole = (v: number): number => Math.max(0, Math.round(v));
  for (const s of schools) {
    const o = offset.get(s.index) as number;
    const add = emptyAdd();
    add.space = whole(x[o]);
    add.sports = whole(x[o + 1]);
    add.equipment = whole(x[o + 2]) / 100;
    add.rooms = whole(x[o + 3]);
    s.parts.forEach((p, q) => {
      const b = o + FACILITY_COLS + q * PART_COLS;
      add[p.stage] = { teachers: whole(x[b]), peArt: whole(x[b + 1]), backbone: whole(x[b + 2]) };
    });
    into[s.index] = add;
  }
}

/** The units of an indicator of part q in a school's additions (the value of its unit columns). */
export function unitsOf(add: SchoolAdd | undefined, k: number, stage: Stage): number {
  if (!add) return 0;
  const t = add[stage];
  switch (k) {
    case 0:
      return t.teachers + t.peArt;
    case 1:
      return t.backbone;
    case 2:
      return t.peArt;
    case 3:
      return add.space;
    case 4:
      return add.sports;
    case 5:
      return Math.round(add.equipment * 100);
    default:
      return add.rooms;
  }
}
