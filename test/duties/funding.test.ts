/**
 * F4 生均公用经费: every school of the school sheet against the 定额 of its 学段, small schools funded as the bands
 * of 履职评价标准 say (不足100按100 by default; 沙坪坝's 不足500按500；500-1000按1000), 特教 at 6000.
 */
import type { CellValue } from '../../src/engine/types';
import { check, dutyDataGrid, dutyRulesGrid, runDuties } from './support';

const SCHOOLS: Array<Record<string, CellValue>> = [
  // 80 pupils funded as 100: 100 × 800 = 80,000 元 is needed; 7.9 万元 falls short by 1,000 元.
  { 学校代码: 'P1', 学校名称: '村小', 学校类型: '小学', 小学在校生数: 80, 公用经费预算: 7.9 },
  // 600 pupils × 1000 = 600,000 元 at the default bands; 1,000,000 元 under 沙坪坝's 500–1000 band.
  { 学校代码: 'J1', 学校名称: '一中', 学校类型: '初中', 初中在校生数: 600, 公用经费预算: 60 },
  // 50 特教 students × 6000 = 300,000 元, with no small-school band.
  { 学校代码: 'T1', 学校名称: '特校', 学校类型: '特殊教育学校', 小学在校生数: 50, 公用经费预算: 30 },
  // A school without a budget is not judged.
  { 学校代码: 'P2', 学校名称: '二小', 学校类型: '小学', 小学在校生数: 300 },
];

describe('F4 生均公用经费达到定额', () => {
  it('fails the 村小 funded as 100 pupils and passes the others, naming the school and both amounts', () => {
    const f4 = check(runDuties([dutyDataGrid([])], {}, SCHOOLS).duties, 'F4');
    expect(f4.value).toBeCloseTo(2 / 3, 12);
    expect(f4.status).toBe('fail');
    expect(f4.basis).toBe('3所学校中2所达到定额；未达到：村小（预算79000元，应不少于80000元）');
    expect(f4.source).toBe('学校基础数据（与资源配置同一数据）');
    expect(f4.cells).toHaveLength(1);
  });

  it('follows the 定额 and bands of the rules: 沙坪坝’s bands fail the 600-pupil 初中, a higher 特教 rate the 特校', () => {
    const rules = dutyRulesGrid(
      [],
      [
        ['小规模学校核定人数', '不足500按500；500-1000按1000'],
        ['小学生均公用经费定额', 700],
        ['特殊教育学校生均公用经费定额', 7000],
      ],
    );
    const f4 = check(runDuties([dutyDataGrid([]), rules], {}, SCHOOLS).duties, 'F4');
    // 村小: 500 × 700 = 350,000 元; 一中: 1000 × 1000; 特校: 50 × 7000.
    expect(f4.basis).toBe(
      '3所学校中0所达到定额；未达到：村小（预算79000元，应不少于350000元）、一中（预算600000元，应不少于1000000元）、特校（预算300000元，应不少于350000元）',
    );
  });

  it('is 未佐证 when no school has both a budget and its students', () => {
    const f4 = check(runDuties([dutyDataGrid([])]).duties, 'F4');
    expect(f4.status).toBe('missing');
    expect(f4.gap).toBe('缺少：学校基础数据的公用经费预算和在校生数（没有一所学校两者都已填写）');
  });

  it('reports bands it cannot read, keeping 不足100按100', () => {
    const rules = dutyRulesGrid([], [['小规模学校核定人数', '小于一百人的按一百人']]);
    const { result, duties } = runDuties([dutyDataGrid([]), rules], {}, SCHOOLS);
    expect(result.issues.filter((i) => i.code === 'duty-bad-option').map((i) => i.cell)).toEqual(['B4']);
    expect(check(duties, 'F4').value).toBeCloseTo(2 / 3, 12);
  });
});

describe('F4 counts the 高中 pupils of a school with a 高中部 (regression: f4-ignored-senior-pupils)', () => {
  // 900 初中 and 1200 高中 pupils: 900 × 1000 + 1200 × 1000 = 2,100,000 元 is needed. Counting the 初中 alone
  // (900,000 元) once passed a budget of 150 万元 that covers the 高中部 too.
  const complete = [{ 学校代码: 'W1', 学校名称: '一中', 学校类型: '完全中学', 初中在校生数: 900, 高中在校生数: 1200 }];

  it('fails 150 万元 and passes 210 万元 at the default 高中 定额 of 1000', () => {
    const short = check(runDuties([dutyDataGrid([])], {}, [{ ...complete[0], 公用经费预算: 150 }]).duties, 'F4');
    expect(short.status).toBe('fail');
    expect(short.basis).toBe('1所学校中0所达到定额；未达到：一中（预算1500000元，应不少于2100000元）');
    const enough = check(runDuties([dutyDataGrid([])], {}, [{ ...complete[0], 公用经费预算: 210 }]).duties, 'F4');
    expect(enough.status).toBe('pass');
  });

  it('follows the 高中生均公用经费定额 of the rules: 1500 asks for 2,700,000 元', () => {
    const rules = dutyRulesGrid([], [['高中生均公用经费定额', 1500]]);
    const f4 = check(runDuties([dutyDataGrid([]), rules], {}, [{ ...complete[0], 公用经费预算: 210 }]).duties, 'F4');
    expect(f4.basis).toBe('1所学校中0所达到定额；未达到：一中（预算2100000元，应不少于2700000元）');
  });
});
