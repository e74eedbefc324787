/**
 * The `学校基础数据` sheet: one row per school or campus, read in a single pass with a column plan built once.
 */
import { columnLetters, parseA1 } from '../a1';
import { SCHOOL_COLUMNS, SCHOOL_TYPE_ALIASES, SCHOOL_TYPE_CHOICES, TOTAL_ROW_WORDS } from '../columns';
import type { Need, SchoolColumn } from '../columns';
import { intakeMessages, readingMessages as msg, readingStageNames } from '../messages';
import type { School, SchoolLayout, SchoolNumericField, SchoolType } from '../model';
import { FIELD_AT, FIGURE_COUNT, fieldCell, fieldsRecord, figureRow, SCHOOL_NUMERIC_FIELDS } from '../model';
import type { CellValue, DataIssue, SheetGrid } from '../types';
import { findHeader, type HeaderHit, type HeaderMatch } from './header';
import { cachedNormalizer, cellText, Lexicon, normalizeText, perText, yesNo } from './normalize';
import { parseNumberCell } from './number';
import { TextSet } from './textSet';
import { SCHOOL_FORM_ALIASES, SCHOOL_TYPE_FORM_ALIASES, SPLIT_SUMS, type SplitSum } from './aliases';

type SplitKey = SplitSum['key'];

/** What a header of the school sheet can name. */
export type SchoolTarget =
  { kind: 'column'; column: SchoolColumn } | { kind: 'split'; key: SplitKey; index: number; header: string };

const targetId = (t: SchoolTarget): string => (t.kind === 'column' ? t.column.key : `${t.key}#${t.index}`);

/** The split forms of each figure that has one (aliases.ts). */
const SPLIT_OF: ReadonlyMap<SplitKey, SplitSum> = new Map(SPLIT_SUMS.map((g) => [g.key, g]));

/** Canonical headers, aliases (TEMPLATE.md's, then the forms'), and the parts of split figures, built once. */
const SCHOOL_LEXICON = (() => {
  const lex = new Lexicon<SchoolTarget>();
  for (const column of SCHOOL_COLUMNS) lex.add(column.header, { kind: 'column', column });
  for (const column of SCHOOL_COLUMNS) for (const a of column.aliases) lex.add(a, { kind: 'column', column });
  for (const column of SCHOOL_COLUMNS) {
    for (const a of SCHOOL_FORM_ALIASES[column.key] ?? []) lex.add(a, { kind: 'column', column });
  }
  for (const g of SPLIT_SUMS) {
    g.parts.forEach((names, index) => {
      for (const name of names) lex.add(name, { kind: 'split', key: g.key, index, header: names[0] });
    });
  }
  return lex;
})();

/** TEMPLATE.md: 学校名称 or 学校代码, 学校类型, and at least two more recognised columns. */
function acceptSchoolHeader(ids: Set<string>): boolean {
  return (ids.has('name') || ids.has('code')) && ids.has('type') && ids.size >= 4;
}

/** Finds the header of a school sheet in its first 10 rows; null when there is none. */
export function findSchoolHeader(grid: SheetGrid): HeaderMatch<SchoolTarget> | null {
  return findHeader(grid, SCHOOL_LEXICON, targetId, acceptSchoolHeader);
}

const TYPES: ReadonlyMap<string, SchoolType> = (() => {
  const m = new Map<string, SchoolType>();
  for (const t of [...SCHOOL_TYPE_CHOICES, '职业学校' as const]) m.set(normalizeText(t), t);
  for (const [alias, t] of Object.entries({ ...SCHOOL_TYPE_ALIASES, ...SCHOOL_TYPE_FORM_ALIASES })) {
    m.set(normalizeText(alias), t as SchoolType);
  }
  return m;
})();

/** Which parts a school type has: P (primary), J (junior), S (senior); out-of-scope types need no figures. */
const TYPE_PARTS: Record<SchoolType, { P: boolean; J: boolean; S: boolean; inScope: boolean }> = {
  小学: { P: true, J: false, S: false, inScope: true },
  教学点: { P: true, J: false, S: false, inScope: true },
  初中: { P: false, J: true, S: false, inScope: true },
  九年一贯制: { P: true, J: true, S: false, inScope: true },
  十二年一贯制: { P: true, J: true, S: true, inScope: true },
  完全中学: { P: false, J: true, S: true, inScope: true },
  特殊教育学校: { P: false, J: false, S: false, inScope: false },
  职业学校: { P: false, J: false, S: false, inScope: false },
};

