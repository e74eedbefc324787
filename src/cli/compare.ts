/**
 * `junheng compare <earlier.xlsx>… <later.xlsx> [--baseline] [--force] [--out <compare.xlsx>] [--json <compare.json>]`:
 * each workbook evaluated with its own 评估标准, and the sheet 年度对比 written into a copy of the latest one.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { cliMessages as C, compareMessages as M } from '../engine/messages';
import { compareWorkbooks, type YearWorkbook } from '../engine/monitoring';
import { buildCompareSheet, compareSummaryLines } from '../engine/output';
import { readGrids, writeSheetsIntoPackage } from '../workbook/xlsxPackage';
import { type CliIo, UsageError, checkInput, parseArgs, runTime, samePath } from './main';

/** The default output name: `2024.xlsx` → `2024.compare.xlsx`, beside the latest workbook. */
export function defaultComparePath(latest: string): string {
  const ext = path.extname(latest);
  const base = ext.toLowerCase() === '.xlsx' ? latest.slice(0, -ext.length) : latest;
  return `${base}.compare.xlsx`;
}

async function readBook(file: string): Promise<{ bytes: Uint8Array; book: YearWorkbook }> {
  await checkInput(file);
  try {
    const bytes = await fs.readFile(file);
    return { bytes, book: { file, workbook: readGrids(bytes) } };
  } catch (e) {
    throw new UsageError(C.unreadable(file, e instanceof Error ? e.message : String(e)));
  }
}

async function refuseInputs(inputs: readonly string[], target: string): Promise<void> {
  for (const input of inputs) if (await samePath(input, target)) throw new UsageError(C.sameAsInput);
}

/** Runs `compare`; resolves to the exit status (2 with one line on stderr when the workbooks cannot be compared). */
export async function runCompare(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out', '--json'], ['--baseline', '--force']);
  if (positional.length < 2) throw new UsageError(M.tooFew);
  const read = [];
  for (const file of positional) read.push(await readBook(file));
  const outcome = compareWorkbooks(
    read.map((r) => r.book),
    { baseline: options['--baseline'] === true, force: options['--force'] === true },
  );
  if (!outcome.ok) {
    const overridable = outcome.code === 'different-counties' || outcome.code === 'same-year';
    throw new UsageError(overridable ? `${outcome.reason}${M.forceHint}` : outcome.reason);
  }
  const c = outcome.comparison;
  // The books may have been put in year order: the copy is made of the latest year's workbook.
  const latest = read.find((r) => r.book.file === c.files[c.files.length - 1]) ?? read[read.length - 1];
  const out = typeof options['--out'] === 'string' ? options['--out'] : defaultComparePath(latest.book.file);
  const json = typeof options['--json'] === 'string' ? options['--json'] : null;
  await refuseInputs(positional, out);
  if (json !== null) await refuseInputs(positional, json);

  await write(out, () =>
    writeSheetsIntoPackage(latest.bytes, [buildCompareSheet(c)], 'replace', { entryTime: runTime(io) }),
  );
  if (json !== null) await write(json, () => `${JSON.stringify(c, null, 2)}\n`);
  for (const line of compareSummaryLines(c)) io.out(line);
  io.out(M.written(out));
  if (json !== null) io.out(M.jsonWritten(json));
  return 0;
}

async function write(file: string, content: () => Uint8Array | string): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content());
  } catch (e) {
    throw new UsageError(C.writeFailed(file, e instanceof Error ? e.message : String(e)));
  }
}
