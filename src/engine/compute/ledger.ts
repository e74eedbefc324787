/** 整改台账 rows for the seven indicators: what closes each part's gap, in the indicator's own unit. */
import type { PartResult, Shortfall } from '../result';
import { computeMessages } from '../messages';
import { INDICATORS, statusAt } from './indicators';
import { memoPhrase } from './phrases';
import { ceilTenth, ceilWhole } from './status';

const m = computeMessages;

/**
 * One row per included part and indicator that is `near` or `fail`. The amount is what the part lacks:
 * teachers and rooms in whole ones rounded up, areas in whole m² rounded up, equipment in 万元 rounded up
 * to 0.1. For a part of a combined school the numerator is the part's share, so the gap is the part's.
 */
export function indicatorShortfalls(parts: readonly PartResult[]): Shortfall[] {
  const out: Shortfall[] = [];
  const people = memoPhrase(m.actions.people);
  const rooms = memoPhrase(m.actions.rooms);
  const area = memoPhrase(m.actions.area);
  const money = memoPhrase(m.actions.money);
  for (const p of parts) {
    // Seven passes leave nothing to close.
    if (!p.included || p.students === null || p.passCount === INDICATORS.length) continue;
    for (let k = 0; k < INDICATORS.length; k++) {
      // The status first, from the table: a result object is made only for the rows written.
      const status = statusAt(p.indicators, k);
      if (status !== 'near' && status !== 'fail') continue;
      const def = INDICATORS[k];
      const r = p.indicators[def.id];
      if (r.value === null || r.numerator === null) continue;
      // The numerator the standard asks for, in the numerator's unit (people, rooms, m², 元).
      const lacking = (r.standard * p.students) / def.per - r.numerator;
      const what = m.indicatorNeed[def.id][p.stage];
      let amount: number;
      let unit: string;
      let action: string;
      switch (def.remedy) {
        case 'people':
          amount = ceilWhole(lacking);
          unit = m.units.people;
          action = people(what, amount);
          break;
        case 'rooms':
          amount = ceilWhole(lacking);
          unit = m.units.rooms;
          action = rooms(what, amount);
          break;
        case 'area':
          amount = ceilWhole(lacking);
          unit = m.units.area;
          action = area(what, amount);
          break;
        case 'money':
          amount = ceilTenth(lacking / 10000);
          unit = m.units.money;
          action = money(what, amount);
          break;
      }
      out.push({
        code: p.code,
        name: p.name,
        stage: p.stage,
        item: def.id,
        itemName: def.name,
        value: r.value,
        standard: r.standard,
        gap: r.standard - r.value,
        amount,
        unit,
        action,
      });
    }
  }
  return out;
}