/** True when a school of this type must fill a column with this need. */
function needed(need: Need, type: SchoolType | null): boolean {
  if (type === null || need === 'optional') return false;
  const parts = TYPE_PARTS[type];
  if (!parts.inScope) return false;
  return need === 'all' ? true : parts[need];
}

const URBAN_RURAL: ReadonlyMap<string, School['urbanRural']> = new Map<string, School['urbanRural']>([
  ['城区', '城区'],
  ['镇区', '镇区'],
  ['乡村', '乡村'],
  // The statistics used 城市/县镇/农村 before 2011; old workbooks still carry them.
  ['城市', '城区'],
  ['县镇', '镇区'],
  ['镇', '镇区'],
  ['农村', '乡村'],
]);

const YEAR_TEXT = /^(\d{4})(?:年|[-./]|$)/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** 建成年份: a year, a year in text (`2008年`, `2008-09`), or an Excel date serial; undefined when unreadable. */
function readYear(v: CellValue | undefined): number | null | undefined {
  if (v === null || v === undefined || cellText(v) === '') return null;
  let year: number | undefined;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1800 && v <= 2100) year = v;
    // A date typed into the cell arrives as its serial number (days since 1899-12-30).
    else if (v > 2100 && v < 80000) year = new Date(EXCEL_EPOCH_MS + Math.floor(v) * 86400000).getUTCFullYear();
  } else if (typeof v === 'string') {
    const m = YEAR_TEXT.exec(v.normalize('NFKC').trim());
    if (m) year = Number(m[1]);
  }
  return year !== undefined && year >= 1800 && year <= 2100 ? year : undefined;
}

const { abs, round } = Math;

/**
 * Converts amounts with unit-scaling noise removed (1.15 万元 is 11500 元, not 11499.999999999998): the product
 * rounded to 15 significant digits. Most amounts land within noise of a whole number, and then that number is the
 * 15-digit rounding: below 1e15 whole numbers are multiples of the 15th digit, and a distance under 4e-16 × the
 * amount is less than half of one. Only the others pay for the text round trip.
 */
function scale(value: number, factor: number): number {
  if (factor === 1) return value;
  const x = value * factor;
  const whole = round(x);
  if (abs(x - whole) <= abs(x) * 4e-16 && abs(x) < 1e15) return whole;
  return Number(x.toPrecision(15));
}

/** Factor from the header's unit to the unit of the model: 元 for equipment, 万元 for budgets. */
function moneyFactor(key: SchoolNumericField, unit: string | null): number | null {
  if (key === 'equipmentValue') {
    if (unit === '元') return 1;
    if (unit === '千元') return 1000;
    if (unit === '万元' || unit === '万') return 10000;
    return null;
  }
  if (key === 'publicBudget' || key === 'trainingBudget') {
    if (unit === '元') return 1 / 10000;
    if (unit === '千元') return 1 / 10;
  }
  return 1;
}

/** A1 address of an identity column on a row, or null when the column is absent. */
function addrOf(c: { letters: string } | null, excelRow: number): string | null {
  return c ? `${c.letters}${excelRow}` : null;
}

/** The students column of each part-specific need: a part with 0 students does not exist (RULES.md). */
const STUDENTS_OF: Partial<Record<Need, SchoolNumericField>> = {
  P: 'primaryStudents',
  J: 'juniorStudents',
  S: 'seniorStudents',
};

/** Every school type, numbered for the per-type tables of the field plans. */
const ALL_TYPES = Object.keys(TYPE_PARTS) as SchoolType[];
const TYPE_NUMBER: ReadonlyMap<SchoolType, number> = new Map(ALL_TYPES.map((t, i) => [t, i]));

/**
 * True when a blank in this field is an error for this school: its type needs the column, and the part the
 * column belongs to has students (a 九年一贯制 school with 0 初中 students need not fill its 初中 teachers).
 * The students columns come first in the plan, so they are already read when the other columns ask.
 * `typeNumber` is the school type's place in ALL_TYPES, -1 when unknown.
 */
