/** 整改台账 rows for the seven indicators: what closes each part's gap, in the indicator's own unit. */
import type { PartResult } from '../result';
import type { IndicatorTable } from './indicators';
import type { ShortfallTable } from './shortfallTable';
import { computeMessages } from '../messages';
import { FAIL, INDICATORS, NEAR } from './indicators';
import { memoPhrase } from './phrases';
import { ceilTenth, ceilWhole } from './status';

const m = computeMessages;

/** Makes the 整改台账 rows of one part's indicators; create one per run (its sentences are memoised for the run). */
export type PartShortfalls = (part: PartResult, students: number, table: IndicatorTable, entry: number) => void;

/**
 * The maker of a run's indicator rows: one row per indicator of an included part that is `near` or `fail`. The
 * amount is what the part lacks: teachers and rooms in whole ones rounded up, areas in whole m² rounded up,
 * equipment in 万元 rounded up to 0.1. For a part of a combined school the numerator is the part's share, so the
 * gap is the part's. Called by computeParts as each part is computed, reading its results from the table.
 */
export function partShortfalls(out: ShortfallTable): PartShortfalls {
  const people = memoPhrase(m.actions.people);
  const rooms = memoPhrase(m.actions.rooms);
  const area = memoPhrase(m.actions.area);
  const money = memoPhrase(m.actions.money);
  // The unit of the amounts by remedy: teachers, rooms, m², and equipment in 万元.
  const unitOf = { people: m.units.people, rooms: m.units.rooms, area: m.units.area, money: m.units.money };
  const kinds = INDICATORS.map((def) => out.kindOf(def.id, def.name, unitOf[def.remedy]));
  return (p, students, table, entry) => {
    for (let k = 0; k < INDICATORS.length; k++) {
      const status = table.status[entry + k];
      if (status !== NEAR && status !== FAIL) continue;
      const def = INDICATORS[k];
      const value = table.value[entry + k];
      const numerator = table.numerator[entry + k];
      const standard = table.standard[entry + k];
      // The numerator the standard asks for, in the numerator's unit (people, rooms, m², 元).
      const lacking = (standard * students) / def.per - numerator;
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
  };
}
