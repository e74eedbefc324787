/**
 * The template's 履职 sheets and the `履职评价` output sheet: the blank template reads back without a problem, the
 * sample county shows every status, the rules sheet reads back as the defaults, and the output sheet holds the
 * checks and a 问题清单 of exactly the 未达标 and 未佐证 ones.
 */
import { DUTY_SHEETS, OUTPUT_SHEETS } from '../../src/engine/columns';
import { defaultDutyRules, readDutyRules } from '../../src/engine/duties';
import { evaluate } from '../../src/engine/evaluate';
import { buildOutputSheets } from '../../src/engine/output';
import type { EvaluationResult } from '../../src/engine/result';
import type { SheetSpec } from '../../src/engine/sheetSpec';
import { buildDutyRulesSheet, buildTemplateSheets } from '../../src/engine/template';
import type { CellValue, WorkbookInput } from '../../src/engine/types';

/** A template's sheets as the grids a reader would hand the engine (with their number formats). */
function asWorkbook(sheets: SheetSpec[]): WorkbookInput {
  return { sheets: sheets.map((s) => ({ name: s.name, values: s.values as CellValue[][] })) };
}

function evaluateTemplate(sample: boolean): EvaluationResult {
  const outcome = evaluate(asWorkbook(buildTemplateSheets({ sample })));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.result;
}

const dutyIssues = (r: EvaluationResult) => r.issues.filter((i) => i.sheet.startsWith('履职'));

describe('the template', () => {
  it('adds 履职数据 and 履职评价标准 after the 优质均衡 sheets', () => {
    const names = buildTemplateSheets({ sample: false }).map((s) => s.name);
    // The optional 创建规划 sheets (规划参数, 学生数预测) follow them.
    expect(names.slice(-4, -2)).toEqual([DUTY_SHEETS.data, DUTY_SHEETS.rules]);
  });

  it('reads back blank without a problem: every decided check is 未佐证, none passes on blanks', () => {
    const r = evaluateTemplate(false);
    expect(dutyIssues(r)).toEqual([]);
    const statuses = new Set((r.duties ?? []).map((d) => d.status));
    expect([...statuses].sort()).toEqual(['info', 'missing']);
  });

  it('fills the sample county so that every status shows, with no problem in its 履职 sheets', () => {
    const r = evaluateTemplate(true);
    expect(dutyIssues(r)).toEqual([]);
    const byStatus = (s: string) => (r.duties ?? []).filter((d) => d.status === s).map((d) => d.key);
    // T2 passes since the sample's 培训经费 and 公用经费 are the school sheet's sums (7.20%, as Q4 reads them).
    expect(byStatus('fail')).toEqual(['F2.初中', 'F4', 'H2', 'S1']);
    expect(byStatus('missing')).toEqual(['F2.普通高中']);
    expect(byStatus('info')).toEqual(['F1.总投入', 'F5', 'I2', 'A1', 'A2', 'A3', 'A4']);
    expect(byStatus('pass')).toHaveLength((r.duties ?? []).length - 12);
  });

  it('asks the shared figures once: the sample takes its wages from 区县数据 and I1 from the school sheet', () => {
    const r = evaluateTemplate(true);
    const t1 = (r.duties ?? []).find((d) => d.key === 'T1');
    expect([t1?.value, t1?.standard, t1?.status]).toEqual([158676, 158352, 'pass']);
    expect(t1?.source).toBe('区县数据（与优质均衡评估同一数据）');
    const i1 = (r.duties ?? []).find((d) => d.key === 'I1.小学');
    expect(i1?.value).toBe(r.coefficients.primary.L7.mean);
    expect(i1?.source).toBe('学校基础数据（与资源配置同一数据）');
  });

  it('writes 履职评价标准 that reads back as the defaults', () => {
    const sheet = buildDutyRulesSheet();
    const read = readDutyRules({ name: sheet.name, values: sheet.values as CellValue[][] });
    expect(read.issues).toEqual([]);
    expect(read.rules).toEqual(defaultDutyRules());
  });
});

describe('the 履职评价 sheet', () => {
  const result = evaluateTemplate(true);
  const sheets = buildOutputSheets(result, { runTime: '2024-06-01 08:00' });
  const sheet = sheets[sheets.length - 1];
  const rows = sheet.values;

  it('comes after the five output sheets only when the workbook has 履职数据', () => {
    expect(sheets.map((s) => s.name)).toEqual([...Object.values(OUTPUT_SHEETS), DUTY_SHEETS.output]);
    const without = { ...result, duties: [], dutiesSheet: null };
    expect(buildOutputSheets(without, { runTime: 'x' }).map((s) => s.name)).toEqual(Object.values(OUTPUT_SHEETS));
  });

  it('has a title with the county and the 数据年度, then a row per check with the figures as printed', () => {
    expect(rows[0][0]).toBe('示例县 履行教育职责自评表（数据年度 2023）');
    expect(rows[2]).toEqual([
      '编号',
      '检查项',
      '学段',
      '本年',
      '上年',
      '变化',
      '标准',
      '状态',
      '计算过程',
      '数据来源（单元格）',
    ]);
    const e1 = rows.find((r) => r[0] === 'E1');
    expect(e1).toEqual([
      'E1',
      '适龄残疾儿童少年义务教育入学率',
      null,
      '99.61%',
      null,
      null,
      '≥97%',
      '达标',
      '(145+245+116) ÷ (589−41−40) = 506 ÷ 508 = 99.61%',
      expect.stringMatching(/^履职数据!B\d+(、履职数据!B\d+){5}$/),
    ]);
    const h1 = rows.find((r) => r[0] === 'H1');
    expect(h1?.slice(3, 8)).toEqual(['42.80%', '43.46%', '−0.66个百分点', '比上年下降不少于0.5个百分点', '达标']);
    const t1 = rows.find((r) => r[0] === 'T1');
    expect(t1?.[9]).toMatch(/^取自区县数据（与优质均衡评估同一数据）；区县数据!B\d+、区县数据!B\d+$/);
  });

  it('ends with a draft 问题清单 of the 未达标 and 未佐证 checks, their gaps and empty columns for the county', () => {
    const title = rows.findIndex((r) => r[0] === '问题清单（草稿）');
    // Laid out on the checks' grid: the check in the wide column B, the gap over D–F, 整改措施 over G–H.
    expect(rows[title + 1]).toEqual([
      '序号',
      '编号及检查项',
      '状态',
      '差距或缺少的数据',
      null,
      null,
      '整改措施',
      null,
      '责任单位',
      '完成时限',
    ]);
    const list = rows.slice(title + 2);
    expect(list.map((r) => [r[0], String(r[1]).split(' ')[0], r[2]])).toEqual([
      [1, 'F2.初中', '未达标'],
      [2, 'F2.普通高中', '未佐证'],
      [3, 'F4', '未达标'],
      [4, 'H2', '未达标'],
      [5, 'S1', '未达标'],
    ]);
    expect(list[4][3]).toBe('5 条未整改');
    expect(list[1][3]).toMatch(
      /^缺少：上年普通高中一般公共预算教育经费（履职数据!C\d+）；上年普通高中在校生数（履职数据!C\d+）$/,
    );
    expect(list.every((r) => r.slice(4).every((v) => v === null || v === undefined))).toBe(true);
  });
});
