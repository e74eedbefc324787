/**
 * The workbook `collect` writes: the template's sheets with `学校基础数据` filled from the forms (and the form
 * each row came from), `采集问题`, and `字段对照` with the built-in item names for the user to extend.
 */
import { SCHOOL_COLUMNS, SHEETS } from '../columns';
import { COLLECT_SHEETS, collectMessages as M, outputMessages } from '../messages';
import { schoolRow, type CollectResult } from '../monitoring/collect';
import { GROUP_BY_ID, UNUSED, WHOLE, builtInFormItems, columnOf, type FormTarget } from '../monitoring/formItems';
import type { SheetSpec } from '../sheetSpec';
import { buildSchoolSheetFromRows, buildTemplateSheets } from '../template';
import { SheetBuilder } from './sheetBuilder';

/** `学校基础数据` with one row per collected school, in the order of the forms. */
export function buildCollectedSchoolSheet(result: CollectResult): SheetSpec {
  return buildSchoolSheetFromRows(result.schools.map(schoolRow), {
    extra: { header: M.sourceHeader, values: result.schools.map((s) => s.form), width: 30 },
  });
}

/** The blank template's other sheets (区县数据, 质量监测, 评估标准, 填表说明). */
export function blankTemplateSheets(): SheetSpec[] {
  return buildTemplateSheets({ sample: false }).filter((s) => s.name !== SHEETS.school);
}

/** `采集问题`: errors first, then warnings, each naming the form, sheet, cell and item. */
export function buildProblemsSheet(result: CollectResult): SheetSpec {
  const b = new SheetBuilder(COLLECT_SHEETS.problems);
  b.row(0, [...M.problemsHeader], { bold: true });
  const problems = [...result.problems].sort(
    (x, y) => Number(x.severity === 'warning') - Number(y.severity === 'warning'),
  );
  let r = 1;
  if (problems.length === 0) b.set(r++, 0, M.noProblems);
  for (const p of problems) {
    b.set(r, 0, outputMessages.severity[p.severity], { fill: p.severity === 'error' ? 'fail' : 'near' });
    b.row(r, [p.form, p.sheet, p.cell, p.item, p.message], {}, 1);
    r++;
  }
  return b.build([10, 30, 14, 10, 30, 90], { freeze: { rows: 1, cols: 0 } });
}

/** `字段对照` with the built-in form items and what each fills, under a note on how to add a province's names. */
export function buildMappingSheet(): SheetSpec {
  const b = new SheetBuilder(COLLECT_SHEETS.mapping);
  b.row(0, [...M.mappingHeader], { bold: true });
  let r = 1;
  for (const [name, target] of builtInFormItems()) {
    if (target === UNUSED) continue;
    b.row(r++, [name, targetText(name, target), targetNote(target)]);
  }
  b.set(r + 1, 0, M.mappingTitleNote);
  return b.build([44, 36, 70], { freeze: { rows: 1, cols: 0 } });
}

const headerOf = (key: string): string => SCHOOL_COLUMNS.find((c) => c.key === key)?.header ?? key;

/** What the user reads in 对应项目: the column header for a whole figure, the item itself for a sub-item. */
function targetText(name: string, target: FormTarget): string {
  const group = GROUP_BY_ID.get(target.group);
  if (!group || target.part !== WHOLE) return name;
  if (target.stage === null && !('school' in group.columns)) return name;
  return headerOf(columnOf(group, target.stage));
}

function targetNote(target: FormTarget): string {
  const group = GROUP_BY_ID.get(target.group);
  if (!group) return '';
  if (!('school' in group.columns) && target.stage === null) {
    return M.mappingStageNote(headerOf(group.columns.primary), headerOf(group.columns.junior));
  }
  const header = headerOf(columnOf(group, target.stage));
  if (target.part === WHOLE) return M.mappingNote(header);
  return M.mappingPartNote(
    group.parts.filter((p) => p !== target.part).map((p) => group.partNames?.[p] ?? p),
    header,
  );
}