function mustFill(plan: FieldPlan, typeNumber: number, figures: Float64Array, base: number): boolean {
  if (typeNumber < 0 || plan.neededBy[typeNumber] === 0) return false;
  // NaN (blank) is not 0: a part whose students are unknown must still fill its figures.
  return plan.studentsAt < 0 || figures[base + plan.studentsAt] !== 0;
}

/** How one numeric field is read from a row. */
interface FieldPlan {
  key: SchoolNumericField;
  need: Need;
  blankIsZero: boolean;
  factor: number;
  /** Source columns (three for split PE/art), with their letters; empty when the column is absent. */
  cols: SourceColumn[];
  /** 1 for each type of ALL_TYPES that must fill this field. */
  neededBy: Uint8Array;
  /** Position of the students field of this field's part, -1 when none or when this is that field. */
  studentsAt: number;
}

/** A column a figure is read from. */
interface SourceColumn {
  col: number;
  letters: string;
  label: string;
  /** An optional part of a split sum (the 艺术 of 体育/音乐/美术/艺术): blank adds 0. */
  optional?: boolean;
}

const BLANK_CELL = { kind: 'blank' } as const;

/** The parsed school sheet. */
export interface SchoolSheet {
  schools: School[];
  issues: DataIssue[];
}

const TOTAL_WORDS: readonly string[] = TOTAL_ROW_WORDS;

const COLUMN_OF = new Map(SCHOOL_COLUMNS.map((c) => [c.key, c]));
/** The canonical header of a column, for messages. */
const headerOf = (key: SchoolColumn['key']): string => COLUMN_OF.get(key)?.header ?? key;
const BOARDING_LABEL = headerOf('boarding');
const DENSE_URBAN_LABEL = headerOf('denseUrban');
/** The drop-down choices of a column, for messages. */
const choicesOf = (key: SchoolColumn['key']): readonly string[] => COLUMN_OF.get(key)?.choices ?? [];

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

/**
 * The source columns of a figure given in parts (aliases.ts): every part present is summed; a required part that is
 * absent is reported, and then the sum cannot be formed and the figure is read as missing. The columns are also
 * summed for a figure with no required part only when one of them is present, which is why this is called at all.
 */
function planSplit(
  plan: FieldPlan,
  group: SplitSum,
  parts: readonly (HeaderHit<SchoolTarget> | undefined)[],
  column: SchoolColumn,
  absent: { label: string; need: Need }[],
): void {
  let complete = true;
  group.parts.forEach((names, i) => {
    const p = parts[i];
    if (p)
      plan.cols.push({ col: p.col, letters: columnLetters(p.col), label: names[0], optional: i >= group.required });
    else if (i < group.required) {
      absent.push({ label: names[0], need: column.need });
      complete = false;
    }
  });
  if (!complete) plan.cols = [];
}

