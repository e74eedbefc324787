/**
 * The comparison of a county's workbooks across years: exactly the JSON of `compare --json` (OUTPUT.md
 * "More JSON"), plus keys the 年度对比 sheet needs. Every list is oldest year first.
 */
import type { Stage } from '../model';
import type { IndicatorId, ItemStatus, Verdict } from '../result';
import type { Severity, WorkbookInput } from '../types';
import type { CompareSettings } from './compareSettings';
import type { SchoolChange } from './compareSchools';
import type { Series, YearVerdict } from './compareVerdict';

/** One year's workbook as given: `file` names it in messages. */
export interface YearWorkbook {
  file: string;
  workbook: WorkbookInput;
}

/** A problem with the workbooks given or a figure that looks wrong; names the file, sheet and cell. */
export interface CompareIssue {
  severity: Severity;
  code: string;
  message: string;
  file: string | null;
  sheet: string | null;
  cell: string | null;
}

/** A county-level item (G1–G15, Q1–Q9, S1; 履职 checks when the result has them) across the years. */
export interface ItemSeries extends Series {
  id: string;
  name: string;
  statuses: (ItemStatus | null)[];
}

/** One school part across the years. */
export interface PartSeries {
  code: string;
  name: string;
  stage: Stage;
  indicators: Record<IndicatorId, Series>;
  /** The part's verdict each year; null when it was not there or not evaluated. */
  verdicts: (Verdict | null)[];
}

/** A school's share of the change of one coefficient from the year before to the latest. */
export interface Mover {
  stage: Stage;
  indicator: IndicatorId;
  code: string;
  name: string;
  before: number | null;
  after: number | null;
  /** Its contribution to the change of the coefficient; all schools' add up to the change. */
  effect: number;
  /** effect ÷ the change of the coefficient. */
  share: number;
}

/** One 台账 item (a school's indicator below standard) and how it moved from the year before. */
export interface LedgerEntry {
  code: string;
  name: string;
  stage: Stage | null;
  indicator: string;
  itemName: string;
  /** Today's figures and the amount that closes the gap; null for a closed item. */
  value: number | null;
  standard: number | null;
  amount: number | null;
  unit: string | null;
  action: string | null;
  /** A closed item whose school is no longer on the list. */
  schoolGone?: boolean;
}

/** A part whose students rose by more than the set share, with what it now lacks. */
export interface GrowthEntry {
  code: string;
  name: string;
  stage: Stage;
  before: number;
  after: number;
  share: number;
  needs: {
    indicator: IndicatorId;
    value: number | null;
    standard: number;
    /** With last year's students the resource would still meet the standard. */
    aloneBreaks: boolean;
    amount: number | null;
    unit: string | null;
    action: string | null;
  }[];
}

export interface Comparison {
  county: string;
  years: string[];
  files: string[];
  baseline: boolean;
  settings: CompareSettings;
  coefficients: Record<Stage, Record<IndicatorId, Series>>;
  items: ItemSeries[];
  parts: PartSeries[];
  movers: Mover[];
  schools: { added: string[]; removed: string[]; changed: { code: string; what: string; year: string }[] };
  /** The school changes with names, as the sheet lists them. */
  schoolEvents: { added: SchoolChange[]; removed: SchoolChange[]; changed: SchoolChange[] };
  ledger: { new: LedgerEntry[]; closed: LedgerEntry[]; reopened: LedgerEntry[]; open: LedgerEntry[] };
  growth: GrowthEntry[];
  /** Chinese lines naming what no longer meets the standard (下滑 of a county item, a part that fell). */
  alerts: string[];
  counts: Record<YearVerdict, number>;
  issues: CompareIssue[];
}

/** Why workbooks cannot be compared; `different-counties` and `same-year` may be overridden (`force`). */
export type CompareRefusal = 'too-few' | 'unreadable' | 'different-counties' | 'same-year';

/** A comparison, or the reason the workbooks cannot be compared (one Chinese line). */
export type CompareOutcome = { ok: true; comparison: Comparison } | { ok: false; reason: string; code: CompareRefusal };
