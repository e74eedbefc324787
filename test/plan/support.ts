/** Counties for the planner's tests, built from the golden fixtures' standard schools. */
import { countyGrid, schoolGrid, workbook, TITLE } from '../support/grid';
import type { Row } from '../support/standardSchools';
import type { SheetGrid, WorkbookInput } from '../../src/engine/types';
import { planCounty, type PlanOutcome } from '../../src/engine/plan';
import { highsSolver } from '../../src/plan-solver/highs';

/** A county workbook of the given school rows, evaluated in 2024, with optional extra sheets. */
export function county(rows: Row[], ...extra: SheetGrid[]): WorkbookInput {
  return workbook(schoolGrid(rows), countyGrid({ [TITLE.name]: '测试县', [TITLE.year]: 2024 }), ...extra);
}

/** A `规划参数` grid. */
export function planSettings(items: Record<string, string | number>): SheetGrid {
  return {
    name: '规划参数',
    values: [['项目', '数值', '单位', '说明'], ...Object.entries(items).map(([k, v]) => [k, v])],
  };
}

/** Plans with HiGHS and a fixed clock; fails the test when the plan is refused. */
export async function planOf(book: WorkbookInput): Promise<Extract<PlanOutcome, { ok: true }>> {
  const out = await planCounty(book, { solver: highsSolver(), now: () => 0 });
  if (!out.ok) throw new Error(out.reason);
  return out;
}
