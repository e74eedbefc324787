/** The result of one 履职 check, as the JSON `duties` array holds it (OUTPUT.md "More JSON"). */

/** 达标 / 未达标 / 未佐证 (an input is missing: never a pass) / 仅供参考. */
export type DutyStatus = 'pass' | 'fail' | 'missing' | 'info';

export interface DutyResult {
  /** The id of its row of `履职评价标准` (E1, F2.小学, H1.累计): unique in a result. */
  id: string;
  /** The same as `id`, kept for readers of earlier results. */
  key: string;
  /** The catalogue item of DUTIES.md the check belongs to (F2 for F2.小学, H1 for H1.累计). */
  item: string;
  name: string;
  stage: string | null;
  /** Rates are fractions (0.996063); amounts in the unit of `unit`. */
  value: number | null;
  previous: number | null;
  /** Percentage points for rates (−0.66 is down 0.66 points), a relative % for amounts. */
  change: number | null;
  changeUnit: 'pp' | '%' | null;
  /** The year of `previous` when it is not last year's (H1.累计 compares with the base year); else null. */
  previousYear: number | null;
  /** The figure the value is compared with (the threshold, last year's value, or the level a fall must reach). */
  standard: number | null;
  status: DutyStatus;
  /** How the figure was computed, in words and numbers: `(145+245+116) ÷ (589−41−40) = 506 ÷ 508 = 99.61%`. */
  basis: string;
  /** The rule in words: `≥97%`, `不低于上年`. */
  rule: string;
  /** `%` for rates, else the unit of the value. */
  unit: string;
  /** Which figure was used when it is also an 优质均衡 input (区县数据, 学校基础数据); null when from 履职数据. */
  source: string | null;
  /** Input cells used (`履职数据!B12`). */
  cells: string[];
  /** For 问题清单: the gap of a 未达标 check, or the inputs a 未佐证 check lacks. */
  gap: string | null;
  /** The figures as the report shows them (rounding of 履职评价标准 applied). */
  text: { value: string; previous: string; change: string; standard: string };
}
