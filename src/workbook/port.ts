/**
 * The one port between the product and a workbook. Two adapters implement it:
 * `officeAdapter` (Excel, through Office.js) and `exceljsAdapter` (.xlsx files, in Node).
 */
import type { WorkbookInput } from '../engine/types';
import type { SheetSpec } from '../engine/sheetSpec';

export interface WorkbookPort {
  /** Reads every sheet as a grid of values anchored at A1 (number formats where the adapter can). */
  readWorkbook(): Promise<WorkbookInput>;
  /**
   * Writes sheets. `replace`: each named sheet is deleted and written anew (output sheets).
   * `addMissing`: only sheets that do not exist yet are written; existing ones are left untouched.
   * No other sheet is ever changed. `lead`: the written sheets go first in the tab order, in the given order,
   * and the workbook shows the first of them (results before inputs).
   */
  writeSheets(sheets: SheetSpec[], mode: 'replace' | 'addMissing', opts?: { lead?: boolean }): Promise<void>;
}
