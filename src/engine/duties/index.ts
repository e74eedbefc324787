/**
 * 履行教育职责评价 (DUTIES.md): reads `履职数据` and `履职评价标准` from the workbook's grids, gathers the figures
 * shared with the 优质均衡 inputs, and runs every check of the table. Pure, like the rest of the engine.
 */
import { DUTY_SHEETS } from '../columns';
import type { CountyInput, CountyNumericItem } from '../model';
import { FIELD_AT, fieldCell, figure } from '../model';
import { normalizeHeader } from '../read/normalize';
import type { EvaluationResult } from '../result';
import type { DataIssue, SheetGrid, WorkbookInput } from '../types';
import { DUTY_CHECKS, type DutyContext } from './checks';
import { DutyFormat } from './format';
import { cellRef, type DutyData, type SharedFigure, type SharedFigures } from './inputs';
import type { DutyOptions } from './rules';
import { readDutyData } from './readData';
import { defaultDutyRules, readDutyRules } from './readRules';
import type { DutyResult } from './result';
import { runDutyCheck } from './runner';

export type { DutyResult, DutyStatus } from './result';
export { DUTY_CHECKS } from './checks';
export { defaultDutyRules, readDutyRules } from './readRules';

/** The sheet named `name`, or else one whose name contains it (`履职数据（2023）`). */
export function findSheet(sheets: readonly SheetGrid[], name: string): SheetGrid | undefined {
  const want = normalizeHeader(name);
  return (
    sheets.find((s) => normalizeHeader(s.name) === want) ?? sheets.find((s) => normalizeHeader(s.name).includes(want))
  );
}

/** A 区县数据 figure with its cell, for the checks that share it. */
function countyFigure(input: CountyInput, key: CountyNumericItem): SharedFigure {
  const f = input.county.numbers[key];
  const sheet = input.county.sheet ?? '区县数据';
  return { value: f.value, ref: f.cell ? cellRef(sheet, f.cell) : sheet };
}

/** The figures of the 优质均衡 inputs that 履职 checks may use instead of asking again. */
function sharedFigures(input: CountyInput, result: EvaluationResult): SharedFigures {
  const media = (stage: 'primary' | 'junior'): SharedFigure => ({
    value: result.coefficients[stage].L7.mean,
    ref: `${input.schoolSheet}（L7）`,
  });
  const n = (v: number): number | null => (v === v ? v : null);
  return {
    teacherWage: countyFigure(input, 'teacherAvgSalary'),
    civilWage: countyFigure(input, 'civilServantAvgSalary'),
    disabledTotal: countyFigure(input, 'disabledTotal'),
    disabledSpecial: countyFigure(input, 'disabledSpecialSchool'),
    disabledInclusive: countyFigure(input, 'disabledInclusive'),
    disabledHome: countyFigure(input, 'disabledHomeTaught'),
    media: { 小学: media('primary'), 初中: media('junior') },
    schools: input.schools.map((s) => ({
      name: s.name || s.code,
      budget: n(figure(s, FIELD_AT.publicBudget)),
      primary: n(figure(s, FIELD_AT.primaryStudents)),
      junior: n(figure(s, FIELD_AT.juniorStudents)),
      senior: n(figure(s, FIELD_AT.seniorStudents)),
      special: s.type === '特殊教育学校',
      ref: cellRef(input.schoolSheet, fieldCell(s, 'publicBudget') ?? `${s.row}`),
    })),
  };
}

export interface DutiesOutcome {
  /** Empty when the workbook has no `履职数据`. */
  duties: DutyResult[];
  /** The name of the `履职数据` sheet read; null when there is none (no 履职评价 sheet is written then). */
  sheet: string | null;
  /** The 数据年度 row of `履职数据`. */
  year: number | null;
  /** `履职数据` is there without a single figure filled in. */
  empty: boolean;
  issues: DataIssue[];
  /** The figures read from `履职数据` and the options of `履职评价标准`, for the cross-sheet checks. */
  data: DutyData | null;
  options: DutyOptions | null;
}

/** Runs the 履职 checks of a workbook whose 优质均衡 evaluation is `result`. */
export function computeDuties(workbook: WorkbookInput, input: CountyInput, result: EvaluationResult): DutiesOutcome {
  const dataGrid = findSheet(workbook.sheets, DUTY_SHEETS.data);
  if (!dataGrid) return { duties: [], sheet: null, year: null, empty: false, issues: [], data: null, options: null };
  const read = readDutyData(dataGrid);
  const issues = [...read.issues];
  const rulesGrid = findSheet(workbook.sheets, DUTY_SHEETS.rules);
  let rules = defaultDutyRules();
  if (rulesGrid) {
    const r = readDutyRules(rulesGrid);
    rules = r.rules;
    issues.push(...r.issues);
  }
  const ctx: DutyContext = {
    shared: sharedFigures(input, result),
    options: rules.options,
    fmt: new DutyFormat(rules.options),
  };
  const duties: DutyResult[] = [];
  for (const def of DUTY_CHECKS) {
    const r = runDutyCheck(def, rules.checks.get(def.key) ?? def.defaults, read.data, ctx);
    if (r) duties.push(r);
  }
  const year = read.data.figures.get('dataYear')?.now?.value ?? null;
  const empty = [...read.data.figures.values()].every((row) => Object.values(row).every((c) => c.value === null));
  return { duties, sheet: dataGrid.name, year, empty, issues, data: read.data, options: rules.options };
}
