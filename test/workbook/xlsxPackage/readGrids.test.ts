/**
 * The package reader against the exceljs adapter: on every golden fixture, the blank template and the sample
 * county, both must give the same grids (values, number formats, merged areas), sheet by sheet.
 */
import { promises as fs, readdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { buildTemplateSheets } from '../../../src/engine/template';
import { ExceljsWorkbook } from '../../../src/workbook/exceljsAdapter';
import { ZipFormatError, readGrids } from '../../../src/workbook/xlsxPackage';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const fixtureInputs = readdirSync(FIXTURES)
  .filter((d) => !d.includes('.'))
  .map((d) => path.join(FIXTURES, d, 'input.xlsx'));

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-package-read-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function viaExceljs(file: string): Promise<unknown> {
  return (await ExceljsWorkbook.open(file)).readWorkbook();
}

describe('readGrids agrees with the exceljs adapter', () => {
  it('finds the fixtures', () => {
    expect(fixtureInputs.length).toBeGreaterThanOrEqual(14);
  });

  it.each(fixtureInputs.map((f) => [path.basename(path.dirname(f)), f]))('fixture %s', async (_name, file) => {
    expect(readGrids(await fs.readFile(file))).toEqual(await viaExceljs(file));
  });

  it.each([
    ['the blank template', false],
    ['the sample county', true],
  ])('%s', async (_name, sample) => {
    const book = ExceljsWorkbook.create();
    await book.writeSheets(buildTemplateSheets({ sample }), 'replace');
    const file = path.join(dir, `${sample ? 'sample' : 'blank'}.xlsx`);
    await book.saveAs(file);
    const grids = readGrids(await fs.readFile(file));
    expect(grids).toEqual(await viaExceljs(file));
    expect(grids.sheets.length).toBe(9);
  });
});

/** The namespaces of a hand-written package. */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A package as another producer might write it: the workbook part under its own name, a namespace prefix on
 * every element, an absolute relationship target, rows and cells without addresses, every cell type, rich text
 * with a phonetic guide, built-in and custom number formats, and a chart sheet among the tabs.
 */
function foreignPackage(): Uint8Array {
  const ws = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}">${body}</x:worksheet>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="${RELS}"><Relationship Id="a" Type="${R}/officeDocument" Target="xl/book.xml"/></Relationships>`,
    ),
    'xl/book.xml': strToU8(
      `<x:workbook xmlns:x="${MAIN}" xmlns:q="${R}"><x:sheets>` +
        '<x:sheet name="学校" sheetId="4" q:id="s1"/><x:sheet name="图表" sheetId="5" q:id="s3"/>' +
        '<x:sheet name="空表" sheetId="6" q:id="s2"/></x:sheets></x:workbook>',
    ),
    'xl/_rels/book.xml.rels': strToU8(
      `<Relationships xmlns="${RELS}">` +
        `<Relationship Id="s1" Type="${R}/worksheet" Target="/xl/ws/one.xml"/>` +
        `<Relationship Id="s2" Type="${R}/worksheet" Target="ws/../ws/two.xml"/>` +
        `<Relationship Id="s3" Type="${R}/chartsheet" Target="charts/c.xml"/>` +
        `<Relationship Id="st" Type="${R}/styles" Target="st.xml"/>` +
        `<Relationship Id="ss" Type="${R}/sharedStrings" Target="strings.xml"/></Relationships>`,
    ),
    'xl/strings.xml': strToU8(
      `<x:sst xmlns:x="${MAIN}" count="2" uniqueCount="2"><x:si><x:t>甲</x:t></x:si>` +
        '<x:si><x:r><x:t>小学</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>在校生数</x:t></x:r>' +
        '<x:rPh sb="0" eb="2"><x:t>しょうがく</x:t></x:rPh></x:si></x:sst>',
    ),
    'xl/st.xml': strToU8(
      `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts>` +
        '<x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="10"/><x:xf numFmtId="164"/><x:xf numFmtId="14"/></x:cellXfs>' +
        '</x:styleSheet>',
    ),
    'xl/ws/one.xml': strToU8(
      ws(
        '<x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>' +
          '<x:row r="3"><x:c r="B3" s="1"><x:v>0.965</x:v></x:c><x:c s="2"><x:v>0.5</x:v></x:c>' +
          '<x:c r="E3" t="b"><x:v>1</x:v></x:c><x:c r="F3" t="e"><x:v>#N/A</x:v></x:c>' +
          '<x:c r="G3" t="str"><x:f>A1</x:f><x:v>甲</x:v></x:c>' +
          '<x:c r="H3" t="inlineStr"><x:is><x:t>内联 &amp; 文本</x:t></x:is></x:c>' +
          '<x:c r="I3" s="3"><x:v>45292</x:v></x:c><x:c r="J3"><x:f>1+1</x:f></x:c><x:c r="K3" s="1"/></x:row>' +
          '<x:row r="5"><x:c r="A5" t="s"><x:v>0</x:v></x:c><x:c r="B5" s="1"/></x:row></x:sheetData>' +
          '<x:mergeCells count="1"><x:mergeCell ref="A5:B6"/></x:mergeCells>',
      ),
    ),
    'xl/ws/two.xml': strToU8(ws('<x:sheetData/>')),
    'xl/charts/c.xml': strToU8('<chartsheet/>'),
  });
}

describe('readGrids on a package exceljs did not write', () => {
  it('reads every cell type, both kinds of string, formats, positional cells and merges', () => {
    const { sheets } = readGrids(foreignPackage());
    // The chart sheet is not a grid.
    expect(sheets.map((s) => s.name)).toEqual(['学校', '空表']);
    const [one, two] = sheets;
    expect(one.values).toEqual([
      // Row 1 and its cells carry no address: A1 and B1 by position. The phonetic guide is not cell text.
      ['甲', '小学在校生数'],
      [],
      // C3 follows B3 by position; J3 is a formula without a cached value (blank); K3 is a styled blank.
      // I3 is 2024-01-01 under the built-in date format 14: Excel day 45292.
      [null, 0.965, 0.5, null, true, { error: '#N/A' }, '甲', '内联 & 文本', 45292],
      [],
      // A5:B6 is merged: the other three cells are present and empty.
      ['甲', null],
      [null, null],
    ]);
    expect(one.formats?.[2]).toEqual([null, '0.00%', '0.0%', null, null, null, null, null, 'mm-dd-yy']);
    expect(one.formats?.[0]).toEqual([null, null]);
    // B5, inside the merged area, has a percent style and no value: it reads empty and keeps its format.
    expect(one.formats?.[4]).toEqual([null, '0.00%']);
    expect(one.formats?.[5]).toEqual([null, null]);
    expect(one.merges).toEqual(['A5:B6']);
    expect(two).toEqual({ name: '空表', values: [] });
  });

  it('reads a zip without a workbook as a workbook without sheets', () => {
    expect(readGrids(zipSync({ 'hello.txt': strToU8('hi') }))).toEqual({ sheets: [] });
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => readGrids(strToU8('学校代码,学校名称\n'))).toThrow(ZipFormatError);
  });
});
