/**
 * The result copy opens on its results: the sheets a run leads with come first in the tab order, the workbook
 * opens on the first of them, and everything indexed by tab position (sheet-scoped defined names, the workbook
 * view, the titles of docProps/app.xml) follows the sheets, while the user's cells stay as they were.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { main, type CliIo } from '../../../src/cli/main';
import { OUTPUT_SHEETS, SHEETS } from '../../../src/engine/columns';
import { buildOutputSheets } from '../../../src/engine/output';
import { ExceljsWorkbook } from '../../../src/workbook/exceljsAdapter';
import { readGrids, writeSheetsIntoPackage } from '../../../src/workbook/xlsxPackage';
import { clearTabSelected } from '../../../src/workbook/xlsxPackage/tabOrder';
import { smallResult } from '../../output/support';
import { packageProblems, partText, partsOf } from './packageCheck';

const WHEN = new Date(Date.UTC(2024, 5, 1, 8, 0, 0));
const io: CliIo = { out: () => undefined, err: () => undefined, env: { JUNHENG_NOW: '2024-06-01T08:00:00Z' } };

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-tab-order-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/**
 * A user's workbook of two input sheets, opening on the second (selected), with a print area and a filter on the
 * first, a user name scoped to the second and a workbook-wide one.
 */
async function userWorkbook(): Promise<Uint8Array> {
  const book = ExceljsWorkbook.create();
  const school = book.workbook.addWorksheet('学校基础数据');
  school.getCell('A1').value = '学校名称';
  school.getCell('A2').value = '甲小学';
  book.workbook.addWorksheet('区县数据').getCell('A1').value = '区县名称';
  const files = unzipSync(await book.toBuffer({ fixedTime: WHEN }));
  const names =
    '<definedNames>' +
    '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">学校基础数据!$A$1:$A$2</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="0">学校基础数据!$A$1:$B$3</definedName>' +
    '<definedName name="本县" localSheetId="1">区县数据!$A$1</definedName>' +
    '<definedName name="全县">区县数据!$A$1</definedName>' +
    '</definedNames>';
  let wb = strFromU8(files['xl/workbook.xml']).replace(/<definedNames\/>|<definedNames>.*?<\/definedNames>/, '');
  wb = wb.replace('</sheets>', `</sheets>${names}`);
  wb = wb
    .replace(/<bookViews>.*?<\/bookViews>/, '')
    .replace('<sheets>', '<bookViews><workbookView firstSheet="1" activeTab="1"/></bookViews><sheets>');
  files['xl/workbook.xml'] = strToU8(wb);
  // exceljs writes no sheet views for these sheets: each gets one, 区县数据's selected.
  const view = (part: string, on: boolean): void => {
    const text = strFromU8(files[part]).replace(/<sheetViews>.*?<\/sheetViews>/, '');
    const views = `<sheetViews><sheetView${on ? ' tabSelected="1"' : ''} workbookViewId="0"/></sheetViews>`;
    files[part] = strToU8(text.replace('<sheetFormatPr', `${views}<sheetFormatPr`));
  };
  view('xl/worksheets/sheet1.xml', false);
  view('xl/worksheets/sheet2.xml', true);
  return zipSync(files);
}

/** The tab names of a package, in order. */
function tabs(bytes: Uint8Array): string[] {
  return [...partText(bytes, 'xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
}

/** Defined names as `name@tab=ref`, the tab given by name. */
function scopedNames(bytes: Uint8Array): string[] {
  const order = tabs(bytes);
  return [...partText(bytes, 'xl/workbook.xml').matchAll(/<definedName name="([^"]+)"([^>]*)>([^<]*)</g)].map((m) => {
    const id = /localSheetId="(\d+)"/.exec(m[2])?.[1];
    return `${m[1]}@${id === undefined ? '' : order[Number(id)]}=${m[3]}`;
  });
}

/** Names of the sheets whose part says `tabSelected`. */
function selectedTabs(bytes: Uint8Array): string[] {
  const wb = partText(bytes, 'xl/workbook.xml');
  const rels = partText(bytes, 'xl/_rels/workbook.xml.rels');
  const sheets = [...wb.matchAll(/<sheet ([^>]*)\/>/g)].map((m) => ({
    name: /name="([^"]+)"/.exec(m[1])![1],
    id: /r:id="([^"]+)"/.exec(m[1])![1],
  }));
  expect(sheets.length).toBe(tabs(bytes).length);
  return sheets
    .filter(({ id }) => {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
      return /tabSelected="1"/.test(partText(bytes, `xl/${target.replace(/^\/xl\//, '')}`));
    })
    .map((s) => s.name);
}

const output = Object.values(OUTPUT_SHEETS) as string[];

