/**
 * The result of an evaluation: exactly the JSON contract of OUTPUT.md (numbers unrounded),
 * plus a few extra keys the output sheets need. Both the command line and the add-in write from this.
 *
 * The engine hands out a part's `indicators`, each IndicatorResult and each Shortfall as views onto its run's typed
 * arrays: read them by name (`indicators[id]` for id of INDICATOR_IDS) or serialise them (`JSON.stringify` gives
 * the plain objects). Their fields are accessors, so spreading one or listing its keys or values finds nothing.
 * The lists (`parts`, `shortfalls`) and everything else are plain.
 */
import type { DataIssue } from './types';
import type { Stage, VetoItem } from './model';
import type { DutyResult } from './duties/result';

export const INDICATOR_IDS = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7'] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export type IndicatorStatus = 'pass' | 'near' | 'fail' | 'missing';
/** Verdict of a school part, a part of the method, or the county. */
export type Verdict = 'pass' | 'fail' | 'incomplete';
/** Status of a G/Q/S item: `basic` is a self-assessed 基本达标 (which does not pass). */
export type ItemStatus = 'pass' | 'fail' | 'missing' | 'basic';

export interface IndicatorResult {
  value: number | null;
  standard: number;
  status: IndicatorStatus;
  /** True when rounding the value to 2 decimals would flip its status. */
  borderline?: boolean;
  /** The part's numerator (after splitting and unit conversion); null when missing. */
  numerator: number | null;
  /** A1 cells on the school sheet behind this value (for highlights and for 整改台账). */
  sources: string[];
}

export interface PartResult {
  code: string;
  name: string;
  /** 1-based row of the school on the school sheet. */
  row: number;
  type: string;
  stage: Stage;
  students: number | null;
  included: boolean;
  excludedReason: string | null;
  indicators: Record<IndicatorId, IndicatorResult>;
  passCount: number;
  verdict: Verdict;
  /** Share of the school's facilities given to this part (1 when not split). */
  facilityShare: number;
}

/** What one school part adds to Σ Pi·(Xi − mean)², as a share of the whole. */
export interface Contribution {
  code: string;
  name: string;
  value: number;
  students: number;
  share: number;
}

export interface CoefficientResult {
  n: number;
  mean: number | null;
  sd: number | null;
  cv: number | null;
  limit: number;
  pass: boolean | null;
  /** True when rounding the cv to 3 decimals would flip its status. */
  borderline?: boolean;
  /** The parts that pull the coefficient up most, largest share first (at most 5). */
  top: Contribution[];
}

export type StageCoefficients = Record<IndicatorId, CoefficientResult> & { composite: number | null };

export interface ItemResult {
  id: string;
  /** Chinese name of the item, as in RULES.md. */
  name: string;
  value: number | null;
  value2?: number | null;
  standard: number | null;
  standard2?: number | null;
  status: ItemStatus;
  /** School-by-school items (G3, G4, G5, G6, Q4): codes of the schools that do not meet it. */
  failing?: string[];
  /** G3: the schools counted apart by build year (REPORT.md §2.4: ≤2016 / after), in a fixed order. */
  groups?: ItemGroup[];
  /** Q9: one entry per subject. */
  subjects?: { subject: string; stage: string; level: number | null; rate: number | null; status: ItemStatus }[];
  /** Self-assessed items carry the user's word; computed ones a short Chinese account of the figures. */
  detail: string;
  selfAssessed: boolean;
  borderline?: boolean;
}

/** Schools of a school-by-school item counted within one group: how many it applies to and how many meet it. */
export interface ItemGroup {
  label: string;
  applicable: number;
  meeting: number;
  missing: number;
}

export interface VetoResult {
  item: VetoItem;
  value: boolean | null;
}

/** One row of 整改台账: what a school lacks and what closes the gap, in the indicator's own unit. */
export interface Shortfall {
  code: string;
  name: string;
  stage: Stage | null;
  /** L1–L7, or a school-level item G3, G4, G5, G6, Q4. */
  item: string;
  itemName: string;
  value: number | null;
  standard: number;
  gap: number;
  /** The amount to add (or, for G4/G5, to remove), already rounded up for teachers and rooms. */
  amount: number;
  unit: string;
  /** Chinese sentence such as 需增加县级及以上骨干教师 2 人. */
  action: string;
}

export interface EvaluationResult {
  county: string;
  year: string;
  verdict: Verdict;
  /** Chinese lines naming every item that keeps the county from passing. */
  blockers: string[];
  /** Verdict of each of the four parts of the method (and the vetoes). */
  sections: { resources: Verdict; guarantee: Verdict; quality: Verdict; recognition: Verdict; vetoes: Verdict };
  parts: PartResult[];
  coefficients: { primary: StageCoefficients; junior: StageCoefficients };
  guarantee: ItemResult[];
  quality: ItemResult[];
  recognition: ItemResult;
  vetoes: VetoResult[];
  shortfalls: Shortfall[];
  issues: DataIssue[];
  /** Name of the school sheet the figures came from (for highlights). */
  schoolSheet: string;
  /**
   * 履行教育职责评价 (DUTIES.md): `evaluate()` always sets it, `[]` when the workbook has no `履职数据`. Optional only
   * so that results built without the workbook's grids (the calculations alone) need not invent it.
   */
  duties?: DutyResult[];
  /** The `履职数据` sheet the duties were read from; null or absent when there is none (no `履职评价` is written). */
  dutiesSheet?: string | null;
  /** True when `履职数据` is there but holds no figure at all (a blank template): its checks say only 未填写. */
  dutiesEmpty?: boolean;
  /** The 数据年度 of `履职数据` (2023 for the 2024 evaluation); null when not given. */
  dutiesYear?: number | null;
}

/** A run either computes (data errors inside the result) or cannot use the workbook at all. */
export type EvaluationOutcome =
  { ok: true; result: EvaluationResult } | { ok: false; reason: string; code: 'no-school-sheet' | 'no-header' };
