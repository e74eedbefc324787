/**
 * `junheng report <input.xlsx> [--out <report.docx>]`: evaluates the workbook as `evaluate` does and writes the
 * draft 自查自评报告 as a .docx (default `<input>.report.docx`). Exit statuses as `evaluate`; the input is only read.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { cliMessages as C, reportCliMessages as RC } from '../engine/messages';
import { reportFromWorkbook, type ReportDocument } from '../engine/report';
import { readGrids } from '../workbook/xlsxPackage';
import { reportDocxBytes } from '../workbook/docx';
import { checkInput, parseArgs, runTime, samePath, UsageError, type CliIo } from './main';
import { summaryLines } from './summary';

/** The default report name: `县.xlsx` → `县.report.docx`. */
export function defaultReportPath(input: string): string {
  const ext = path.extname(input);
  const base = ext.toLowerCase() === '.xlsx' ? input.slice(0, -ext.length) : input;
  return `${base}.report.docx`;
}

/** How many 【待填写】 placeholders a report leaves for people. */
export function placeholderCount(doc: ReportDocument): number {
  let n = 0;
  for (const b of doc.blocks) if (b.kind === 'paragraph') n += b.runs.filter((r) => r.placeholder).length;
  return n;
}

/** Runs the command; resolves to the exit status (failures are thrown as UsageError, exit 2). */
export async function runReport(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out'], []);
  const input = positional[0];
  if (input === undefined) throw new UsageError(C.missingArgument('<输入.xlsx>'));
  if (positional.length > 1) throw new UsageError(C.unknownOption(positional[1]));
  const out = typeof options['--out'] === 'string' ? options['--out'] : defaultReportPath(input);
  await checkInput(input);
  if (await samePath(input, out)) throw new UsageError(C.sameAsInput);

  let outcome: ReturnType<typeof reportFromWorkbook>;
  const when = runTime(io);
  try {
    outcome = reportFromWorkbook(readGrids(await fs.readFile(input)), { date: when });
  } catch (e) {
    throw new UsageError(C.unreadable(input, e instanceof Error ? e.message : String(e)));
  }
  if (!outcome.ok) throw new UsageError(outcome.reason);
  try {
    const bytes = await reportDocxBytes(outcome.report, when);
    await fs.mkdir(path.dirname(out), { recursive: true });
    await fs.writeFile(out, bytes);
  } catch (e) {
    throw new UsageError(C.writeFailed(out, e instanceof Error ? e.message : String(e)));
  }
  for (const line of summaryLines(outcome.result)) io.out(line);
  io.out(RC.written(out, placeholderCount(outcome.report)));
  return 0;
}
