/**
 * Bad input in `履职数据` and `履职评价标准` (issue 11, point 5): each problem is an issue naming its sheet and cell,
 * the check it touches is 未佐证 (or keeps its default rule), and every other check still computes.
 */
import type { DataIssue } from '../../src/engine/types';
import { check, dutyDataGrid, dutyRulesGrid, runDuties } from './support';

function dutyIssues(issues: DataIssue[]): DataIssue[] {
  return issues.filter((i) => i.sheet === '履职数据' || i.sheet === '履职评价标准');
}

const HAZARDS_OK: [string, number][] = [
  ['安全隐患排查发现数', 416],
  ['安全隐患已整改数', 411],
];

describe('履职数据', () => {
  it('reports a whole smaller than a part of itself, leaves its checks 未佐证 and computes the rest', () => {
    const { result, duties } = runDuties([
      dutyDataGrid([
        ['安全隐患排查发现数', 400],
        ['安全隐患已整改数', 411],
        ['学前在园幼儿数', 1000],
        ['公办园在园幼儿数', 600],
        ['普惠性民办园在园幼儿数', 500],
        ['儿童青少年总体近视率', '42.8%', '43.46%'],
      ]),
    ]);
    const issues = dutyIssues(result.issues);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['duty-part-exceeds-whole', 'error', 'B4'],
      ['duty-part-exceeds-whole', 'error', 'B2'],
    ]);
    expect(issues[1].message).toBe(
      '“履职数据”表 B2 单元格：“安全隐患排查发现数”本年小于其组成部分（安全隐患已整改数）之和，请核对；相关检查按缺失处理。',
    );
    expect(check(duties, 'S1').status).toBe('missing');
    expect(check(duties, 'P2').status).toBe('missing');
    expect(check(duties, 'H1').status).toBe('pass');
  });

  it('rejects a rate over 100% where that is impossible, but not a 毛入园率 over 100%', () => {
    const { result, duties } = runDuties([
      dutyDataGrid([
        ['儿童青少年总体近视率', '142.8%', '43.46%'],
        ['学前在园幼儿数', 1050],
        ['三至五岁常住人口', 1000],
      ]),
    ]);
    const [issue] = dutyIssues(result.issues);
    expect([issue.code, issue.cell]).toEqual(['duty-rate-over-100', 'B2']);
    expect(issue.message).toContain('比例不可能超过100%');
    expect(check(duties, 'H1').status).toBe('missing');
    const p1 = check(duties, 'P1');
    expect(p1.value).toBeCloseTo(1.05, 12);
    expect(p1.status).toBe('pass');
  });

  it('reports text in a number cell, and reads numbers stored as text, full-width or with separators', () => {
    const { result, duties } = runDuties([
      dutyDataGrid([
        ['安全隐患排查发现数', '约400'],
        ['一般公共预算教育支出', '208,177', '１９９９５８.７'],
      ]),
    ]);
    const [issue] = dutyIssues(result.issues);
    expect([issue.code, issue.severity, issue.cell]).toEqual(['duty-not-a-number', 'error', 'B2']);
    expect(issue.message).toBe('“履职数据”表 B2 单元格：“安全隐患排查发现数”本年填写的“约400”不是数字，按缺失处理。');
    expect(check(duties, 'S1').status).toBe('missing');
    const f1 = check(duties, 'F1');
    expect([f1.value, f1.previous, f1.status]).toEqual([208177, 199958.7, 'pass']);
  });

  it('warns about an unknown item name, naming its cell, and computes the rest', () => {
    const { result, duties } = runDuties([dutyDataGrid([['校长午餐补贴', 12], ...HAZARDS_OK])]);
    const issues = dutyIssues(result.issues);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['duty-unknown-item', 'warning', 'A2']]);
    expect(issues[0].message).toContain('项目“校长午餐补贴”无法识别');
    expect(check(duties, 'S1').value).toBeCloseTo(411 / 416, 12);
  });

  it('finds items by alias and with units in brackets or in 单位, converting 元 to 万元, and both forms of percentages', () => {
    const { result, duties } = runDuties([
      dutyDataGrid([
        ['财政总投入（万元）', 208177, 199958.7],
        ['一般公共预算教育支出', 2081770000, 1999587000, null, '元'],
        ['总体近视率（%）', 42.8, '43.46%'],
      ]),
    ]);
    expect(dutyIssues(result.issues)).toEqual([]);
    expect(check(duties, 'F1.总投入').value).toBe(208177);
    expect(check(duties, 'F1').value).toBe(208177);
    expect(check(duties, 'H1').value).toBeCloseTo(0.428, 12);
    expect(check(duties, 'H1').previous).toBeCloseTo(0.4346, 12);
  });

  it('reads a plain 0.43 in a percent row as 0.43%, as the county sheet does, and says so', () => {
    const { result, duties } = runDuties([dutyDataGrid([['儿童青少年总体近视率', 0.0043]])]);
    const [issue] = dutyIssues(result.issues);
    expect([issue.code, issue.severity, issue.cell]).toEqual(['duty-percent-looks-fraction', 'warning', 'B2']);
    expect(check(duties, 'H1').value).toBeCloseTo(0.000043, 12);
  });

  it('keeps a blank as missing, never 0: a blank 66人及以上班级数 leaves the 超大班额 check 未佐证', () => {
    const { duties } = runDuties([
      dutyDataGrid([
        ['义务教育班级总数', 3120],
        ['56人及以上班级数', 28],
        ['66人及以上班级数', null],
      ]),
    ]);
    expect(check(duties, 'E2').value).toBeCloseTo(28 / 3120, 12);
    const sup = check(duties, 'E2.超大');
    expect(sup.status).toBe('missing');
    expect(sup.gap).toBe('缺少：本年66人及以上班级数（履职数据!B4）');
  });

  it('names a missing 上年 column when the sheet has none', () => {
    const grid = {
      name: '履职数据',
      values: [
        ['项目', '本年'],
        ['一般公共预算教育支出', 208177],
      ],
    };
    const f1 = check(runDuties([grid]).duties, 'F1');
    expect(f1.status).toBe('missing');
    expect(f1.gap).toBe('缺少：上年一般公共预算教育支出（“履职数据”表无“上年”列）');
  });

  it('warns when the disabled children’s categories do not add up to the total', () => {
    const rows: [string, number][] = [
      ['适龄残疾儿童少年数', 600],
      ['已毕业', 41],
      ['特校就读', 145],
      ['随班就读', 245],
      ['送教上门', 116],
      ['因身体原因缓学', 40],
      ['出国', 1],
      ['疗养院安置', 1],
      ['死亡', 0],
    ];
    const issues = dutyIssues(runDuties([dutyDataGrid(rows)]).result.issues);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['duty-parts-not-total', 'warning', 'B2']]);
    expect(issues[0].message).toContain('为600，各类别之和为589');
  });
});

