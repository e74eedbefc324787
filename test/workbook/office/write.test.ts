/** Writing SheetSpecs through the adapter: cells, formats, fills, layout, chart; replace and addMissing. */
import { OfficeWorkbook } from '../../../src/workbook/office';
import { buildOutputSheets } from '../../../src/engine/output';
import { OUTPUT_SHEETS } from '../../../src/engine/columns';
import { STATUS_FILLS } from '../../../src/engine/sheetSpec';
import { createFakeExcel, type FakeExcel, type FakeSheet } from '../../support/fakeExcel';
import { smallResult } from '../../output/support';
import { expectSheetMatchesSpec, syntheticSpec } from './support';

const RUN_TIME = '2024-06-01 10:00';

/** A user's input sheet with their own fill and conditional format, which no write may touch. */
function userBook(): FakeExcel {
  return createFakeExcel([
    {
      name: '学校基础数据',
      values: [
        ['学校代码', '学校名称', '小学在校生数'],
        ['5100000001', '城关小学', 812],
      ],
      fills: { A1: '#FFFF00' },
      conditionalFormats: [{ address: 'C2:C9', formula: '=C2>1000', fill: '#00B0F0' }],
    },
    { name: '区县数据', values: [['项目', '数值']] },
  ]);
}

/** A deep, comparable copy of a sheet model (Maps and Sets as sorted arrays; not the id, new with each sheet). */
function snapshot(s: FakeSheet): unknown {
  const rest: Partial<FakeSheet> = { ...s };
  delete rest.id;
  return {
    ...rest,
    fills: [...s.fills].sort(),
    bold: [...s.bold].sort(),
    columnWidths: [...s.columnWidths].sort(),
  };
}

