/** The shapes of the 创建规划 (PLAN.md): its settings, the solver port, and the plan as the JSON gives it. */
import type { IndicatorId } from '../result';
import type { Stage } from '../model';

/** Actions of PLAN.md §2 by their JSON name. */
export type PlanAction =
  'teachers' | 'peArtTeachers' | 'backbone' | 'teachingSpace' | 'sportsArea' | 'equipment' | 'multimediaRooms';

/** The settings of `规划参数` after defaults (PLAN.md §3). Money in 万元 unless said. */
export interface PlanSettings {
  targetYear: number;
  teacherCost: number;
  billedYears: number;
  backboneCost: number;
  /** 元/m². */
  spacePrice: number;
  /** 元/m². */
  sportsPrice: number;
  roomPrice: number;
  allowTransfer: boolean;
  transferShare: number;
  transferCost: number;
  /** 万元 per year; null: no cap. */
  yearCap: number | null;
}

export type PlanSettingKey = keyof PlanSettings;

/** One setting as used, and whether it came from the sheet or is the default. */
export interface SettingUsed {
  key: PlanSettingKey;
  value: number | boolean | null;
  fromSheet: boolean;
}

/**
 * A mixed-integer programme in the form the solver port takes: minimise cost·x over integer or continuous columns
 * between 0 and `upper`, rows lower ≤ Σ values·x[indices] ≤ upper (±Infinity for none).
 */
export interface MipModel {
  cost: Float64Array;
  upper: Float64Array;
  integer: Uint8Array;
  rows: { indices: number[]; values: number[]; lower: number; upper: number }[];
}

export interface MipResult {
  status: 'optimal' | 'limit' | 'infeasible' | 'error';
  /** Words of the solver for a status other than optimal. */
  detail: string;
  x: Float64Array;
  objective: number;
  /** The solver's proven lower bound (equal to the objective when optimal). */
  bound: number;
}

/** The port to a MIP solver: the engine builds models, an adapter (HiGHS) solves them. */
export interface MipSolver {
  solve(model: MipModel, options: { timeLimit: number }): Promise<MipResult>;
}

/** One addition of the plan (PLAN.md §7). `cost` in 万元. */
export interface PlanAddition {
  code: string;
  name: string;
  action: PlanAction;
  stage?: Stage;
  amount: number;
  unit: string;
  year: number;
  cost: number;
}

export interface PlanTransfer {
  from: string;
  to: string;
  stage: Stage;
  category: 'teachers' | 'peArtTeachers' | 'backbone';
  persons: number;
  year: number;
}

/** A part's indicators at a moment: the values (null when missing) and the verdict the engine gives. */
export interface PartState {
  verdict: string;
  passCount: number;
  values: Record<IndicatorId, number | null>;
}

export interface PlanPart {
  code: string;
  name: string;
  stage: Stage;
  students: number | null;
  before: PartState;
  after: PartState;
}

export interface PlanCoefficient {
  stage: Stage;
  id: IndicatorId;
  before: number | null;
  after: number | null;
  limit: number;
}

export interface PlanYear {
  year: number;
  cost: number;
  /** Included parts that pass in that year with that year's enrolment and the additions made by then. */
  passingParts: number;
  parts: number;
  /** Names of the schools whose parts all pass that year and did not the year before (today for the first year). */
  newlyPassing: string[];
}

export interface PlanActionTotal {
  action: PlanAction;
  amount: number;
  unit: string;
  cost: number;
}

/** The plan as `plan` in the JSON (PLAN.md §7). */
export interface Plan {
  targetYear: number;
  evaluationYear: number;
  total: number;
  byYear: PlanYear[];
  byAction: PlanActionTotal[];
  additions: PlanAddition[];
  transfers: PlanTransfer[];
  parts: PlanPart[];
  coefficients: PlanCoefficient[];
  gap: number;
  seconds: number;
  unmet: string[];
  /** The settings used, with whether each is the default. */
  settings: SettingUsed[];
  /** How many cut rounds the coefficient limits took (0 when they held at the per-school optimum). */
  cutRounds: number;
}
