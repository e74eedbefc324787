/**
 * `junheng collect <school forms or folders>… --out <county.xlsx>`: every vertical school form (a folder is
 * searched for .xlsx files) collected into the template's `学校基础数据`, with `采集问题` naming what could not
 * be used. When the output exists, its `字段对照` is read and only 学校基础数据 and 采集问题 are replaced, so the
 * user's 区县数据 and own item names stay; otherwise a new workbook holds the blank template around them.
 */
import { COLLECT_SHEETS, cliMessages as C, collectMessages as M } from '../engine/messages';
import { collectForms, type FormSource } from '../engine/monitoring/collect';
import {
  blankTemplateSheets,
  buildCollectedSchoolSheet,
  buildMappingSheet,
  buildProblemsSheet,
} from '../engine/output/collectSheets';
import type { SheetGrid } from '../engine/types';
import { readGrids, writeSheetsIntoPackage } from '../workbook/xlsxPackage';
import { expandInputs } from './inputs';
import { UsageError, parseArgs, runTime, type CliIo } from './args';
import {
  bytesContent,
  checkOutputs,
  fileIdOf,
  markedZip,
  ownMark,
  readInput,
  readWorkbookFile,
  refuseExisting,
  shownPath,
  writeAll,
} from './files';
import { newWorkbookBytes } from './newWorkbook';

/** Runs the command; resolves to the exit status. */
export async function runCollect(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out'], ['--force']);
  const out = options['--out'];
  if (typeof out !== 'string') throw new UsageError(M.missingOut);
  const { files, ids } = await expandInputs(positional, [out]);
  if (files.length === 0) throw new UsageError(M.noForms);
  // The output is checked against every form before any is read; an existing output is itself read (its
  // 字段对照 and the user's other sheets are kept) and then replaced whole.
  const [target] = await checkOutputs(ids, [out]);
  const force = options['--force'] === true;
  // With --force an existing file that is no workbook is simply replaced.
  const existing = (await fileIdOf(out)) ? await readExisting(out).catch((e: unknown) => failUnless(force, e)) : null;
  // A workbook collected into before (its 采集问题 sheet there, saved in Excel or not) is updated in place: only
  // 学校基础数据 and 采集问题 are replaced. Any other existing workbook is the user's, and kept unless --force.
  const collectedBefore = existing?.grids.some((s) => s.name === COLLECT_SHEETS.problems) ?? false;
  if (!collectedBefore) refuseExisting([{ given: out, typed: true, own: null }], force);

  const sources: FormSource[] = [];
  for (const file of files) sources.push(await readWorkbookFile(file));
  const mapping = existing?.grids.find((s) => s.name === COLLECT_SHEETS.mapping) ?? null;
  const result = collectForms(sources, mapping);
  if (result.schools.length === 0) throw new UsageError(M.nothingCollected(files.length));

  const when = runTime(io);
  const sheets = [buildCollectedSchoolSheet(result), buildProblemsSheet(result)];
  const bytes = existing
    ? writeSheetsIntoPackage(existing.bytes, sheets, 'replace', {
        entryTime: when,
        addMissing: [...blankTemplateSheets(), buildMappingSheet()],
      })
    : await newWorkbookBytes([sheets[0], ...blankTemplateSheets(), sheets[1], buildMappingSheet()], when);
  await writeAll([{ out: target, content: bytesContent(markedZip(bytes, ownMark('collect'))) }]);
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  io.out(M.collectDone(result.schools.length, files.length, errors, result.problems.length - errors));
  io.out(M.collectWritten(out));
  return 0;
}

function failUnless(force: boolean, e: unknown): null {
  if (force) return null;
  throw e;
}

async function readExisting(out: string): Promise<{ bytes: Uint8Array; grids: SheetGrid[] }> {
  const { bytes } = await readInput(out);
  try {
    return { bytes, grids: readGrids(bytes).sheets };
  } catch (e) {
    throw new UsageError(C.unreadable(shownPath(out), e instanceof Error ? e.message : String(e)));
  }
}
