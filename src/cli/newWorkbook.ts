/**
 * A new .xlsx file made of output sheets: exceljs lays down an empty workbook with the sheets' names, and the
 * package writer fills them, as it fills the output sheets of `evaluate` (one writer for every sheet it writes).
 */
import type { SheetSpec } from '../engine/sheetSpec';
import { writeSheetsIntoPackage } from '../workbook/xlsxPackage';

/** The bytes of a new workbook holding `sheets` in order; `when` stamps it, so re-runs give the same bytes. */
export async function newWorkbookBytes(sheets: SheetSpec[], when: Date): Promise<Uint8Array> {
  // exceljs is loaded only here: reading and evaluating do without it, and loading it costs a good part of a second.
  const { ExceljsWorkbook } = await import('../workbook/exceljsAdapter');
  const book = ExceljsWorkbook.create();
  for (const s of sheets) book.workbook.addWorksheet(s.name);
  const blank = await book.toBuffer({ fixedTime: when });
  return writeSheetsIntoPackage(blank, sheets, 'replace', { entryTime: when });
}
