/**
 * `junheng compare <earlier.xlsx>… <later.xlsx> [--baseline] [--force] [--out <compare.xlsx>] [--json <compare.json>]
 * [--problems <问题清单.xlsx>]`: each workbook evaluated with its own 评估标准, the sheet 年度对比 written into a copy of
 * the latest one, and the latest year's 问题清单 as a workbook of its own.
 */
import { cliMessages as C, compareMessages as M } from '../engine/messages';
import { compareWorkbooks, type YearWorkbook } from '../engine/monitoring';
import { buildCompareSheet, buildProblemsSheet, compareSummaryLines } from '../engine/output';
import { readGrids, writeSheetsIntoPackage } from '../workbook/xlsxPackage';
import { newWorkbookPackage } from '../workbook/xlsxPackage/newPackage';
import { type CliIo, UsageError, besideInput, parseArgs, runTime } from './args';
import {
  bytesContent,
  checkOutputs,
  jsonContent,
  markedZip,
  ownMark,
  readInputs,
  refuseExisting,
  shownPath,
  writeAll,
} from './files';

const COMPARE_OWN = { zip: ownMark('compare') };

/** The default output name: `2024.xlsx` → `2024.compare.xlsx`, beside the latest workbook. */
export function defaultComparePath(latest: string): string {
  return besideInput(latest, '.compare.xlsx');
}

function bookOf(file: string, bytes: Uint8Array): YearWorkbook {
  try {
    return { file, workbook: readGrids(bytes) };
  } catch (e) {
    throw new UsageError(C.unreadable(shownPath(file), e instanceof Error ? e.message : String(e)));
  }
}

/** Runs `compare`; resolves to the exit status (2 with one line on stderr when the workbooks cannot be compared). */
export async function runCompare(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out', '--json', '--problems'], ['--baseline', '--force']);
  if (positional.length < 2) throw new UsageError(M.tooFew);
  const named = ['--out', '--json', '--problems'] as const;
  const given = named.map((o) => options[o]).filter((v): v is string => typeof v === 'string');
  const read = await readInputs(positional);
  const ids = read.map((r) => r.id);
  // The outputs named are checked before any work; the default one, beside the latest year, once it is known.
  await checkOutputs(ids, given);
  const force = options['--force'] === true;
  refuseExisting(
    [
      ...(typeof options['--out'] === 'string' ? [{ given: options['--out'], typed: true, own: COMPARE_OWN }] : []),
      ...(typeof options['--json'] === 'string'
        ? [{ given: options['--json'], typed: true, own: { jsonKeys: ['county', 'years'] } }]
        : []),
      ...(typeof options['--problems'] === 'string'
        ? [{ given: options['--problems'], typed: true, own: COMPARE_OWN }]
        : []),
    ],
    force,
  );
  const books = read.map((r) => bookOf(r.path, r.bytes));
  const outcome = compareWorkbooks(books, {
    baseline: options['--baseline'] === true,
    force,
  });
  if (!outcome.ok) {
    const overridable = outcome.code === 'different-counties' || outcome.code === 'same-year';
    throw new UsageError(overridable ? `${outcome.reason}${M.forceHint}` : outcome.reason);
  }
  const c = outcome.comparison;
  // The books may have been put in year order: the copy is made of the latest year's workbook.
  const latest = read.find((r) => r.path === c.files[c.files.length - 1]) ?? read[read.length - 1];
  const out = typeof options['--out'] === 'string' ? options['--out'] : defaultComparePath(latest.path);
  const json = typeof options['--json'] === 'string' ? options['--json'] : null;
  const problems = typeof options['--problems'] === 'string' ? options['--problems'] : null;
  const extra = [json, problems].filter((p): p is string => p !== null);
  const [outTarget, ...targets] = await checkOutputs(ids, [out, ...extra]);

  const sheet = buildCompareSheet(c);
  const bytes = writeSheetsIntoPackage(latest.bytes, [sheet], 'replace', { entryTime: runTime(io), lead: true });
  const outputs = [{ out: outTarget, content: bytesContent(markedZip(bytes, ownMark('compare'))) }];
  if (json !== null) outputs.push({ out: targets[extra.indexOf(json)], content: jsonContent(c) });
  if (problems !== null) {
    const list = markedZip(newWorkbookPackage([buildProblemsSheet(c)], runTime(io)), ownMark('compare'));
    outputs.push({ out: targets[extra.indexOf(problems)], content: bytesContent(list) });
  }
  // All or nothing: a failure part-way leaves every earlier output as it was.
  await writeAll(outputs);
  for (const line of compareSummaryLines(c)) io.out(line);
  io.out(M.written(out));
  if (json !== null) io.out(M.jsonWritten(json));
  if (problems !== null) io.out(M.problems.written(problems));
  return 0;
}
