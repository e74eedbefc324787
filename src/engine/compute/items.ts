/** Building blocks for G/Q/S items: self-assessed conclusions and county-level ratios. */
import type { CountyData, CountyNumericItem, SelfAssessment } from '../model';
import type { ItemResult, ItemStatus } from '../result';
import { computeMessages } from '../messages';
import { atLeast, roundTo } from './status';

const m = computeMessages;

/** Chinese name of an item id. */
export function itemName(id: string): string {
  return m.itemName[id] ?? id;
}

/** A self-assessed item: the user's 达标 / 基本达标 / 未达标, blank = 待填报. */
export function selfAssessedItem(id: string, value: SelfAssessment): ItemResult {
  const status: ItemStatus =
    value === '达标' ? 'pass' : value === '基本达标' ? 'basic' : value === '未达标' ? 'fail' : 'missing';
  return {
    id,
    name: itemName(id),
    value: null,
    standard: null,
    status,
    detail: value ?? m.selfAssessedBlank,
    selfAssessed: true,
  };
}

/** Values of county items, or the list of blank ones (by label) when any is missing. */
export function countyValues<K extends CountyNumericItem>(
  county: CountyData,
  keys: readonly K[],
): { ok: true; v: Record<K, number> } | { ok: false; missing: string[] } {
  const v = {} as Record<K, number>;
  const missing: string[] = [];
  for (const k of keys) {
    const x = county.numbers[k].value;
    if (x === null) missing.push(m.inputLabel[k] ?? k);
    else v[k] = x;
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, v };
}

/** A computed item that could not be computed: 待填报, naming the blank inputs. */
export function missingItem(id: string, standard: number | null, missing: string[]): ItemResult {
  return {
    id,
    name: itemName(id),
    value: null,
    standard,
    status: 'missing',
    detail: missing.length > 0 ? m.detail.missingInputs(missing) : m.selfAssessedBlank,
    selfAssessed: false,
  };
}

/**
 * A computed item with one figure and a "≥ standard" rule. `decimals` is how the value is displayed
 * (4 for a fraction shown as a percentage with 2 decimals), used to flag 临界 values.
 */
export function computedItem(id: string, value: number, standard: number, detail: string, decimals = 4): ItemResult {
  const pass = atLeast(value, standard);
  const r: ItemResult = {
    id,
    name: itemName(id),
    value,
    standard,
    status: pass ? 'pass' : 'fail',
    detail,
    selfAssessed: false,
  };
  if (atLeast(roundTo(value, decimals), standard) !== pass) r.borderline = true;
  return r;
}

/** Combines statuses of the figures of one item: any fail fails, else any missing is missing. */
export function worst(statuses: readonly ItemStatus[]): ItemStatus {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('basic')) return 'basic';
  if (statuses.includes('missing')) return 'missing';
  return 'pass';
}
