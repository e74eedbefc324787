/**
 * The workbook `collect` writes: the template's sheets with `学校基础数据` filled from the forms (and the form
 * each row came from), `采集问题`, and `字段对照` with the built-in item names for the user to extend.
 */
import { SCHOOL_COLUMNS, SHEETS } from '../columns';
import { COLLECT_SHEETS, collectMessages as M, outputMessages, sheetTitleMessages as T } from '../messages';
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
  const cols = M.problemsHeader.length;
  b.title(T.collectProblems(result.schools.length, result.problems.length), cols);
  b.header(1, [...M.problemsHeader]);
  b.repeatRows(1, 1);
  const problems = [...result.problems].sort(
    (x, y) => Number(x.severity === 'warning') - Number(y.severity === 'warning'),
  );
  let r = 2;
  if (problems.length === 0) {
    b.set(r, 0, M.noProblems);
    b.merge(r++, 0, 1, cols);
  }
  for (const p of problems) {
    b.set(r, 0, outputMessages.severity[p.severity], { fill: p.severity === 'error' ? 'fail' : 'near' });
    b.row(r, [p.form, p.sheet, p.cell, p.item, p.message], {}, 1);
    r++;
  }
  b.box(1, 0, r - 1, cols);
  return b.build([10, 30, 14, 10, 30, 90], { freeze: { rows: 2, cols: 0 } });
}

/**
 * `字段对照` with the built-in form items and what each fills, under a note on how to add a province's names. The
 * note stands between the title and the table, so that rows the user adds under the table are read as items.
 */
export function buildMappingSheet(): SheetSpec {
  const b = new SheetBuilder(COLLECT_SHEETS.mapping);
  const cols = M.mappingHeader.length;
  b.title(T.collectMapping, cols);
  b.set(1, 0, M.mappingTitleNote);
  b.merge(1, 0, 1, cols);
  b.header(2, [...M.mappingHeader]);
  b.repeatRows(2, 2);
  let r = 3;
  for (const [name, target] of builtInFormItems()) {
    if (target === UNUSED) continue;
    b.row(r++, [name, targetText(name, target), targetNote(target)]);
  }
  b.box(2, 0, r - 2, cols);
  return b.build([44, 36, 70], { freeze: { rows: 3, cols: 0 } });
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
