/**
 * What the task pane can ask of the workbook. The React components only ever see this interface, so the
 * component tests drive them with a fake and the add-in wires in `createOfficeActions()` (Office.js + engine).
 * Every method reports failure by rejecting with an Error whose message is a Chinese sentence for the user.
 */
import { DUTY_SHEETS, SHEETS } from '../engine/columns';
import { evaluate } from '../engine/evaluate';
import { addinMessages, compareMessages, outputMessages } from '../engine/messages';
import { compareWorkbooks, type Comparison } from '../engine/monitoring';
import {
  buildCompareSheet,
  buildOutputSheets,
  buildProblemsSheet,
  buildSettingsSheet,
  compareSummaryLines,
} from '../engine/output';
import { normalizeHeader } from '../engine/read';
import { readSettingsSheet } from '../engine/read/settings';
import type { EvaluationOutcome, EvaluationResult } from '../engine/result';
import { defaultSettings, SETTING_DEFS } from '../engine/settings';
import type { SettingDef, SettingKey, Settings } from '../engine/settings';
import type { SheetSpec } from '../engine/sheetSpec';
import { reportFromWorkbook } from '../engine/report';
import { buildTemplateSheets } from '../engine/template';
import type { DataIssue, SheetGrid, WorkbookInput } from '../engine/types';
import { reportDocxBytes } from '../workbook/docx';
import { describeOfficeError, OfficeWorkbook, WorkbookStateError } from '../workbook/office';
// The reader alone: the package index also holds the writer, which needs Node's zlib and is not bundled.
import { newWorkbookPackage } from '../workbook/xlsxPackage/newPackage';
import { readGrids } from '../workbook/xlsxPackage/read';
import type { RunStep } from './strings';

/** The settings in force, as the pane shows them. */
export interface SettingsSnapshot {
  /** The sheet's value for every setting it could read, the default for the rest. */
  values: Settings;
  /** False when the workbook has no `评估标准` sheet (the values are then the defaults). */
  sheetFound: boolean;
  /** Cells of `评估标准` that could not be read (their default is used). */
  issues: DataIssue[];
}

/**
 * What a run gives the pane: the engine's outcome, and a warning when the results were written but something
 * after that could not be done (the highlights on a protected school sheet).
 */
export type PaneOutcome = EvaluationOutcome & { warning?: string };
/** A file the user picked: its name and its bytes, read on this machine. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface PaneActions {
  /** Adds the template sheets that the workbook lacks; existing sheets are never touched. */
  insertTemplate(withSample: boolean): Promise<void>;
  /** Reads the workbook, evaluates it, writes the output sheets and highlights the input cells behind failures. */
  evaluate(onProgress: (step: RunStep) => void): Promise<PaneOutcome>;
  /** Deletes the output sheets and removes the highlights of the last run. */
  clearResults(): Promise<void>;
  /** Reads `评估标准` (defaults where it is missing or unreadable). */
  readSettings(): Promise<SettingsSnapshot>;
  /** Writes every setting back to `评估标准`, creating the sheet when it is missing. */
  saveSettings(values: Settings): Promise<void>;
  /**
   * Compares the open workbook with another year's (the picked file) and writes `年度对比` into the open workbook;
   * resolves to the summary lines. Rejects with the reason when the two cannot be compared.
   */
  compareWithFile(file: PickedFile, choices?: CompareChoices): Promise<string[]>;
  /**
   * The 问题清单 of the open workbook's year, compared with the picked file as `compareWithFile` does, as a new
   * .xlsx to download; the workbook is only read. Absent where the host cannot offer downloads.
   */
  problemListWith?(file: PickedFile, choices?: CompareChoices): Promise<DownloadFile>;
  /** Activates `sheet` and selects `cell` (an A1 address). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Calls `onChange` whenever a cell of an input sheet changes; resolves to a function that stops listening. */
  onInputChanged(onChange: () => void): Promise<() => void>;
  /** Evaluates the workbook and drafts the 自查自评报告 as .docx bytes; the workbook is only read. */
  draftReport?(): Promise<DraftedReport>;
}

/** The choices of `junheng compare` that the pane offers. */
export interface CompareChoices {
  /** The picked (earlier) workbook is the 认定 year: 下滑 is judged against it too (`--baseline`). */
  baseline?: boolean;
  /** Compare although the county names differ or the years are the same (`--force`). */
  force?: boolean;
}

/** A file made in the pane for the user to save. */
export interface DownloadFile {
  fileName: string;
  bytes: Uint8Array;
}

/** A drafted report to offer as a download, or the reason the workbook cannot be evaluated. */
export type DraftedReport = { ok: true; fileName: string; bytes: Uint8Array } | { ok: false; reason: string };

