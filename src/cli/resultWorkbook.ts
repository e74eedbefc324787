/**
 * The result workbook `junheng evaluate` writes, for the command and for the web page alike: the input package with
 * the output sheets written in, every other part copied as it was (charts, images, pivot tables of the user's
 * sheets included). Output sheets replace their namesakes; 评估标准 is added with the defaults only when the
 * workbook has none. Imports the writer itself rather than the package index, which sets up Node's zlib for reading.
 */
import { buildOutputSheets, buildSettingsSheet } from '../engine/output';
import type { EvaluationResult } from '../engine/result';
import { writeSheetsIntoPackage } from '../workbook/xlsxPackage/writeSheets';
import { displayTime } from './args';

/** The result workbook of `bytes` (the input .xlsx) evaluated to `result` at `when`. */
export function resultWorkbook(bytes: Uint8Array, result: EvaluationResult, when: Date): Uint8Array {
  const sheets = buildOutputSheets(result, { runTime: displayTime(when) });
  return writeSheetsIntoPackage(bytes, sheets, 'replace', {
    entryTime: when,
    addMissing: [buildSettingsSheet()],
    checked: true,
  });
}