/** Reads every school of a sheet whose header has been found. Problems become issues; nothing throws. */
export function readSchoolSheet(grid: SheetGrid, header: HeaderMatch<SchoolTarget>): SchoolSheet {
  const sheet = grid.name;
  const issues: DataIssue[] = [];
  const issue = (severity: DataIssue['severity'], cell: string | null, code: string, message: string): void => {
    issues.push({ severity, sheet, cell, message, code });
  };

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
    issue(
      'warning',
      `${columnLetters(d.col)}${d.row + 1}`,
      'duplicate-column',
      msg.duplicateColumn(sheet, `${columnLetters(d.col)}${d.row + 1}`, label),
    );
  }

  const identity = (
    key: 'code' | 'name' | 'type' | 'ownership' | 'urbanRural' | 'boarding' | 'builtYear' | 'denseUrban',
  ) => {
    const h = byKey.get(key);
    return h ? { col: h.col, letters: columnLetters(h.col) } : null;
  };
  const codeCol = identity('code');
  const nameCol = identity('name');
  const typeCol = identity('type');
  const ownershipCol = identity('ownership');
  const urbanRuralCol = identity('urbanRural');
  const boardingCol = identity('boarding');
  const builtYearCol = identity('builtYear');
  const denseUrbanCol = identity('denseUrban');

  const plans: FieldPlan[] = [];
  /** Columns that are absent, reported once the rows show whether any school needs them. */
  const absent: { label: string; need: Need }[] = [];
  for (const key of SCHOOL_NUMERIC_FIELDS) {
    const column = COLUMN_OF.get(key);
    const need = column?.need ?? 'optional';
    const students = STUDENTS_OF[need];
    const plan: FieldPlan = {
      key,
      need,
      blankIsZero: column?.blankIsZero === true,
      factor: 1,
      cols: [],
      neededBy: Uint8Array.from(ALL_TYPES, (t) => (needed(need, t) ? 1 : 0)),
      studentsAt: students === undefined || students === key ? -1 : SCHOOL_NUMERIC_FIELDS.indexOf(students),
    };
    // One plan per field, always, so the values line up with SCHOOL_NUMERIC_FIELDS for fieldsRecord.
    plans.push(plan);
    if (!column) continue;
    const hit = byKey.get(key);
    if (hit) {
      plan.cols.push({ col: hit.col, letters: columnLetters(hit.col), label: column.header });
      const factor = moneyFactor(key, hit.unit);
      if (factor === null) {
        // TEMPLATE.md: no unit on the equipment header means 万元, but say so, since 元 is a common slip.
        plan.factor = 10000;
        const cell = `${columnLetters(hit.col)}${hit.row + 1}`;
        issue('warning', cell, 'equipment-unit-assumed', msg.equipmentUnitAssumed(sheet, cell));
      } else plan.factor = factor;
    } else if (splits.has(key)) {
      planSplit(plan, SPLIT_OF.get(key)!, splits.get(key)!, column, absent);
    } else absent.push({ label: column.header, need: column.need });
  }
  const identityAbsent: { label: string; present: boolean }[] = [
    { label: headerOf('code'), present: codeCol !== null },
    { label: headerOf('name'), present: nameCol !== null },
  ];

  let who = '';
  /** Reads a numeric cell that is not a plain number: text, blank or error; reports problems for the current row. */
  const readOddCell = (
    raw: CellValue,
    plan: FieldPlan,
    c: SourceColumn,
    excelRow: number,
    typeNumber: number,
    base: number,
  ): number | null => {
    // Blank is the common odd cell (figures a school's type has no use for): no address is built unless reported.
    const parsed = raw === null ? BLANK_CELL : parseNumberCell(raw);
    if (parsed.kind === 'number') return parsed.value;
    if (parsed.kind === 'blank') {
      if (plan.blankIsZero) return 0;
      if (mustFill(plan, typeNumber, figures, base)) {
        const here = c.letters + excelRow;
        issue('error', here, 'blank-required', msg.blankRequired(sheet, here, c.label, who));
      }
      return null;
    }
    const here = c.letters + excelRow;
    const label = c.label;
    const text = parsed.text;
    const m =
      parsed.code === 'excel-error'
        ? msg.excelError(sheet, here, label, text, who)
        : parsed.code === 'negative'
          ? msg.negative(sheet, here, label, text, who)
          : msg.notANumber(sheet, here, label, text, who);
    issue('error', here, parsed.code, m);
    return null;
  };

  const layout: SchoolLayout = {
    fields: fieldsRecord(plans.map((p) => (p.cols.length > 0 ? p.cols[0].letters : null))),
    code: codeCol?.letters ?? null,
    name: nameCol?.letters ?? null,
    type: typeCol?.letters ?? null,
  };
  const norm = cachedNormalizer();
  const typeOf = perText((text) => TYPES.get(norm(text)) ?? null);
  /** 办学性质: 1 民办, 0 公办 or blank, -1 neither. */
  const ownershipOf = perText((text) => {
    const t = norm(text);
    return t.includes('民办') ? 1 : t === '' || t.includes('公办') ? 0 : -1;
  });
  const urbanRuralOf = perText((text) => URBAN_RURAL.get(norm(text)) ?? null);
  const yesNoOf = perText((text) => yesNo(text, norm));
  const nPlans = plans.length;
  const values = grid.values;
  // The figures of every school in one block, a row of FIGURE_COUNT per school, NaN where missing (see figureRow).
  // The students fields a later column's check looks at are always filled in earlier on the same row.
  const figures = new Float64Array(Math.max(values.length - header.dataStart, 0) * FIGURE_COUNT);
  // The plans flattened for the loop over every cell: the one source column of a field (-1 when it has none or
  // several), and 1 where its numbers need no unit conversion.
  const singleColumn = Int32Array.from(plans, (p) => (p.cols.length === 1 ? p.cols[0].col : -1));
  const unscaled = Uint8Array.from(plans, (p) => (p.factor === 1 ? 1 : 0));
  /** A 是/否 cell of the current row; a text that is neither is reported and read as blank. */
  const readYesNo = (
    c: { col: number; letters: string },
    row: CellValue[],
    excelRow: number,
    label: string,
  ): boolean | null => {
    const raw = row[c.col];
    const v = typeof raw === 'string' ? yesNoOf(raw) : yesNo(raw, norm);
    if (v !== undefined) return v;
    const cell = addrOf(c, excelRow)!;
    issue(
      'warning',
      cell,
      'bad-choice',
      msg.badChoice(sheet, cell, label, cellText(row[c.col]), choicesOf('boarding'), who),
    );
    return null;
  };
  const schools: School[] = [];
  // Codes seen, and those seen twice; their rows are collected after the loop, so unique codes cost one set entry.
  const seen = new TextSet(values.length - header.dataStart);
  const repeated = new Set<string>();
  for (let r = header.dataStart; r < values.length; r++) {
    const row = values[r];
    if (rowIsBlank(row)) continue;
    const excelRow = r + 1;
    const code = codeCol ? cellText(row[codeCol.col]) : '';
    const name = nameCol ? cellText(row[nameCol.col]) : '';
    if (isTotalsRow(code, name)) continue;
    who = name || code || msg.rowLabel(excelRow);

    if (codeCol && code === '')
      issue(
        'error',
        addrOf(codeCol, excelRow),
        'blank-required',
        msg.blankRequired(sheet, addrOf(codeCol, excelRow)!, headerOf('code'), who),
      );
    if (nameCol && name === '')
      issue(
        'error',
        addrOf(nameCol, excelRow),
        'blank-required',
        msg.blankRequired(sheet, addrOf(nameCol, excelRow)!, headerOf('name'), who),
      );
    if (code !== '') {
      if (!seen.add(code)) repeated.add(code);
    }

    const rawType = typeCol ? cellText(row[typeCol.col]) : '';
    let type: SchoolType | null = null;
    if (typeCol) {
      if (rawType === '') {
        const cell = addrOf(typeCol, excelRow)!;
        issue('error', cell, 'blank-required', msg.blankRequired(sheet, cell, headerOf('type'), who));
      } else {
        type = typeOf(rawType);
        if (type === null) {
          const cell = addrOf(typeCol, excelRow)!;
          issue('error', cell, 'unknown-type', msg.unknownType(sheet, cell, rawType, who));
        }
      }
    }

    let isPrivate = false;
    if (ownershipCol) {
      const ownership = ownershipOf(cellText(row[ownershipCol.col]));
      if (ownership === 1) isPrivate = true;
      else if (ownership === -1) {
        const cell = addrOf(ownershipCol, excelRow)!;
        issue('warning', cell, 'bad-choice', msg.unknownOwnership(sheet, cell, cellText(row[ownershipCol.col]), who));
      }
    }

    let urbanRural: School['urbanRural'] = null;
    if (urbanRuralCol) {
      const raw = cellText(row[urbanRuralCol.col]);
      if (raw !== '') {
        urbanRural = urbanRuralOf(raw);
        if (urbanRural === null) {
          const cell = addrOf(urbanRuralCol, excelRow)!;
          issue(
            'warning',
            cell,
            'bad-choice',
            msg.badChoice(sheet, cell, headerOf('urbanRural'), raw, choicesOf('urbanRural'), who),
          );
        }
      }
    }

    const boarding = boardingCol ? readYesNo(boardingCol, row, excelRow, BOARDING_LABEL) : null;
    const denseUrban = denseUrbanCol ? readYesNo(denseUrbanCol, row, excelRow, DENSE_URBAN_LABEL) : null;

    let builtYear: number | null = null;
    if (builtYearCol) {
      const y = readYear(row[builtYearCol.col]);
      if (y === undefined) {
        const cell = addrOf(builtYearCol, excelRow)!;
        issue('warning', cell, 'bad-year', msg.badYear(sheet, cell, cellText(row[builtYearCol.col]), who));
      } else builtYear = y;
    }

    let moved: School['moved'] = null;
    const base = schools.length * FIGURE_COUNT;
    const typeNumber = type === null ? -1 : (TYPE_NUMBER.get(type) ?? -1);
    for (let p = 0; p < nPlans; p++) {
      const col = singleColumn[p];
      if (col >= 0) {
        // One source column, the common case: a plain positive number is kept as it is, and no address is built.
        const raw = row[col];
        if (typeof raw === 'number' && raw > 0 && raw !== Infinity) {
          figures[base + p] = unscaled[p] === 1 ? raw : scale(raw, plans[p].factor);
          continue;
        }
        if (raw === 0) {
          figures[base + p] = 0; // also -0
          continue;
        }
        const plan = plans[p];
        if ((raw === null || raw === undefined) && !mustFill(plan, typeNumber, figures, base)) {
          // A blank nobody asks this school for (the other 学段's columns): the common odd cell, settled here.
          figures[base + p] = plan.blankIsZero ? 0 : NaN;
          continue;
        }
        const v = readOddCell(raw ?? null, plan, plan.cols[0], excelRow, typeNumber, base);
        figures[base + p] = v === null ? NaN : scale(v, plan.factor);
        continue;
      }
      const plan = plans[p];
      const cols = plan.cols;
      if (cols.length === 0) {
        figures[base + p] = plan.blankIsZero ? 0 : NaN;
        continue;
      }
      let sum: number | null = 0;
      for (let k = 0; k < cols.length; k++) {
        const c = cols[k];
        const raw = row[c.col];
        let v: number | null;
        // Fast path for the common case, a plain non-negative number (NaN fails the comparison).
        if (typeof raw === 'number' && raw >= 0 && raw !== Infinity) v = raw + 0;
        else if (c.optional && cellText(raw) === '') v = 0;
        else {
          v = readOddCell(raw ?? null, plan, c, excelRow, typeNumber, base);
          // The sum points at the first cell that made it missing, so a highlight lands on the culprit.
          if (v === null && sum !== null && k > 0) (moved ??= {})[plan.key] = c.letters + excelRow;
        }
        sum = v === null || sum === null ? null : sum + v;
      }
      figures[base + p] = sum === null ? NaN : scale(sum, plan.factor);
    }

    schools.push({
      row: excelRow,
      code,
      name,
      type,
      rawType,
      isPrivate,
      urbanRural,
      boarding,
      builtYear,
      denseUrban,
      fields: figureRow(figures, schools.length),
      layout,
      moved,
    });
  }

  // Columns that are absent: always for code and name; for figures, when some school needs them.
  const missing: DataIssue[] = [];
  for (const a of identityAbsent) {
    if (!a.present)
      missing.push({
        severity: 'error',
        sheet,
        cell: null,
        code: 'missing-column',
        message: msg.missingColumn(sheet, a.label),
      });
  }
  for (const a of absent) {
    if (schools.some((s) => needed(a.need, s.type))) {
      missing.push({
        severity: 'error',
        sheet,
        cell: null,
        code: 'missing-column',
        message: msg.missingColumn(sheet, a.label),
      });
    }
  }

  const codeRows = new Map<string, number[]>();
  if (repeated.size > 0) {
    for (const s of schools) {
      if (!repeated.has(s.code)) continue;
      const rows = codeRows.get(s.code);
      if (rows) rows.push(s.row);
      else codeRows.set(s.code, [s.row]);
    }
  }
  for (const [code, rows] of codeRows) {
    for (const row of rows) {
      const cell = `${codeCol!.letters}${row}`;
      issue(
        'error',
        cell,
        'duplicate-code',
        msg.duplicateCode(
          sheet,
          cell,
          code,
          rows.filter((x) => x !== row),
        ),
      );
    }
  }
  for (const s of schools) checkSchool(s, sheet, issues);

  return { schools, issues: [...missing, ...byCell(issues)] };
}

