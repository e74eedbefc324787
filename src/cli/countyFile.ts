/**
 * One county workbook read and evaluated into the roll-up's compact summary, or the reason it cannot be used.
 * Shared by the roll-up's worker threads and its in-process path, so both give the same outcome.
 */
import { promises as fs } from 'fs';
import { evaluate } from '../engine/evaluate';
import { cliMessages as C } from '../engine/messages';
import { summarizeCounty, type CountyOutcome } from '../engine/monitoring/rollup';
import { readGrids } from '../workbook/xlsxPackage';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads, evaluates and summarises `file`; never throws: a failure is the outcome's `error`. */
export async function evaluateCountyFile(file: string): Promise<CountyOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return { file, error: C.noSuchFile(file) };
  }
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) return { file, error: C.notXlsx(file) };
  try {
    const outcome = evaluate(readGrids(bytes));
    if (!outcome.ok) return { file, error: outcome.reason };
    return { file, summary: summarizeCounty(outcome.result) };
  } catch (e) {
    return { file, error: C.unreadable(file, e instanceof Error ? e.message : String(e)) };
  }
}
