/**
 * One county, one set of facts: where two sheets hold the same figure, a disagreement beyond rounding is a data issue
 * naming both cells and both values and the check that uses each. The figures are the issue's own: the sample county
 * once gave T2 260 ÷ 5800 from 履职数据 and Q4 the school sheet's 423.38, F4 the 特教 school's 15.08 万元 and G7
 * 区县数据's 87 万元, E2 3120 classes against the school sheet's 1430, E1 a cohort of 508 against Q2's 496.
 */
import { evaluate } from '../../src/engine/evaluate';
import { buildTemplateSheets } from '../../src/engine/template';
import type { CellValue, DataIssue } from '../../src/engine/types';
import { dutyDataGrid, runDuties, type DutyRow } from '../duties/support';

function cross(issues: readonly DataIssue[]): DataIssue[] {
  return issues.filter((i) => i.code.startsWith('cross-'));
}

const SCHOOLS: Array<Record<string, CellValue>> = [
  {
    学校代码: 'S1',
    学校名称: '一小',
    学校类型: '小学',
    小学在校生数: 600,
    小学班级数: 14,
    小学超45人班级数: 2,
    公用经费预算: 50.25,
    教师培训经费: 3.1,
  },
  {
    学校代码: 'S2',
    学校名称: '一中',
    学校类型: '完全中学',
    初中在校生数: 900,
    高中在校生数: 1200,
    初中班级数: 18,
    初中超50人班级数: 1,
    公用经费预算: 220.5,
    教师培训经费: 12,
  },
  {
    学校代码: 'S3',
    学校名称: '特校',
    学校类型: '特殊教育学校',
    小学在校生数: 86,
    初中在校生数: 59,
    公用经费预算: 15.08,
  },
];

/** 履职数据 rows agreeing with SCHOOLS and the county figures below. */
const AGREEING: DutyRow[] = [
  ['小学在校生数', 686],
  ['初中在校生数', 959],
  ['普通高中在校生数', 3000],
  ['义务教育班级总数', 32],
  ['56人及以上班级数', 3],
  ['教师培训经费', 15.1],
  ['学校公用经费预算总额', 286],
  ['适龄残疾儿童少年数', 589],
  ['残疾儿童少年已毕业人数', 41],
  ['残疾儿童少年因身体原因缓学人数', 40],
  ['残疾儿童少年特校就读人数', 145],
  ['残疾儿童少年随班就读人数', 245],
  ['残疾儿童少年送教上门人数', 116],
  ['本届初中毕业生数', 6230],
];

const COUNTY: Record<string, CellValue> = {
  特殊教育学校公用经费: 15.08,
  特殊教育学校在校生数: 145,
  适龄残疾儿童少年总数: 508,
  随班就读残疾儿童少年数: 245,
  特殊教育学校就读残疾儿童少年数: 145,
  送教上门残疾儿童少年数: 116,
  初中毕业生数: 6230,
};

describe('figures two sheets hold agree within rounding: no issue', () => {
  it('gives none when every pair agrees (the training funds 15.1 against 3.1 + 12, budgets 286 against 285.83)', () => {
    const { result } = runDuties([dutyDataGrid(AGREEING)], COUNTY, SCHOOLS);
    expect(cross(result.issues)).toEqual([]);
  });
});

/** The run with one 履职数据 row or county figure changed. */
function changed(row: DutyRow | null, county: Record<string, CellValue> = {}): DataIssue[] {
  const rows = row ? AGREEING.map((r) => (r[0] === row[0] ? row : r)) : AGREEING;
  return cross(runDuties([dutyDataGrid(rows)], { ...COUNTY, ...county }, SCHOOLS).result.issues);
}