/** Drafts the report of a workbook's grids, dated `when`: the same .docx `junheng report` writes. */
export async function draftReportOf(input: WorkbookInput, when: Date): Promise<DraftedReport> {
  const outcome = reportFromWorkbook(input, { date: when });
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  const bytes = await reportDocxBytes(outcome.report, when);
  return { ok: true, fileName: `${outcome.report.county}自查自评报告.docx`, bytes };
}

/** Sheets whose edits make a run's results out of date (the school sheet may also go by another name). */
const INPUT_SHEETS: readonly string[] = [
  SHEETS.school,
  SHEETS.county,
  SHEETS.quality,
  SHEETS.settings,
  DUTY_SHEETS.data,
  DUTY_SHEETS.rules,
];

/** Time of a run as 评估汇总 shows it: the user's local time, to the minute. */
export function paneRunTime(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The `评估标准` sheet of a workbook: the one named so, or else one whose name contains it (`评估标准（2024）`). */
function findSettingsGrid(workbook: WorkbookInput): SheetGrid | undefined {
  const want = normalizeHeader(SHEETS.settings);
  return (
    workbook.sheets.find((s) => normalizeHeader(s.name) === want) ??
    workbook.sheets.find((s) => normalizeHeader(s.name).includes(want))
  );
}

/** The settings in force in `workbook`, read exactly as a run reads them. */
export function settingsSnapshot(workbook: WorkbookInput): SettingsSnapshot {
  const grid = findSettingsGrid(workbook);
  if (!grid) return { values: defaultSettings(), sheetFound: false, issues: [] };
  const read = readSettingsSheet(grid);
  return { values: read.settings, sheetFound: true, issues: read.issues };
}

/** The `评估标准` sheet as the template writes it, with `values` in its 值 column instead of the defaults. */
export function settingsSheetWith(values: Settings): SheetSpec {
  const spec = buildSettingsSheet();
  const byLabel = new Map((SETTING_DEFS as readonly SettingDef[]).map((d) => [d.label, d]));
  spec.values.forEach((row, r) => {
    const def = r > 0 && typeof row[0] === 'string' ? byLabel.get(row[0]) : undefined;
    if (!def) return;
    const v = values[def.key as SettingKey];
    row[1] = typeof v === 'boolean' ? (v ? outputMessages.yes : outputMessages.no) : v;
  });
  return spec;
}

/**
 * Writes the output sheets. The adapter swaps them in only once all are written, so a failure leaves the previous
 * results in place; the pane says so after the reason.
 */
async function writeOutputs(book: OfficeWorkbook, sheets: SheetSpec[]): Promise<void> {
  try {
    await book.writeSheets(sheets, 'replace', { lead: true });
  } catch (err) {
    if (err instanceof WorkbookStateError) throw err;
    throw new WorkbookStateError(`${describeOfficeError(err)}${addinMessages.previousResultsKept}`);
  }
}

/**
 * Marks the school sheet. The results are already written by then, so a failure here must not hide them: it
 * becomes a warning shown beside the result.
 */
async function highlight(book: OfficeWorkbook, result: EvaluationResult): Promise<string | undefined> {
  try {
    const summary = await book.applyHighlights(result);
    return summary.sheetProtected ? addinMessages.highlightsSkippedProtected(summary.sheet) : undefined;
  } catch (err) {
    return addinMessages.highlightsFailed(describeOfficeError(err));
  }
}

/**
 * The 年度对比 sheet and its summary for the open workbook beside a picked one, exactly as `junheng compare` builds
 * them; throws an Error with the Chinese reason when the picked file cannot be read or the two cannot be compared.
 */
export function comparisonWith(
  current: WorkbookInput,
  picked: PickedFile,
  choices: CompareChoices = {},
): { sheet: SheetSpec; lines: string[]; comparison: Comparison } {
  let other: WorkbookInput;
  try {
    other = readGrids(picked.bytes);
  } catch (e) {
    throw new Error(compareMessages.unreadableFile(picked.name, e instanceof Error ? e.message : String(e)));
  }
  const outcome = compareWorkbooks(
    [
      { file: picked.name, workbook: other },
      { file: compareMessages.openWorkbook, workbook: current },
    ],
    { baseline: choices.baseline === true, force: choices.force === true },
  );
  if (!outcome.ok) {
    const overridable = outcome.code === 'different-counties' || outcome.code === 'same-year';
    throw new Error(overridable ? `${outcome.reason}${compareMessages.paneHint}` : outcome.reason);
  }
  const comparison = outcome.comparison;
  return { sheet: buildCompareSheet(comparison), lines: compareSummaryLines(comparison), comparison };
}

/** The 问题清单 of a comparison's latest year as a new workbook, stamped `when` (the same bytes on a re-run). */
export function problemListFile(c: Comparison, when: Date): DownloadFile {
  const year = c.years[c.years.length - 1];
  const fileName = compareMessages.problems.fileName(c.county, year);
  return { fileName, bytes: newWorkbookPackage([buildProblemsSheet(c)], when) };
}

export interface OfficeActionsOptions {
  /** The workbook to act on; the running Excel workbook unless given (tests pass one over a fake Excel). */
  workbook?: OfficeWorkbook;
  /** Clock for the run time on 评估汇总. */
  now?: () => Date;
}

/** Runs an Office task; an Office error becomes the catalog's Chinese sentence. */
async function guard<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (err) {
    throw new Error(describeOfficeError(err));
  }
}