describe('the written sheets lead the tab order', () => {
  it('puts the output sheets first and opens on 评估汇总, names and titles following their sheets', async () => {
    const input = await userWorkbook();
    const sheets = buildOutputSheets(smallResult(), { runTime: '2024-06-01 16:00:00（北京时间）' });
    const out = writeSheetsIntoPackage(input, sheets, 'replace', { entryTime: WHEN, lead: true });
    expect(packageProblems(out)).toEqual([]);
    expect(tabs(out)).toEqual([...output, '学校基础数据', '区县数据']);
    const wb = partText(out, 'xl/workbook.xml');
    expect(wb).toContain('<workbookView firstSheet="0" activeTab="0"/>');
    // Before the write 学校基础数据 was tab 0 and 区县数据 tab 1; after it, tabs 5 and 6.
    expect(scopedNames(out)).toEqual(
      expect.arrayContaining([
        '_xlnm._FilterDatabase@学校基础数据=学校基础数据!$A$1:$A$2',
        '_xlnm.Print_Area@学校基础数据=学校基础数据!$A$1:$B$3',
        '本县@区县数据=区县数据!$A$1',
        '全县@=区县数据!$A$1',
      ]),
    );
    expect(wb).toContain('localSheetId="5">学校基础数据!$A$1:$B$3');
    // The print titles of the output sheets point at their own tabs.
    expect(scopedNames(out).filter((n) => n.startsWith('_xlnm.Print_Titles'))).toEqual(
      sheets.filter((s) => s.page?.printTitleRows).map((s) => expect.stringMatching(`^_xlnm.Print_Titles@${s.name}=`)),
    );
    expect(selectedTabs(out)).toEqual(['评估汇总']);
    const titles = [...partText(out, 'docProps/app.xml').matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);
    expect(titles).toEqual(expect.arrayContaining(tabs(out)));
    expect(titles.filter((t) => tabs(out).includes(t))).toEqual(tabs(out));
    // The input sheets read as before; only the selected mark left 区县数据's sheet view.
    const before = readGrids(input).sheets.map((s) => [s.name, s.values]);
    expect(
      readGrids(out)
        .sheets.filter((s) => !output.includes(s.name))
        .map((s) => [s.name, s.values]),
    ).toEqual(before);
    const cells = (b: Uint8Array): string => /<sheetData[\s\S]*$/.exec(partText(b, 'xl/worksheets/sheet2.xml'))![0];
    expect(cells(out)).toBe(cells(input));
    expect(partsOf(out)['xl/worksheets/sheet1.xml']).toEqual(partsOf(input)['xl/worksheets/sheet1.xml']);

    // Its own output written again: the same bytes.
    expect(Buffer.from(writeSheetsIntoPackage(out, sheets, 'replace', { entryTime: WHEN, lead: true }))).toEqual(
      Buffer.from(out),
    );
  });

  it('without lead, keeps the tab order and views as they were', async () => {
    const input = await userWorkbook();
    const sheets = buildOutputSheets(smallResult(), { runTime: '2024-06-01 16:00:00（北京时间）' });
    const out = writeSheetsIntoPackage(input, sheets, 'replace', { entryTime: WHEN });
    expect(tabs(out)).toEqual(['学校基础数据', '区县数据', ...output]);
    expect(partText(out, 'xl/workbook.xml')).toContain('<workbookView firstSheet="1" activeTab="1"/>');
    expect(selectedTabs(out)).toEqual(['区县数据']);
  });

  it('clears tabSelected only inside <sheetViews>, leaving a cell that reads tabSelected="1" alone', () => {
    const text =
      '<worksheet><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData><row r="1">' +
      '<c r="A1" t="inlineStr"><is><t> tabSelected="1"</t></is></c></row></sheetData></worksheet>';
    expect(clearTabSelected(text)).toBe(text.replace('<sheetView tabSelected="1" ', '<sheetView '));
    expect(clearTabSelected(text.replace(' tabSelected="1" workbookViewId', ' workbookViewId'))).toBeNull();
  });
});

describe('junheng evaluate: the result copy opens on 评估汇总', () => {
  it('writes the output sheets first, opens on 评估汇总, and a re-run over its output gives the same bytes', async () => {
    const sample = path.join(dir, 'sample.xlsx');
    expect(await main(['template', sample, '--sample'], io)).toBe(0);
    const out = path.join(dir, 'sample.result.xlsx');
    expect(await main(['evaluate', sample, '--out', out], io)).toBe(0);
    const bytes = await fs.readFile(out);
    const order = tabs(bytes);
    // The sample has 履职数据, so 履职评价 follows the five output sheets.
    expect(order.slice(0, output.length + 1)).toEqual([...output, '履职评价']);
    expect(order.indexOf(SHEETS.school)).toBeGreaterThan(output.length);
    expect(partText(bytes, 'xl/workbook.xml')).toContain(
      '<bookViews><workbookView activeTab="0"/></bookViews><sheets>',
    );
    expect(selectedTabs(bytes)).toEqual(['评估汇总']);
    const again = path.join(dir, 'again.xlsx');
    expect(await main(['evaluate', out, '--out', again], io)).toBe(0);
    expect(Buffer.compare(await fs.readFile(again), bytes)).toBe(0);
  });
});
