/**
 * 整改台账 across years (seed 003: 已达标台账 and 未达标台账 kept over time): each year's 台账 rows keyed by school,
 * 学段 and item, and which are new, closed, re-opened or still open in the latest year.
 */
import type { EvaluationResult, Shortfall } from '../result';
import type { Comparison, LedgerEntry, SchoolKeys } from './compareTypes';

function ledgerKey(keys: SchoolKeys, year: number, s: Shortfall): string {
  return `${keys.keyOf(year, s.code)}|${s.stage ?? ''}|${s.item}|${s.itemName}`;
}

function byKey(result: EvaluationResult, keys: SchoolKeys, year: number): Map<string, Shortfall> {
  const map = new Map<string, Shortfall>();
  for (const s of result.shortfalls) map.set(ledgerKey(keys, year, s), s);
  return map;
}

function entry(code: string, s: Shortfall, today: boolean): LedgerEntry {
  return {
    code,
    name: s.name,
    stage: s.stage,
    indicator: s.item,
    itemName: s.itemName,
    value: today ? s.value : null,
    standard: today ? s.standard : null,
    amount: today ? s.amount : null,
    unit: today ? s.unit : null,
    action: today ? s.action : null,
  };
}

/**
 * The latest year's 台账 beside the year before: new (never seen before), re-opened (closed last year but seen in an
 * earlier year), still open (with today's amount), and closed (no longer short, or the school is gone).
 */
export function ledgerChanges(results: readonly EvaluationResult[], keys: SchoolKeys): Comparison['ledger'] {
  const t = results.length - 1;
  const years = results.map((r, y) => byKey(r, keys, y));
  const now = years[t];
  const before = years[t - 1];
  const schoolsNow = new Set(results[t].parts.map((p) => keys.keyOf(t, p.code)));
  const out: Comparison['ledger'] = { new: [], closed: [], reopened: [], open: [] };
  const codeOf = (key: string): string => key.slice(0, key.indexOf('|'));
  for (const [key, s] of now) {
    const e = entry(codeOf(key), s, true);
    if (before.has(key)) out.open.push(e);
    else if (years.slice(0, t - 1).some((y) => y.has(key))) out.reopened.push(e);
    else out.new.push(e);
  }
  for (const [key, s] of before) {
    if (now.has(key)) continue;
    const e = entry(codeOf(key), s, false);
    if (!schoolsNow.has(codeOf(key))) e.schoolGone = true;
    out.closed.push(e);
  }
  return out;
}
