/** The look and page setup the add-in writes: the same font, title, borders, wrapping, row heights and A4 layout as the spec. */
import { OfficeWorkbook } from '../../../src/workbook/office';
import { evaluate } from '../../../src/engine/evaluate';
import { buildOutputSheets } from '../../../src/engine/output';
import type { SheetSpec } from '../../../src/engine/sheetSpec';
import { EXCEL_PAYLOAD_LIMIT } from '../../../src/workbook/office/requestBudget';
import { MAX_ROW_HEIGHT } from '../../../src/engine/sheetSpec';
import { borderSides, createFakeExcel, styleAt, type FakeExcel } from '../../support/fakeExcel';
import { smallResult } from '../../output/support';
import { cellsOf, expectSheetMatchesSpec, templateWorkbook } from './support';
import { a1 } from '../../../src/engine/a1';

const ALL_SIDES = ['top', 'bottom', 'left', 'right'];

/** Throws (naming the sheet and cell) unless the fake sheet carries every part of the spec's look and page. */
function expectLookMatchesSpec(fake: FakeExcel, spec: SheetSpec): void {
  const sheet = fake.sheet(spec.name);
  const look = spec.look!;
  const check = (cell: string, what: string, got: unknown, want: unknown): void => {
    if (got !== want) throw new Error(`${spec.name}!${cell} ${what}: ${String(got)}, expected ${String(want)}`);
  };
  const title = new Set(look.title.flatMap(cellsOf));
  spec.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = a1(r, c);
      check(cell, 'font', styleAt(sheet, cell, 'font.name'), look.font.name);
      check(cell, 'size', styleAt(sheet, cell, 'font.size'), title.has(cell) ? look.font.size + 5 : look.font.size);
      check(cell, 'vertical', styleAt(sheet, cell, 'verticalAlignment'), 'Center');
    }),
  );
  for (const cell of title) check(cell, 'title centred', styleAt(sheet, cell, 'horizontalAlignment'), 'Center');
  for (const cell of look.borders.flatMap(cellsOf))
    check(cell, 'borders', borderSides(sheet, cell).join(), ALL_SIDES.join());
  const wrap = new Set(look.wrap.flatMap(cellsOf));
  for (const cell of wrap) check(cell, 'wrap', styleAt(sheet, cell, 'wrapText'), true);
  for (const cell of look.center.flatMap(cellsOf))
    check(cell, 'centred', styleAt(sheet, cell, 'horizontalAlignment'), 'Center');
  const heights = [...sheet.rowHeights].sort((x, y) => x[0] - y[0]);
  expect(heights).toEqual(look.rowHeights.map((h) => [h.row, Math.min(h.height, MAX_ROW_HEIGHT)]));
}

