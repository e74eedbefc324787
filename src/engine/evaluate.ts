/** The engine's single entry point: a workbook's grids in, an evaluation (or the reason it cannot run) out. */
import { computeResult } from './compute';
import { readWorkbookInput } from './read';
import type { EvaluationOutcome } from './result';
import type { WorkbookInput } from './types';

/** Reads and computes a whole workbook: the one entry point of the engine for both adapters. */
export function evaluate(workbook: WorkbookInput): EvaluationOutcome {
  const read = readWorkbookInput(workbook);
  if (!read.ok) return { ok: false, reason: read.reason, code: read.code };
  return { ok: true, result: computeResult(read.input, read.settings) };
}
