/**
 * The add-in's failure paths (issue 9): a protected school sheet, a renamed school sheet, a run that fails
 * part-way, replacing protected output sheets, a protected workbook, text Excel would reinterpret and removing
 * change handlers. Each test is named after the point it pins, and checks what is left in the fake workbook.
 */
import {
  HIGHLIGHT_FORMULAS,
  HIGHLIGHT_SETTING,
  OfficeWorkbook,
  WorkbookStateError,
  describeOfficeError,
} from '../../../src/workbook/office';
import { addinMessages, workbookMessages } from '../../../src/engine/messages';
import { OUTPUT_SHEETS } from '../../../src/engine/columns';
import { buildOutputSheets } from '../../../src/engine/output';
import type { EvaluationResult } from '../../../src/engine/result';
import type { SheetSpec } from '../../../src/engine/sheetSpec';
import { createFakeExcel, type FakeExcel, type FakeSheet } from '../../support/fakeExcel';
import { smallResult } from '../../output/support';
import { expectSheetMatchesSpec, syntheticSpec } from './support';

const SCHOOL = '学校基础数据';
const OUTPUT_NAMES = Object.values(OUTPUT_SHEETS);

function userBook(): FakeExcel {
  return createFakeExcel([
    {
      name: SCHOOL,
      values: [
        ['学校代码', '学校名称', '小学在校生数'],
        ['A', 'A学校', 400],
        ['B', 'B学校', 400],
        ['C', 'C学校', 400],
      ],
      conditionalFormats: [{ address: 'C2:C9', formula: '=C2>1000', fill: '#00B0F0' }],
    },
    { name: '区县数据', values: [['项目', '数值']] },
  ]);
}

/** smallResult() with sources on the school sheet: B nearly passes L6 (C3, H3), C fails L5 (C4, F4). */
function result(): EvaluationResult {
  const r = smallResult();
  r.parts[1].indicators.L6.sources = ['C3', 'H3'];
  r.parts[2].indicators.L5.sources = ['C4', 'F4'];
  return r;
}

/** This add-in's rules anywhere in the workbook, as `sheet!address`. */
function ourRules(fake: FakeExcel): string[] {
  const ours = new Set<string>(Object.values(HIGHLIGHT_FORMULAS));
  return fake
    .sheets()
    .flatMap((s) =>
      s.conditionalFormats.filter((cf) => ours.has(cf.formula ?? '')).map((cf) => `${s.name}!${cf.address}`),
    );
}

/** A sheet model as comparable data (Maps and Sets as arrays). */
function dumpSheet(s: FakeSheet): string {
  return JSON.stringify(s, (_, v: unknown) => (v instanceof Map || v instanceof Set ? [...v] : v));
}

/** Every sheet the product added or replaced, and the user's sheets, exactly as they are now. */
function dumpAll(fake: FakeExcel): string[] {
  return fake.sheets().map(dumpSheet);
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

describe('a protected 学校基础数据 sheet', () => {
  test('protected school sheet: the output sheets stand, no rule is added, and the summary says why', async () => {
    const fake = userBook();
    fake.protectSheet(SCHOOL, true);
    const adapter = new OfficeWorkbook({ run: fake.run });
    const specs = buildOutputSheets(result(), { runTime: 't' });
    await adapter.writeSheets(specs, 'replace');
    const summary = await adapter.applyHighlights(result());
    expect(summary).toMatchObject({ sheet: SCHOOL, rules: 0, sheetProtected: true });
    expect(ourRules(fake)).toEqual([]);
    for (const spec of specs) expectSheetMatchesSpec(fake, spec);
    // 清除结果 afterwards removes everything the product added.
    await adapter.clearResults();
    expect(fake.sheets().map((s) => s.name)).toEqual([SCHOOL, '区县数据']);
  });

  test('highlights left on a sheet protected after the run: 清除结果 clears the rest and names the sheet', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run });
    await adapter.writeSheets(buildOutputSheets(result(), { runTime: 't' }), 'replace');
    await adapter.applyHighlights(result());
    fake.protectSheet(SCHOOL, true);
    const error = await rejection(adapter.clearResults());
    expect(error).toBeInstanceOf(WorkbookStateError);
    expect(describeOfficeError(error)).toBe(addinMessages.highlightsLeftProtected([SCHOOL]));
    expect(fake.sheets().map((s) => s.name)).toEqual([SCHOOL, '区县数据']);
    // The rules stay (Excel refuses to touch them), and so does the record of them.
    expect(ourRules(fake)).toEqual([`${SCHOOL}!C4,F4`, `${SCHOOL}!C3,H3`]);
    expect(fake.settings.has(HIGHLIGHT_SETTING)).toBe(true);
    fake.protectSheet(SCHOOL, false);
    expect(await adapter.clearResults()).toEqual({ sheetsDeleted: [], highlightsRemoved: 2 });
    expect(ourRules(fake)).toEqual([]);
  });
});

