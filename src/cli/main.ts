/**
 * The `junheng` command: `evaluate` a filled template into a copy with the output sheets, or write a
 * blank or sample `template`. Exit 0 when it computed, 2 when the input cannot be used; failures are one
 * Chinese line on stderr, never a stack trace.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { evaluate } from '../engine/evaluate';
import { INDICATOR_NAMES, VERDICT_WORDS, cliMessages as C, COEFFICIENT_WORDS, printMessages } from '../engine/messages';
import { buildOutputSheets, buildSettingsSheet } from '../engine/output';
import { INDICATOR_IDS, type CoefficientResult, type EvaluationResult } from '../engine/result';
import { buildTemplateSheets } from '../engine/template';
import type { WorkbookInput } from '../engine/types';
import { readGrids, writeSheetsIntoPackage } from '../workbook/xlsxPackage';

/** Where the command writes its lines; tests pass their own to capture them. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

/** A failure that ends the command with exit status 2 and one line on stderr. */
class UsageError extends Error {}

/** Runs the command line; resolves to the exit status. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const wantsHelp = argv.some((a) => a === '--help' || a === '-h');
    if (command === undefined || command === 'help' || wantsHelp) {
      io.out(C.usage);
      return 0;
    }
    if (command === 'evaluate') return await runEvaluate(rest, io);
    if (command === 'template') return await runTemplate(rest, io);
    throw new UsageError(C.unknownCommand(command));
  } catch (e) {
    const message = e instanceof UsageError ? e.message : C.unexpected(e instanceof Error ? e.message : String(e));
    io.err(`${C.prefix}${oneLine(message)}`);
    return 2;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

interface Parsed {
  positional: string[];
  options: Record<string, string | true>;
}

/** Splits `--name value` options (and bare flags listed in `flags`) from positional arguments. */
function parseArgs(args: string[], valued: string[], flags: string[]): Parsed {
  const parsed: Parsed = { positional: [], options: {} };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (valued.includes(a)) {
      const v = args[i + 1];
      if (v === undefined) throw new UsageError(C.missingArgument(a));
      parsed.options[a] = v;
      i++;
    } else if (flags.includes(a)) {
      parsed.options[a] = true;
    } else if (a.startsWith('--')) {
      throw new UsageError(C.unknownOption(a));
    } else {
      parsed.positional.push(a);
    }
  }
  return parsed;
}

/** The run time: `JUNHENG_NOW` (ISO) when set, so re-runs can be byte-stable; else the clock. */
function runTime(io: CliIo): Date {
  const fixed = io.env.JUNHENG_NOW;
  if (fixed) {
    const d = new Date(fixed);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return new Date();
}

/** Offset of China Standard Time from UTC, in milliseconds. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * `YYYY-MM-DD HH:MM:SS（北京时间）`: China Standard Time (UTC+8), as the county office reads its clock, whatever the
 * time zone of the machine that runs the command.
 */
export function displayTime(d: Date): string {
  const local = new Date(d.getTime() + CHINA_OFFSET_MS);
  return printMessages.chinaTime(local.toISOString().slice(0, 19).replace('T', ' '));
}

/** The default output name: `县.xlsx` → `县.result.xlsx`. */
export function defaultOutputPath(input: string): string {
  const ext = path.extname(input);
  const base = ext.toLowerCase() === '.xlsx' ? input.slice(0, -ext.length) : input;
  return `${base}.result.xlsx`;
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string): Promise<string> => {
    try {
      return await fs.realpath(p);
    } catch {
      return path.resolve(p);
    }
  };
  return (await real(a)) === (await real(b));
}

/** Checks the input exists and is a zip (every .xlsx is one), before it is read. */
async function checkInput(input: string): Promise<void> {
  let handle: fs.FileHandle;
  try {
    const stat = await fs.stat(input);
    if (!stat.isFile()) throw new UsageError(C.noSuchFile(input));
    handle = await fs.open(input, 'r');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(C.noSuchFile(input));
  }
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    const zip = bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
    if (!zip) throw new UsageError(C.notXlsx(input));
  } finally {
    await handle.close();
  }
}

