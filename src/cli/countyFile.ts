/**
 * One county workbook read and evaluated into the roll-up's compact summary, or the reason it cannot be used.
 * Shared by the roll-up's worker threads and its in-process path, so both give the same outcome.
 */
import { evaluate } from '../engine/evaluate';
import { cliMessages as C } from '../engine/messages';
import { summarizeCounty, type CountyOutcome } from '../engine/monitoring/rollup';
import { readWorkbookFile, shownPath } from './files';

/** Reads, evaluates and summarises `file`; never throws: a failure is the outcome's `error`. */
export async function evaluateCountyFile(file: string): Promise<CountyOutcome> {
  const read = await readWorkbookFile(file);
  if ('error' in read) return read;
  try {
    const outcome = evaluate(read.workbook);
    if (!outcome.ok) return { file, error: outcome.reason };
    return { file, summary: summarizeCounty(outcome.result) };
  } catch (e) {
    return { file, error: C.unreadable(shownPath(file), e instanceof Error ? e.message : String(e)) };
  }
}
