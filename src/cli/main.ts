/**
 * The `junheng` command: `evaluate` a filled template into a copy with the output sheets, or write a
 * blank or sample `template`. Exit 0 when it computed, 2 when the input cannot be used; failures are one
 * Chinese line on stderr, never a stack trace.
 */
import * as path from 'path';
import { evaluate } from '../engine/evaluate';
import { cliMessages as C, planCliMessages, reportCliMessages, rollupMessages } from '../engine/messages';
import type { EvaluationResult } from '../engine/result';
import type { WorkbookInput } from '../engine/types';
import { summaryLines } from './summary';
import { lineWriter } from './stdio';
import { readCheckedGrids } from '../workbook/xlsxPackage';
import {
  FileError,
  bytesContent,
  checkOutputs,
  jsonContent,
  markedZip,
  ownMark,
  readInput,
  refuseExisting,
  shownPath,
  writeAll,
} from './files';
import { type CliIo, UsageError, besideInput, parseArgs, runTime } from './args';
import { resultWorkbook } from '../workbook/resultWorkbook';

export type { CliIo } from './args';

const processIo: CliIo = { out: lineWriter(1), err: lineWriter(2), env: process.env };

export { endProcess } from './stdio';

/** Runs the command line; resolves to the exit status. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-v' || command === 'version') {
      io.out(C.version(packageVersion()));
      return 0;
    }
    const wantsHelp = argv.some((a) => a === '--help' || a === '-h');
    if (command === undefined || command === 'help' || wantsHelp) {
      io.out(`${C.usage}
${rollupMessages.usage}
${reportCliMessages.usage}
${planCliMessages.usage}
${C.usageFootnote}`);
      return 0;
    }
    if (command === 'evaluate') return await runEvaluate(rest, io);
    if (command === 'template') return await runTemplate(rest, io);
    // The other commands load only when asked for: `report` brings docx, whose loading alone took 130-200 ms of
    // a 300-school `evaluate` (0.4-0.6 s wall) when every command was imported at start-up.
    if (command === 'rollup') return await (await import('./rollup')).runRollup(rest, io);
    if (command === 'collect') return await (await import('./collect')).runCollect(rest, io);
    if (command === 'compare') return await (await import('./compare')).runCompare(rest, io);
    if (command === 'report') return await (await import('./report')).runReport(rest, io);
    if (command === 'plan') return await (await import('./plan')).runPlan(rest, io);
    throw new UsageError(C.unknownCommand(command));
  } catch (e) {
    const known = e instanceof UsageError || e instanceof FileError;
    const message = known ? e.message : C.unexpected(e instanceof Error ? e.message : String(e));
    io.err(`${C.prefix}${oneLine(message)}`);
    return 2;
  }
}

/**
 * The version in package.json, two folders up both from src/cli (tests) and from build/cli (the command as built
 * and installed). Read only when asked, so no run pays for it.
 */
export function packageVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- fs only for --version, never on a run's path
  const { readFileSync } = require('fs') as typeof import('fs');
  const text = readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8');
  return String((JSON.parse(text) as { version?: unknown }).version ?? '');
}

function oneLine(text: string): string {
  // Split and trim rather than /\s*\n\s*/, which backtracks quadratically on a long run of spaces.
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(' ');
}

/**
 * The output workbook: the input package with the output sheets written in, every other part copied as it was
 * (charts, images, pivot tables of the user's sheets included). Output sheets replace their namesakes; 评估标准
 * is added with the defaults only when the workbook has none.
 */
function workbookOf(bytes: Uint8Array, result: EvaluationResult, when: Date): Uint8Array {
  // One function writes it for the command and the web page (src/web), so both give the same workbook.
  return resultWorkbook(bytes, result, when);
}

/** The first members of `evaluate`'s JSON, by which an earlier result is known. */
export const EVALUATE_JSON_KEYS = ['county', 'year', 'verdict'];

/** The default output name: `县.xlsx` → `县.result.xlsx`. */
export function defaultOutputPath(input: string): string {
  return besideInput(input, '.result.xlsx');
}

async function runEvaluate(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out', '--json'], ['--force']);
  const input = positional[0];
  if (input === undefined) throw new UsageError(C.missingArgument('<输入.xlsx>'));
  if (positional.length > 1) throw new UsageError(C.unknownOption(positional[1]));
  const out = typeof options['--out'] === 'string' ? options['--out'] : defaultOutputPath(input);
  const json = typeof options['--json'] === 'string' ? options['--json'] : null;

  // Everything about the files is settled before the work: the input read once, every output checked writable
  // and distinct from the input and from each other.
  const { bytes, id } = await readInput(input);
  const [outTarget, jsonTarget] = await checkOutputs([id], json === null ? [out] : [out, json]);
  refuseExisting(
    [
      { given: out, typed: typeof options['--out'] === 'string', own: { zip: ownMark('evaluate') } },
      ...(json === null ? [] : [{ given: json, typed: true, own: { jsonKeys: EVALUATE_JSON_KEYS } }]),
    ],
    options['--force'] === true,
  );

  // The output is the input package with the output sheets written in, every other part copied as it was
  // (charts, images, pivot tables of the user's sheets included).
  let grids: WorkbookInput | null;
  try {
    grids = readCheckedGrids(bytes);
  } catch (e) {
    throw new UsageError(C.unreadable(shownPath(input), e instanceof Error ? e.message : String(e)));
  }
  const outcome = evaluate(grids);
  // The grids of a large county are the biggest thing in memory; the output sheets no longer need them.
  grids = null;
  if (!outcome.ok) throw new UsageError(outcome.reason);
  const result = outcome.result;

  const when = runTime(io);
  let written: Uint8Array;
  try {
    written = workbookOf(bytes, result, when);
  } catch (e) {
    throw new UsageError(C.writeFailed(out, e instanceof Error ? e.message : String(e)));
  }
  // Both files are written whole, or neither is: a failure leaves what was there before.
  const outputs = [{ out: outTarget, content: bytesContent(markedZip(written, ownMark('evaluate'))) }];
  if (jsonTarget) outputs.push({ out: jsonTarget, content: jsonContent(result) });
  await writeAll(outputs);
  for (const line of summaryLines(result)) io.out(line);
  io.out(C.summaryOutput(out));
  if (json !== null) io.out(C.summaryJson(json));
  return 0;
}

async function runTemplate(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, [], ['--sample', '--force']);
  const out = positional[0];
  if (out === undefined) throw new UsageError(C.missingArgument('<输出.xlsx>'));
  if (positional.length > 1) throw new UsageError(C.unknownOption(positional[1]));
  const sample = options['--sample'] === true;
  // No input to protect; the output is checked writable before the work, as `evaluate` does.
  const [target] = await checkOutputs([], [out]);
  // A template is what the user fills: an existing one is theirs, whoever wrote it first.
  refuseExisting([{ given: out, typed: true, own: null }], options['--force'] === true);
  // exceljs is loaded only here: `evaluate` does without it, and loading it costs a good part of a second.
  const { ExceljsWorkbook } = await import('../workbook/exceljsAdapter');
  const { buildTemplateSheets } = await import('../engine/template');
  const book = ExceljsWorkbook.create();
  await book.writeSheets(buildTemplateSheets({ sample }), 'replace');
  await writeAll([{ out: target, content: bytesContent(await book.toBuffer({ fixedTime: runTime(io) })) }]);
  io.out(sample ? C.sampleWritten(out) : C.templateWritten(out));
  return 0;
}