const AT = FIELD_AT;

/** Combined school types and the two 学段 whose students they should both have. */
const STAGE_PAIRS: Partial<Record<SchoolType, readonly [SchoolNumericField, SchoolNumericField, string, string]>> = {
  九年一贯制: ['primaryStudents', 'juniorStudents', readingStageNames.primary, readingStageNames.junior],
  十二年一贯制: ['primaryStudents', 'juniorStudents', readingStageNames.primary, readingStageNames.junior],
  完全中学: ['juniorStudents', 'seniorStudents', readingStageNames.junior, readingStageNames.senior],
};

/**
 * Warns when a teacher count cannot plausibly exceed the students of its 学段 (NaN: blank, no check). Both are read
 * here by position, given as numbers: a count passed in would be boxed on the heap for each call, and a field looked
 * up by its name in a record is a slow keyed load.
 */
function checkTeachers(s: School, sheet: string, issues: DataIssue[], studentsAt: number, teachersAt: number): void {
  const { values, base } = s.fields;
  const t = values[base + teachersAt];
  const students = values[base + studentsAt];
  // Comparisons with NaN are false: a blank on either side is no contradiction.
  if (!(t > students)) return;
  const key = SCHOOL_NUMERIC_FIELDS[teachersAt];
  const cell = fieldCell(s, key);
  warnAt(
    issues,
    sheet,
    cell,
    'implausible-teachers',
    msg.implausibleTeachers(sheet, cell ?? '', whoOf(s), headerOf(key), t, students),
  );
}

