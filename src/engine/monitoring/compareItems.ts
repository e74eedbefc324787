/**
 * The county items of 年度对比 across years: G1–G15, Q1–Q9 and S1 where the result has always put them, then every
 * 履职 check (DUTIES.md) each workbook's `履职数据` gives. Each item carries its group, so the JSON and the sheet
 * tell them apart.
 */
import type { DutyResult, DutyStatus } from '../duties/result';
import type { EvaluationResult, ItemResult, ItemStatus } from '../result';
import type { ItemGroup, ItemSeries, MarginRule, YearPoint } from './compareTypes';
import { seriesOf } from './compareVerdict';

/** One year's figure of one county item, whatever its source. */
interface ItemYear {
  id: string;
  name: string;
  group: ItemGroup;
  point: YearPoint;
  status: ItemStatus | DutyStatus;
  rule: string | null;
  unit: string | null;
}

const MISSING_POINT: YearPoint = { value: null, met: null, standard: null };

function itemMet(status: ItemStatus | DutyStatus): boolean | null {
  if (status === 'missing' || status === 'info') return null;
  return status === 'pass';
}

/**
 * The id each 履职 check is followed under: the id the result gives it when no other check of the result shares
 * it, else the key of its rule row (F2 is given once per 学段: F2.小学, F2.初中). Results whose ids are already
 * unique keep them as they are.
 */
export function dutyItemIds(duties: readonly DutyResult[]): string[] {
  const count = new Map<string, number>();
  for (const d of duties) count.set(d.id, (count.get(d.id) ?? 0) + 1);
  return duties.map((d) => (count.get(d.id) === 1 ? d.id : d.key));
}

/** A 履职 check's name with its 学段, as one line of the sheet names it. */
export function dutyName(d: DutyResult): string {
  return d.stage && !d.name.includes(d.stage) ? `${d.name}（${d.stage}）` : d.name;
}

function fromItem(i: ItemResult, group: ItemGroup): ItemYear {
  const point = { value: i.value, met: itemMet(i.status), standard: i.standard };
  return { id: i.id, name: i.name, group, point, status: i.status, rule: null, unit: null };
}

function fromDuty(d: DutyResult, id: string): ItemYear {
  const point = { value: d.value, met: itemMet(d.status), standard: d.standard };
  return { id, name: dutyName(d), group: 'duties', point, status: d.status, rule: d.rule, unit: d.unit };
}

/** The items of one year's result in their order: G, Q, S1, then the 履职 checks. */
function yearItems(result: EvaluationResult): ItemYear[] {
  const duties = result.duties ?? [];
  const ids = dutyItemIds(duties);
  return [
    ...result.guarantee.map((i) => fromItem(i, 'guarantee')),
    ...result.quality.map((i) => fromItem(i, 'quality')),
    fromItem(result.recognition, 'recognition'),
    ...duties.map((d, k) => fromDuty(d, ids[k])),
  ];
}

/**
 * Every county item across the years, in the order the years first give them; an item a year lacks is missing
 * that year. 履职 checks are judged by their own rules each year, with no 预警 by distance (their rules are of
 * several kinds: ≥, ≤, against last year).
 */
export function itemSeries(results: readonly EvaluationResult[], rule: MarginRule, baseline: boolean): ItemSeries[] {
  const years = results.map(yearItems);
  // 履职 ids may repeat an 优质均衡 one (S1 安全隐患整改率 beside S1 社会认可度): an item is keyed by its group too.
  const keyOf = (i: ItemYear): string => (i.group === 'duties' ? `duties|${i.id}` : i.id);
  const lists = years.map((l) => new Map(l.map((i) => [keyOf(i), i])));
  const keys = [...new Set(years.flatMap((l) => l.map(keyOf)))];
  return keys.map((key) => {
    const found = lists.map((l) => l.get(key) ?? null);
    const named = found.filter((i): i is ItemYear => i !== null);
    const last = named[named.length - 1];
    const points = found.map((i) => i?.point ?? MISSING_POINT);
    return {
      id: last.id,
      name: last.name,
      group: last.group,
      ...seriesOf(points, last.group === 'duties' ? null : rule, baseline),
      statuses: found.map((i) => i?.status ?? null),
      rule: last.rule,
      unit: last.unit,
    };
  });
}
