/**
 * Indicators across years: the 14 coefficients, every school part's seven values, and the
 * schools that moved each coefficient most.
 */
import type { Stage } from '../model';
import type { IndicatorId, IndicatorStatus, PartResult, EvaluationResult } from '../result';
import { INDICATOR_IDS } from '../result';
import type { CompareSettings, MarginRule, Mover, PartSeries, SchoolKeys, Series, YearPoint } from './compareTypes';
import { seriesOf } from './compareVerdict';

export const STAGES: readonly Stage[] = ['primary', 'junior'];

const MISSING_POINT: YearPoint = { value: null, met: null, standard: null };

/** Margins of a level indicator (higher is better) and of a coefficient (lower is better). */
export function marginRules(s: CompareSettings): { level: MarginRule; cv: MarginRule; item: MarginRule } {
  return {
    level: { direction: 1, margin: (standard) => s.levelMargin * Math.abs(standard) },
    cv: { direction: -1, margin: () => s.cvMargin },
    // A share whose standard is 100% has no room above it: only a worsening makes it 预警.
    item: { direction: 1, margin: (standard) => (standard === 1 ? -Infinity : s.levelMargin * Math.abs(standard)) },
  };
}

/** The coefficients of both 学段, each across the years. */
export function coefficientSeries(
  results: readonly EvaluationResult[],
  rule: MarginRule,
  baseline: boolean,
): Record<Stage, Record<IndicatorId, Series>> {
  const out = {} as Record<Stage, Record<IndicatorId, Series>>;
  for (const stage of STAGES) {
    const byId = {} as Record<IndicatorId, Series>;
    for (const id of INDICATOR_IDS) {
      const points = results.map((r): YearPoint => {
        const c = r.coefficients[stage][id];
        return { value: c.cv, met: c.pass, standard: c.limit };
      });
      byId[id] = seriesOf(points, rule, baseline);
    }
    out[stage] = byId;
  }
  return out;
}

function indicatorMet(status: IndicatorStatus): boolean | null {
  return status === 'missing' ? null : status === 'pass';
}

/** A part's key across years: its school's key and its 学段. */
export function partKey(keys: SchoolKeys, year: number, p: PartResult): string {
  return `${keys.keyOf(year, p.code)}|${p.stage}`;
}

/** Each year's parts by key. */
export function partsByKey(results: readonly EvaluationResult[], keys: SchoolKeys): Map<string, PartResult>[] {
  return results.map((r, y) => {
    const map = new Map<string, PartResult>();
    for (const p of r.parts) {
      const key = partKey(keys, y, p);
      if (!map.has(key)) map.set(key, p);
    }
    return map;
  });
}

/**
 * Every school part of any year, the latest year's first in its row order, then those gone since. A part that
 * is not evaluated in a year (not there, or below the small-school floor) has no verdict that year.
 */
export function partSeries(
  byYear: readonly Map<string, PartResult>[],
  rule: MarginRule,
  baseline: boolean,
): PartSeries[] {
  // A Set keeps the order of first insertion: the latest year's parts, then each earlier year's that are gone.
  const order = new Set<string>();
  for (let y = byYear.length - 1; y >= 0; y--) for (const key of byYear[y].keys()) order.add(key);
  return [...order].map((key) => {
    const parts = byYear.map((m) => m.get(key) ?? null);
    // Every key comes from some year, so at least one part is there; its latest name and 学段 are shown.
    const latest = parts.filter((p): p is PartResult => p !== null).pop() as PartResult;
    const indicators = {} as Record<IndicatorId, Series>;
    for (const id of INDICATOR_IDS) {
      const points = parts.map((p): YearPoint => {
        if (!p) return MISSING_POINT;
        const r = p.indicators[id];
        return { value: r.value, met: p.included ? indicatorMet(r.status) : null, standard: r.standard };
      });
      indicators[id] = seriesOf(points, rule, baseline);
    }
    const verdicts = parts.map((p) => (p && p.included ? p.verdict : null));
    const excluded = parts.filter((p): p is PartResult => p !== null && !p.included).pop();
    return {
      code: key.slice(0, key.lastIndexOf('|')),
      name: latest.name,
      stage: latest.stage,
      indicators,
      verdicts,
      included: parts.map((p) => (p ? p.included : null)),
      excludedReason: excluded?.excludedReason ?? null,
    };
  });
}

/** Each included part's share of CV² (Pi·(Xi − mean)² ÷ (ΣP·mean²)) for one 学段 and indicator; null: no CV. */
function cvShares(byKey: ReadonlyMap<string, PartResult>, stage: Stage, id: IndicatorId): Map<string, number> | null {
  let P = 0;
  let PX = 0;
  const rows: [string, number, number][] = [];
  for (const [key, p] of byKey) {
    const x = p.indicators[id].value;
    if (!p.included || p.stage !== stage || x === null || p.students === null) continue;
    rows.push([key, p.students, x]);
    P += p.students;
    PX += p.students * x;
  }
  if (rows.length < 2 || P <= 0 || PX === 0) return null;
  const mean = PX / P;
  return new Map(rows.map(([key, w, x]) => [key, (w * (x - mean) ** 2) / (P * mean * mean)]));
}

/**
 * The schools that moved each coefficient most from the year before to the latest. CV² is the sum of each
 * part's share; the change of a part's share divided by (CV before + CV now) is its part of the change of CV,
 * and these add up to the change exactly. Only coefficients that changed by at least `floor` are attributed.
 */
export function movers(
  results: readonly EvaluationResult[],
  byYear: readonly Map<string, PartResult>[],
  top: number,
  floor: number,
): Mover[] {
  const t = results.length - 1;
  const out: Mover[] = [];
  for (const stage of STAGES) {
    for (const id of INDICATOR_IDS) {
      const before = cvShares(byYear[t - 1], stage, id);
      const after = cvShares(byYear[t], stage, id);
      if (!before || !after) continue;
      const cvBefore = Math.sqrt([...before.values()].reduce((a, b) => a + b, 0));
      const cvAfter = Math.sqrt([...after.values()].reduce((a, b) => a + b, 0));
      const change = cvAfter - cvBefore;
      const sum = cvAfter + cvBefore;
      // Below the floor, offsetting schools make the shares of the change large and meaningless (±500%).
      if (Math.abs(change) < floor) continue;
      const keys = new Set([...before.keys(), ...after.keys()]);
      const rows: Mover[] = [...keys].map((key) => {
        const effect = ((after.get(key) ?? 0) - (before.get(key) ?? 0)) / sum;
        const p = byYear[t].get(key) ?? (byYear[t - 1].get(key) as PartResult);
        const value = (m: ReadonlyMap<string, PartResult>): number | null => m.get(key)?.indicators[id].value ?? null;
        return {
          stage,
          indicator: id,
          code: key.slice(0, key.lastIndexOf('|')),
          name: p.name,
          before: value(byYear[t - 1]),
          after: value(byYear[t]),
          effect,
          share: effect / change,
        };
      });
      rows.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.code.localeCompare(b.code));
      out.push(...rows.slice(0, top).filter((r) => Math.abs(r.effect) > 1e-12));
    }
  }
  return out;
}
