/**
 * 先易后难、分步实施 (PLAN.md §6): each school's additions are put in one year, the schools that reach the standard
 * most cheaply first, filling the years from the first after the evaluation to the target year. With 年度投入上限 a
 * school goes to the first year with room for it (a school costing more than a year's cap is not reached); without
 * one the total is spread evenly over the years.
 */

/** A school's whole cost, to be given a year. */
export interface Phasable {
  index: number;
  cost: number;
}

/** The years of the plan: the years after the evaluation up to the target (the target alone when they are equal). */
export function planYears(evaluationYear: number, targetYear: number): number[] {
  const years: number[] = [];
  for (let y = evaluationYear + 1; y <= targetYear; y++) years.push(y);
  return years.length > 0 ? years : [targetYear];
}

/** The year of each school (by index), or null when the caps leave no room for it. Cheapest first; ties in input order. */
export function phase(
  items: readonly Phasable[],
  years: readonly number[],
  cap: number | null,
): Map<number, number | null> {
  const order = [...items].sort((a, b) => a.cost - b.cost || a.index - b.index);
  const out = new Map<number, number | null>();
  const spent = years.map(() => 0);
  const total = order.reduce((s, x) => s + x.cost, 0);
  // Without a cap each year takes about an equal share; the last year takes what is left.
  const budget = cap ?? total / years.length;
  let y = 0;
  for (const item of order) {
    if (cap !== null) {
      const at = spent.findIndex((s) => s + item.cost <= cap + 1e-9);
      if (at >= 0) spent[at] += item.cost;
      out.set(item.index, at >= 0 ? years[at] : null);
      continue;
    }
    while (y < years.length - 1 && spent[y] > 0 && spent[y] + item.cost > budget + 1e-9) y++;
    spent[y] += item.cost;
    out.set(item.index, years[y]);
  }
  return out;
}
