/**
 * `junheng plan <input.xlsx> [--out <plan.xlsx>] [--json <plan.json>] [--docx <方案.docx>] [--apply <copy.xlsx>]`:
 * the 创建规划 of PLAN.md. The solver (HiGHS in WebAssembly) is loaded here only, never by `evaluate`. Exit 0 when a
 * plan was made (unmet items included), 2 when the input cannot be planned; the input is only read.
 */
import { cliMessages as C, planCliMessages as PC } from '../engine/messages';
import { buildPlanSheet, planCounty, planDocument, planEdits, type PlanOutcome } from '../engine/plan';
import { chinaDate } from '../engine/report';
import { readCheckedGrids, writeSheetsIntoPackage } from '../workbook/xlsxPackage';
import { highsSolver } from '../plan-solver/highs';
import { type CliIo, UsageError, besideInput, parseArgs, runTime } from './args';
import { bytesContent, checkOutputs, jsonContent, readInput, shownPath, writeAll } from './files';

type Planned = Extract<PlanOutcome, { ok: true }>;

/** The default plan name: `县.xlsx` → `县.plan.xlsx`. */
export function defaultPlanPath(input: string): string {
  return besideInput(input, '.plan.xlsx');
}

/** The copy of the input with the plan applied to 学校基础数据, written through exceljs. */
async function appliedCopy(input: string, planned: Planned, grids: Parameters<typeof planEdits>[0], when: Date) {
  const edits = planEdits(grids, planned.input, planned.adds, planned.enrolment, planned.plan.targetYear);
  // exceljs is loaded only for --apply, as `template` does.
  const { ExceljsWorkbook } = await import('../workbook/exceljsAdapter');
  const book = await ExceljsWorkbook.open(input);
  for (const e of edits) {
    const ws = book.workbook.getWorksheet(e.sheet);
    if (ws) ws.getCell(e.cell).value = e.value;
  }
  return { bytes: await book.toBuffer({ fixedTime: when }), count: edits.length };
}

/** The lines printed after a plan. */
function summary(planned: Planned): string[] {
  const p = planned.plan;
  const lines = [PC.total(p.total.toFixed(2), p.targetYear)];
  for (const y of p.byYear) lines.push(PC.year(y.year, y.cost.toFixed(2), y.passingParts, y.parts));
  lines.push(PC.solved(`${(p.gap * 100).toFixed(2)}%`, p.seconds.toFixed(1), p.cutRounds));
  if (p.unmet.length > 0) lines.push(PC.unmet(p.unmet.length));
  if (planned.issues.length > 0) lines.push(PC.warnings(planned.issues.length));
  return lines;
}

/** Runs the command; resolves to the exit status (failures are thrown as UsageError, exit 2). */
export async function runPlan(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out', '--json', '--docx', '--apply'], []);
  const input = positional[0];
  if (input === undefined) throw new UsageError(C.missingArgument('<输入.xlsx>'));
  if (positional.length > 1) throw new UsageError(C.unknownOption(positional[1]));
  const opt = (k: string): string | null => (typeof options[k] === 'string' ? (options[k] as string) : null);
  const out = opt('--out') ?? defaultPlanPath(input);
  const [json, docx, apply] = [opt('--json'), opt('--docx'), opt('--apply')];
  const { bytes, id } = await readInput(input);
  const named = [out, json, docx, apply].filter((p): p is string => p !== null);
  const targets = await checkOutputs([id], named);
  const targetOf = (p: string | null) => (p === null ? null : targets[named.indexOf(p)]);

  let grids: ReturnType<typeof readCheckedGrids>;
  try {
    grids = readCheckedGrids(bytes);
  } catch (e) {
    throw new UsageError(C.unreadable(shownPath(input), e instanceof Error ? e.message : String(e)));
  }
  const planned = await planCounty(grids, { solver: highsSolver() });
  if (!planned.ok) throw new UsageError(planned.reason);
  const when = runTime(io);
  const sheet = buildPlanSheet(planned.plan, planned.before.county);
  const outputs = [
    {
      out: targetOf(out)!,
      content: bytesContent(writeSheetsIntoPackage(bytes, [sheet], 'replace', { entryTime: when, checked: true })),
    },
  ];
  const jsonTarget = targetOf(json);
  if (jsonTarget) {
    const body = {
      county: planned.before.county,
      year: planned.before.year,
      plan: planned.plan,
      issues: planned.issues,
    };
    outputs.push({ out: jsonTarget, content: jsonContent(body) });
  }
  let applied = 0;
  const applyTarget = targetOf(apply);
  if (applyTarget) {
    const copy = await appliedCopy(input, planned, grids, when);
    applied = copy.count;
    outputs.push({ out: applyTarget, content: bytesContent(copy.bytes) });
  }
  let holes = 0;
  const docxTarget = targetOf(docx);
  if (docxTarget) {
    const doc = planDocument(planned, chinaDate(when));
    // docx is loaded only for --docx, as `report` does.
    const [{ reportDocxBytes }, { placeholderCount }] = await Promise.all([
      import('../workbook/docx'),
      import('./report'),
    ]);
    holes = placeholderCount(doc);
    outputs.push({ out: docxTarget, content: bytesContent(await reportDocxBytes(doc, when)) });
  }
  await writeAll(outputs);
  for (const line of summary(planned)) io.out(line);
  io.out(PC.written(out));
  if (json !== null) io.out(PC.json(json));
  if (apply !== null) io.out(PC.applied(apply, applied));
  if (docx !== null) io.out(PC.docx(docx, holes));
  return 0;
}
