/** Section summaries derived from the item verdicts (REPORT.md §2.4 end, §4), never hard-coded. */
import { reportMessages as R } from '../messages';
import type { ItemResult, ItemStatus } from '../result';
import type { ReportContext } from './context';
import { cn, int } from './formats';

/** "指标三、指标四" for the items of a list with the given status (numbered by their place in the list). */
function named(items: readonly ItemResult[], status: ItemStatus): string {
  return items
    .map((it, i) => (it.status === status ? `指标${cn(i + 1)}` : null))
    .filter((x): x is string => x !== null)
    .join('、');
}

/** "15项指标中，13项达标、2项基本达标（指标三、指标四）…" as a clause, without the lead and the full stop. */
export function countsClause(items: readonly ItemResult[]): string {
  const S = R.summary;
  const count = (st: ItemStatus): number => items.filter((i) => i.status === st).length;
  const parts: string[] = [];
  if (count('pass') > 0) parts.push(S.pass(int(count('pass'))));
  if (count('basic') > 0) parts.push(S.basic(int(count('basic')), named(items, 'basic')));
  if (count('fail') > 0) parts.push(S.fail(int(count('fail')), named(items, 'fail')));
  if (count('missing') > 0) parts.push(S.missing(int(count('missing')), named(items, 'missing')));
  return parts.join('、');
}

/** "对照评估办法，我区15项指标均达到评估标准。" only when every item is 达标; else the counts. */
export function summarySentence(ctx: ReportContext, items: readonly ItemResult[]): string {
  if (items.every((i) => i.status === 'pass')) return R.summary.all(ctx.word, items.length);
  return R.summary.counts(ctx.word, items.length, countsClause(items));
}
