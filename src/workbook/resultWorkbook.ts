/**
 * The result workbook `junheng evaluate` writes, for the command and for the web page alike: the input package with
 * the output sheets written in, every other part copied as it was (charts, images, pivot tables of the user's
 * sheets included). Output sheets replace their namesakes; 评估标准 is added with the defaults only when the
 * workbook has none. Imports the writer itself rather than the package index, which sets up Node's zlib for reading.
 */
import { printMessages } from '../engine/messages';
import { buildOutputSheets, buildSettingsSheet } from '../engine/output';
import type { EvaluationResult } from '../engine/result';
import { writeSheetsIntoPackage } from './xlsxPackage/writeSheets';

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

/** The result workbook of `bytes` (the input .xlsx) evaluated to `result` at `when`. */
export function resultWorkbook(bytes: Uint8Array, result: EvaluationResult, when: Date): Uint8Array {
  const sheets = buildOutputSheets(result, { runTime: displayTime(when) });
  return writeSheetsIntoPackage(bytes, sheets, 'replace', {
    entryTime: when,
    addMissing: [buildSettingsSheet()],
    checked: true,
    lead: true,
  });
}