/** Adds a warning; a plain function, since a closure made for each school's checks was garbage for each school. */
function warnAt(issues: DataIssue[], sheet: string, cell: string | null, code: string, message: string): void {
  issues.push({ severity: 'warning', sheet, cell, message, code });
}

const whoOf = (s: School): string => s.name || s.code || msg.rowLabel(s.row);

/**
 * TEMPLATE.md's consistency checks on one school: warnings with the cell, never a change to the data. Figures are
 * read by position (NaN when blank) and a cell's address is made only for a warning.
 */
function checkSchool(s: School, sheet: string, issues: DataIssue[]): void {
  const v = s.fields.values;
  const o = s.fields.base;

  const pair = s.type === null ? undefined : STAGE_PAIRS[s.type];
  if (pair) {
    const [a, b, nameA, nameB] = pair;
    const x = v[o + AT[a]];
    const y = v[o + AT[b]];
    if (x === x && y === y && x > 0 !== y > 0) {
      const zero = fieldCell(s, x > 0 ? b : a);
      const only = x > 0 ? nameA : nameB;
      warnAt(
        issues,
        sheet,
        zero,
        'combined-one-stage',
        msg.combinedOneStage(sheet, zero ?? '', whoOf(s), s.type ?? '', only),
      );
    }
  }

  if (s.type === '完全中学') {
    // Its type has no primary part: primary students typed here would count nowhere.
    const primaryHere = v[o + AT.primaryStudents];
    const cell = fieldCell(s, 'primaryStudents');
    if (primaryHere > 0 && cell !== null) {
      const text = intakeMessages.primaryInCompleteSchool(sheet, cell, whoOf(s), primaryHere);
      warnAt(issues, sheet, cell, 'primary-in-complete-school', text);
    }
  }

  checkTeachers(s, sheet, issues, AT.primaryStudents, AT.primaryDegreeTeachers);
  checkTeachers(s, sheet, issues, AT.primaryStudents, AT.primaryBackbone);
  checkTeachers(s, sheet, issues, AT.primaryStudents, AT.primaryPeArt);
  checkTeachers(s, sheet, issues, AT.juniorStudents, AT.juniorDegreeTeachers);
  checkTeachers(s, sheet, issues, AT.juniorStudents, AT.juniorBackbone);
  checkTeachers(s, sheet, issues, AT.juniorStudents, AT.juniorPeArt);

  const indoor = v[o + AT.indoorSportsArea];
  const teaching = v[o + AT.teachingArea];
  if (indoor > teaching) {
    const cell = fieldCell(s, 'indoorSportsArea');
    if (cell !== null)
      warnAt(
        issues,
        sheet,
        cell,
        'indoor-exceeds-teaching',
        msg.indoorExceedsTeaching(sheet, cell, whoOf(s), indoor, teaching),
      );
  }

  const equipment = v[o + AT.equipmentValue];
  const primary = v[o + AT.primaryStudents];
  const junior = v[o + AT.juniorStudents];
  const senior = v[o + AT.seniorStudents];
  // Blank student counts add nothing here.
  const total =
    (primary === primary ? primary : 0) + (junior === junior ? junior : 0) + (senior === senior ? senior : 0);
  if (total > 0 && equipment / total > 100000) {
    const cell = fieldCell(s, 'equipmentValue');
    if (cell !== null)
      warnAt(
        issues,
        sheet,
        cell,
        'equipment-per-student-high',
        msg.equipmentPerStudentHigh(sheet, cell, whoOf(s), equipment / total),
      );
  }
}
