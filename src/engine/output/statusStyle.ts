/**
 * Status → word and colour. The word is the status; the colour (STATUS_FILLS) only repeats it,
 * so every pair here is fixed together and nowhere else picks a colour.
 */
import type { IndicatorStatus, ItemStatus, Verdict } from '../result';
import { COEFFICIENT_WORDS, INDICATOR_STATUS_WORDS, ITEM_STATUS_WORDS, VERDICT_WORDS } from '../messages';
import type { FillKind } from './sheetBuilder';

export interface StatusCell {
  word: string;
  fill: FillKind;
}

/** An indicator status of a school part. */
export function indicatorStatusCell(s: IndicatorStatus): StatusCell {
  return { word: INDICATOR_STATUS_WORDS[s], fill: s };
}

/** A verdict of a part, a section or the county. */
export function verdictCell(v: Verdict): StatusCell {
  const fill: FillKind = v === 'pass' ? 'pass' : v === 'fail' ? 'fail' : 'missing';
  return { word: VERDICT_WORDS[v], fill };
}

/** A G/Q/S item; 基本达标 is amber because it is close but does not pass. */
export function itemStatusCell(s: ItemStatus): StatusCell {
  const fill: FillKind = s === 'basic' ? 'near' : s;
  return { word: ITEM_STATUS_WORDS[s], fill };
}

/** A coefficient: true 达标, false 未达标, null 不可计算. */
export function coefficientCell(pass: boolean | null): StatusCell {
  if (pass === null) return { word: COEFFICIENT_WORDS.none, fill: 'missing' };
  return pass ? { word: COEFFICIENT_WORDS.pass, fill: 'pass' } : { word: COEFFICIENT_WORDS.fail, fill: 'fail' };
}
