/**
 * The optional planning sheets the template writes (PLAN.md §3–4): `规划参数` with every row's default shown (a
 * blank value uses it), and an empty `学生数预测` with its header.
 */
import { planMessages as M } from '../messages/plan';
import { SheetBuilder } from '../output/sheetBuilder';
import type { SheetSpec } from '../sheetSpec';
import { PLAN_SETTING_DEFS } from './settings';

/** Rows of `学生数预测` given a prompt in a blank template. */
const ENROLMENT_ROWS = 500;

/** `规划参数`: 项目 | 数值 (blank: the default) | 单位 | 说明, then the note that the cost defaults are ours. */
export function buildPlanSettingsSheet(): SheetSpec {
  const b = new SheetBuilder(M.sheets.settings);
  b.header(0, M.settingsHeader);
  PLAN_SETTING_DEFS.forEach((d, i) => {
    const [label, unit, note] = M.settingLabels[d.key];
    b.row(i + 1, [label, null, unit, note], { border: true });
    if (d.kind === 'boolean') b.validate(i + 1, 1, 1, 1, [M.yes, M.no]);
  });
  const last = PLAN_SETTING_DEFS.length + 1;
  b.set(last + 1, 0, M.settingsTitle);
  b.set(last + 2, 0, M.costNote);
  return b.build([16, 12, 14, 60], { freeze: { rows: 1, cols: 1 }, exactWidths: true, orientation: 'portrait' });
}

/** `学生数预测`: 学校代码 | 年度 | 小学、初中、高中在校生数, one row per school and year. */
export function buildEnrolmentSheet(): SheetSpec {
  const b = new SheetBuilder(M.sheets.enrolment);
  b.header(0, M.enrolmentHeader);
  b.prompt(1, 1, ENROLMENT_ROWS, 1, { title: M.enrolmentHeader[1], message: M.enrolmentPrompt });
  return b.build([16, 10, 14, 14, 14], { freeze: { rows: 1, cols: 1 }, exactWidths: true, orientation: 'portrait' });
}
