/**
 * The problem a form collection reports, shared by the collector (collect.ts) and the reader of the user's
 * `字段对照` sheet (mapping.ts).
 */
import type { Severity } from '../types';

/** One entry of `采集问题`: the form (file), sheet, cell and item it concerns, in Chinese. */
export interface CollectProblem {
  severity: Severity;
  form: string;
  sheet: string | null;
  cell: string | null;
  item: string | null;
  message: string;
  /** Stable machine-readable kind, e.g. `not-a-form`; tests assert on it. */
  code: string;
}
