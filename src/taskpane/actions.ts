/**
 * What the task pane can ask of the workbook. The React components only ever see this interface, so the
 * component tests drive them with a fake and the add-in wires in `createOfficeActions()` (Office.js + engine).
 * Every method reports failure by rejecting with an Error whose message is a Chinese sentence for the user.
 */
import type { EvaluationOutcome } from '../engine/result';
import type { Settings } from '../engine/settings';
import type { DataIssue } from '../engine/types';
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

export interface PaneActions {
  /** Adds the template sheets that the workbook lacks; existing sheets are never touched. */
  insertTemplate(withSample: boolean): Promise<void>;
  /** Reads the workbook, evaluates it, writes the output sheets and highlights the input cells behind failures. */
  evaluate(onProgress: (step: RunStep) => void): Promise<EvaluationOutcome>;
  /** Deletes the output sheets and removes the highlights of the last run. */
  clearResults(): Promise<void>;
  /** Reads `评估标准` (defaults where it is missing or unreadable). */
  readSettings(): Promise<SettingsSnapshot>;
  /** Writes every setting back to `评估标准`, creating the sheet when it is missing. */
  saveSettings(values: Settings): Promise<void>;
  /** Activates `sheet` and selects `cell` (an A1 address). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Calls `onChange` whenever a cell of an input sheet changes; resolves to a function that stops listening. */
  onInputChanged(onChange: () => void): Promise<() => void>;
}
