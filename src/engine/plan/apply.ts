/**
 * `--apply` (PLAN.md §7): the cells of `学校基础数据` that change when the plan is carried out, as values to write into
 * a copy of the workbook: each added figure on top of what the cell holds, and the target year's students. The input
 * itself is never written.
 */
import { parseA1 } from '../a1';
import type { CountyInput, SchoolNumericField } from '../model';
import { fieldCell } from '../model';
import { parseNumberCell } from '../read';
import type { WorkbookInput } from '../types';
import type { EnrolmentRead } from './enrolment';
import { studentsIn } from './enrolment';
import type { SchoolAdd } from './project';
import { fieldChanges } from './project';

export interface CellEdit {
  sheet: string;
  cell: string;
  value: number;
}

/** The number a cell holds (0 when blank), or null when it holds something else. */
function cellNumber(workbook: WorkbookInput, sheet: string, cell: string): number | null {
  const grid = workbook.sheets.find((s) => s.name === sheet);
  const at = parseA1(cell);
  if (!grid || !at) return null;
  const parsed = parseNumberCell(grid.values[at.row]?.[at.col] ?? null);
  return parsed.kind === 'number' ? parsed.value : parsed.kind === 'blank' ? 0 : null;
}

/** The unit factor of the equipment column (元 per unit of the cell): 元, 千元 or 万元, from the figure and the cell. */
function equipmentFactor(figure: number | null, cell: number | null): number {
  if (figure === null || cell === null || cell === 0) return 10000;
  const ratio = figure / cell;
  return [1, 1000, 10000].reduce((best, f) =>
    Math.abs(Math.log(ratio / f)) < Math.abs(Math.log(ratio / best)) ? f : best,
  );
}

/** Rounds away binary noise of a sum of cell values (12.34 + 0.01 is 12.35, not 12.350000000000001). */
const clean = (x: number): number => Number(x.toPrecision(12));

/** The edits that put the additions (by school, input order) and the target year's students into the school sheet. */
export function planEdits(
  workbook: WorkbookInput,
  input: CountyInput,
  adds: readonly (SchoolAdd | undefined)[],
  enrolment: EnrolmentRead,
  targetYear: number,
): CellEdit[] {
  const sheet = input.schoolSheet;
  const edits: CellEdit[] = [];
  input.schools.forEach((school, i) => {
    const today = {
      primary: school.fields.primaryStudents,
      junior: school.fields.juniorStudents,
      senior: school.fields.seniorStudents,
    };
    const then = studentsIn(enrolment.byCode.get(school.code), targetYear, today);
    const groups: [SchoolNumericField, keyof typeof today][] = [
      ['primaryStudents', 'primary'],
      ['juniorStudents', 'junior'],
      ['seniorStudents', 'senior'],
    ];
    for (const [field, g] of groups) {
      const cell = fieldCell(school, field);
      const v = then[g];
      if (cell !== null && v !== null && v !== today[g]) edits.push({ sheet, cell, value: v });
    }
    const add = adds[i];
    if (!add) return;
    for (const [field, amount] of Object.entries(fieldChanges(add)) as [SchoolNumericField, number][]) {
      const cell = fieldCell(school, field);
      if (cell === null) continue;
      const was = cellNumber(workbook, sheet, cell);
      if (was === null) continue;
      const factor = field === 'equipmentValue' ? equipmentFactor(school.fields.equipmentValue, was) : 1;
      edits.push({ sheet, cell, value: clean(was + amount / factor) });
    }
  });
  return edits;
}
