/**
 * What the checks read: the figures of `履职数据` by item and year, the figures shared with the 优质均衡 inputs,
 * and a tracker that remembers which cells a check used and which inputs it lacked, for its 计算过程 and 问题清单.
 */
import { dutiesMessages as M } from '../messages/duties';
import { DUTY_ITEM_BY_KEY, type DutyYear } from './items';

/** One figure of `履职数据`: the value (null when blank or unusable) and its cell (null when the row is absent). */
export interface DutyCell {
  value: number | null;
  cell: string | null;
}

/** A wage row's period, from its 单位 cell or its label: 元/月 or 元/年. */
export type WagePeriod = 'month' | 'year';

/** The parsed `履职数据` sheet. */
export interface DutyData {
  sheet: string;
  figures: ReadonlyMap<string, Partial<Record<DutyYear, DutyCell>>>;
  wagePeriods: ReadonlyMap<string, WagePeriod>;
}

/** A figure from another sheet, with where it was found. */
export interface SharedFigure {
  value: number | null;
  /** `区县数据!B7`, or a words-only source such as the school sheet's average. */
  ref: string;
}

/** A school of the school sheet with what F4 needs (万元 and students), blank figures null. */
export interface FundedSchool {
  name: string;
  budget: number | null;
  primary: number | null;
  junior: number | null;
  senior: number | null;
  /** A 特殊教育学校: funded at the 特教 rate, without the small-school bands. */
  special: boolean;
  ref: string;
}

/** Figures the 优质均衡 inputs already hold, so that `履职数据` need not ask for them again. */
export interface SharedFigures {
  teacherWage: SharedFigure;
  civilWage: SharedFigure;
  disabledTotal: SharedFigure;
  disabledSpecial: SharedFigure;
  disabledInclusive: SharedFigure;
  disabledHome: SharedFigure;
  /** 资源配置 L7 per 学段: the student-weighted county average of the school sheet. */
  media: { 小学: SharedFigure; 初中: SharedFigure };
  schools: readonly FundedSchool[];
}

/** `履职数据!B5`. */
export function cellRef(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** Reads figures for one check and records the cells it used and the inputs it lacked, per year. */
export class Inputs {
  readonly cells: string[] = [];
  readonly missing: Record<DutyYear, string[]> = { now: [], prev: [], older: [] };

  constructor(readonly data: DutyData) {}

  /** The figure without recording anything (to choose between two ways of computing). */
  peek(key: string, year: DutyYear = 'now'): number | null {
    return this.data.figures.get(key)?.[year]?.value ?? null;
  }

  /** The figure, recording its cell, or (when blank) recording it as missing for that year. */
  use(key: string, year: DutyYear = 'now'): number | null {
    const row = this.data.figures.get(key);
    const f = row?.[year];
    const label = DUTY_ITEM_BY_KEY.get(key)?.label ?? key;
    if (f && f.value !== null && f.cell !== null) {
      this.cells.push(cellRef(this.data.sheet, f.cell));
      return f.value;
    }
    // The row is there but the sheet has no column for that year, or there is no row for the item at all.
    const where = f?.cell
      ? cellRef(this.data.sheet, f.cell)
      : row
        ? M.noColumn(this.data.sheet, year)
        : M.noRow(this.data.sheet);
    this.missing[year].push(M.missingInput(year, label, where));
    return null;
  }

  /** A shared figure: recorded as used, or as missing under the words given. */
  shared(f: SharedFigure, label: string): number | null {
    if (f.value !== null) {
      this.cells.push(f.ref);
      return f.value;
    }
    this.missing.now.push(M.missingInput('now', label, f.ref));
    return null;
  }
}
