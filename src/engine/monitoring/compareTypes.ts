/**
 * The comparison of a county's workbooks across years: exactly the JSON of `compare --json` (OUTPUT.md
 * "More JSON"), plus keys the 年度对比 sheet needs. Every list is oldest year first. The types the compare* modules
 * share are all declared here, so that this module depends on none of them and none depends on another for a type.
 */
import type { DutyStatus } from '../duties/result';
import type { DutyData } from '../duties/inputs';
import type { CountyInput, Stage } from '../model';
import type { EvaluationResult, IndicatorId, ItemStatus, Verdict } from '../result';
import type { Settings } from '../settings';
import type { Severity, WorkbookInput } from '../types';

/** Verdict keys as the JSON writes them; the sheet words are in the message catalog. */
export type YearVerdict = 'kept' | 'fixed' | 'slipped' | 'still-failing' | 'warning';

/** One year of one indicator: its value, whether it met that year's own standard, and the standard. */
export interface YearPoint {
  value: number | null;
  /** Null when the value is missing (待填报) or cannot be computed, or the school did not exist that year. */
  met: boolean | null;
  standard: number | null;
}

/** How closeness to the standard is measured for an indicator. */
export interface MarginRule {
  /** +1 when a higher value is better (levels, rates), −1 when lower is better (差异系数). */
  direction: 1 | -1;
  /** The margin within which a met value is 预警, in the value's own unit for this year's standard. */
  margin: (standard: number) => number;
}

/** One indicator across the years, oldest first, with its verdict for the latest year. */
export interface Series {
  values: (number | null)[];
  verdict: YearVerdict | null;
  /** Latest value minus the one before; null when either is missing. */
  change: number | null;
  met: (boolean | null)[];
  standards: (number | null)[];
}

export interface CompareSettings {
  /** 预警 when a met level is within this share of its standard. */
  levelMargin: number;
  /** 预警 when a met coefficient is within this much (absolute) of its limit. */
  cvMargin: number;
  /** Parts whose students rose by more than this share are listed. */
  growthShare: number;
  /** An input that changed by more than this share while students did not is a suspected entry error. */
  jumpShare: number;
  /** Students count as unchanged within this share. */
  steadyStudents: number;
  /** How many schools are named per coefficient. */
  topSchools: number;
  /** Schools are named only for a coefficient that changed by at least this much. */
  moverFloor: number;
}

/** Per year, the key each school code is tracked under: its current code, or its own code when it was merged. */
export interface SchoolKeys {
  keyOf: (year: number, code: string) => string;
  /** Codes of year index `at` merged into another school's code (by the following year at the latest). */
  merged: { at: number; code: string; into: string }[];
}

/** One change of a school between two years; `year` is the later year's label. */
export interface SchoolChange {
  code: string;
  name: string;
  year: string;
  what: string;
}

/** One year's workbook as given: `file` names it in messages. */
export interface YearWorkbook {
  file: string;
  workbook: WorkbookInput;
}

/** One workbook read and evaluated with its own settings (and its 履职 checks when it has `履职数据`). */
export interface EvaluatedYear extends YearWorkbook {
  year: string;
  input: CountyInput;
  settings: Settings;
  result: EvaluationResult;
  /** The figures of `履职数据` with their cells; null when the workbook has none. */
  duty: DutyData | null;
}

/** Where a figure sits, and what it is there. */
export interface FigureAt {
  file: string;
  sheet: string;
  cell: string;
  value: number;
}

/** A problem with the workbooks given or a figure that looks wrong; names the file, sheet and cell. */
export interface CompareIssue {
  severity: Severity;
  code: string;
  message: string;
  file: string | null;
  sheet: string | null;
  cell: string | null;
  /** A broken chain: the later workbook's 上年 (`file`, `sheet`, `cell`) and the earlier workbook's own figure. */
  chain?: { item: string; later: FigureAt; earlier: FigureAt };
}

/**
 * Where a county item comes from: 政府保障程度 G, 教育质量 Q, 社会认可度 S1, a 履职 check, or a check made across the
 * years of government spending (生均公用经费 not falling, 教师工资 ≥ 公务员 every year, 两个只增不减).
 */
export type ItemGroup = 'guarantee' | 'quality' | 'recognition' | 'duties' | 'government';

/** A county-level item (G1–G15, Q1–Q9, S1, the 履职 checks, the checks across years) across the years. */
export interface ItemSeries extends Series {
  id: string;
  name: string;
  group: ItemGroup;
  statuses: (ItemStatus | DutyStatus | null)[];
  /** The rule in words when it is not one number (履职 `不低于上年`), as the latest year states it; else null. */
  rule: string | null;
  /** `%` for a rate, the unit of an amount, null for a G/Q/S item (formatted by its id). */
  unit: string | null;
}

/** H1 近视率 or H2 体质健康达标优良率 over three or more years. */
export interface Trend {
  id: string;
  name: string;
  /** The years of `values`: before the first workbook, its own 上年 and 前年 figures where it gives them. */
  years: string[];
  values: (number | null)[];
  /** The way the figure moved last (within 1e-9 counts as flat). */
  direction: 'up' | 'down' | 'flat';
  /** How many years in a row, ending with the latest, the figure has moved this way. */
  consecutive: number;
  /** Whether this direction is the good one (down for 近视, up for 体质); null when flat. */
  good: boolean | null;
  /** What DUTIES.md attaches to this run (连续三年下降 …); null when nothing does. */
  consequence: string | null;
}

/** One row of the 问题清单: an open problem of the latest year. */
export interface ProblemRow {
  category: ProblemCategory;
  /** The item's id (L1, G5, E1, F2.小学 …), the key of the 问题清单设置 sheet. */
  item: string;
  problem: string;
  schools: string;
  /** The amount that closes it, from 整改台账, or the standard to reach. */
  target: string;
  /** 责任单位 and 整改时限 from `问题清单设置`; empty for the county to fill. */
  owner: string;
  deadline: string;
}

/** The categories of the 问题清单 in the seeds' order. */
export type ProblemCategory = 'resources' | 'guarantee' | 'quality' | 'recognition' | 'duties';

/** One school part across the years. */
export interface PartSeries {
  code: string;
  name: string;
  stage: Stage;
  indicators: Record<IndicatorId, Series>;
  /** The part's verdict each year; null when it was not there or not evaluated. */
  verdicts: (Verdict | null)[];
  /** Whether it was within 资源配置 each year; null when it was not there. */
  included: (boolean | null)[];
  /** Why it was left out, the latest year it was; null when it never was. */
  excludedReason: string | null;
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
  /** H1 and H2 with three or more workbooks; empty otherwise. */
  trends: Trend[];
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
  /** The latest year's open problems, in the seeds' order (written by `--problems`). */
  problems: ProblemRow[];
}

/** Why workbooks cannot be compared; `different-counties` and `same-year` may be overridden (`force`). */
export type CompareRefusal = 'too-few' | 'unreadable' | 'different-counties' | 'same-year';

/** A comparison, or the reason the workbooks cannot be compared (one Chinese line). */
export type CompareOutcome = { ok: true; comparison: Comparison } | { ok: false; reason: string; code: CompareRefusal };
