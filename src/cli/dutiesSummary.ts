/** The 履职 lines of the command line's summary: the counts by status, then every check that is not 达标. */
import type { DutyResult } from '../engine/duties';
import { DUTY_STATUS_WORDS, dutiesMessages as M } from '../engine/messages';
import type { EvaluationResult } from '../engine/result';

/** A check's name with its 学段: `生均一般公共预算教育支出逐年只增不减（初中）`. */
function nameOf(d: DutyResult): string {
  return d.stage ? `${d.name}（${d.stage}）` : d.name;
}

/** The summary lines of the 履行教育职责评价; none when the workbook has no `履职数据`. */
export function dutiesSummaryLines(result: EvaluationResult): string[] {
  const duties = result.duties ?? [];
  if (duties.length === 0) return [];
  // A blank template's 履职数据: one line, not a 未佐证 line per check burying the result.
  if (result.dutiesEmpty === true) return [M.summaryEmpty];
  const count = (s: DutyResult['status']): number => duties.filter((d) => d.status === s).length;
  const lines = [M.summaryHeader, M.summaryCounts(count('pass'), count('fail'), count('missing'), count('info'))];
  for (const d of duties) {
    if (d.status === 'fail' || d.status === 'missing') {
      lines.push(M.summaryLine(d.id, nameOf(d), d.text.value, DUTY_STATUS_WORDS[d.status]));
    }
  }
  return lines;
}
