/**
 * `junheng report <input.xlsx> [--out <report.docx>]`: evaluates the workbook as `evaluate` does and writes the
 * draft 自查自评报告 as a .docx (default `<input>.report.docx`). Exit statuses as `evaluate`; the input is only read.
 */
import { cliMessages as C, reportCliMessages as RC } from '../engine/messages';
import { reportFromWorkbook, type ReportDocument } from '../engine/report';
import { readGrids } from '../workbook/xlsxPackage';
import { reportDocxBytes } from '../workbook/docx';
import { type CliIo, UsageError, besideInput, parseArgs, runTime } from './args';
import {
  bytesContent,
  checkOutputs,
  markedZip,
  ownMark,
  readInput,
  refuseExisting,
  shownPath,
  writeAll,
} from './files';
import { summaryLines } from './summary';

/** The default report name: `县.xlsx` → `县.report.docx`. */
export function defaultReportPath(input: string): string {
  return besideInput(input, '.report.docx');
}

/** How many 【待填写】 placeholders a report leaves for people. */
export function placeholderCount(doc: ReportDocument): number {
  let n = 0;
  for (const b of doc.blocks) if (b.kind === 'paragraph') n += b.runs.filter((r) => r.placeholder).length;
  return n;
}

/** Runs the command; resolves to the exit status (failures are thrown as UsageError, exit 2). */
export async function runReport(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out'], ['--force']);
  const input = positional[0];
  if (input === undefined) throw new UsageError(C.missingArgument('<输入.xlsx>'));
  if (positional.length > 1) throw new UsageError(C.unknownOption(positional[1]));
  const out = typeof options['--out'] === 'string' ? options['--out'] : defaultReportPath(input);
  // The input read once and the output checked against it (by device and inode) before the work.
  const { bytes, id } = await readInput(input);
  const [target] = await checkOutputs([id], [out]);
  refuseExisting(
    [{ given: out, typed: typeof options['--out'] === 'string', own: { zip: ownMark('report') } }],
    options['--force'] === true,
  );

  let outcome: ReturnType<typeof reportFromWorkbook>;
  const when = runTime(io);
  try {
    outcome = reportFromWorkbook(readGrids(bytes), { date: when });
  } catch (e) {
    throw new UsageError(C.unreadable(shownPath(input), e instanceof Error ? e.message : String(e)));
  }
  if (!outcome.ok) throw new UsageError(outcome.reason);
  // Written whole or not at all: a temporary file beside the target, renamed over it when complete.
  await writeAll([
    { out: target, content: bytesContent(markedZip(await reportDocxBytes(outcome.report, when), ownMark('report'))) },
  ]);
  for (const line of summaryLines(outcome.result)) io.out(line);
  io.out(RC.written(out, placeholderCount(outcome.report)));
  return 0;
}
