/** The fake's look and page layout: as strict as Excel about values, and Edge and Inside borders drawn as Excel draws them. */
import { borderSides, createFakeExcel, styleAt } from '../../support/fakeExcel';

const SHEET = [{ name: '表', values: [['a']] }];

describe('fake Excel: look and page layout', () => {
  test('Edge borders draw an area outline, Inside borders the lines between its cells, per area of a RangeAreas', async () => {
    const fake = createFakeExcel(SHEET);
    await fake.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem('表').getRanges('B2:C3,E5');
      areas.format.borders.getItem('EdgeTop').style = 'Continuous';
      areas.format.borders.getItem('InsideHorizontal').style = 'Continuous';
      await ctx.sync();
    });
    const sheet = fake.sheet('表');
    expect(borderSides(sheet, 'B2')).toEqual(['top', 'bottom']);
    expect(borderSides(sheet, 'C3')).toEqual(['top']);
    expect(borderSides(sheet, 'E5')).toEqual(['top']);
    expect(borderSides(sheet, 'D4')).toEqual([]);
  });

  test('the last setting over a cell wins', async () => {
    const fake = createFakeExcel(SHEET);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('表');
      ws.getRange('A1:C3').format.font.size = 11;
      ws.getRanges('A1:C1').format.font.size = 16;
      await ctx.sync();
    });
    expect(styleAt(fake.sheet('表'), 'B1', 'font.size')).toBe(16);
    expect(styleAt(fake.sheet('表'), 'B2', 'font.size')).toBe(11);
    expect(styleAt(fake.sheet('表'), 'D4', 'font.size')).toBeUndefined();
  });

  test.each([
    ['a row taller than 409 points', (ws: Excel.Worksheet) => (ws.getRange('A1').format.rowHeight = 410)],
    [
      'an unknown border',
      (ws: Excel.Worksheet) =>
        (ws.getRange('A1').format.borders.getItem('Outline' as Excel.BorderIndex).style = 'Continuous'),
    ],
    [
      'an unknown alignment',
      (ws: Excel.Worksheet) => (ws.getRange('A1').format.horizontalAlignment = 'Middle' as Excel.HorizontalAlignment),
    ],
    ['an unknown paper', (ws: Excel.Worksheet) => (ws.pageLayout.paperSize = 'A9' as Excel.PaperType)],
    ['a zoom with a fraction of a page', (ws: Excel.Worksheet) => (ws.pageLayout.zoom = { horizontalFitToPages: 0.5 })],
    ['print titles that are not whole rows', (ws: Excel.Worksheet) => ws.pageLayout.setPrintTitleRows('A1:B2')],
  ])('%s: refused when the request runs', async (_what, set) => {
    const fake = createFakeExcel(SHEET);
    await expect(
      fake.run(async (ctx) => {
        set(ctx.workbook.worksheets.getItem('表'));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('on a protected sheet a look setting is refused with AccessDenied', async () => {
    const fake = createFakeExcel([{ ...SHEET[0], protected: true }]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('表').getRange('A1').format.wrapText = true;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.sheet('表').styleOps).toEqual([]);
  });
});
