/** Reading a template-shaped workbook through the adapter gives the grids the engine expects. */
import { OfficeWorkbook } from '../../../src/workbook/office';
import { evaluate } from '../../../src/engine/evaluate';
import { SHEETS } from '../../../src/engine/columns';
import { createFakeExcel, type FakeSheetInit } from '../../support/fakeExcel';
import { templateWorkbook } from './support';

/** A school sheet with a title row, a two-row header whose group cell 在校生数 spans 小学 / 初中, an error and a blank. */
const SCHOOLS: FakeSheetInit = {
  name: '学校基础数据',
  values: [
    ['某县学校基础数据表'],
    ['学校代码', '学校名称', '在校生数', null],
    [null, null, '小学', '初中'],
    ['5100000001', '城关小学', 812, null],
    ['5100000002', '城关中学', { error: '#DIV/0!' }, 640],
  ],
  formats: [[], [], [], [undefined, undefined, '0', '0']],
  merges: ['A1:D1', 'C2:D2'],
};

/** County figures with 社会认可度 as an Excel percentage cell (0.965 shown as 96.5%). */
const COUNTY: FakeSheetInit = {
  name: '区县数据',
  values: [
    ['项目', '数值'],
    ['区县名称', '示例县'],
    ['社会认可度', 0.965],
  ],
  formats: [[], [], [undefined, '0.0%']],
};

/** A notes sheet whose only cell is C3: the grid must still be anchored at A1. */
const NOTES: FakeSheetInit = { name: '备注', values: [[], [], [null, null, '说明文字']] };

describe('OfficeWorkbook.readWorkbook', () => {
  test('reads values, errors, blanks, formats and merges, anchored at A1, in three syncs', async () => {
    const fake = createFakeExcel([SCHOOLS, COUNTY, NOTES, { name: '空表' }]);
    const book = await new OfficeWorkbook({ run: fake.run }).readWorkbook();

    expect(book.sheets.map((s) => s.name)).toEqual(['学校基础数据', '区县数据', '备注', '空表']);
    const [schools, county, notes, empty] = book.sheets;
    expect(schools.values).toEqual([
      ['某县学校基础数据表', null, null, null],
      ['学校代码', '学校名称', '在校生数', null],
      [null, null, '小学', '初中'],
      ['5100000001', '城关小学', 812, null],
      ['5100000002', '城关中学', { error: '#DIV/0!' }, 640],
    ]);
    expect(schools.merges).toEqual(['A1:D1', 'C2:D2']);
    // Formats only where a cell holds something: the blank D4 has none even though its format is '0'.
    expect(schools.formats?.[3]).toEqual(['General', 'General', '0', null]);
    expect(county.values[2]).toEqual(['社会认可度', 0.965]);
    expect(county.formats?.[2]).toEqual(['General', '0.0%']);
    expect(county.merges).toBeUndefined();
    expect(notes.values).toEqual([[], [], [null, null, '说明文字']]);
    expect(empty.values).toEqual([]);
    // Names; used ranges and merges of all sheets; the cells of all sheets.
    expect(fake.stats.syncs).toBe(3);
  });

  test('a host without ExcelApi 1.13 still reads every value, only without merged areas', async () => {
    const fake = createFakeExcel([SCHOOLS, COUNTY]);
    const asked: string[] = [];
    const adapter = new OfficeWorkbook({ run: fake.run, supportsApi: (v) => (asked.push(v), v !== '1.13') });
    const book = await adapter.readWorkbook();
    expect(asked).toEqual(['1.9', '1.13']);
    expect(book.sheets[0].merges).toBeUndefined();
    expect(book.sheets[0].values[4]).toEqual(['5100000002', '城关中学', { error: '#DIV/0!' }, 640]);
    expect(fake.stats.syncs).toBe(3);
  });

  test('a large sheet is read without number formats, which the engine only needs on small sheets', async () => {
    const fake = createFakeExcel([SCHOOLS, COUNTY]);
    // SCHOOLS spans 5 × 4 = 20 cells, COUNTY 3 × 2 = 6: a limit of 10 cells keeps formats on COUNTY only.
    const book = await new OfficeWorkbook({ run: fake.run, formatCellLimit: 10 }).readWorkbook();
    expect(book.sheets[0].formats).toBeUndefined();
    expect(book.sheets[1].formats?.[2]).toEqual(['General', '0.0%']);
  });

  test('the template sample county read through Office evaluates like the grids it came from', async () => {
    const sheets = templateWorkbook(120);
    const fake = createFakeExcel(sheets);
    const book = await new OfficeWorkbook({ run: fake.run }).readWorkbook();
    const school = book.sheets.find((s) => s.name === SHEETS.school);
    // Title row, header row, then 120 schools: 122 rows.
    expect(school?.values.length).toBe(122);
    expect(school?.values[2][0]).toBe('5100000000');
    expect(school?.values[121][0]).toBe('5100000119');
    // The same sheets handed to the engine directly, without Excel in between.
    const direct = evaluate({
      sheets: sheets.map((s) => ({
        name: s.name,
        values: (s.values ?? []).map((row) => row.map((v) => v ?? null)),
        merges: s.merges,
      })),
    });
    const outcome = evaluate(book);
    expect(outcome.ok).toBe(true);
    expect(outcome).toEqual(direct);
    if (outcome.ok) expect(outcome.result.parts.length).toBeGreaterThanOrEqual(120);
  });
});