describe('履职评价标准', () => {
  it('reports an unreadable threshold naming its cell, and judges by the default', () => {
    const rules = dutyRulesGrid([['S1', '≥', '全部']]);
    const { result, duties } = runDuties([dutyDataGrid(HAZARDS_OK), rules]);
    const [issue] = dutyIssues(result.issues);
    expect([issue.code, issue.severity, issue.sheet, issue.cell]).toEqual([
      'duty-bad-threshold',
      'error',
      '履职评价标准',
      'D2',
    ]);
    expect(issue.message).toBe('“履职评价标准”表 D2 单元格：检查项 S1 的阈值“全部”无法读取，按默认 100% 评价。');
    const s1 = check(duties, 'S1');
    expect([s1.standard, s1.status]).toEqual([1, 'fail']);
  });

  it('reads thresholds as 95%, 0.95 or 95, and reports an unknown operator or option', () => {
    const rules = dutyRulesGrid(
      [
        ['S1', '≥', '98%'],
        ['P1', '>=', 95],
        ['P3', '约等于', 0.9],
      ],
      [['显示取整方式', '进一法']],
    );
    const data = dutyDataGrid([...HAZARDS_OK, ['学前在园幼儿数', 950], ['三至五岁常住人口', 1000]]);
    const { result, duties } = runDuties([data, rules]);
    expect(dutyIssues(result.issues).map((i) => [i.code, i.cell])).toEqual([
      ['duty-bad-op', 'C4'],
      ['duty-bad-option', 'B7'],
    ]);
    expect(check(duties, 'S1').status).toBe('pass');
    const p1 = check(duties, 'P1');
    expect([p1.standard, p1.status]).toEqual([0.95, 'pass']);
    // The unknown operator keeps the default ≥; the threshold beside it is still read.
    expect(check(duties, 'P3').rule).toBe('≥90%');
    expect(check(duties, 'S1').text.value).toBe('98.80%');
  });

  it('rejects E1 categories that are not categories, keeping the default basis', () => {
    const rules = dutyRulesGrid([], [['残疾儿童少年入学率分母扣除', '已毕业+转学']]);
    const { result } = runDuties([dutyDataGrid(HAZARDS_OK), rules]);
    const [issue] = dutyIssues(result.issues);
    expect(issue.code).toBe('duty-bad-option');
    expect(issue.message).toContain('按默认“已毕业+缓学”处理');
  });
});
