/**
 * A new .xlsx made of output sheets, without exceljs (the pane has no Node and should not load it): a package
 * holding only a workbook part with no sheets, which the package writer fills as it fills any other workbook.
 */
import type { SheetSpec } from '../../engine/sheetSpec';
import { writeSheetsIntoPackage } from './writeSheets';
import { dosStamp, newEntry, writeZip } from './zipWrite';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

const PARTS: [string, string][] = [
  [
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ' +
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
  ],
  [
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${OFFICE_DOC}" Target="xl/workbook.xml"/>` +
      '</Relationships>',
  ],
  [
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      '<bookViews><workbookView/></bookViews><sheets/></workbook>',
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_RELS}"/>`,
  ],
];

/** The bytes of a new workbook holding `sheets` in order; `when` stamps its entries, so re-runs give the same bytes. */
export function newWorkbookPackage(sheets: SheetSpec[], when: Date): Uint8Array {
  const stamp = dosStamp(when);
  const encoder = new TextEncoder();
  const blank = writeZip(PARTS.map(([name, text]) => newEntry(name, encoder.encode(text), stamp)));
  return writeSheetsIntoPackage(blank, sheets, 'replace', { entryTime: when });
}
