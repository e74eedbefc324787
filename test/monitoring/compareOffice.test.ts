/**
 * 与上年比较 against the strict fake of Office.js: the action reads the picked .xlsx with the package reader and
 * writes into the open workbook the same 年度对比 sheet as `junheng compare`, changing no other sheet.
 */
import { compareWorkbooks } from '../../src/engine/monitoring';
import { buildCompareSheet, COMPARE_SHEET } from '../../src/engine/output';
import type { SheetSpec } from '../../src/engine/sheetSpec';
import type { WorkbookInput } from '../../src/engine/types';
import { ExceljsWorkbook } from '../../src/workbook/exceljsAdapter';
import { OfficeWorkbook } from '../../src/workbook/office';
import { createOfficeActions } from '../../src/taskpane/actions';
import { createFakeExcel } from '../support/fakeExcel';
import { spec } from '../support/sheets';
import { goldenPair } from './compareFixtures';

/** A workbook's grids as sheet specs (the fixtures hold only text and numbers). */
function specs(book: WorkbookInput): SheetSpec[] {
  return book.sheets.map((s) => spec(s.name, s.values as SheetSpec['values']));
}

/** A year's workbook as the bytes of an .xlsx file, as the picker gives them. */
async function xlsxBytes(book: WorkbookInput): Promise<Uint8Array> {
  const out = ExceljsWorkbook.create();
  await out.writeSheets(specs(book), 'replace');
  return new Uint8Array(await out.toBuffer());
}

describe('compareWithFile against Excel', () => {
  const { earlier, later } = goldenPair();

  it('writes into the open workbook the 年度对比 the command writes, and changes no other sheet', async () => {
    const fake = createFakeExcel(later.sheets.map((s) => ({ name: s.name, values: s.values as never })));
    const actions = createOfficeActions({ workbook: new OfficeWorkbook({ run: fake.run }) });
    const before = later.sheets.map((s) => JSON.stringify(fake.sheet(s.name).values));

    const lines = await actions.compareWithFile({ name: '2023.xlsx', bytes: await xlsxBytes(earlier) });

    expect(lines[0]).toBe('年度对比：测试县，2023 → 2024');
    const direct = compareWorkbooks([
      { file: '2023.xlsx', workbook: earlier },
      { file: '当前工作簿', workbook: later },
    ]);
    if (!direct.ok) throw new Error(direct.reason);
    const expected = buildCompareSheet(direct.comparison).values;
    const written = fake.sheet(COMPARE_SHEET).values;
    expect(written.length).toBe(expected.length);
    expected.forEach((row, r) =>
      row.forEach((v, c) => expect([r, c, written[r]?.[c] ?? null]).toEqual([r, c, v ?? null])),
    );
    expect(later.sheets.map((s) => JSON.stringify(fake.sheet(s.name).values))).toEqual(before);
    // 年度对比 first and shown, the workbook's own sheets after it in their order.
    expect(fake.sheets().map((s) => s.name)).toEqual([COMPARE_SHEET, ...later.sheets.map((s) => s.name)]);
    expect(fake.active()?.sheet).toBe(COMPARE_SHEET);
  });

  it('refuses a file that is not an .xlsx workbook, naming it', async () => {
    const fake = createFakeExcel(later.sheets.map((s) => ({ name: s.name, values: s.values as never })));
    const actions = createOfficeActions({ workbook: new OfficeWorkbook({ run: fake.run }) });
    await expect(actions.compareWithFile({ name: '说明.docx', bytes: new Uint8Array([1, 2, 3]) })).rejects.toThrow(
      /^无法读取所选文件 说明\.docx（需要 \.xlsx 工作簿）/,
    );
    expect(fake.sheets().map((s) => s.name)).not.toContain(COMPARE_SHEET);
  });
});
