/**
 * 校际差异系数 (RULES.md §1): student-weighted mean and population standard deviation per 学段 and
 * indicator, over the included parts whose value is known.
 */
import type { Stage } from '../model';
import type { CoefficientResult, Contribution, IndicatorId, PartResult, StageCoefficients } from '../result';
import { INDICATOR_IDS } from '../result';
import type { Settings } from '../settings';
import { num } from '../settings';
import type { IndicatorTable } from './indicators';
import { copyValues } from './indicators';
import { atMost, roundTo } from './status';

// Bound once: inside some hosts (a test runner's sandbox) each lookup of a global is slow.
const sqrt = Math.sqrt;
/** Marks a missing figure in the flat arrays. */
const GAP = Number.NaN;

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
 * The figures of one 学段 gathered in one pass over the parts: per indicator a flat array of values
 * (NaN where missing), and the students. Flat arrays keep the arithmetic fast on 10,000 schools.
 */
interface Gathered {
  /** The part behind row i is parts[at[i]]. */
  parts: readonly PartResult[];
  at: Int32Array;
  students: Float64Array;
  values: Record<IndicatorId, Float64Array>;
}

/** Room for `n` gathered rows of `parts`. */
function gathered(parts: readonly PartResult[], n: number): Gathered {
  return {
    parts,
    at: new Int32Array(n),
    students: new Float64Array(n),
    values: {
      L1: new Float64Array(n),
      L2: new Float64Array(n),
      L3: new Float64Array(n),
      L4: new Float64Array(n),
      L5: new Float64Array(n),
      L6: new Float64Array(n),
      L7: new Float64Array(n),
    },
  };
}

/** The value arrays of gathered figures in L1–L7 order, as copyValues fills them. */
const columnsOf = ({ values: v }: Gathered): Float64Array[] => [v.L1, v.L2, v.L3, v.L4, v.L5, v.L6, v.L7];

/** Gathers the parts that `keep` accepts, reading each part's own objects. */
function gather(parts: readonly PartResult[], keep: (p: PartResult) => boolean): Gathered {
  let n = 0;
  for (const p of parts) if (keep(p)) n++;
  const g = gathered(parts, n);
  const columns = columnsOf(g);
  let i = 0;
  parts.forEach((p, k) => {
    if (!keep(p)) return;
    g.at[i] = k;
    g.students[i] = p.students ?? GAP;
    copyValues(p.indicators, columns, i);
    i++;
  });
  return g;
}

/**
 * Gathers the included parts of a 学段 straight from the run's IndicatorTable, whose part i is parts[i]. The same
 * figures as `gather`, without visiting two objects per part: on 100,000 schools those visits were cache misses
 * that made this pass 30 times slower than on 10,000.
 */
function gatherTable(parts: readonly PartResult[], table: IndicatorTable, stage: Stage): Gathered {
  const count = table.schools.length;
  let n = 0;
  for (let k = 0; k < count; k++) if (table.schools[k] !== null && table.stages[k] === stage) n++;
  const g = gathered(parts, n);
  const columns = columnsOf(g);
  const value = table.value;
  let i = 0;
  for (let k = 0; k < count; k++) {
    if (table.schools[k] === null || table.stages[k] !== stage) continue;
    g.at[i] = k;
    g.students[i] = table.students[k];
    const e = k * columns.length;
    for (let c = 0; c < columns.length; c++) columns[c][i] = value[e + c];
    i++;
  }
  return g;
}

/** The coefficient of one indicator from gathered figures; parts with a missing value or students are left out. */
function coefficientFrom(g: Gathered, xs: Float64Array, limit: number): CoefficientResult {
  const ps = g.students;
  const len = xs.length;
  let n = 0;
  let P = 0;
  let PX = 0;
  for (let i = 0; i < len; i++) {
    const x = xs[i];
    const w = ps[i];
    if (x !== x || w !== w) continue; // NaN: missing
    n++;
    P += w;
    PX += w * x;
  }
  if (n === 0 || P <= 0) return { n, mean: null, sd: null, cv: null, limit, pass: null, top: [] };
  const mean = PX / P;
  let ss = 0;
  for (let i = 0; i < len; i++) {
    const x = xs[i];
    const w = ps[i];
    if (x !== x || w !== w) continue;
    ss += w * (x - mean) * (x - mean);
  }
  const sd = sqrt(ss / P);
  const top: Contribution[] = [];
  if (ss > 0) {
    for (let i = 0; i < len; i++) {
      const x = xs[i];
      const w = ps[i];
      if (x !== x || w !== w) continue;
      const share = (w * (x - mean) * (x - mean)) / ss;
      if (top.length === TOP_COUNT && top[TOP_COUNT - 1].share >= share) continue;
      const p = g.parts[g.at[i]];
      offer(top, { code: p.code, name: p.name, value: x, students: w, share });
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

/**
 * The coefficient of one indicator over the given parts (the caller picks the 学段; excluded parts are
 * left out here). Parts with a missing value or missing students are left out.
 */
export function coefficientOf(parts: readonly PartResult[], id: IndicatorId, limit: number): CoefficientResult {
  const g = gather(parts, (p) => p.included);
  return coefficientFrom(g, g.values[id], limit);
}

/**
 * All seven coefficients of a 学段 and their composite (mean of the seven; null if any is null). `table`, when given,
 * is the run's IndicatorTable behind `parts` (part i of each is the same part), read instead of the parts' objects.
 */
export function stageCoefficients(
  parts: readonly PartResult[],
  stage: Stage,
  settings: Settings,
  table?: IndicatorTable,
): StageCoefficients {
  const limit = num(settings, stage === 'primary' ? 'cvLimit.primary' : 'cvLimit.junior');
  const g = table ? gatherTable(parts, table, stage) : gather(parts, (p) => p.included && p.stage === stage);
  const out = { composite: null } as StageCoefficients;
  let sum = 0;
  let complete = true;
  for (const id of INDICATOR_IDS) {
    const c = coefficientFrom(g, g.values[id], limit);
    out[id] = c;
    if (c.cv === null) complete = false;
    else sum += c.cv;
  }
  out.composite = complete ? sum / INDICATOR_IDS.length : null;
  return out;
}