/**
 * The pane's one input-change listener over the workbook's input sheets (and the school sheet under the name the
 * last run found). It is registered again after every action that can add or replace an input sheet, so that
 * sheets created after the pane opened are watched.
 */
class InputWatch {
  private listener: (() => void) | null = null;
  private stopListening: (() => Promise<void>) | null = null;
  /** The school sheet the last run read, watched besides the template's input sheets. */
  schoolSheet: string | null = null;

  constructor(private readonly book: OfficeWorkbook) {}

  private async listen(): Promise<void> {
    if (this.stopListening) {
      const stop = this.stopListening;
      this.stopListening = null;
      await stop();
    }
    if (!this.listener) return;
    const sheets = this.schoolSheet ? [...INPUT_SHEETS, this.schoolSheet] : [...INPUT_SHEETS];
    this.stopListening = await this.book.onInputChanged(sheets, () => this.listener?.());
  }

  /**
   * Re-registers the listener after an action that added or replaced input sheets. A failure here must not turn
   * a finished action into a failed one; it can only be the one `onInputChanged` already reported to the pane.
   */
  relisten(): Promise<void> {
    return this.listen().catch(() => undefined);
  }

  /** Starts listening for `onChange`; resolves to the function that stops it. */
  async subscribe(onChange: () => void): Promise<() => void> {
    this.listener = onChange;
    await this.listen();
    return () => {
      if (this.listener === onChange) this.listener = null;
      const stop = this.stopListening;
      this.stopListening = null;
      // Removing handlers can only fail when the workbook is closing; nothing is left to tell the user.
      if (stop) stop().catch(() => undefined);
    };
  }
}

/**
 * The pane's actions in Excel: the Office.js adapter for the workbook, the engine for everything else.
 * Office errors become the catalog's Chinese sentence (guard); the input-change listener is kept by InputWatch.
 */
export function createOfficeActions(options: OfficeActionsOptions = {}): PaneActions {
  const book = options.workbook ?? new OfficeWorkbook();
  const now = options.now ?? (() => new Date());
  const watch = new InputWatch(book);

  return {
    insertTemplate: (withSample) =>
      guard(async () => {
        await book.writeSheets(buildTemplateSheets({ sample: withSample }), 'addMissing');
        await watch.relisten();
      }),

    evaluate: (onProgress) =>
      guard(async () => {
        onProgress('reading');
        const input = await book.readWorkbook();
        onProgress('computing');
        const outcome = evaluate(input);
        if (!outcome.ok) return outcome;
        onProgress('writing');
        await writeOutputs(book, buildOutputSheets(outcome.result, { runTime: paneRunTime(now()) }));
        onProgress('highlighting');
        const warning = await highlight(book, outcome.result);
        watch.schoolSheet = outcome.result.schoolSheet;
        await watch.relisten();
        return warning ? { ...outcome, warning } : outcome;
      }),

    clearResults: () =>
      guard(async () => {
        await book.clearResults();
      }),

    readSettings: () => guard(async () => settingsSnapshot(await book.readWorkbook())),

    saveSettings: (values) =>
      guard(async () => {
        await book.writeSheets([settingsSheetWith(values)], 'replace');
        await watch.relisten();
      }),

    compareWithFile: async (picked, choices) => {
      const current = await guard(() => book.readWorkbook());
      // Outside guard: a refusal is the engine's own sentence, not an Excel error.
      const { sheet, lines } = comparisonWith(current, picked, choices);
      await guard(() => book.writeSheets([sheet], 'replace', { lead: true }));
      return lines;
    },

    problemListWith: async (picked, choices) => {
      const current = await guard(() => book.readWorkbook());
      return problemListFile(comparisonWith(current, picked, choices).comparison, now());
    },

    selectCell: (sheet, cell) => guard(() => book.selectCell(sheet, cell)),

    draftReport: () => guard(async () => draftReportOf(await book.readWorkbook(), now())),

    onInputChanged: (onChange) => guard(() => watch.subscribe(onChange)),
  };
}