describe('OfficeWorkbook.writeSheets', () => {
  test('the five output sheets of a small county land cell for cell, with formats, fills and the chart', async () => {
    const fake = userBook();
    const specs = buildOutputSheets(smallResult(), { runTime: RUN_TIME });
    await new OfficeWorkbook({ run: fake.run }).writeSheets(specs, 'replace');

    expect(fake.sheets().map((s) => s.name)).toEqual(['学校基础数据', '区县数据', ...Object.values(OUTPUT_SHEETS)]);
    for (const spec of specs) expectSheetMatchesSpec(fake, spec);

    // The chart: coefficients as columns, the two limits (series 2 and 3: 小学上限, 初中上限) as lines.
    const summary = specs[0];
    const [chart] = fake.sheet(OUTPUT_SHEETS.summary).charts;
    expect(chart).toMatchObject({
      type: 'ColumnClustered',
      source: summary.chart?.dataRange,
      seriesBy: 'Columns',
      title: '校际差异系数与上限',
      anchor: summary.chart?.anchor,
      anchorEnd: summary.chart?.anchorEnd,
      seriesTypes: { 2: 'Line', 3: 'Line' },
    });
    // Sheet list, one request for everything written under temporary names, then the swap to the final names;
    // calculation is suspended for the last two.
    expect(fake.stats.syncs).toBe(3);
    expect(fake.stats.calls.filter((c) => c.member === 'suspendApiCalculationUntilNextSync').length).toBe(2);
  });

  test('lead: the output sheets go first, in order, and 评估汇总 is shown; a second run keeps that order', async () => {
    const fake = userBook();
    const specs = buildOutputSheets(smallResult(), { runTime: RUN_TIME });
    const book = new OfficeWorkbook({ run: fake.run });
    await book.writeSheets(specs, 'replace', { lead: true });
    const expected = [...Object.values(OUTPUT_SHEETS), '学校基础数据', '区县数据'];
    expect(fake.sheets().map((s) => s.name)).toEqual(expected);
    expect(fake.active()?.sheet).toBe(OUTPUT_SHEETS.summary);
    const inputs = fake
      .sheets()
      .filter((s) => !specs.some((p) => p.name === s.name))
      .map(snapshot);
    // Run again with the user looking at the school sheet: the same order, 评估汇总 shown again, inputs as they were.
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('学校基础数据').activate();
      await ctx.sync();
    });
    expect(fake.active()?.sheet).toBe('学校基础数据');
    await book.writeSheets(specs, 'replace', { lead: true });
    expect(fake.sheets().map((s) => s.name)).toEqual(expected);
    expect(fake.active()?.sheet).toBe(OUTPUT_SHEETS.summary);
    expect(
      fake
        .sheets()
        .filter((s) => !specs.some((p) => p.name === s.name))
        .map(snapshot),
    ).toEqual(inputs);
    for (const spec of specs) expectSheetMatchesSpec(fake, spec);
  });

  test('text that Excel would turn into numbers stays text; numbers stay numbers; layout is applied', async () => {
    const fake = userBook();
    const spec = syntheticSpec('指标结果', 3);
    spec.values.push(['-5', '=SUM(A1)', 'TRUE', '0012', '12%', null, Number.NaN]);
    await new OfficeWorkbook({ run: fake.run }).writeSheets([spec], 'replace');
    const sheet = fake.sheet('指标结果');
    expect(fake.cell('指标结果', 'A3')).toBe('5100000000');
    // Row 3, first number: (s + 1) × (i + 1) / 3 with s = 0, i = 0 → 1/3.
    expect(fake.cell('指标结果', 'C3')).toBeCloseTo(1 / 3, 15);
    expect(sheet.values[5].slice(0, 7)).toEqual(['-5', '=SUM(A1)', 'TRUE', '0012', '12%', null, null]);
    expect(sheet.formats[2][2]).toBe('0.00');
    // Status cells by colour: school 0, status column 0 → (0 + 0) % 4 = 0 → 达标, green.
    expect(fake.cell('指标结果', 'J3')).toBe('达标');
    expect(sheet.fills.get('J3')).toBe(STATUS_FILLS.pass);
    expect(sheet.fills.get('K3')).toBe(STATUS_FILLS.near);
    expect(sheet.merges).toEqual(['A1:P1']);
    expect(sheet.freeze).toEqual({ rows: 2, cols: 2 });
    // 28 characters → (28 × 7 + 5) × 0.75 = 150.75 points.
    expect(sheet.columnWidths.get(1)).toBe(150.75);
  });

  test('replace keeps the tab position, leaves every other sheet untouched, and a re-run gives the same model', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run });
    const specs = buildOutputSheets(smallResult(), { runTime: RUN_TIME });
    await adapter.writeSheets(specs, 'replace');
    // The user drags 指标结果 to the front and adds a sheet of their own after the outputs.
    const model = fake.sheets();
    model.unshift(...model.splice(3, 1));
    model.push({ ...model[1], name: '我的分析', values: [['自己的表']], fills: new Map([['A1', '#123456']]) });
    const before = fake.sheets().map((s) => s.name);
    const inputsBefore = fake
      .sheets()
      .filter((s) => !specs.some((o) => o.name === s.name))
      .map(snapshot);
    const outputsBefore = fake
      .sheets()
      .filter((s) => specs.some((o) => o.name === s.name))
      .map(snapshot);

    await adapter.writeSheets(specs, 'replace');

    expect(fake.sheets().map((s) => s.name)).toEqual(before);
    expect(fake.sheets()[0].name).toBe(OUTPUT_SHEETS.indicators);
    const inputsAfter = fake
      .sheets()
      .filter((s) => !specs.some((o) => o.name === s.name))
      .map(snapshot);
    const outputsAfter = fake
      .sheets()
      .filter((s) => specs.some((o) => o.name === s.name))
      .map(snapshot);
    expect(inputsAfter).toEqual(inputsBefore);
    expect(outputsAfter).toEqual(outputsBefore);
    // Never a second copy.
    expect(fake.sheets().length).toBe(8);
  });

  test('replace clears what the previous run left: a shorter result leaves no stale rows', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run });
    await adapter.writeSheets([syntheticSpec('指标结果', 50)], 'replace');
    const short = syntheticSpec('指标结果', 2);
    await adapter.writeSheets([short], 'replace');
    expectSheetMatchesSpec(fake, short);
    expect(fake.sheet('指标结果').values.length).toBe(4);
  });

  test('addMissing writes only the sheets that do not exist', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run });
    const before = snapshot(fake.sheet('区县数据'));
    const county = { ...syntheticSpec('区县数据', 1), values: [['不应写入']] };
    const settings = syntheticSpec('评估标准', 2);
    await adapter.writeSheets([county, settings], 'addMissing');
    expect(snapshot(fake.sheet('区县数据'))).toEqual(before);
    expectSheetMatchesSpec(fake, settings);
  });

  test('the only sheet of a workbook can be replaced (the new one is added before the old one goes)', async () => {
    const fake = createFakeExcel([{ name: '指标结果', values: [['旧']] }]);
    const spec = syntheticSpec('指标结果', 1);
    await new OfficeWorkbook({ run: fake.run }).writeSheets([spec], 'replace');
    expect(fake.sheets().map((s) => s.name)).toEqual(['指标结果']);
    expectSheetMatchesSpec(fake, spec);
  });

  test('a spec with an unreadable range is refused before anything is written', async () => {
    const fake = userBook();
    const spec = syntheticSpec('指标结果', 1);
    spec.bold.push('not a range');
    await expect(new OfficeWorkbook({ run: fake.run }).writeSheets([spec], 'replace')).rejects.toThrow(/not a range/);
    expect(fake.stats.syncs).toBe(0);
    expect(fake.sheets().length).toBe(2);
  });
});
