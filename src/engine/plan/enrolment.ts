/**
 * `学生数预测` (PLAN.md §4): 学校代码 | 年度 | 小学在校生数 | 初中在校生数 | 高中在校生数. A school without a row keeps
 * today's figures; a blank cell keeps that 学段's figure of the latest earlier row (or today's).
 */
import { a1 } from '../a1';
import { planMessages as M } from '../messages/plan';
import { normalizeHeader, parseNumberCell } from '../read';
import type { CellValue, DataIssue, SheetGrid, WorkbookInput } from '../types';

/** Students of one school in one year by group; null: not given (keep the earlier figure). */
export interface EnrolmentRow {
  year: number;
  primary: number | null;
  junior: number | null;
  senior: number | null;
  /** 1-based row on the sheet, for messages. */
  row: number;
}

export interface EnrolmentRead {
  /** Rows by school code, sorted by year. */
  byCode: Map<string, EnrolmentRow[]>;
  sheet: string | null;
  issues: DataIssue[];
}

const GROUPS = ['primary', 'junior', 'senior'] as const;

/** The header row (0-based) and the column of each header of the sheet, or null when it has none. */
function headerOf(grid: SheetGrid): { row: number; cols: number[] } | null {
  const want = M.enrolmentHeader.map(normalizeHeader);
  for (let r = 0; r < Math.min(grid.values.length, 5); r++) {
    const names = (grid.values[r] ?? []).map((v) => normalizeHeader(String(v ?? '')));
    const cols = want.map((w) => names.indexOf(w));
    if (cols[0] >= 0 && cols[1] >= 0) return { row: r, cols };
  }
  return null;
}

/** Reads the sheet; a bad cell is a warning naming it and is left out. */
export function readEnrolment(workbook: WorkbookInput): EnrolmentRead {
  const grid = workbook.sheets.find((s) => normalizeHeader(s.name) === normalizeHeader(M.sheets.enrolment));
  const out: EnrolmentRead = { byCode: new Map(), sheet: grid?.name ?? null, issues: [] };
  const header = grid ? headerOf(grid) : null;
  if (!grid || !header) return out;
  const warn = (r: number, c: number, message: string, code: string): void => {
    out.issues.push({ severity: 'warning', sheet: grid.name, cell: a1(r, c), message, code });
  };
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    const at = (c: number): CellValue => (c >= 0 ? (line[c] ?? null) : null);
    const code = String(at(header.cols[0]) ?? '').trim();
    if (code === '') continue;
    const year = parseNumberCell(at(header.cols[1]));
    if (year.kind !== 'number' || !Number.isInteger(year.value) || year.value < 1900 || year.value > 2200) {
      warn(r, header.cols[1], M.issues.badYear(String(at(header.cols[1]) ?? '')), 'plan-enrolment-year');
      continue;
    }
    const row: EnrolmentRow = { year: year.value, primary: null, junior: null, senior: null, row: r + 1 };
    GROUPS.forEach((g, i) => {
      const c = header.cols[2 + i];
      const n = parseNumberCell(at(c));
      if (n.kind === 'number') row[g] = n.value;
      else if (n.kind === 'error') warn(r, c, M.issues.badEnrolment(n.text), 'plan-enrolment-number');
    });
    const list = out.byCode.get(code) ?? [];
    list.push(row);
    out.byCode.set(code, list);
  }
  for (const list of out.byCode.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

/**
 * A school's students in `year`: for each group the figure of the latest row up to that year that gives it, else
 * `today`. Rows after `year` are not used.
 */
export function studentsIn(
  rows: readonly EnrolmentRow[] | undefined,
  year: number,
  today: Record<(typeof GROUPS)[number], number | null>,
): Record<(typeof GROUPS)[number], number | null> {
  const now = { ...today };
  for (const r of rows ?? []) {
    if (r.year > year) break;
    for (const g of GROUPS) if (r[g] !== null) now[g] = r[g];
  }
  return now;
}
