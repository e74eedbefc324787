/**
 * The figures of the school sheet: a plan per numeric field, made once from the header and the table (its source
 * columns, unit factor, who must fill it), and the reading of every row's figures into one block of numbers.
 */
import { columnLetters } from '../a1';
import type { Need, SchoolColumn } from '../columns';
import { readingMessages as msg } from '../messages';
import type { School, SchoolNumericField, SchoolType } from '../model';
import { SCHOOL_NUMERIC_FIELDS } from '../model';
import type { CellValue, DataIssue } from '../types';
import type { HeaderHit } from './header';
import { cellText } from './normalize';
import { parseNumberCell } from './number';
import type { SplitSum } from './aliases';
import type { SchoolTable, SchoolTarget, SplitKey } from './schoolTable';

/** Which parts a school type has: P (primary), J (junior), S (senior); out-of-scope types need no figures. */
export const TYPE_PARTS: Record<SchoolType, { P: boolean; J: boolean; S: boolean; inScope: boolean }> = {
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
export function needed(need: Need, type: SchoolType | null): boolean {
  if (type === null || need === 'optional') return false;
  const parts = TYPE_PARTS[type];
  if (!parts.inScope) return false;
  return need === 'all' ? true : parts[need];
}

/** Every school type, numbered for the per-type tables of the field plans. */
const ALL_TYPES = Object.keys(TYPE_PARTS) as SchoolType[];
const TYPE_NUMBER: ReadonlyMap<SchoolType, number> = new Map(ALL_TYPES.map((t, i) => [t, i]));

/** The place of a school type in the per-type tables; -1 when unknown. */
export const typeNumberOf = (type: SchoolType | null): number => (type === null ? -1 : (TYPE_NUMBER.get(type) ?? -1));

/** The students column of each part-specific need: a part with 0 students does not exist (RULES.md). */
const STUDENTS_OF: Partial<Record<Need, SchoolNumericField>> = {
  P: 'primaryStudents',
  J: 'juniorStudents',
  S: 'seniorStudents',
};

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

/** The factor from a header's unit to the model's, by the column's declared scale; null when it is a guess. */
function factorOf(column: SchoolColumn, unit: string | null): number | null {
  const s = column.scale;
  if (!s) return 1;
  if (unit !== null && Object.prototype.hasOwnProperty.call(s.byUnit, unit)) return s.byUnit[unit];
  return s.warnOtherwise ? null : s.otherwise;
}

/** A column a figure is read from. */
interface SourceColumn {
  col: number;
  letters: string;
  label: string;
  /** An optional part of a split sum (the 艺术 of 体育/音乐/美术/艺术): blank adds 0. */
  optional?: boolean;
}

/** How one numeric field is read from a row. */
export interface FieldPlan {
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

/** A column the header lacks, reported once the rows show whether any school needs it. */
export interface AbsentColumn {
  label: string;
  need: Need;
}

/** Where the header found each column and each part of a split figure. */
export interface HeaderColumns {
  byKey: ReadonlyMap<string, HeaderHit<SchoolTarget>>;
  splits: ReadonlyMap<SplitKey, (HeaderHit<SchoolTarget> | undefined)[]>;
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
  absent: AbsentColumn[],
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

/** The plan of one field, before its columns are found. */
function emptyPlan(key: SchoolNumericField, column: SchoolColumn | undefined): FieldPlan {
  const need = column?.need ?? 'optional';
  const students = STUDENTS_OF[need];
  return {
    key,
    need,
    blankIsZero: column?.blankIsZero === true,
    factor: 1,
    cols: [],
    neededBy: Uint8Array.from(ALL_TYPES, (t) => (needed(need, t) ? 1 : 0)),
    studentsAt: students === undefined || students === key ? -1 : SCHOOL_NUMERIC_FIELDS.indexOf(students),
  };
}

/**
 * One plan per numeric field, always, so the values line up with SCHOOL_NUMERIC_FIELDS for fieldsRecord; and the
 * columns that are absent. A unit the column's scale can only guess is reported through `warn`.
 */
export function planFields(
  table: SchoolTable,
  found: HeaderColumns,
  warnUnit: (hit: HeaderHit<SchoolTarget>) => void,
): { plans: FieldPlan[]; absent: AbsentColumn[] } {
  const plans: FieldPlan[] = [];
  const absent: AbsentColumn[] = [];
  for (const key of SCHOOL_NUMERIC_FIELDS) {
    const column = table.columnOf.get(key);
    const plan = emptyPlan(key, column);
    plans.push(plan);
    if (!column) continue;
    const hit = found.byKey.get(key);
    if (hit) {
      plan.cols.push({ col: hit.col, letters: columnLetters(hit.col), label: column.header });
      const factor = factorOf(column, hit.unit);
      // TEMPLATE.md: no unit on the equipment header means 万元, but say so, since 元 is a common slip.
      if (factor === null) warnUnit(hit);
      plan.factor = factor ?? column.scale!.otherwise;
    } else if (found.splits.has(key)) {
      planSplit(plan, table.splitOf.get(key)!, found.splits.get(key)!, column, absent);
    } else absent.push({ label: column.header, need: column.need });
  }
  return { plans, absent };
}

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

const BLANK_CELL = { kind: 'blank' } as const;

/** The row being read: where its figures go and whom its messages name. */
export interface FigureRow {
  row: CellValue[];
  excelRow: number;
  typeNumber: number;
  /** Index of the row's first figure in the block. */
  base: number;
  who: string;
}

/** Reads the figures of rows into `figures`, reporting problems through `issue`. */
export class FigureReader {
  private readonly singleColumn: Int32Array;
  private readonly unscaled: Uint8Array;

  constructor(
    private readonly plans: readonly FieldPlan[],
    private readonly figures: Float64Array,
    private readonly sheet: string,
    private readonly issue: (severity: DataIssue['severity'], cell: string, code: string, message: string) => void,
  ) {
    // The plans flattened for the loop over every cell: the one source column of a field (-1 when it has none or
    // several), and 1 where its numbers need no unit conversion.
    this.singleColumn = Int32Array.from(plans, (p) => (p.cols.length === 1 ? p.cols[0].col : -1));
    this.unscaled = Uint8Array.from(plans, (p) => (p.factor === 1 ? 1 : 0));
  }

  /** Reads one row's figures; returns the cells a split sum was made missing by, if any. */
  read(r: FigureRow): School['moved'] {
    let moved: School['moved'] = null;
    const { row, base, typeNumber } = r;
    const figures = this.figures;
    for (let p = 0; p < this.plans.length; p++) {
      const col = this.singleColumn[p];
      if (col < 0) {
        moved = this.readSum(r, p, moved);
        continue;
      }
      // One source column, the common case: a plain positive number is kept as it is, and no address is built.
      const raw = row[col];
      if (typeof raw === 'number' && raw > 0 && raw !== Infinity) {
        figures[base + p] = this.unscaled[p] === 1 ? raw : scale(raw, this.plans[p].factor);
        continue;
      }
      if (raw === 0) {
        figures[base + p] = 0; // also -0
        continue;
      }
      const plan = this.plans[p];
      if ((raw === null || raw === undefined) && !mustFill(plan, typeNumber, figures, base)) {
        // A blank nobody asks this school for (the other 学段's columns): the common odd cell, settled here.
        figures[base + p] = plan.blankIsZero ? 0 : NaN;
        continue;
      }
      const v = this.readOddCell(raw ?? null, plan, plan.cols[0], r);
      figures[base + p] = v === null ? NaN : scale(v, plan.factor);
    }
    return moved;
  }

  /** A field with no source column or several (a split sum); the sum points at the cell that made it missing. */
  private readSum(r: FigureRow, p: number, moved: School['moved']): School['moved'] {
    const plan = this.plans[p];
    const at = r.base + p;
    const cols = plan.cols;
    if (cols.length === 0) {
      this.figures[at] = plan.blankIsZero ? 0 : NaN;
      return moved;
    }
    let sum: number | null = 0;
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k];
      const raw = r.row[c.col];
      let v: number | null;
      // Fast path for the common case, a plain non-negative number (NaN fails the comparison).
      if (typeof raw === 'number' && raw >= 0 && raw !== Infinity) v = raw + 0;
      else if (c.optional && cellText(raw) === '') v = 0;
      else {
        v = this.readOddCell(raw ?? null, plan, c, r);
        // The sum points at the first cell that made it missing, so a highlight lands on the culprit.
        if (v === null && sum !== null && k > 0) (moved ??= {})[plan.key] = c.letters + r.excelRow;
      }
      sum = v === null || sum === null ? null : sum + v;
    }
    this.figures[at] = sum === null ? NaN : scale(sum, plan.factor);
    return moved;
  }

  /** Reads a numeric cell that is not a plain number: text, blank or error; reports problems for the row. */
  private readOddCell(raw: CellValue, plan: FieldPlan, c: SourceColumn, r: FigureRow): number | null {
    // Blank is the common odd cell (figures a school's type has no use for): no address is built unless reported.
    const parsed = raw === null ? BLANK_CELL : parseNumberCell(raw);
    if (parsed.kind === 'number') return parsed.value;
    const sheet = this.sheet;
    if (parsed.kind === 'blank') {
      if (plan.blankIsZero) return 0;
      if (mustFill(plan, r.typeNumber, this.figures, r.base)) {
        const here = c.letters + r.excelRow;
        this.issue('error', here, 'blank-required', msg.blankRequired(sheet, here, c.label, r.who));
      }
      return null;
    }
    const here = c.letters + r.excelRow;
    const text = parsed.text;
    const m =
      parsed.code === 'excel-error'
        ? msg.excelError(sheet, here, c.label, text, r.who)
        : parsed.code === 'negative'
          ? msg.negative(sheet, here, c.label, text, r.who)
          : msg.notANumber(sheet, here, c.label, text, r.who);
    this.issue('error', here, parsed.code, m);
    return null;
  }
}
