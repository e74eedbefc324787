import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { a1 } from '../../src/engine/a1';
import { ExceljsWorkbook } from '../../src/workbook/exceljsAdapter';
import { outputLikeSheet, spec } from '../support/sheets';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-exceljs-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('ExceljsWorkbook reading', () => {
  it('turns formulas, shared formulas, rich text, links, dates and errors into engine values', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('学校基础数据');
    ws.getCell('A1').value = 12;
    ws.getCell('B1').value = { formula: 'A1*2', result: 24 };
    ws.getCell('A2').value = 5;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 10 } as ExcelJS.CellValue;
    ws.getCell('C1').value = { richText: [{ text: '小学' }, { text: '在校生数', font: { bold: true } }] };
    ws.getCell('D1').value = { text: '学校主页', hyperlink: 'https://example.org' };
    ws.getCell('E1').value = new Date(Date.UTC(2024, 0, 1));
    ws.getCell('F1').value = { error: '#DIV/0!' };
    ws.getCell('G1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    ws.getCell('H1').value = 0.965;
    ws.getCell('H1').numFmt = '0.00%';
    ws.getCell('A4').value = '在校生数';
    ws.mergeCells('A4:C4');
    // Written as B1's shared formula master so exceljs stores a real shared formula.
    ws.getCell('B1').value = { formula: 'A1*2', result: 24, shareType: 'shared', ref: 'B1:B2' } as ExcelJS.CellValue;
    const file = path.join(dir, 'read.xlsx');
    await wb.xlsx.writeFile(file);

    const book = await ExceljsWorkbook.open(file);
    const { sheets } = await book.readWorkbook();
    const grid = sheets[0];
    expect(grid.name).toBe('学校基础数据');
    expect(grid.values[0].slice(0, 8)).toEqual([
      12,
      24,
      '小学在校生数',
      '学校主页',
      45292, // 2024-01-01 is Excel day 45292
      { error: '#DIV/0!' },
      { error: '#DIV/0!' },
      0.965,
    ]);
    expect(grid.values[1][1]).toBe(10);
    expect(grid.formats?.[0][7]).toBe('0.00%');
    expect(grid.formats?.[0][0]).toBeNull();
    expect(grid.merges).toEqual(['A4:C4']);
    // The other cells of a merged area are empty, as Excel shows them.
    expect(grid.values[3]).toEqual(['在校生数', null, null]);
  });
});

describe('ExceljsWorkbook writing', () => {
  const outputSpec = outputLikeSheet(['C3']);

  it('round-trips values, formats, fills, bold, merges, widths, freeze panes and drop-downs', async () => {
    const book = ExceljsWorkbook.create();
    await book.writeSheets([outputSpec], 'replace');
    const file = path.join(dir, 'write.xlsx');
    await book.saveAs(file);

    const back = await ExceljsWorkbook.open(file);
    const grid = (await back.readWorkbook()).sheets[0];
    expect(grid.values[1]).toEqual(['数值', 0.123456, 0.9]);
    expect(grid.formats?.[1][1]).toBe('0.000');
    expect(grid.formats?.[1][2]).toBe('0.00%');
    expect(grid.merges).toEqual(['A1:C1']);

    const ws = back.workbook.getWorksheet('评估汇总')!;
    expect((ws.getCell('B3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect((ws.getCell('C3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(ws.getCell('B2').font?.bold).toBeFalsy();
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws.getCell(a1(2, 2)).dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(ws.getCell('C4').dataValidation).toBeUndefined();
  });

  it("'replace' rewrites a sheet in its tab position; new sheets go last; 'addMissing' skips existing ones", async () => {
    const book = ExceljsWorkbook.create();
    await book.writeSheets(
      [spec('学校基础数据', [['甲']]), spec('评估汇总', [['旧'], ['旧行']]), spec('区县数据', [['乙']])],
      'replace',
    );
    await book.writeSheets([spec('评估汇总', [['新']]), spec('指标结果', [['新表']])], 'replace');
    await book.writeSheets([spec('区县数据', [['不应写入']]), spec('评估标准', [['设置']])], 'addMissing');
    const file = path.join(dir, 'replace.xlsx');
    await book.saveAs(file);

    const sheets = (await (await ExceljsWorkbook.open(file)).readWorkbook()).sheets;
    expect(sheets.map((s) => s.name)).toEqual(['学校基础数据', '评估汇总', '区县数据', '指标结果', '评估标准']);
    expect(sheets[1].values).toEqual([['新']]);
    expect(sheets[2].values).toEqual([['乙']]);
    expect(sheets[0].values).toEqual([['甲']]);
  });

  it('gives identical bytes for identical content when the time is fixed', async () => {
    const fixedTime = new Date('2024-06-01T08:00:00Z');
    const make = async (): Promise<Buffer> => {
      const book = ExceljsWorkbook.create();
      await book.writeSheets([outputSpec], 'replace');
      return book.toBuffer({ fixedTime });
    };
    const first = await make();
    await new Promise((r) => setTimeout(r, 1100));
    const second = await make();
    expect(first.equals(second)).toBe(true);
  });
});
