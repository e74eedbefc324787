/** The fake must be as strict as Office.js, or the adapter tests would prove nothing. */
import { OfficeWorkbook } from '../../../src/workbook/office';
import { createFakeExcel, FakeOfficeError } from '../../support/fakeExcel';

describe('fake Excel strictness', () => {
  const initial = [
    {
      name: '学校基础数据',
      values: [
        ['学校代码', '学校名称'],
        ['5100000001', '一小'],
      ],
    },
  ];

  test('a property read without load throws PropertyNotLoaded, and so does one read before sync', async () => {
    const fake = createFakeExcel(initial);
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('学校基础数据').getRange('A1:B2');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      let code: string | undefined;
      try {
        void range.values;
      } catch (e) {
        code = (e as FakeOfficeError).code;
      }
      expect(code).toBe('PropertyNotLoaded');
      await ctx.sync();
      // Loaded: readable now (cells given at creation are stored exactly as given).
      expect(range.values).toEqual([
        ['学校代码', '学校名称'],
        ['5100000001', '一小'],
      ]);
      // Not loaded: still refused.
      expect(() => range.numberFormat).toThrow(/not available/);
    });
  });

  test('collections are unreadable until loaded', async () => {
    const fake = createFakeExcel(initial);
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not available/);
      sheets.load('items/name');
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['学校基础数据']);
      expect(() => sheets.items[0].position).toThrow(/not available/);
    });
  });

  test('every sync is counted and each request is measured in UTF-8 bytes', async () => {
    const fake = createFakeExcel(initial);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('学校基础数据');
      ws.getRange('C1').values = [['中文']];
      await ctx.sync();
      await ctx.sync();
    });
    expect(fake.stats.syncs).toBe(2);
    // The first request is one call, {"o":<id>,"m":"values","a":[[["中文"]]]}: 32 ASCII bytes plus the id, plus
    // the two Chinese characters at 3 bytes each, inside "[…]" with a separator; the empty one is "[]".
    expect(fake.stats.requestSizes[0]).toBeGreaterThanOrEqual(2 + 32 + 1 + 6 + 1);
    expect(fake.stats.requestSizes[0]).toBeLessThanOrEqual(2 + 32 + 3 + 6 + 1);
    expect(fake.stats.requestSizes[1]).toBe(2);
    expect(fake.cell('学校基础数据', 'C1')).toBe('中文');
  });

  test('a request over the payload limit fails like Excel on the web', async () => {
    const fake = createFakeExcel(initial, { payloadLimit: 1000 });
    const big = [Array.from({ length: 200 }, (_, i) => `第${i}格`)];
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('学校基础数据').getRange('A5:GR5').values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell('学校基础数据', 'A5')).toBeNull();
  });

  test('a block that does not match its range, a missing sheet and a protected sheet fail at sync', async () => {
    const fake = createFakeExcel([...initial, { name: '锁定', protected: true }]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('学校基础数据').getRange('A1:B1').values = [['only one']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('没有这张表').getRange('A1').values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('锁定').getRange('A1').values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  test('Excel reads typed text: digits become numbers unless an apostrophe keeps them as text', async () => {
    const fake = createFakeExcel(initial);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('学校基础数据').getRange('A3:D3').values = [["'0012", '0012', '12%', '']];
      await ctx.sync();
    });
    expect(fake.cell('学校基础数据', 'A3')).toBe('0012');
    expect(fake.cell('学校基础数据', 'B3')).toBe(12);
    expect(fake.cell('学校基础数据', 'C3')).toBeCloseTo(0.12, 12);
    expect(fake.cell('学校基础数据', 'D3')).toBeNull();
  });

  test('Excel reads error words, formulas, currency, thousands and dates as something other than text', async () => {
    const fake = createFakeExcel(initial);
    const typed = ['#N/A', '=SUM(A1)', '¥12', '1,234', '1/2', '2024-5-6', "''引号"];
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('学校基础数据').getRange('A3:G3').values = [typed];
      await ctx.sync();
    });
    const got = ['A3', 'B3', 'C3', 'D3', 'E3', 'F3', 'G3'].map((a) => fake.cell('学校基础数据', a));
    // 2024-05-06 is day 45418 counted from 30 December 1899, as Excel counts.
    expect(got).toEqual([
      { error: '#N/A' },
      { error: '#NAME?', formula: '=SUM(A1)' },
      12,
      1234,
      expect.any(Number),
      45418,
      "'引号",
    ]);
  });

  test('a protected sheet refuses writes but can be deleted; a protected workbook refuses adding and deleting sheets', async () => {
    const fake = createFakeExcel([...initial, { name: '其他', values: [['x']] }]);
    fake.protectSheet('学校基础数据', true, { allowFormatColumns: true });
    const write = fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('学校基础数据').getRange('A3').values = [['x']];
      await ctx.sync();
    });
    await expect(write).rejects.toMatchObject({ code: 'AccessDenied' });
    fake.protectWorkbook(true);
    for (const change of [
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.add('新表'),
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem('其他').delete(),
      (ctx: Excel.RequestContext) => (ctx.workbook.worksheets.getItem('其他').name = '改名'),
    ]) {
      const attempt = fake.run(async (ctx) => {
        change(ctx);
        await ctx.sync();
      });
      await expect(attempt).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    fake.protectWorkbook(false);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('学校基础数据').delete();
      await ctx.sync();
    });
    expect(fake.sheets().map((x) => x.name)).toEqual(['其他']);
  });

  test('a sheet keeps its id across a rename and can be found by it', async () => {
    const fake = createFakeExcel(initial);
    const id = fake.sheet('学校基础数据').id;
    fake.renameSheet('学校基础数据', '改名后');
    const name = await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(id);
      ws.load('name,id');
      await ctx.sync();
      return [ws.name, ws.id];
    });
    expect(name).toEqual(['改名后', id]);
  });
});

describe('fake Excel as a global', () => {
  test('its namespace can stand in for the Excel global, which the adapter uses by default', async () => {
    const fake = createFakeExcel([{ name: '区县数据', values: [['项目', '数值']] }]);
    const g = globalThis as unknown as { Excel?: unknown };
    g.Excel = fake.namespace;
    try {
      const book = await new OfficeWorkbook().readWorkbook();
      expect(book.sheets[0].values).toEqual([['项目', '数值']]);
      expect(fake.stats.syncs).toBe(3);
    } finally {
      delete g.Excel;
    }
  });
});
