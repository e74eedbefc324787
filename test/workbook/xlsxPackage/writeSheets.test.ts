/**
 * Writing sheets into an existing package: what exceljs reads back, which parts change (only the written sheets
 * and the index parts that list them), byte-stable re-runs, and packages other producers write.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { a1 } from '../../../src/engine/a1';
import { ExceljsWorkbook } from '../../../src/workbook/exceljsAdapter';
import { readGrids, writeSheetsIntoPackage } from '../../../src/workbook/xlsxPackage';
import { PackageError, crc32, readZip } from '../../../src/workbook/xlsxPackage/zip';
import { buildOutputSheets } from '../../../src/engine/output';
import { smallResult } from '../../output/support';
import { outputLikeSheet, spec } from '../../support/sheets';
import { packageProblems, partText, partsOf } from './packageCheck';

const WHEN = new Date(Date.UTC(2024, 5, 1, 8, 0, 0));

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-package-write-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The output-like sheet of the exceljs adapter's own test, written here into a package instead; D3 has a fill and
 * no value. */
const summary = outputLikeSheet(['C3', 'D3']);

/** Text that XML must escape, a control character it cannot carry, and spaces it must keep. */
const issues = spec('数据问题', [
  ['说明', '值'],
  ['a < b & "c" > d\u0001', -0],
  ['  前后空格  ', 1e-7],
]);

/** A user's workbook: a school sheet with a formula, an old 评估汇总 to replace, and a county sheet. */
async function userWorkbook(): Promise<Uint8Array> {
  const book = ExceljsWorkbook.create();
  const wb = book.workbook;
  const school = wb.addWorksheet('学校基础数据');
  school.getCell('A1').value = '学校名称';
  school.getCell('B1').value = '在校生数';
  school.getCell('A2').value = '甲小学';
  school.getCell('B2').value = 500;
  school.getCell('B3').value = { formula: 'B2*2', result: 1000 };
  const old = wb.addWorksheet('评估汇总');
  old.getCell('A1').value = '旧结果';
  old.mergeCells('A5:D5');
  wb.addWorksheet('区县数据').getCell('A1').value = '区县名称';
  return book.toBuffer({ fixedTime: WHEN });
}

async function openExceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const file = path.join(dir, `check-${Math.random().toString(36).slice(2)}.xlsx`);
  await fs.writeFile(file, bytes);
  return (await ExceljsWorkbook.open(file)).workbook;
}