describe('清除结果 and the highlight rules', () => {
  test('清除结果 after the school sheet was renamed removes its highlight rules', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run });
    await adapter.writeSheets(buildOutputSheets(result(), { runTime: 't' }), 'replace');
    await adapter.applyHighlights(result());
    fake.renameSheet(SCHOOL, '学校数据（改名）');
    expect(ourRules(fake)).toEqual(['学校数据（改名）!C4,F4', '学校数据（改名）!C3,H3']);

    const cleared = await adapter.clearResults();
    expect(cleared).toEqual({ sheetsDeleted: OUTPUT_NAMES, highlightsRemoved: 2 });
    expect(ourRules(fake)).toEqual([]);
    // The user's own rule stays with the renamed sheet.
    expect(fake.sheet('学校数据（改名）').conditionalFormats).toMatchObject([{ formula: '=C2>1000' }]);
    expect(fake.settings.has(HIGHLIGHT_SETTING)).toBe(false);
  });

  test('a run that failed part-way leaves every rule it added findable by 清除结果', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run });
    await adapter.applyHighlights(result());
    // The second run deletes the old rules and its record, adds the first new rule, and fails on the colour of
    // the second (the request's earlier calls stay done, as in Excel).
    fake.failAt({ member: 'color', nth: 2 });
    const error = await rejection(adapter.applyHighlights(result()));
    expect(describeOfficeError(error)).toBe(workbookMessages.generalException);
    expect(ourRules(fake)).toEqual([`${SCHOOL}!C4,F4`, `${SCHOOL}!C3,H3`]);
    expect(fake.settings.has(HIGHLIGHT_SETTING)).toBe(false);

    expect(await adapter.clearResults()).toEqual({ sheetsDeleted: [], highlightsRemoved: 2 });
    expect(ourRules(fake)).toEqual([]);
    expect(fake.sheet(SCHOOL).conditionalFormats).toMatchObject([{ formula: '=C2>1000' }]);
  });

  test('highlights copied with the school sheet are ours too, and 清除结果 removes them there', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run });
    await adapter.applyHighlights(result());
    // The user copies the sheet (Move or Copy…): Excel copies its conditional formats with it.
    const copy: FakeSheet = {
      ...fake.sheet(SCHOOL),
      name: `${SCHOOL} (2)`,
      id: '{copy}',
      conditionalFormats: fake.sheet(SCHOOL).conditionalFormats.map((cf) => ({ ...cf, id: `${cf.id}c` })),
    };
    fake.sheets().push(copy);
    expect(await adapter.clearResults()).toEqual({ sheetsDeleted: [], highlightsRemoved: 4 });
    expect(ourRules(fake)).toEqual([]);
  });
});