async function runEvaluate(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out', '--json'], []);
  const input = positional[0];
  if (input === undefined) throw new UsageError(C.missingArgument('<输入.xlsx>'));
  if (positional.length > 1) throw new UsageError(C.unknownOption(positional[1]));
  const out = typeof options['--out'] === 'string' ? options['--out'] : defaultOutputPath(input);
  const json = typeof options['--json'] === 'string' ? options['--json'] : null;

  await checkInput(input);
  if (await samePath(input, out)) throw new UsageError(C.sameAsInput);
  if (json !== null && (await samePath(input, json))) throw new UsageError(C.sameAsInput);

  // The file is read once; the output is that package with the output sheets written in, every other part
  // copied as it was (charts, images, pivot tables of the user's sheets included).
  let bytes: Uint8Array;
  let grids: WorkbookInput | null;
  try {
    bytes = await fs.readFile(input);
    grids = readGrids(bytes);
  } catch (e) {
    throw new UsageError(C.unreadable(input, e instanceof Error ? e.message : String(e)));
  }
  const outcome = evaluate(grids);
  // The grids of a large county are the biggest thing in memory; the output sheets no longer need them.
  grids = null;
  if (!outcome.ok) throw new UsageError(outcome.reason);
  const result = outcome.result;

  const when = runTime(io);
  try {
    const sheets = buildOutputSheets(result, { runTime: displayTime(when) });
    // Output sheets replace their namesakes; 评估标准 is added with the defaults only when the workbook has none.
    const written = writeSheetsIntoPackage(bytes, sheets, 'replace', {
      entryTime: when,
      addMissing: [buildSettingsSheet()],
    });
    await fs.mkdir(path.dirname(out), { recursive: true });
    await fs.writeFile(out, written);
  } catch (e) {
    throw new UsageError(C.writeFailed(out, e instanceof Error ? e.message : String(e)));
  }
  if (json !== null) {
    try {
      await fs.writeFile(json, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
    } catch (e) {
      throw new UsageError(C.writeFailed(json, e instanceof Error ? e.message : String(e)));
    }
  }
  for (const line of summaryLines(result)) io.out(line);
  io.out(C.summaryOutput(out));
  if (json !== null) io.out(C.summaryJson(json));
  return 0;
}

/** A coefficient with its status word, so a failing one stands out without colour: `0.625（未达标）`. */
function cvText(c: CoefficientResult): string {
  if (c.cv === null) return COEFFICIENT_WORDS.none;
  return `${c.cv.toFixed(3)}（${c.pass ? COEFFICIENT_WORDS.pass : COEFFICIENT_WORDS.fail}）`;
}

/** The short Chinese summary printed after a run. */
export function summaryLines(result: EvaluationResult): string[] {
  const included = result.parts.filter((p) => p.included);
  const count = (v: string): number => included.filter((p) => p.verdict === v).length;
  const lines = [C.summaryCounty(result.county, result.year), C.summaryVerdict(VERDICT_WORDS[result.verdict])];
  if (result.blockers.length > 0) {
    lines.push(C.summaryBlockers);
    for (const b of result.blockers) lines.push(`  - ${b}`);
  }
  lines.push(C.summaryParts(count('pass'), count('fail'), count('incomplete'), result.parts.length - included.length));
  lines.push(C.summaryCvHeader);
  for (const id of INDICATOR_IDS) {
    lines.push(
      C.summaryCvLine(
        `${id} ${INDICATOR_NAMES[id]}`,
        cvText(result.coefficients.primary[id]),
        cvText(result.coefficients.junior[id]),
      ),
    );
  }
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  lines.push(C.summaryIssues(errors, result.issues.length - errors));
  return lines;
}

async function runTemplate(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, [], ['--sample']);
  const out = positional[0];
  if (out === undefined) throw new UsageError(C.missingArgument('<输出.xlsx>'));
  if (positional.length > 1) throw new UsageError(C.unknownOption(positional[1]));
  const sample = options['--sample'] === true;
  // exceljs is loaded only here: `evaluate` does without it, and loading it costs a good part of a second.
  const { ExceljsWorkbook } = await import('../workbook/exceljsAdapter');
  const book = ExceljsWorkbook.create();
  await book.writeSheets(buildTemplateSheets({ sample }), 'replace');
  const dir = path.dirname(out);
  try {
    await fs.mkdir(dir, { recursive: true });
    await book.saveAs(out, { fixedTime: runTime(io) });
  } catch (e) {
    throw new UsageError(C.writeFailed(out, e instanceof Error ? e.message : String(e)));
  }
  io.out(sample ? C.sampleWritten(out) : C.templateWritten(out));
  return 0;
}