describe('writeSheetsIntoPackage', () => {
  it('writes values, formats, fills, bold, merges, widths, frozen panes and drop-downs that exceljs reads back', async () => {
    const out = writeSheetsIntoPackage(await userWorkbook(), [summary, issues], 'replace', { entryTime: WHEN });
    const wb = await openExceljs(out);
    // 评估汇总 keeps its tab; 数据问题 is new and goes last.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['学校基础数据', '评估汇总', '区县数据', '数据问题']);
    const ws = wb.getWorksheet('评估汇总')!;
    expect(ws.getCell('A1').value).toBe('标题');
    expect(ws.getCell('B2').value).toBe(0.123456);
    expect(ws.getCell('B2').numFmt).toBe('0.000');
    expect(ws.getCell('C2').numFmt).toBe('0.00%');
    expect((ws.getCell('B3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect((ws.getCell('C3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    // D3 has a fill and no value: it is written as a styled empty cell.
    expect((ws.getCell('D3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(ws.getCell('B2').font?.bold).toBeFalsy();
    expect(ws.model.merges).toEqual(['A1:C1']);
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(3).width).toBe(12);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2' });
    expect(ws.getCell(a1(2, 2)).dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(ws.getCell('C4').dataValidation).toBeUndefined();
    // The old sheet's merge A5:D5 and text are gone with it.
    expect(ws.getCell('A5').value).toBeNull();

    const notes = wb.getWorksheet('数据问题')!;
    expect(notes.getCell('A2').value).toBe('a < b & "c" > d');
    expect(notes.getCell('B2').value).toBe(0);
    expect(notes.getCell('A3').value).toBe('  前后空格  ');
    expect(notes.getCell('B3').value).toBe(1e-7);
    // The user's sheets read as before, formula included.
    expect(wb.getWorksheet('学校基础数据')!.getCell('B3').value).toEqual({ formula: 'B2*2', result: 1000 });
  });

  it('reads back the same through the package reader as through exceljs', async () => {
    const out = writeSheetsIntoPackage(await userWorkbook(), [summary, issues], 'replace', { entryTime: WHEN });
    const file = path.join(dir, 'same.xlsx');
    await fs.writeFile(file, out);
    const grids = readGrids(out);
    expect(grids).toEqual(await (await ExceljsWorkbook.open(file)).readWorkbook());
    const written = grids.sheets.find((s) => s.name === '评估汇总')!;
    expect(written.values).toEqual([
      ['标题', null, null],
      ['数值', 0.123456, 0.9],
      ['结论', '达标', '未达标'],
    ]);
    expect(written.formats?.[1]).toEqual([null, '0.000', '0.00%']);
  });

  it('changes only the written sheets and the parts that list them; every other part is byte-identical', async () => {
    const input = await userWorkbook();
    const out = writeSheetsIntoPackage(input, [summary, issues], 'replace', { entryTime: WHEN });
    const before = partsOf(input);
    const after = partsOf(out);
    const names = new Set([...Object.keys(before), ...Object.keys(after)]);
    const changed = [...names].filter((n) => {
      const a = before[n];
      const b = after[n];
      return !a || !b || Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0;
    });
    expect(changed.sort()).toEqual(
      [
        '[Content_Types].xml',
        'docProps/app.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/workbook.xml',
        // exceljs named 评估汇总's part sheet2.xml; the new sheet takes the first free name.
        'xl/worksheets/sheet2.xml',
        'xl/worksheets/sheet4.xml',
      ].sort(),
    );
    expect(packageProblems(out)).toEqual([]);
    // The new sheet is registered everywhere Excel looks for it.
    expect(partText(out, 'xl/workbook.xml')).toMatch(/<sheet name="数据问题" sheetId="4" r:id="rId\d+"\/>/);
    expect(partText(out, '[Content_Types].xml')).toContain('PartName="/xl/worksheets/sheet4.xml"');
    expect(partText(out, 'docProps/app.xml')).toContain('数据问题');
  });

  it('checks each copied part unless told the package was checked: a damaged part is refused, or copied as it is', async () => {
    const input = (await userWorkbook()).slice();
    // The county sheet is copied, not rewritten: damage its compressed bytes in place (raw is a view of input).
    const county = readZip(input).find((e) => e.name === 'xl/worksheets/sheet3.xml');
    if (!county) throw new Error('no county sheet');
    const original = Uint8Array.from(county.raw);
    for (let i = 0; i < county.raw.length; i++) county.raw[i] ^= 0x5a;
    expect(() => writeSheetsIntoPackage(input, [summary], 'replace', { entryTime: WHEN })).toThrow(PackageError);
    const out = writeSheetsIntoPackage(input, [summary], 'replace', { entryTime: WHEN, checked: true });
    const copied = readZip(out).find((e) => e.name === 'xl/worksheets/sheet3.xml');
    expect(Buffer.compare(Buffer.from(copied?.raw ?? []), Buffer.from(county.raw))).toBe(0);
    expect(Buffer.compare(Buffer.from(copied?.raw ?? []), Buffer.from(original))).not.toBe(0);
  });

  it('gives identical bytes for identical input and specs, and writing its own output again changes nothing', async () => {
    const input = await userWorkbook();
    const first = writeSheetsIntoPackage(input, [summary, issues], 'replace', { entryTime: WHEN });
    const again = writeSheetsIntoPackage(input, [summary, issues], 'replace', { entryTime: WHEN });
    expect(Buffer.compare(Buffer.from(first), Buffer.from(again))).toBe(0);
    // The styles it needs are already there, the sheets are already listed: the same package comes out.
    const second = writeSheetsIntoPackage(first, [summary, issues], 'replace', { entryTime: WHEN });
    expect(Buffer.compare(Buffer.from(second), Buffer.from(first))).toBe(0);
  });

  it("'addMissing' leaves existing sheets alone and returns the input when nothing is missing", async () => {
    const input = await userWorkbook();
    expect(writeSheetsIntoPackage(input, [summary], 'addMissing')).toBe(input);
    const out = writeSheetsIntoPackage(input, [summary, issues], 'addMissing', { entryTime: WHEN });
    const grids = readGrids(out);
    expect(grids.sheets.map((s) => s.name)).toEqual(['学校基础数据', '评估汇总', '区县数据', '数据问题']);
    expect(grids.sheets[1].values[0]).toEqual(['旧结果']);
  });

  it('adds sheets only when missing in the same pass, giving the bytes of two successive calls', async () => {
    const input = await userWorkbook();
    const school = spec('学校基础数据', [['不应写入']]);
    const once = writeSheetsIntoPackage(input, [summary], 'replace', { entryTime: WHEN, addMissing: [school, issues] });
    const first = writeSheetsIntoPackage(input, [summary], 'replace', { entryTime: WHEN });
    const twice = writeSheetsIntoPackage(first, [school, issues], 'addMissing', { entryTime: WHEN });
    expect(Buffer.compare(Buffer.from(once), Buffer.from(twice))).toBe(0);
    const grids = readGrids(once);
    expect(grids.sheets.map((s) => s.name)).toEqual(['学校基础数据', '评估汇总', '区县数据', '数据问题']);
    expect(grids.sheets[0].values[0]).toEqual(['学校名称', '在校生数']);
  });

  it("drops a replaced sheet's own relationships and a calculation chain that names it", async () => {
    const wb = new ExcelJS.Workbook();
    const user = wb.addWorksheet('说明');
    user.getCell('A1').value = { formula: '1+1', result: 2 };
    const old = wb.addWorksheet('评估汇总');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    old.addImage(wb.addImage({ buffer: png, extension: 'png' } as never), 'B2:D6');
    const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(files['xl/worksheets/_rels/sheet2.xml.rels']).toBeDefined();
    // exceljs writes no calculation chain; one naming both sheets (ids 1 and 2) is added as Excel would.
    files['xl/calcChain.xml'] = strToU8(
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/><c r="B1" i="2"/><c r="C1"/></calcChain>',
    );
    const rels = new TextDecoder().decode(files['xl/_rels/workbook.xml.rels']);
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const types = new TextDecoder().decode(files['[Content_Types].xml']);
    files['[Content_Types].xml'] = strToU8(
      types.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const input = zipSync(files);

    const out = writeSheetsIntoPackage(input, [summary], 'replace');
    const parts = partsOf(out);
    expect(parts['xl/worksheets/_rels/sheet2.xml.rels']).toBeUndefined();
    expect(parts['xl/calcChain.xml']).toBeUndefined();
    expect(partText(out, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(partText(out, '[Content_Types].xml')).not.toContain('calcChain');
    expect(packageProblems(out)).toEqual([]);
    expect((await openExceljs(out)).getWorksheet('评估汇总')!.getImages()).toEqual([]);

    // Replacing a sheet the chain does not name keeps the chain as it was.
    const keep = writeSheetsIntoPackage(input, [spec('说明', [['新']])], 'addMissing');
    expect(keep).toBe(input);
    const chainless = new TextDecoder()
      .decode(files['xl/calcChain.xml'])
      .replace(/ i="2"/, ' i="1"')
      .replace('<c r="C1"/>', '');
    files['xl/calcChain.xml'] = strToU8(chainless);
    const onlyFirst = writeSheetsIntoPackage(zipSync(files), [summary], 'replace');
    expect(partText(onlyFirst, 'xl/calcChain.xml')).toBe(chainless);
  });
});

/** Namespaces of the hand-written packages below. */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal package with prefixed elements; `styles` is the styles part, or none. */
function foreign(styles: string | null): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        (styles
          ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          : '') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:sheets><x:sheet name="学校基础数据" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (styles ? `<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>` : '') +
        '</Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>学校名称</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
    ),
  };
  if (styles) files['xl/styles.xml'] = strToU8(styles);
  return zipSync(files);
}

describe('writeSheetsIntoPackage on packages exceljs did not write', () => {
  it('creates and registers a styles part when the package has none', () => {
    const out = writeSheetsIntoPackage(foreign(null), [summary], 'replace');
    expect(packageProblems(out)).toEqual([]);
    expect(partText(out, 'xl/_rels/workbook.xml.rels')).toContain('Target="styles.xml"');
    // The new sheet joins the prefixed workbook with the workbook's own prefixes.
    expect(partText(out, 'xl/workbook.xml')).toContain('<x:sheet name="评估汇总" sheetId="2" rel:id="rId2"/>');
    // exceljs cannot read prefixed workbooks at all, so the package reader checks what was written.
    const grids = readGrids(out);
    expect(grids.sheets[1].formats?.[1]).toEqual([null, '0.000', '0.00%']);
    const styles = partText(out, 'xl/styles.xml');
    expect(styles).toContain('<font><b/><sz val="11"/><name val="Calibri"/></font>');
    expect(styles).toContain('<fgColor rgb="FFC6EFCE"/>');
    expect(readGrids(out).sheets[0].values).toEqual([['学校名称']]);
  });

  it('extends a prefixed styles part without number formats, keeping the counts right', () => {
    const styles =
      `<s:styleSheet xmlns:s="${MAIN}"><s:fonts count="1"><s:font><s:sz val="12"/><s:name val="宋体"/></s:font></s:fonts>` +
      '<s:fills count="2"><s:fill><s:patternFill patternType="none"/></s:fill><s:fill><s:patternFill patternType="gray125"/></s:fill></s:fills>' +
      '<s:borders count="1"><s:border/></s:borders><s:cellStyleXfs count="1"><s:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></s:cellStyleXfs>' +
      '<s:cellXfs count="1"><s:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></s:cellXfs></s:styleSheet>';
    const out = writeSheetsIntoPackage(foreign(styles), [summary], 'replace');
    const text = partText(out, 'xl/styles.xml');
    // 0.000 is not built in: it gets the first custom id, 164, in a new numFmts list before the fonts.
    expect(text).toMatch(
      /^<s:styleSheet [^>]*><s:numFmts count="1"><s:numFmt numFmtId="164" formatCode="0.000"\/><\/s:numFmts><s:fonts/,
    );
    // The bold font is the workbook's own font made bold.
    expect(text).toContain(
      '<s:fonts count="2"><s:font><s:sz val="12"/><s:name val="宋体"/></s:font><s:font><s:b/><s:sz val="12"/><s:name val="宋体"/></s:font></s:fonts>',
    );
    expect(text).toContain('<s:fills count="4">');
    // Combinations used by 评估汇总: bold (A1:A3), 0.000 (B2), 0.00% (C2, built-in 10), two fills (B3; C3, D3).
    expect(text).toContain('<s:cellXfs count="6">');
    expect(text).toContain('<s:xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
    expect(readGrids(out).sheets[1].formats?.[1]).toEqual([null, '0.000', '0.00%']);
  });
});

describe('zip entries written in blocks', () => {
  it('computes the CRC-32 of the standard check string', () => {
    // The check value of CRC-32/ISO-HDLC for "123456789" is 0xCBF43926.
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    // Continued over two pieces it gives the same.
    expect(crc32(strToU8('56789'), crc32(strToU8('1234')))).toBe(0xcbf43926);
    // Against the bit-by-bit definition on 10,001 pseudo-random bytes (not a multiple of four).
    const data = new Uint8Array(10_001);
    let seed = 12345;
    for (let i = 0; i < data.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      data[i] = seed >>> 24;
    }
    let c = 0xffffffff;
    for (const byte of data) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
    expect(crc32(data)).toBe((c ^ 0xffffffff) >>> 0);
  });

  it('a sheet of several megabytes, deflated block by block, unzips whole and reads back', async () => {
    // 40,000 rows of three cells: about 4 MB of sheet text, so four or more independently compressed blocks.
    const values = Array.from({ length: 40_000 }, (_, i) => [`学校${i}`, i * 0.5, i % 3 === 0 ? '达标' : null]);
    const big = spec('指标结果', values, { numberFormats: [{ range: 'B1:B40000', format: '0.00' }] });
    const out = writeSheetsIntoPackage(await userWorkbook(), [big], 'replace');
    const sheetXml = partsOf(out)['xl/worksheets/sheet4.xml'];
    expect(sheetXml.length).toBeGreaterThan(3 * 1024 * 1024);
    const grid = readGrids(out).sheets[3];
    expect(grid.values).toHaveLength(40_000);
    // 39,999 is a multiple of 3 (3 × 13,333): 达标; 39,998 is not, and its trailing blank is not a cell.
    expect(grid.values[39_999]).toEqual(['学校39999', 19_999.5, '达标']);
    expect(grid.values[39_998]).toEqual(['学校39998', 19_999]);
    expect(grid.formats?.[12_346]).toEqual([null, '0.00']);
    const ws = (await openExceljs(out)).getWorksheet('指标结果')!;
    expect(ws.rowCount).toBe(40_000);
    expect(ws.getCell('B40000').value).toBe(19_999.5);
  });
});

describe('writeSheetsIntoPackage: the output sheets fit to print', () => {
  const sheets = buildOutputSheets(smallResult(), { runTime: '2024-06-01 16:00:00（北京时间）' });

  async function written(): Promise<Uint8Array> {
    return writeSheetsIntoPackage(await userWorkbook(), sheets, 'replace', { entryTime: WHEN });
  }

  /** The worksheet part of a sheet, found through the workbook as Excel finds it. */
  function sheetXml(bytes: Uint8Array, name: string): string {
    const wb = partText(bytes, 'xl/workbook.xml');
    const tag = [...wb.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`));
    const rid = /r:id="([^"]+)"/.exec(tag ?? '')?.[1];
    const rels = partText(bytes, 'xl/_rels/workbook.xml.rels');
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    return partText(bytes, `xl/${target}`);
  }

  it('sets A4 landscape, one page wide, centred, with the page-number footer, on every output sheet', async () => {
    const bytes = await written();
    expect(packageProblems(bytes)).toEqual([]);
    for (const s of sheets) {
      const xml = sheetXml(bytes, s.name);
      expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
      expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      expect(xml).toContain('<printOptions horizontalCentered="1"/>');
      expect(xml).toContain('<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>');
    }
  });

  it('repeats the header rows through _xlnm.Print_Titles, the same on a second run', async () => {
    const bytes = await written();
    const wb = partText(bytes, 'xl/workbook.xml');
    const tab = (name: string): number =>
      [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]).indexOf(name);
    expect(wb).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${tab('指标结果')}">'指标结果'!$2:$3</definedName>`,
    );
    expect(wb).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${tab('整改台账')}">'整改台账'!$2:$2</definedName>`,
    );
    const again = writeSheetsIntoPackage(bytes, sheets, 'replace', { entryTime: WHEN });
    expect(partText(again, 'xl/workbook.xml')).toBe(wb);
    expect(wb.match(/_xlnm\.Print_Titles/g)).toHaveLength(sheets.length);
  });

  it('writes the sheet font, thin borders, wrapped centred headers and taller header rows', async () => {
    const bytes = await written();
    const styles = partText(bytes, 'xl/styles.xml');
    expect(styles).toContain('<font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>');
    expect(styles).toContain('<font><b/><sz val="16"/><name val="宋体"/>');
    expect(styles).toContain('<left style="thin"><color indexed="64"/></left>');
    expect(styles).toContain('<alignment horizontal="center" vertical="center" wrapText="1"/>');
    // 指标结果: the title in A1 and the header 学校代码 in A2 have styles whose font is 宋体.
    const xml = sheetXml(bytes, '指标结果');
    expect(xml).toMatch(/<row r="1" ht="24" customHeight="1">/);
    expect(xml).toMatch(/<row r="3" ht="\d+(\.\d+)?" customHeight="1">/);
    const ws = (await openExceljs(bytes)).getWorksheet('指标结果');
    expect(ws?.getCell('A1').font).toMatchObject({ name: '宋体', size: 16, bold: true });
    expect(ws?.getCell('A2').font).toMatchObject({ name: '宋体', size: 11, bold: true });
    expect(ws?.getCell('A2').border?.left?.style).toBe('thin');
    expect(ws?.getCell('A2').alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(ws?.getCell('A4').font).toMatchObject({ name: '宋体', size: 11 });
    expect(ws?.getCell('A4').border?.bottom?.style).toBe('thin');
  });
});