describe('replacing the output sheets', () => {
  test('a failure after the old sheets would have gone leaves the previous results whole and no temporary sheet', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run });
    await adapter.writeSheets(buildOutputSheets(result(), { runTime: '第一次' }), 'replace');
    const before = dumpAll(fake);

    // The third block of values of the second run fails: two new sheets already hold their values by then.
    fake.failAt({ member: 'values', nth: 3 });
    const second = buildOutputSheets(smallResult(), { runTime: '第二次' });
    const error = await rejection(adapter.writeSheets(second, 'replace'));
    expect(describeOfficeError(error)).toBe(workbookMessages.generalException);
    expect(dumpAll(fake)).toEqual(before);
    expect(fake.sheets().some((s) => s.name.startsWith('均衡临时'))).toBe(false);

    // The next run goes through and replaces them.
    await adapter.writeSheets(second, 'replace');
    for (const spec of second) expectSheetMatchesSpec(fake, spec);
    expect(fake.sheets().map((s) => s.name)).toEqual([SCHOOL, '区县数据', ...OUTPUT_NAMES]);
  });

  test('a failure during the swap still leaves each output sheet exactly once, and no temporary sheet', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run });
    await adapter.writeSheets(buildOutputSheets(result(), { runTime: '第一次' }), 'replace');
    const second = buildOutputSheets(smallResult(), { runTime: '第二次' });
    // Deleting the third old sheet fails: the first two are already replaced.
    fake.failAt({ member: 'delete', nth: 3 });
    await rejection(adapter.writeSheets(second, 'replace'));
    const names = fake.sheets().map((s) => s.name);
    expect([...names].sort()).toEqual([SCHOOL, '区县数据', ...OUTPUT_NAMES].sort());
    expect(fake.cell(OUTPUT_SHEETS.summary, 'B4')).toBe('第二次');
  });

  test('replacing a protected output sheet keeps its protection and its options', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run });
    await adapter.writeSheets(buildOutputSheets(result(), { runTime: '第一次' }), 'replace');
    const options = { allowFormatColumns: true, allowAutoFilter: true, selectionMode: 'Normal' };
    fake.protectSheet(OUTPUT_SHEETS.indicators, true, options);

    const second = buildOutputSheets(smallResult(), { runTime: '第二次' });
    await adapter.writeSheets(second, 'replace');
    const sheet = fake.sheet(OUTPUT_SHEETS.indicators);
    expect(sheet.protected).toBe(true);
    expect(sheet.protectionOptions).toEqual(options);
    expect(fake.sheet(OUTPUT_SHEETS.summary).protected).toBe(false);
    for (const spec of second) expectSheetMatchesSpec(fake, spec);
    // Still at its place among the sheets.
    expect(fake.sheets().map((s) => s.name)).toEqual([SCHOOL, '区县数据', ...OUTPUT_NAMES]);
  });

  test('a protected workbook structure is refused before anything is written', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run });
    await adapter.writeSheets(buildOutputSheets(result(), { runTime: '第一次' }), 'replace');
    const before = dumpAll(fake);
    fake.protectWorkbook(true);
    const error = await rejection(adapter.writeSheets(buildOutputSheets(smallResult(), { runTime: 'x' }), 'replace'));
    expect(describeOfficeError(error)).toBe(addinMessages.workbookProtected);
    expect(dumpAll(fake)).toEqual(before);
  });
});

describe('text written to output cells', () => {
  test('text Excel would reinterpret (#N/A, a leading apostrophe, ¥12, =…, 1/2) is kept exactly', async () => {
    const fake = userBook();
    const texts = [
      '#N/A',
      "'引号开头",
      '¥12',
      '=SUM(A1)',
      '1/2',
      '2024-5-6',
      '1,234',
      '+A1',
      '#DIV/0!',
      '0012',
      'TRUE',
    ];
    const spec: SheetSpec = { ...syntheticSpec('数据问题', 1), values: [['学校名称或说明'], ...texts.map((t) => [t])] };
    await new OfficeWorkbook({ run: fake.run }).writeSheets([spec], 'replace');
    const written = texts.map((_, i) => fake.cell('数据问题', `A${i + 2}`));
    expect(written).toEqual(texts);
    // Numbers are still numbers.
    const numbers: SheetSpec = { ...spec, name: '差异系数', values: [[0.123456789, 12, -5]] };
    await new OfficeWorkbook({ run: fake.run }).writeSheets([numbers], 'replace');
    expect(fake.sheet('差异系数').values[0]).toEqual([0.123456789, 12, -5]);
  });
});

describe('change listeners', () => {
  test('change listeners are removed through Excel.run on the context that added them', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run });
    let calls = 0;
    const stop = await adapter.onInputChanged([SCHOOL], () => calls++);
    expect(fake.handlerCount()).toBe(1);
    // The fake refuses to sync a context whose run has ended, as removing there is not the documented way.
    await expect(stop()).resolves.toBeUndefined();
    expect(fake.handlerCount()).toBe(0);
    fake.userEdit(SCHOOL, 'C2', 1);
    expect(calls).toBe(0);
  });

  test('the fake refuses a sync on a context whose Excel.run has ended', async () => {
    const fake = userBook();
    const handler = await fake.run(async (ctx) => {
      const h = ctx.workbook.worksheets.getItem(SCHOOL).onChanged.add(async () => undefined);
      await ctx.sync();
      return h;
    });
    handler.remove();
    const error = await rejection(handler.context.sync());
    expect((error as { code?: string }).code).toBe('InvalidRequestContext');
    expect(fake.handlerCount()).toBe(1);
  });
});

describe('the requirement set', () => {
  test('a host without ExcelApi 1.9 is told so before anything is read or written', async () => {
    const fake = userBook();
    const adapter = new OfficeWorkbook({ run: fake.run, supportsApi: (v) => v !== '1.9' });
    for (const attempt of [
      adapter.readWorkbook(),
      adapter.writeSheets([syntheticSpec('指标结果', 1)], 'replace'),
      adapter.applyHighlights(result()),
      adapter.clearResults(),
    ]) {
      expect(describeOfficeError(await rejection(attempt))).toBe(workbookMessages.notSupported);
    }
    expect(fake.stats.syncs).toBe(0);
  });
});
