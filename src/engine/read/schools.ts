/**
 * The `学校基础数据` sheet: one row per school or campus, read in a single pass. What each column is, how it is read
 * and checked is declared in the table (SCHOOL_COLUMNS, see schoolTable.ts); this reader walks the table and holds
 * no column of its own: the header gives the plans, each row its identity (schoolIdentity.ts) and figures
 * (schoolFigures.ts), and the declared checks run on every school (schoolChecks.ts).
 */
import { columnLetters, parseA1 } from '../a1';
import { TOTAL_ROW_WORDS } from '../columns';
import { readingMessages as msg } from '../messages';
import type { School, SchoolLayout } from '../model';
import { FIGURE_COUNT, fieldsRecord, figureRow } from '../model';
import type { CellValue, DataIssue, SheetGrid } from '../types';
import type { HeaderHit, HeaderMatch } from './header';
import { cellText } from './normalize';
import { TextSet } from './textSet';
import { checkSchools, schoolChecks } from './schoolChecks';
import type { AbsentColumn, FieldPlan, HeaderColumns } from './schoolFigures';
import { FigureReader, needed, planFields, typeNumberOf } from './schoolFigures';
import type { IdentityColumns } from './schoolIdentity';
import { IdentityReader, identityColumns } from './schoolIdentity';
import { headerOf, SCHOOL_TABLE, type SchoolTable, type SchoolTarget, type SplitKey } from './schoolTable';

export { findSchoolHeader, type SchoolTarget } from './schoolTable';

const DEFAULT_CHECKS = schoolChecks(SCHOOL_TABLE);

/** The parsed school sheet. */
export interface SchoolSheet {
  schools: School[];
  issues: DataIssue[];
}

const TOTAL_WORDS: readonly string[] = TOTAL_ROW_WORDS;

/** Issues in reading order (row, then column), so the list follows the sheet; a stable sort keeps ties in order. */
function byCell(issues: DataIssue[]): DataIssue[] {
  const keyed = issues.map((issue, i) => {
    const at = issue.cell ? parseA1(issue.cell) : null;
    return { issue, row: at ? at.row : -1, col: at ? at.col : -1, i };
  });
  keyed.sort((a, b) => a.row - b.row || a.col - b.col || a.i - b.i);
  return keyed.map((k) => k.issue);
}

/** The last characters of the totals words (all of them end in 计): one search for those rules most rows out. */
const TOTAL_MARKS: readonly string[] = [...new Set(TOTAL_WORDS.map((w) => w[w.length - 1]))];

function isTotalsRow(code: string, name: string): boolean {
  let marked = false;
  for (const m of TOTAL_MARKS) if (name.includes(m) || code.includes(m)) marked = true;
  if (!marked) return false;
  for (const w of TOTAL_WORDS) if (name.includes(w) || code.includes(w)) return true;
  return false;
}

function rowIsBlank(row: CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined) continue;
    // A number or a boolean is content, an error is unless its code is empty: no text needs building to know that.
    if (typeof v === 'string') {
      if (v.trim() !== '') return false;
    } else if (typeof v !== 'object' || v.error !== '') return false;
  }
  return true;
}

type Issue = (severity: DataIssue['severity'], cell: string | null, code: string, message: string) => void;

/** The header's hits by column key and by split figure; a column found twice is reported. */
function headerColumns(header: HeaderMatch<SchoolTarget>, sheet: string, issue: Issue): HeaderColumns {
  const byKey = new Map<string, HeaderHit<SchoolTarget>>();
  const splits = new Map<SplitKey, (HeaderHit<SchoolTarget> | undefined)[]>();
  for (const h of header.hits) {
    if (h.target.kind === 'column') byKey.set(h.target.column.key, h);
    else {
      const parts = splits.get(h.target.key) ?? [];
      parts[h.target.index] = h;
      splits.set(h.target.key, parts);
    }
  }
  for (const d of header.duplicates) {
    const label = d.target.kind === 'column' ? d.target.column.header : d.target.header;
    const cell = `${columnLetters(d.col)}${d.row + 1}`;
    issue('warning', cell, 'duplicate-column', msg.duplicateColumn(sheet, cell, label));
  }
  return { byKey, splits };
}

/** Columns that are absent: always for code and name; for figures, when some school needs them. */
function missingColumns(
  sheet: string,
  table: SchoolTable,
  cols: IdentityColumns,
  absent: readonly AbsentColumn[],
  schools: readonly School[],
): DataIssue[] {
  const labels: string[] = [];
  if (!cols.code) labels.push(headerOf(table, 'code'));
  if (!cols.name) labels.push(headerOf(table, 'name'));
  for (const a of absent) if (schools.some((s) => needed(a.need, s.type))) labels.push(a.label);
  return labels.map((label) => ({
    severity: 'error',
    sheet,
    cell: null,
    code: 'missing-column',
    message: msg.missingColumn(sheet, label),
  }));
}

