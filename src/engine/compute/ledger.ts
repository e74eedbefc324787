/** 整改台账 rows for the seven indicators: what closes each part's gap, in the indicator's own unit. */
import type { PartResult } from '../result';
import type { ShortfallTable } from './shortfallTable';
import { computeMessages } from '../messages';
import { INDICATORS, numeratorAt, standardAt, statusAt, valueAt } from './indicators';
import { memoPhrase } from './phrases';
import { ceilTenth, ceilWhole } from './status';

const m = computeMessages;

/**
 * Adds one row per included part and indicator that is `near` or `fail`. The amount is what the part lacks:
 * teachers and rooms in whole ones rounded up, areas in whole m² rounded up, equipment in 万元 rounded up
 * to 0.1. For a part of a combined school the numerator is the part's share, so the gap is the part's.
 */
export function indicatorShortfalls(parts: readonly PartResult[], out: ShortfallTable): void {
  const people = memoPhrase(m.actions.people);
  const rooms = memoPhrase(m.actions.rooms);
  const area = memoPhrase(m.actions.area);
  const money = memoPhrase(m.actions.money);
  // The unit of the amounts by remedy: teachers, rooms, m², and equipment in 万元.
  const unitOf = { people: m.units.people, rooms: m.units.rooms, area: m.units.area, money: m.units.money };
  const kinds = INDICATORS.map((def) => out.kindOf(def.id, def.name, unitOf[def.remedy]));
  for (const p of parts) {
    // Seven passes leave nothing to close.
    if (!p.included || p.students === null || p.passCount === INDICATORS.length) continue;
    for (let k = 0; k < INDICATORS.length; k++) {
      // Read from the table (see valueAt): no result object per indicator of 10,000 schools.
      const status = statusAt(p.indicators, k);
      if (status !== 'near' && status !== 'fail') continue;
      const def = INDICATORS[k];
      const value = valueAt(p.indicators, k);
      const numerator = numeratorAt(p.indicators, k);
      const standard = standardAt(p.indicators, k);
      if (value !== value || numerator !== numerator) continue;
      // The numerator the standard asks for, in the numerator's unit (people, rooms, m², 元).
      const lacking = (standard * p.students) / def.per - numerator;
      const what = m.indicatorNeed[def.id][p.stage];
      let amount: number;
      let action: string;
      switch (def.remedy) {
        case 'people':
          amount = ceilWhole(lacking);
          action = people(what, amount);
          break;
        case 'rooms':
          amount = ceilWhole(lacking);
          action = rooms(what, amount);
          break;
        case 'area':
          amount = ceilWhole(lacking);
          action = area(what, amount);
          break;
        case 'money':
          amount = ceilTenth(lacking / 10000);
          action = money(what, amount);
          break;
      }
      out.add(p, p.stage, kinds[k], value, standard, standard - value, amount, action);
    }
  }
}