describe('OfficeWorkbook writes the look and page setup', () => {
  test('the five output sheets of a small county carry the font, title, borders, wrap, centring and row heights', async () => {
    const fake = createFakeExcel([{ name: '学校基础数据', values: [['学校代码']] }]);
    const specs = buildOutputSheets(smallResult(), { runTime: '2024-06-01 10:00' });
    await new OfficeWorkbook({ run: fake.run }).writeSheets(specs, 'replace');
    expect(specs.every((s) => s.look && s.page)).toBe(true);
    for (const spec of specs) {
      expectSheetMatchesSpec(fake, spec);
      expectLookMatchesSpec(fake, spec);
    }
    // docs/output-print.md: 宋体 11 pt, the title 16 pt and bold.
    const summary = fake.sheet(specs[0].name);
    expect(styleAt(summary, 'A1', 'font.name')).toBe('宋体');
    expect(styleAt(summary, 'A1', 'font.size')).toBe(16);
    expect(summary.bold.has('A1')).toBe(true);
    expect(styleAt(summary, 'A3', 'font.size')).toBe(11);
    // Thin lines, not the default weight of whatever Excel had before.
    expect(summary.styleOps.filter((op) => op.prop.endsWith('.weight')).every((op) => op.value === 'Thin')).toBe(true);
  });

  test('each sheet is set to A4, its orientation, one page wide, centred, with header rows and page numbers', async () => {
    const fake = createFakeExcel([{ name: '学校基础数据', values: [['学校代码']] }]);
    const specs = buildOutputSheets(smallResult(), { runTime: '2024-06-01 10:00' });
    await new OfficeWorkbook({ run: fake.run }).writeSheets(specs, 'replace');
    for (const spec of specs) {
      const page = spec.page!;
      const rows = page.printTitleRows;
      expect(fake.sheet(spec.name).page).toEqual({
        paperSize: 'A4',
        orientation: page.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        centerHorizontally: true,
        // The file writers' margins, in inches.
        margins: {
          unit: 'Inches',
          options: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
        },
        ...(rows ? { printTitleRows: `$${rows.first}:$${rows.last}` } : {}),
        centerFooter: '第 &P 页，共 &N 页',
      });
    }
  });

  test('a hand-made spec: borders on every side inside the box only, wrap and height only where asked', async () => {
    const fake = createFakeExcel([{ name: '学校基础数据', values: [['学校代码']] }]);
    const spec: SheetSpec = {
      name: '整改台账',
      values: [
        ['台账', null, null],
        ['学校', '问题', '措施'],
        ['一小', '很长的问题说明', '改'],
        ['二小', '无', '无'],
        [null, null, '注'],
      ],
      numberFormats: [],
      fills: [],
      bold: ['A2:C2'],
      merges: ['A1:C1'],
      columnWidths: [8, 8, 8],
      look: {
        font: { name: '仿宋', size: 12 },
        title: ['A1:C1'],
        borders: ['A2:C4'],
        wrap: ['B3'],
        center: ['A2:C2'],
        rowHeights: [
          { row: 0, height: 26 },
          { row: 2, height: 30 },
        ],
      },
      page: {
        paper: 'A4',
        orientation: 'portrait',
        fitToWidth: 1,
        printTitleRows: { first: 2, last: 2 },
        footer: '&P',
      },
    };
    await new OfficeWorkbook({ run: fake.run }).writeSheets([spec], 'replace');
    const sheet = fake.sheet('整改台账');
    expectLookMatchesSpec(fake, spec);
    expect(styleAt(sheet, 'B2', 'font.size')).toBe(12);
    expect(styleAt(sheet, 'B1', 'font.size')).toBe(17);
    expect(sheet.bold.has('B2')).toBe(true);
    // Inside the box every side; the note below it none; wrapping and centring nowhere else.
    expect(borderSides(sheet, 'B3')).toEqual(ALL_SIDES);
    expect(borderSides(sheet, 'C5')).toEqual([]);
    expect(styleAt(sheet, 'C5', 'font.name')).toBe('仿宋');
    expect(styleAt(sheet, 'C3', 'wrapText')).toBeUndefined();
    expect(styleAt(sheet, 'A3', 'horizontalAlignment')).toBeUndefined();
    expect([...sheet.rowHeights]).toEqual([
      [0, 26],
      [2, 30],
    ]);
    expect(sheet.page.orientation).toBe('Portrait');
    expect(sheet.page.printTitleRows).toBe('$2:$2');
  });

  test("a row asked taller than 409 points is written at Excel's 409 rather than failing the write", async () => {
    // 履职评价 of a 10,000-school county lists 137 schools in one cell and asks for 1,195.5 points.
    const fake = createFakeExcel([{ name: '学校基础数据', values: [['学校代码']] }]);
    const look = {
      font: { name: '宋体', size: 11 },
      title: [],
      borders: [],
      wrap: ['A1'],
      center: [],
      rowHeights: [{ row: 0, height: 1195.5 }],
    };
    const spec: SheetSpec = {
      name: '履职评价',
      values: [['长'.repeat(5000)]],
      numberFormats: [],
      fills: [],
      bold: [],
      merges: [],
      columnWidths: [56],
      look,
    };
    await new OfficeWorkbook({ run: fake.run }).writeSheets([spec], 'replace');
    expect([...fake.sheet('履职评价').rowHeights]).toEqual([[0, MAX_ROW_HEIGHT]]);
    expect(MAX_ROW_HEIGHT).toBe(409);
  });

  test('a spec without a look or page is written with no font, border, height or page setting', async () => {
    const fake = createFakeExcel([{ name: '学校基础数据', values: [['学校代码']] }]);
    const spec: SheetSpec = {
      name: '数据问题',
      values: [['a', 'b']],
      numberFormats: [],
      fills: [],
      bold: [],
      merges: [],
      columnWidths: [],
    };
    await new OfficeWorkbook({ run: fake.run }).writeSheets([spec], 'replace');
    const sheet = fake.sheet('数据问题');
    expect(sheet.styleOps).toEqual([]);
    expect(sheet.rowHeights.size).toBe(0);
    expect(sheet.page).toEqual({});
  });

  test('a look range that is not an address is refused before anything is written', async () => {
    const fake = createFakeExcel([{ name: '学校基础数据', values: [['学校代码']] }]);
    const spec: SheetSpec = {
      name: '数据问题',
      values: [['a']],
      numberFormats: [],
      fills: [],
      bold: [],
      merges: [],
      columnWidths: [],
      look: { font: { name: '宋体', size: 11 }, title: [], borders: ['A1:'], wrap: [], center: [], rowHeights: [] },
    };
    await expect(new OfficeWorkbook({ run: fake.run }).writeSheets([spec], 'replace')).rejects.toThrow('A1:');
    expect(fake.sheets().map((s) => s.name)).toEqual(['学校基础数据']);
    expect(fake.stats.syncs).toBe(0);
  });

  test('10,000 schools: the look costs no extra sync, no request passes 5 MB, and calls stay grouped', async () => {
    const fake = createFakeExcel(templateWorkbook(10000));
    const adapter = new OfficeWorkbook({ run: fake.run });
    const outcome = evaluate(await adapter.readWorkbook());
    if (!outcome.ok) throw new Error('the 10,000-school county did not evaluate');
    const specs = buildOutputSheets(outcome.result, { runTime: 'test' });
    fake.resetStats();
    await adapter.writeSheets(specs, 'replace');
    // Sheet list, everything written (in budget-sized requests), the swap: as without the look.
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    expect(Math.max(...fake.stats.requestSizes)).toBeLessThanOrEqual(EXCEL_PAYLOAD_LIMIT);
    const lookCalls = fake.stats.calls.filter((c) =>
      /^(font\.|border\.|wrapText|rowHeight|.*Alignment)/.test(c.member),
    );
    const cells = specs.reduce((n, s) => n + s.values.reduce((m, row) => m + row.length, 0), 0);
    expect(cells).toBeGreaterThan(100_000);
    // Grouped by address: a few thousand calls at most for every cell of five sheets.
    expect(lookCalls.length).toBeLessThan(cells / 20);
    const results = specs.find((s) => s.values.length > 10000)!;
    const last = a1(results.values.length - 1, 0);
    const sheet = fake.sheet(results.name);
    expect(results.look!.borders.flatMap(cellsOf)).toContain(last);
    expect(borderSides(sheet, last)).toEqual(ALL_SIDES);
    expect(styleAt(sheet, last, 'font.name')).toBe(results.look!.font.name);
    // The long 履职评价 row (1,195.5 points asked) is capped at Excel's tallest row.
    for (const height of sheet.rowHeights.values()) expect(height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    expect(Math.max(...fake.sheet('履职评价').rowHeights.values())).toBe(MAX_ROW_HEIGHT);
  }, 120_000);

  test('an 8 KB budget is honoured with the look: the estimates never undercount the fake', async () => {
    const fake = createFakeExcel([{ name: '学校基础数据', values: [['学校代码']] }]);
    const specs = buildOutputSheets(smallResult(), { runTime: '2024-06-01 10:00' });
    const budget = 8 * 1024;
    await new OfficeWorkbook({ run: fake.run, requestBudget: budget, addressLimit: 40 }).writeSheets(specs, 'replace');
    expect(Math.max(...fake.stats.requestSizes)).toBeLessThanOrEqual(budget);
    for (const spec of specs) expectLookMatchesSpec(fake, spec);
  });
});