/** Every row of a code given more than once is reported, naming the other rows. */
function reportDuplicateCodes(
  schools: readonly School[],
  repeated: ReadonlySet<string>,
  letters: string,
  sheet: string,
  issue: Issue,
): void {
  if (repeated.size === 0) return;
  const codeRows = new Map<string, number[]>();
  for (const s of schools) {
    if (!repeated.has(s.code)) continue;
    const rows = codeRows.get(s.code);
    if (rows) rows.push(s.row);
    else codeRows.set(s.code, [s.row]);
  }
  for (const [code, rows] of codeRows) {
    for (const row of rows) {
      const cell = `${letters}${row}`;
      const others = rows.filter((x) => x !== row);
      issue('error', cell, 'duplicate-code', msg.duplicateCode(sheet, cell, code, others));
    }
  }
}

/** The readers of one sheet, made from its header. */
interface SheetPlan {
  cols: IdentityColumns;
  plans: FieldPlan[];
  absent: AbsentColumn[];
  layout: SchoolLayout;
}

function planSheet(table: SchoolTable, header: HeaderMatch<SchoolTarget>, sheet: string, issue: Issue): SheetPlan {
  const found = headerColumns(header, sheet, issue);
  const cols = identityColumns(found.byKey);
  const { plans, absent } = planFields(table, found, (hit) => {
    const cell = `${columnLetters(hit.col)}${hit.row + 1}`;
    issue('warning', cell, 'equipment-unit-assumed', msg.equipmentUnitAssumed(sheet, cell));
  });
  const layout: SchoolLayout = {
    fields: fieldsRecord(plans.map((p) => (p.cols.length > 0 ? p.cols[0].letters : null))),
    code: cols.code?.letters ?? null,
    name: cols.name?.letters ?? null,
    type: cols.type?.letters ?? null,
  };
  return { cols, plans, absent, layout };
}

/**
 * Reads every school of a sheet whose header has been found, by the declared `table` (the template's unless given).
 * Problems become issues; nothing throws.
 */
export function readSchoolSheet(
  grid: SheetGrid,
  header: HeaderMatch<SchoolTarget>,
  table: SchoolTable = SCHOOL_TABLE,
): SchoolSheet {
  const sheet = grid.name;
  const issues: DataIssue[] = [];
  const issue: Issue = (severity, cell, code, message) => issues.push({ severity, sheet, cell, message, code });
  const { cols, plans, absent, layout } = planSheet(table, header, sheet, issue);
  const values = grid.values;
  // The figures of every school in one block, a row of FIGURE_COUNT per school, NaN where missing (see figureRow).
  const figures = new Float64Array(Math.max(values.length - header.dataStart, 0) * FIGURE_COUNT);
  const identity = new IdentityReader(cols, table, sheet, issue);
  const reader = new FigureReader(plans, figures, sheet, issue);
  const schools: School[] = [];
  // Codes seen, and those seen twice; their rows are collected after the loop, so unique codes cost one set entry.
  const seen = new TextSet(values.length - header.dataStart);
  const repeated = new Set<string>();
  for (let r = header.dataStart; r < values.length; r++) {
    const row = values[r];
    if (rowIsBlank(row)) continue;
    const excelRow = r + 1;
    const code = cols.code ? cellText(row[cols.code.col]) : '';
    const name = cols.name ? cellText(row[cols.name.col]) : '';
    if (isTotalsRow(code, name)) continue;
    const who = name || code || msg.rowLabel(excelRow);
    identity.checkCodeAndName(code, name, excelRow, who);
    if (code !== '' && !seen.add(code)) repeated.add(code);
    const d = identity.read(row, excelRow, who);
    const base = schools.length * FIGURE_COUNT;
    const moved = reader.read({ row, excelRow, typeNumber: typeNumberOf(d.type), base, who });
    schools.push({
      row: excelRow,
      code,
      name,
      type: d.type,
      rawType: d.rawType,
      isPrivate: d.isPrivate,
      urbanRural: d.urbanRural,
      boarding: d.boarding,
      builtYear: d.builtYear,
      denseUrban: d.denseUrban,
      fields: figureRow(figures, schools.length),
      layout,
      moved,
    });
  }
  const missing = missingColumns(sheet, table, cols, absent, schools);
  if (cols.code) reportDuplicateCodes(schools, repeated, cols.code.letters, sheet, issue);
  checkSchools(schools, table === SCHOOL_TABLE ? DEFAULT_CHECKS : schoolChecks(table), sheet, issues);
  return { schools, issues: [...missing, ...byCell(issues)] };
}
