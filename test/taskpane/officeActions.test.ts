/**
 * The pane's actions in Excel, run against the strict fake of Office.js: the same adapter and engine calls the
 * add-in makes, checked on the fake workbook they leave behind.
 */
import { DUTY_SHEETS, OUTPUT_SHEETS, SHEETS } from '../../src/engine/columns';
import { evaluate } from '../../src/engine/evaluate';
import { addinMessages, workbookMessages } from '../../src/engine/messages';
import { INDICATOR_IDS } from '../../src/engine/result';
import { defaultSettings, SETTING_DEFS } from '../../src/engine/settings';
import type { Settings } from '../../src/engine/settings';
import type { SheetSpec } from '../../src/engine/sheetSpec';
import { buildTemplateSheets } from '../../src/engine/template';
import type { WorkbookInput } from '../../src/engine/types';
import { OfficeWorkbook } from '../../src/workbook/office';
import { createOfficeActions, paneRunTime, settingsSheetWith } from '../../src/taskpane/actions';
import type { RunStep } from '../../src/taskpane/strings';
import { createFakeExcel } from '../support/fakeExcel';
import type { FakeExcel, FakeSheetInit } from '../support/fakeExcel';

const TEMPLATE_NAMES = [
  SHEETS.school,
  SHEETS.county,
  SHEETS.quality,
  SHEETS.settings,
  SHEETS.guide,
  DUTY_SHEETS.data,
  DUTY_SHEETS.rules,
  '规划参数',
  '学生数预测',
];
/** The template has 履职数据, so a run writes 履职评价 after the five output sheets. */
const OUTPUT_NAMES = [...Object.values(OUTPUT_SHEETS), DUTY_SHEETS.output];
/** 2026-11-22 10:30 local time: what 评估汇总 shows as the time of the run. */
const RUN_AT = new Date(2026, 10, 22, 10, 30);

function setUp(sheets: FakeSheetInit[] = []): { fake: FakeExcel; actions: ReturnType<typeof createOfficeActions> } {
  const fake = createFakeExcel(sheets);
  const actions = createOfficeActions({ workbook: new OfficeWorkbook({ run: fake.run }), now: () => RUN_AT });
  return { fake, actions };
}

/** The template as the engine would read it straight from the SheetSpecs, without Excel in between. */
function specsAsInput(specs: SheetSpec[]): WorkbookInput {
  return { sheets: specs.map((s) => ({ name: s.name, values: s.values })) };
}

const names = (fake: FakeExcel): string[] => fake.sheets().map((s) => s.name);
const rowOfLabel = (fake: FakeExcel, sheet: string, label: string): number =>
  fake.sheet(sheet).values.findIndex((row) => row?.[0] === label);

describe('insertTemplate', () => {
  it('adds the template sheets and leaves the sheets already there untouched', async () => {
    const { fake, actions } = setUp([{ name: '我的笔记', values: [['县里的说明'], [42]] }]);
    await actions.insertTemplate(false);
    expect(names(fake)).toEqual(['我的笔记', ...TEMPLATE_NAMES]);
    expect(fake.sheet('我的笔记').values).toEqual([['县里的说明'], [42]]);

    // A second insertion keeps what the user typed into the first one.
    const g7Row = rowOfLabel(fake, SHEETS.settings, '特殊教育学校生均公用经费标准');
    fake.userEdit(SHEETS.settings, `B${g7Row + 1}`, 8000);
    await actions.insertTemplate(true);
    expect(names(fake)).toEqual(['我的笔记', ...TEMPLATE_NAMES]);
    expect(fake.cell(SHEETS.settings, `B${g7Row + 1}`)).toBe(8000);
  });
});

