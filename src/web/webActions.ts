/**
 * What the web page (均衡网页版) does with a workbook the user picked, with the command's own engine and writers:
 * the evaluation `junheng evaluate` makes, its result workbook, the report `junheng report` drafts and the 年度对比
 * `junheng compare` writes. Nothing here touches the DOM or the network; the page (WebApp.tsx) only offers the
 * bytes for download.
 */
import { evaluate } from '../engine/evaluate';
import { cliMessages, compareMessages } from '../engine/messages';
import { compareWorkbooks } from '../engine/monitoring';
import { buildCompareSheet, compareSummaryLines } from '../engine/output';
import { reportFromWorkbook } from '../engine/report';
import type { EvaluationResult } from '../engine/result';
import type { WorkbookInput } from '../engine/types';
import { resultWorkbook } from '../workbook/resultWorkbook';
import { reportDocxBytes } from '../workbook/docx';
import { readCheckedGrids, readGrids } from '../workbook/xlsxPackage/read';
import { writeSheetsIntoPackage } from '../workbook/xlsxPackage/writeSheets';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file the user picked, read on this machine. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file to offer for download. */
export interface Download {
  fileName: string;
  bytes: Uint8Array;
  type: string;
}

/** A workbook read and evaluated: what every download starts from. */
export interface LoadedWorkbook {
  file: PickedFile;
  grids: WorkbookInput;
  result: EvaluationResult;
}

/** A workbook's outcome: evaluated, or the Chinese reason it cannot be (naming the file, sheet and cell). */
export type LoadOutcome = { ok: true; book: LoadedWorkbook } | { ok: false; reason: string };

/** `县.xlsx` → `县${suffix}`, as the command names its outputs beside the input (any case of `.xlsx`). */
export function besideName(name: string, suffix: string): string {
  return /\.xlsx$/i.test(name) ? `${name.slice(0, -5)}${suffix}` : `${name}${suffix}`;
}

/** Reads and evaluates a picked workbook exactly as `junheng evaluate` does. */
export function loadWorkbook(file: PickedFile): LoadOutcome {
  let grids: WorkbookInput;
  try {
    grids = readCheckedGrids(file.bytes);
  } catch (e) {
    return { ok: false, reason: cliMessages.unreadable(file.name, e instanceof Error ? e.message : String(e)) };
  }
  const outcome = evaluate(grids);
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  return { ok: true, book: { file, grids, result: outcome.result } };
}

/** `<name>.result.xlsx`: the picked workbook with the output sheets, as `junheng evaluate` writes it at `when`. */
export function resultDownload(book: LoadedWorkbook, when: Date): Download {
  return {
    fileName: besideName(book.file.name, '.result.xlsx'),
    bytes: resultWorkbook(book.file.bytes, book.result, when),
    type: XLSX_TYPE,
  };
}

/** `<name>.report.docx`: the draft 自查自评报告, as `junheng report` writes it at `when`; throws the reason. */
export async function reportDownload(book: LoadedWorkbook, when: Date): Promise<Download> {
  const outcome = reportFromWorkbook(book.grids, { date: when });
  if (!outcome.ok) throw new Error(outcome.reason);
  return {
    fileName: besideName(book.file.name, '.report.docx'),
    bytes: await reportDocxBytes(outcome.report, when),
    type: DOCX_TYPE,
  };
}

/** A comparison of two years: its summary lines and the workbook `junheng compare` writes. */
export interface ComparisonDownload {
  lines: string[];
  download: Download;
}

/**
 * Compares the loaded workbook with another year's, as `junheng compare <other> <loaded>` does in their folder: the
 * later year's workbook with 年度对比 written in, named `<later>.compare.xlsx`. Throws the Chinese reason when the
 * other file cannot be read or the two cannot be compared.
 */
export function compareDownload(book: LoadedWorkbook, other: PickedFile, when: Date): ComparisonDownload {
  let otherGrids: WorkbookInput;
  try {
    otherGrids = readGrids(other.bytes);
  } catch (e) {
    throw new Error(compareMessages.unreadableFile(other.name, e instanceof Error ? e.message : String(e)));
  }
  const outcome = compareWorkbooks([
    { file: other.name, workbook: otherGrids },
    { file: book.file.name, workbook: book.grids },
  ]);
  if (!outcome.ok) {
    const overridable = outcome.code === 'different-counties' || outcome.code === 'same-year';
    throw new Error(overridable ? `${outcome.reason}${compareMessages.paneHint}` : outcome.reason);
  }
  const c = outcome.comparison;
  const latest = c.files[c.files.length - 1] === other.name ? other : book.file;
  const bytes = writeSheetsIntoPackage(latest.bytes, [buildCompareSheet(c)], 'replace', {
    entryTime: when,
    lead: true,
  });
  return {
    lines: compareSummaryLines(c),
    download: { fileName: besideName(latest.name, '.compare.xlsx'), bytes, type: XLSX_TYPE },
  };
}

/**
 * Actions the page offers beyond the evaluation. `plan` is the 创建规划 (实施方案) of the loaded county: when given,
 * the page shows a 下载创建规划 button that offers what it resolves to.
 */
export interface WebExtras {
  plan?: (book: LoadedWorkbook, when: Date) => Promise<Download>;
}