describe('a disagreement names both cells, both values and which check uses each', () => {
  it('T2 against Q4: 培训经费 260 in 履职数据, 15.1 in the school sheet', () => {
    const [issue] = changed(['教师培训经费', 260]);
    expect(issue.code).toBe('cross-training-fund');
    expect(issue.sheet).toBe('履职数据');
    expect(issue.cell).toBe('B7');
    expect(issue.message).toContain('教师培训经费 260 万元（履职数据!B7，履职评价 T2用此数）');
    expect(issue.message).toContain('学校基础数据教师培训经费合计 15.1 万元');
    expect(issue.message).toContain('优质均衡 Q4用此数');
    expect(issue.message).toContain('相差 244.9 万元');
  });

  it('公用经费 within the rounding of 3 schools and a whole 万元 passes; 1 万元 more does not', () => {
    // 50.25 + 220.5 + 15.08 = 285.83; 286 is within 0.5 + 3 × 0.005; 287 is not.
    expect(changed(['学校公用经费预算总额', 286.3])).toEqual([]);
    const [issue] = changed(['学校公用经费预算总额', 287]);
    expect(issue.code).toBe('cross-public-budget');
    expect(issue.message).toContain('285.83 万元');
  });

  it('F4 against G7: the 特教 school budgets 15.08 万元, 区县数据 says 87', () => {
    const [issue] = changed(null, { 特殊教育学校公用经费: 87 });
    expect(issue.code).toBe('cross-special-budget');
    expect(issue.message).toContain('特殊教育学校公用经费预算合计 15.08 万元');
    expect(issue.message).toContain('履职评价 F4用此数');
    expect(issue.message).toContain('特殊教育学校公用经费 87 万元（区县数据!B');
    expect(issue.message).toContain('优质均衡 G7用此数');
  });

  it('E2 against the school sheet: 3120 classes against 32, and 28 of 56+ against 3 over 45/50', () => {
    const issues = changed(['义务教育班级总数', 3120]);
    expect(issues.map((i) => i.code)).toEqual(['cross-classes']);
    expect(issues[0].message).toContain('义务教育班级总数 3,120 个');
    expect(issues[0].message).toContain('小学班级数+初中班级数合计 32 个');
    const large = changed(['56人及以上班级数', 28]);
    expect(large.map((i) => i.code)).toEqual(['cross-large-classes']);
    expect(large[0].message).toContain('多于');
    expect(large[0].message).toContain('合计 3 个');
  });

  it('F2 against 资源配置: 42900 primary pupils against the schools’ 686', () => {
    const [issue] = changed(['小学在校生数', 42900]);
    expect(issue.code).toBe('cross-primary-pupils');
    expect(issue.message).toContain('42,900 人');
    expect(issue.message).toContain('686 人');
  });

  it('E1 against Q2: the cohort 589 − 41 − 40 = 508 against 区县数据 496', () => {
    const [issue] = changed(null, { 适龄残疾儿童少年总数: 496 });
    expect(issue.code).toBe('cross-disabled-cohort');
    expect(issue.message).toContain('508 人');
    expect(issue.message).toContain('496 人');
    expect(issue.message).toContain('履职评价 E1用此数');
    expect(issue.message).toContain('优质均衡 Q2用此数');
  });

  it('E3 against Q1: the graduates 8295 against 6230', () => {
    const [issue] = changed(['本届初中毕业生数', 8295]);
    expect(issue.code).toBe('cross-graduates');
  });

  it('高中 pupils of the school sheet may not exceed the county’s 普通高中在校生数', () => {
    const [issue] = changed(['普通高中在校生数', 1000]);
    expect(issue.code).toBe('cross-senior-pupils');
    expect(issue.message).toContain('高中在校生数合计 1,200 人');
  });
});

describe('the sample county agrees with itself across every sheet', () => {
  it('has no cross-sheet issue, and T2, F4, E1 and Q2 give the figures the other sheets give', () => {
    const grids = buildTemplateSheets({ sample: true }).map((s) => ({
      name: s.name,
      values: s.values as CellValue[][],
    }));
    const outcome = evaluate({ sheets: grids });
    if (!outcome.ok) throw new Error(outcome.reason);
    const r = outcome.result;
    expect(cross(r.issues)).toEqual([]);
    const duty = (key: string) => (r.duties ?? []).find((d) => d.key === key);
    // E1 and Q2: 506 ÷ 508 on both sheets.
    expect(duty('E1')?.value).toBeCloseTo(506 / 508, 10);
    expect(r.quality.find((q) => q.id === 'Q2')?.value).toBeCloseTo(506 / 508, 10);
    // F4 fails only the small 村小 that G6 fails; the 特教 school budgets 87 万元 = 145 × 6000 元, as G7 reads.
    expect(duty('F4')?.basis).toContain('73所学校中72所');
    expect(r.guarantee.find((g) => g.id === 'G7')?.value).toBe(6000);
    // T2 is the school sheet's own sums.
    expect(duty('T2')?.basis).toContain('475.39 ÷ 6605.12');
  });
});