describe('evaluate', () => {
  it('reports each step, writes the five output sheets and gives the result the engine gives', async () => {
    const { fake, actions } = setUp();
    await actions.insertTemplate(true);
    const steps: RunStep[] = [];
    const outcome = await actions.evaluate((s) => steps.push(s));

    expect(steps).toEqual(['reading', 'computing', 'writing', 'highlighting']);
    if (!outcome.ok) throw new Error(outcome.reason);
    // Reading through Excel changes nothing: the same verdict, coefficients and issues as the SheetSpecs.
    const direct = evaluate(specsAsInput(buildTemplateSheets({ sample: true })));
    if (!direct.ok) throw new Error(direct.reason);
    expect(outcome.result.verdict).toBe(direct.result.verdict);
    expect(outcome.result.coefficients).toEqual(direct.result.coefficients);
    expect(outcome.result.blockers).toEqual(direct.result.blockers);
    expect(outcome.result.issues).toEqual(direct.result.issues);

    // The results before the inputs, and the workbook showing 评估汇总.
    expect(names(fake)).toEqual([...OUTPUT_NAMES, ...TEMPLATE_NAMES]);
    expect(fake.active()?.sheet).toBe(OUTPUT_SHEETS.summary);
    const summary = fake.sheet(OUTPUT_SHEETS.summary).values.flat();
    expect(summary).toContain(paneRunTime(RUN_AT));
    expect(paneRunTime(RUN_AT)).toBe('2026-11-22 10:30');
    // 数据问题: the title row and a header row, then one row per issue.
    const issueRows = fake.sheet(OUTPUT_SHEETS.issues).values.filter((r) => r && r.some((v) => v !== null));
    expect(issueRows.length).toBe(Math.max(1, outcome.result.issues.length) + 2);
  });

  it('highlights the input cells behind failing values, and 清除结果 removes sheets and highlights', async () => {
    const { fake, actions } = setUp();
    await actions.insertTemplate(true);
    const outcome = await actions.evaluate(() => undefined);
    if (!outcome.ok) throw new Error(outcome.reason);
    const failing = outcome.result.parts.some((p) => INDICATOR_IDS.some((id) => p.indicators[id].status === 'fail'));
    // The sample county exercises every rule, so some school falls short somewhere.
    expect(failing).toBe(true);
    expect(fake.sheet(outcome.result.schoolSheet).conditionalFormats.length).toBeGreaterThan(0);

    await actions.clearResults();
    expect(names(fake)).toEqual(TEMPLATE_NAMES);
    expect(fake.sheet(outcome.result.schoolSheet).conditionalFormats).toEqual([]);
  });

  it('returns the reason without writing anything when there is no school sheet', async () => {
    const { fake, actions } = setUp([{ name: 'Sheet1', values: [['随便写的']] }]);
    const steps: RunStep[] = [];
    const outcome = await actions.evaluate((s) => steps.push(s));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.code).toBe('no-school-sheet');
    expect(outcome.reason).toMatch(/学校基础数据/);
    expect(steps).toEqual(['reading', 'computing']);
    expect(names(fake)).toEqual(['Sheet1']);
  });

  it('protected school sheet: the run gives its result and a warning, the five sheets are written, nothing marked', async () => {
    const { fake, actions } = setUp(
      buildTemplateSheets({ sample: true }).map((s) => ({
        name: s.name,
        values: s.values,
        protected: s.name === SHEETS.school,
      })),
    );
    const outcome = await actions.evaluate(() => undefined);
    expect(outcome.ok).toBe(true);
    expect(outcome.warning).toBe(addinMessages.highlightsSkippedProtected(SHEETS.school));
    expect(names(fake)).toEqual([...OUTPUT_NAMES, ...TEMPLATE_NAMES]);
    expect(fake.sheet(SHEETS.school).conditionalFormats).toEqual([]);
    await actions.clearResults();
    expect(names(fake)).toEqual(TEMPLATE_NAMES);
  });

  it('a failure while writing says the previous results are kept, and they are', async () => {
    const { fake, actions } = setUp();
    await actions.insertTemplate(true);
    await actions.evaluate(() => undefined);
    const before = fake.sheets().map((s) => JSON.stringify(s.values));
    fake.failAt({ member: 'values', nth: 2, code: 'InvalidOperationInCellEditMode' });
    await expect(actions.evaluate(() => undefined)).rejects.toThrow(
      workbookMessages.cellEditMode + addinMessages.previousResultsKept,
    );
    expect(fake.sheets().map((s) => JSON.stringify(s.values))).toEqual(before);
    expect(names(fake)).toEqual([...OUTPUT_NAMES, ...TEMPLATE_NAMES]);
  });

  it('highlights failing for another reason: the written results are still returned, with the reason as a warning', async () => {
    const { fake, actions } = setUp();
    await actions.insertTemplate(true);
    // Adding the first highlight rule fails: the five sheets are in place by then.
    fake.failAt({ member: 'conditionalFormats.add', code: 'GeneralException' });
    const outcome = await actions.evaluate(() => undefined);
    expect(outcome.ok).toBe(true);
    expect(outcome.warning).toBe(addinMessages.highlightsFailed(workbookMessages.generalException));
    expect(names(fake)).toEqual([...OUTPUT_NAMES, ...TEMPLATE_NAMES]);
    await actions.clearResults();
    expect(names(fake)).toEqual(TEMPLATE_NAMES);
    expect(fake.sheet(SHEETS.school).conditionalFormats).toEqual([]);
  });

  it('a protected workbook structure: the run is refused with its own sentence and nothing changes', async () => {
    const { fake, actions } = setUp();
    await actions.insertTemplate(true);
    fake.protectWorkbook(true);
    await expect(actions.evaluate(() => undefined)).rejects.toThrow(addinMessages.workbookProtected);
    expect(names(fake)).toEqual(TEMPLATE_NAMES);
  });
});

