/**
 * Counts the self-evaluation reports state, worked out from the result alone (REPORT.md §2.1, §2.2, §5 items 1,
 * 5 and 15): the unit is the school part (学段) of the 资源配置 scope, so a 九年一贯制 school counts once per 学段.
 */
import type { Stage } from '../model';
import type { IndicatorId, PartResult } from '../result';
import { INDICATOR_IDS } from '../result';

/** Parts of one school type per 学段. */
export interface CompositionRow {
  type: string;
  primary: number;
  junior: number;
}

/** Order of the school types in the tables; any other type follows in the order met. */
export const TYPE_ORDER: readonly string[] = ['小学', '初中', '九年一贯制', '十二年一贯制', '完全中学', '教学点'];

/** Included parts by school type and 学段, in TYPE_ORDER, and their total (labelled 合计). */
export function partComposition(parts: readonly PartResult[]): { byType: CompositionRow[]; total: CompositionRow } {
  const rows = new Map<string, CompositionRow>();
  const total: CompositionRow = { type: '合计', primary: 0, junior: 0 };
  for (const p of parts) {
    if (!p.included) continue;
    let row = rows.get(p.type);
    if (!row) rows.set(p.type, (row = { type: p.type, primary: 0, junior: 0 }));
    row[p.stage]++;
    total[p.stage]++;
  }
  const rank = (t: string): number => (TYPE_ORDER.includes(t) ? TYPE_ORDER.indexOf(t) : TYPE_ORDER.length);
  const byType = [...rows.values()].sort((x, y) => rank(x.type) - rank(y.type));
  return { byType, total };
}

/** One class of the per-school rule: parts per 学段, and per indicator the parts it puts in this class. */
export interface SplitRow extends Record<Stage, number> {
  byIndicator: Partial<Record<IndicatorId, number>>;
}

/**
 * The three-way split of §2.2 (plus the undecided): all 7 met; 6 met and the 7th at ≥85% (a pass, named by
 * that indicator); not met (named by each indicator below its standard); 数据不全 (some figure blank).
 */
export function resourceSplit(parts: readonly PartResult[]): Record<'all' | 'near' | 'fail' | 'incomplete', SplitRow> {
  const row = (): SplitRow => ({ primary: 0, junior: 0, byIndicator: {} });
  const out = { all: row(), near: row(), fail: row(), incomplete: row() };
  for (const p of parts) {
    if (!p.included) continue;
    const cls =
      p.verdict === 'incomplete'
        ? out.incomplete
        : p.verdict === 'fail'
          ? out.fail
          : p.passCount === 7
            ? out.all
            : out.near;
    cls[p.stage]++;
    if (cls === out.all || cls === out.incomplete) continue;
    for (const id of INDICATOR_IDS) {
      const s = p.indicators[id].status;
      if (s === 'near' || s === 'fail') cls.byIndicator[id] = (cls.byIndicator[id] ?? 0) + 1;
    }
  }
  return out;
}

/** Schools (by code) of a school-by-school item's failing list, counted by their school type. */
export function failingByType(failing: readonly string[], parts: readonly PartResult[]): Map<string, number> {
  const typeOf = new Map<string, string>();
  for (const p of parts) if (!typeOf.has(p.code)) typeOf.set(p.code, p.type);
  const out = new Map<string, number>();
  for (const code of new Set(failing)) {
    const t = typeOf.get(code);
    if (t !== undefined) out.set(t, (out.get(t) ?? 0) + 1);
  }
  return out;
}
