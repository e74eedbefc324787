/** Grids of `履职数据` and `履职评价标准` for the 履职 tests, and a run of the whole engine over them. */
import { DUTY_SHEETS } from '../../src/engine/columns';
import type { DutyResult } from '../../src/engine/duties';
import { evaluate } from '../../src/engine/evaluate';
import type { EvaluationResult } from '../../src/engine/result';
import type { CellValue, SheetGrid } from '../../src/engine/types';
import { countyGrid, schoolGrid, workbook } from '../support/grid';

/** One row of `履职数据`: 项目, then 本年, 上年, 前年 and 单位 as given (missing ones blank). */
export type DutyRow = [string, CellValue?, CellValue?, CellValue?, CellValue?];

/** A `履职数据` grid: the template's header row, then the rows. */
export function dutyDataGrid(rows: DutyRow[], name: string = DUTY_SHEETS.data): SheetGrid {
  const header: CellValue[] = ['项目', '本年', '上年', '前年', '单位', '说明'];
  return { name, values: [header, ...rows.map((r) => [r[0], r[1] ?? null, r[2] ?? null, r[3] ?? null, r[4] ?? null])] };
}

/** A `履职评价标准` grid with the given check rows (编号, 运算, 阈值, 启用, 仅供参考) and option rows. */
export function dutyRulesGrid(
  checks: [string, CellValue, CellValue, CellValue?, CellValue?][],
  options: [string, CellValue][] = [],
): SheetGrid {
  const values: CellValue[][] = [['编号', '检查项', '运算', '阈值', '启用', '仅供参考']];
  for (const [key, op, t, on, info] of checks) values.push([key, null, op, t, on ?? null, info ?? null]);
  values.push([]);
  values.push(['设置项', '值', '说明']);
  for (const [label, v] of options) values.push([label, v]);
  return { name: DUTY_SHEETS.rules, values };
}

/** A workbook of `schools` (one 小学 unless given: the engine needs a school sheet), the 履职 sheets and county figures. */
export function runDuties(
  grids: SheetGrid[],
  county: Record<string, CellValue> = {},
  schools: Array<Record<string, CellValue>> = [
    { 学校代码: 'S1', 学校名称: '一小', 学校类型: '小学', 小学在校生数: 500 },
  ],
): { result: EvaluationResult; duties: DutyResult[] } {
  const school = schoolGrid(schools);
  const outcome = evaluate(workbook(school, countyGrid({ 区县名称: '示例县', ...county }), ...grids));
  if (!outcome.ok) throw new Error(outcome.reason);
  return { result: outcome.result, duties: outcome.result.duties ?? [] };
}

/** The result of the check whose rule key is `key` (F2.小学, E1); fails the test when it is absent. */
export function check(duties: DutyResult[], key: string): DutyResult {
  const d = duties.find((x) => x.key === key);
  if (!d) throw new Error(`no duty ${key}`);
  return d;
}
