/** The add-in and the command line's exceljs writer give the output sheets the same look and page setup. */
import type ExcelJS from 'exceljs';
import { a1 } from '../../../src/engine/a1';
import { buildOutputSheets } from '../../../src/engine/output';
import { ExceljsWorkbook } from '../../../src/workbook/exceljsAdapter';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { borderSides, createFakeExcel, styleAt, type FakeSheet } from '../../support/fakeExcel';
import { smallResult } from '../../output/support';

/** One cell's look in words both writers can be compared in. */
function fromExceljs(cell: ExcelJS.Cell): string {
  const sides = (['top', 'bottom', 'left', 'right'] as const).filter((s) => cell.border?.[s]?.style === 'thin');
  const a = cell.alignment ?? {};
  return [
    cell.font?.name,
    cell.font?.size,
    cell.font?.bold === true,
    sides.join('+'),
    a.wrapText === true,
    a.horizontal === 'center',
  ].join('|');
}

function fromFake(sheet: FakeSheet, cell: string): string {
  const font = styleAt(sheet, cell, 'font.name');
  const size = styleAt(sheet, cell, 'font.size');
  return [
    font,
    size,
    sheet.bold.has(cell),
    borderSides(sheet, cell).join('+'),
    styleAt(sheet, cell, 'wrapText') === true,
    styleAt(sheet, cell, 'horizontalAlignment') === 'Center',
  ].join('|');
}

test('every written cell of the five output sheets looks the same from the add-in as in the command line file', async () => {
  const specs = buildOutputSheets(smallResult(), { runTime: '2024-06-01 10:00' });
  const fake = createFakeExcel([{ name: '学校基础数据', values: [['学校代码']] }]);
  await new OfficeWorkbook({ run: fake.run }).writeSheets(specs, 'replace');
  const file = ExceljsWorkbook.create();
  await file.writeSheets(specs, 'replace');
  let compared = 0;
  for (const spec of specs) {
    const ws = file.workbook.getWorksheet(spec.name)!;
    const sheet = fake.sheet(spec.name);
    spec.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = a1(r, c);
        expect(`${spec.name}!${cell} ${fromFake(sheet, cell)}`).toBe(
          `${spec.name}!${cell} ${fromExceljs(ws.getCell(r + 1, c + 1))}`,
        );
        compared++;
      }),
    );
    for (const [row, height] of sheet.rowHeights)
      expect([spec.name, row, height]).toEqual([spec.name, row, ws.getRow(row + 1).height]);
    const setup = ws.pageSetup;
    expect(sheet.page.orientation?.toLowerCase()).toBe(setup.orientation);
    expect(sheet.page.zoom).toEqual({ horizontalFitToPages: setup.fitToWidth, verticalFitToPages: setup.fitToHeight });
    expect(sheet.page.printTitleRows?.replace(/\$/g, '')).toBe(setup.printTitlesRow);
    expect(`&C${sheet.page.centerFooter}`).toBe(ws.headerFooter.oddFooter);
    expect(sheet.page.margins?.options).toEqual({ ...setup.margins });
  }
  // Every sheet has a title, headers and a body: hundreds of cells, not a vacuous loop.
  expect(compared).toBeGreaterThan(300);
});
