/** The engine's single entry point: a workbook's grids in, an evaluation (or the reason it cannot run) out. */
import { computeResult } from './compute';
import { crossSheetIssues } from './consistency';
import { computeDuties } from './duties';
import { readWorkbookInput } from './read';
import type { EvaluationOutcome } from './result';
import type { WorkbookInput } from './types';

/** Reads and computes a whole workbook: the one entry point of the engine for both adapters. */
export function evaluate(workbook: WorkbookInput): EvaluationOutcome {
  const read = readWorkbookInput(workbook);
  if (!read.ok) return { ok: false, reason: read.reason, code: read.code };
  const result = computeResult(read.input, read.settings);
  // The 履职 checks come after the 优质均衡 ones: they reuse its figures (多媒体教室 of 资源配置, 区县数据's wages).
  const duties = computeDuties(workbook, read.input, result);
  result.duties = duties.duties;
  result.dutiesSheet = duties.sheet;
  result.dutiesYear = duties.year;
  if (duties.sheet !== null) result.dutiesEmpty = duties.empty;
  result.issues.push(...duties.issues);
  // After both evaluations: a figure that two sheets hold must be one figure (src/engine/consistency).
  result.issues.push(...crossSheetIssues({ county: read.input, duties: duties.data, options: duties.options }));
  return { ok: true, result };
}