describe('settings', () => {
  it('shows the defaults when the workbook has no 评估标准 sheet', async () => {
    const { actions } = setUp([{ name: 'Sheet1' }]);
    const snap = await actions.readSettings();
    expect(snap.sheetFound).toBe(false);
    expect(snap.values).toEqual(defaultSettings());
  });

  it('reads what the user typed and reports a value it cannot read', async () => {
    const { fake, actions } = setUp();
    await actions.insertTemplate(false);
    const g7 = rowOfLabel(fake, SHEETS.settings, '特殊教育学校生均公用经费标准') + 1;
    const q1 = rowOfLabel(fake, SHEETS.settings, '初中三年巩固率标准') + 1;
    fake.userEdit(SHEETS.settings, `B${g7}`, 8000);
    fake.userEdit(SHEETS.settings, `B${q1}`, '九成五');
    const snap = await actions.readSettings();
    expect(snap.sheetFound).toBe(true);
    expect(snap.values.G7).toBe(8000);
    // The unreadable Q1 keeps its default 95% and names its cell.
    expect(snap.values.Q1).toBe(0.95);
    expect(snap.issues.map((i) => [i.sheet, i.cell, i.severity])).toEqual([[SHEETS.settings, `B${q1}`, 'error']]);
  });

  it('writes the edited values back so that the next read gives them exactly', async () => {
    const { fake, actions } = setUp();
    await actions.insertTemplate(false);
    const edited: Settings = {
      ...defaultSettings(),
      G7: 8000,
      Q1: 0.9,
      'G4.relaxation': true,
      includePrivate: false,
      'Q1.formula': '简单公式',
      'cvLimit.junior': 0.5,
    };
    await actions.saveSettings(edited);
    expect((await actions.readSettings()).values).toEqual(edited);
    expect(
      fake.cell(SHEETS.settings, `B${rowOfLabel(fake, SHEETS.settings, '老校及随迁子女占比高的学校规模放宽') + 1}`),
    ).toBe('是');
    expect(fake.cell(SHEETS.settings, `B${rowOfLabel(fake, SHEETS.settings, '初中三年巩固率标准') + 1}`)).toBe(0.9);
    expect(names(fake)).toEqual(expect.arrayContaining(TEMPLATE_NAMES));
  });

  it('settingsSheetWith keeps every label of the table and changes only the 值 column', () => {
    const values = { ...defaultSettings(), G7: 8000 };
    const spec = settingsSheetWith(values);
    expect(spec.values.slice(1).map((r) => r[0])).toEqual(SETTING_DEFS.map((d) => d.label));
    const g7 = spec.values.find((r) => r[0] === '特殊教育学校生均公用经费标准');
    expect(g7?.[1]).toBe(8000);
  });
});

describe('selectCell and input changes', () => {
  it('selects the cell of an issue, and explains a sheet that is gone', async () => {
    const { fake, actions } = setUp();
    await actions.insertTemplate(true);
    await actions.selectCell(SHEETS.school, 'F12');
    expect(fake.active()).toEqual({ sheet: SHEETS.school, cell: 'F12' });
    await expect(actions.selectCell('已删除的表', 'A1')).rejects.toThrow(workbookMessages.itemNotFound('已删除的表'));
  });

  it('watches input sheets created after the pane opened, and stops when asked', async () => {
    const { fake, actions } = setUp();
    let changes = 0;
    const stop = await actions.onInputChanged(() => changes++);
    expect(fake.handlerCount()).toBe(0);

    await actions.insertTemplate(true);
    fake.userEdit(SHEETS.school, 'C3', '小学');
    expect(changes).toBe(1);

    // After a run (which writes the output sheets) the same sheets are still watched, once each: the four input
    // sheets of 优质均衡 and 履职数据, 履职评价标准.
    await actions.evaluate(() => undefined);
    expect(fake.handlerCount()).toBe(6);
    fake.userEdit(SHEETS.county, 'B3', 2025);
    expect(changes).toBe(2);

    stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.handlerCount()).toBe(0);
    fake.userEdit(SHEETS.school, 'C3', '初中');
    expect(changes).toBe(2);
  });
});
