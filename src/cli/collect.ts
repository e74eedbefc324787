/**
 * `junheng collect <school forms or folders>… --out <county.xlsx>`: every vertical school form (a folder is
 * searched for .xlsx files) collected into the template's `学校基础数据`, with `采集问题` naming what could not
 * be used. When the output exists, its `字段对照` is read and only 学校基础数据 and 采集问题 are replaced, so the
 * user's 区县数据 and own item names stay; otherwise a new workbook holds the blank template around them.
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
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
import { UsageError, parseArgs, runTime, type CliIo } from './main';
import { newWorkbookBytes } from './newWorkbook';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Runs the command; resolves to the exit status. */
export async function runCollect(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out'], []);
  const out = options['--out'];
  if (typeof out !== 'string') throw new UsageError(M.missingOut);
  const files = await expandInputs(positional, [out]);
  if (files.length === 0) throw new UsageError(M.noForms);

  const sources: FormSource[] = [];
  for (const file of files) sources.push(await readForm(file));
  const existing = existsSync(out) ? await readExisting(out) : null;
  const mapping = existing?.grids.find((s) => s.name === COLLECT_SHEETS.mapping) ?? null;
  const result = collectForms(sources, mapping);
  if (result.schools.length === 0) throw new UsageError(M.nothingCollected(files.length));

  const when = runTime(io);
  const sheets = [buildCollectedSchoolSheet(result), buildProblemsSheet(result)];
  try {
    const bytes = existing
      ? writeSheetsIntoPackage(existing.bytes, sheets, 'replace', {
          entryTime: when,
          addMissing: [...blankTemplateSheets(), buildMappingSheet()],
        })
      : await newWorkbookBytes([sheets[0], ...blankTemplateSheets(), sheets[1], buildMappingSheet()], when);
    await fs.mkdir(path.dirname(out), { recursive: true });
    await fs.writeFile(out, bytes);
  } catch (e) {
    throw new UsageError(C.writeFailed(out, e instanceof Error ? e.message : String(e)));
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  io.out(M.collectDone(result.schools.length, files.length, errors, result.problems.length - errors));
  io.out(M.collectWritten(out));
  return 0;
}

async function readForm(file: string): Promise<FormSource> {
  const bytes = await fs.readFile(file).catch(() => null);
  if (bytes === null) return { file, error: C.noSuchFile(file) };
  try {
    if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) return { file, error: C.notXlsx(file) };
    return { file, workbook: readGrids(bytes) };
  } catch (e) {
    return { file, error: C.unreadable(file, e instanceof Error ? e.message : String(e)) };
  }
}

async function readExisting(out: string): Promise<{ bytes: Uint8Array; grids: SheetGrid[] }> {
  try {
    const bytes = await fs.readFile(out);
    return { bytes, grids: readGrids(bytes).sheets };
  } catch (e) {
    throw new UsageError(C.unreadable(out, e instanceof Error ? e.message : String(e)));
  }
}
