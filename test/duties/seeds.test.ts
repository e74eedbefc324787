/**
 * The seeds' figures as golden cases (DUTIES.md §1.4–1.5): 荣昌 2023 (seed 002) and 沙坪坝 2022 (seed 004), each
 * through the whole engine from a `履职数据` grid, with the verdict and the text the report prints.
 */
import { check, dutyDataGrid, dutyRulesGrid, runDuties, type DutyRow } from './support';

/** 荣昌's 适龄残疾儿童 breakdown: 589 in all, of whom 41 已毕业, 145 特校, 245 随班, 116 送教, 40 缓学, 1 出国, 1 疗养. */
const RONGCHANG_DISABLED: DutyRow[] = [
  ['适龄残疾儿童少年数', 589],
  ['已毕业', 41],
  ['特校就读', 145],
  ['随班就读', 245],
  ['送教上门', 116],
  ['因身体原因缓学', 40],
  ['出国', 1],
  ['疗养院安置', 1],
];

describe('E1 残疾儿童少年入学率 (荣昌 2023)', () => {
  it('is 506 ÷ 508 = 99.6063%, shown 99.61% rounded and passing 97%', () => {
    const e1 = check(runDuties([dutyDataGrid(RONGCHANG_DISABLED)]).duties, 'E1');
    expect(e1.value).toBeCloseTo(506 / 508, 12);
    expect(e1.value).toBeCloseTo(0.996063, 6);
    expect(e1.text.value).toBe('99.61%');
    expect(e1.basis).toBe('(145+245+116) ÷ (589−41−40) = 506 ÷ 508 = 99.61%');
    expect(e1.status).toBe('pass');
    expect(e1.standard).toBe(0.97);
  });

  it('is shown 99.60% when the rules truncate, as the county report printed it', () => {
    const rules = dutyRulesGrid([], [['显示取整方式', '截断']]);
    const e1 = check(runDuties([dutyDataGrid(RONGCHANG_DISABLED), rules]).duties, 'E1');
    expect(e1.value).toBeCloseTo(506 / 508, 12);
    expect(e1.text.value).toBe('99.60%');
    expect(e1.basis).toContain('= 99.60%');
  });

  it('follows the categories of the rules: counting 出国 and 疗养院安置 as placed gives (506+1+1) ÷ 508 = 100%', () => {
    const rules = dutyRulesGrid([], [['残疾儿童少年入学率分子', '特校就读+随班就读+送教上门+出国+疗养院安置']]);
    const e1 = check(runDuties([dutyDataGrid(RONGCHANG_DISABLED), rules]).duties, 'E1');
    expect(e1.value).toBe(1);
  });

  it('falls back on 区县数据 (the figures of 优质均衡 Q2) when 履职数据 leaves the total blank, and says so', () => {
    const county = {
      适龄残疾儿童少年总数: 496,
      随班就读残疾儿童少年数: 283,
      特殊教育学校就读残疾儿童少年数: 126,
      送教上门残疾儿童少年数: 87,
    };
    const e1 = check(runDuties([dutyDataGrid([['数据年度', 2024]])], county).duties, 'E1');
    expect(e1.value).toBe(1);
    expect(e1.source).toContain('区县数据');
    expect(e1.cells.every((c) => c.startsWith('区县数据!'))).toBe(true);
  });
});

describe('S1 安全隐患整改率 (沙坪坝 2022)', () => {
  it('is 411 ÷ 416 = 98.80%, short of the 100% default by the 5 hazards still open', () => {
    const s1 = check(
      runDuties([
        dutyDataGrid([
          ['安全隐患排查发现数', 416],
          ['安全隐患已整改数', 411],
        ]),
      ]).duties,
      'S1',
    );
    expect(s1.value).toBeCloseTo(411 / 416, 12);
    expect(s1.text.value).toBe('98.80%');
    expect(s1.status).toBe('fail');
    // The gap is the open count, not points (regression: s1-gap-in-points).
    expect(s1.gap).toBe('5 条未整改');
    expect(s1.cells).toEqual(['履职数据!B3', '履职数据!B2']);
  });

  it('passes the second list, 177 ÷ 177', () => {
    const s1 = check(
      runDuties([
        dutyDataGrid([
          ['安全隐患排查发现数', 177],
          ['安全隐患已整改数', 177],
        ]),
      ]).duties,
      'S1',
    );
    expect(s1.value).toBe(1);
    expect(s1.status).toBe('pass');
  });
});

describe('F2 生均一般公共预算教育支出 (沙坪坝 2022: 小学 +0.49%, 初中 +0.38%, 高中 +0.16%)', () => {
  it('passes each 学段 whose 生均 did not fall, the change labelled a relative %', () => {
    const { duties } = runDuties([
      dutyDataGrid([
        ['小学生均一般公共预算教育经费', 20098, 20000],
        ['初中生均一般公共预算教育经费', 25095, 25000],
        ['高中生均一般公共预算教育经费', 30048, 30000],
      ]),
    ]);
    const expected: [string, number][] = [
      ['小学', 0.49],
      ['初中', 0.38],
      ['普通高中', 0.16],
    ];
    for (const [stage, change] of expected) {
      const f2 = check(duties, `F2.${stage}`);
      expect(f2.change).toBeCloseTo(change, 10);
      expect(f2.changeUnit).toBe('%');
      expect(f2.status).toBe('pass');
      expect(f2.text.change).toBe(`+${change.toFixed(2)}%`);
    }
    // 学前 and 中职 were not given: not evidenced, never a pass.
    expect(check(duties, 'F2.学前').status).toBe('missing');
    expect(check(duties, 'F2.中职').status).toBe('missing');
  });

  it('computes 生均 from 经费 (万元) ÷ 在校生 and fails a 学段 whose 生均 fell', () => {
    const f2 = check(
      runDuties([
        dutyDataGrid([
          ['初中一般公共预算教育经费', 52000, 51600],
          ['初中在校生数', 22200, 21900],
        ]),
      ]).duties,
      'F2.初中',
    );
    expect(f2.value).toBeCloseTo((52000 * 10000) / 22200, 8);
    expect(f2.previous).toBeCloseTo((51600 * 10000) / 21900, 8);
    expect(f2.status).toBe('fail');
    expect(f2.gap).toBe('比上年减少138.22元/生');
  });
});

describe('F1 一般公共预算教育支出 (荣昌 2023: 208177万元, +4.11%)', () => {
  it('passes with the prior year 199958.7万元, a rise of 4.11%', () => {
    const f1 = check(runDuties([dutyDataGrid([['一般公共预算教育支出', 208177, 199958.7]])]).duties, 'F1');
    expect(f1.change).toBeCloseTo(4.11, 2);
    expect(f1.changeUnit).toBe('%');
    expect(f1.status).toBe('pass');
    expect(f1.standard).toBe(199958.7);
  });
});

describe('H2 体质健康达标优良率 (荣昌 2023: 46.21%, up 0.29)', () => {
  it('fails the 50% level while its trend passes, the change in percentage points', () => {
    const { duties } = runDuties([dutyDataGrid([['学生体质健康达标优良率', '46.21%', '45.92%']])]);
    const level = check(duties, 'H2');
    expect(level.value).toBeCloseTo(0.4621, 12);
    expect(level.status).toBe('fail');
    expect(level.gap).toBe('低于标准3.79个百分点');
    const trend = check(duties, 'H2.趋势');
    expect(trend.status).toBe('pass');
    expect(trend.change).toBeCloseTo(0.29, 10);
    expect(trend.changeUnit).toBe('pp');
    expect(trend.text.change).toBe('+0.29个百分点');
  });

  it('fails the trend only after three years of decline, and waits for 前年 when only two years fell', () => {
    const falling = runDuties([dutyDataGrid([['学生体质健康达标优良率', 45, 46, 47]])]).duties;
    expect(check(falling, 'H2.趋势').status).toBe('fail');
    const twoYears = runDuties([dutyDataGrid([['学生体质健康达标优良率', 45, 46]])]).duties;
    const t = check(twoYears, 'H2.趋势');
    expect(t.status).toBe('missing');
    expect(t.gap).toContain('前年学生体质健康达标优良率（履职数据!D2）');
  });
});

describe('H1 总体近视率 (荣昌 2023: 42.8%, down 0.66)', () => {
  const data = dutyDataGrid([['儿童青少年总体近视率', '42.8%', '43.46%']]);

  it('passes a fall of at least 0.5 points', () => {
    const h1 = check(runDuties([data]).duties, 'H1');
    expect(h1.change).toBeCloseTo(-0.66, 10);
    expect(h1.changeUnit).toBe('pp');
    expect(h1.text.change).toBe('−0.66个百分点');
    expect(h1.standard).toBeCloseTo(0.4296, 12);
    expect(h1.status).toBe('pass');
  });

  it('fails at 1.0 point, the rule of a 近视高发 province', () => {
    const rules = dutyRulesGrid([['H1', '比上年下降不少于', 1.0]]);
    const h1 = check(runDuties([data, rules]).duties, 'H1');
    expect(h1.status).toBe('fail');
    expect(h1.standard).toBeCloseTo(0.4246, 12);
    expect(h1.gap).toBe('比上年下降0.66个百分点，要求下降不少于1个百分点');
  });

  it('judges the cumulative fall since 2018 (0.5 points a year)', () => {
    const rows: DutyRow[] = [
      ['数据年度', 2023],
      ['儿童青少年总体近视率', '42.8%'],
      ['基准年总体近视率', '45.9%'],
    ];
    const cum = check(runDuties([dutyDataGrid(rows)]).duties, 'H1.累计');
    expect(cum.standard).toBeCloseTo(0.459 - 0.025, 12);
    expect(cum.status).toBe('pass');
    const strict = dutyRulesGrid([['H1.累计', '较基准年累计下降不少于', 1]]);
    expect(check(runDuties([dutyDataGrid(rows), strict]).duties, 'H1.累计').status).toBe('fail');
  });
});

describe('V1, V2 中职办学条件 (荣昌 2023: 34.89 and 23.63㎡ per student)', () => {
  it('passes 33㎡ of land and 20㎡ of floor per student', () => {
    const { duties } = runDuties([
      dutyDataGrid([
        ['中职在校生数', 100],
        ['中职学校占地面积', 3489],
        ['中职学校校舍建筑面积', 2363],
      ]),
    ]);
    const v1 = check(duties, 'V1');
    const v2 = check(duties, 'V2');
    expect(v1.value).toBeCloseTo(34.89, 12);
    expect(v2.value).toBeCloseTo(23.63, 12);
    expect([v1.status, v2.status]).toEqual(['pass', 'pass']);
    expect([v1.standard, v2.standard]).toEqual([33, 20]);
  });
});

describe('T1 教师工资 (seed 000: 13223 against 13196 元/月)', () => {
  it('passes like with like, and makes a monthly figure yearly against a yearly one', () => {
    const monthly = runDuties([
      dutyDataGrid([
        ['义务教育教师平均工资收入', 13223, null, null, '元/月'],
        ['公务员平均工资收入', 13196, null, null, '元/月'],
      ]),
    ]).duties;
    const t1 = check(monthly, 'T1');
    expect(t1.status).toBe('pass');
    expect(t1.basis).toBe('教师 13223 − 公务员 13196 = 27元/月');
    const mixed = runDuties([
      dutyDataGrid([
        ['义务教育教师平均工资收入', 13223, null, null, '元/月'],
        ['公务员平均工资收入', 160000, null, null, '元/年'],
      ]),
    ]).duties;
    const t = check(mixed, 'T1');
    expect(t.value).toBe(13223 * 12);
    expect(t.status).toBe('fail');
  });

  it('uses the wages of 区县数据 when 履职数据 leaves them blank, and names the cells', () => {
    const t1 = check(
      runDuties([dutyDataGrid([['数据年度', 2023]])], { 教师年平均工资收入: 158676, 公务员年平均工资收入: 158352 })
        .duties,
      'T1',
    );
    expect(t1.value).toBe(158676);
    expect(t1.standard).toBe(158352);
    expect(t1.status).toBe('pass');
    expect(t1.source).toContain('区县数据');
    expect(t1.cells).toHaveLength(2);
  });
});

describe('missing and edited rules', () => {
  it('makes a year-on-year check with a blank 上年 未佐证, naming the blank cell', () => {
    const f1 = check(runDuties([dutyDataGrid([['一般公共预算教育支出', 208177]])]).duties, 'F1');
    expect(f1.status).toBe('missing');
    expect(f1.gap).toBe('缺少：上年一般公共预算教育支出（履职数据!C2）');
  });

  it('changes the verdict when a threshold is edited: 公办园在园幼儿占比 54.68% passes 50% and fails 60%', () => {
    const data = dutyDataGrid([
      ['学前在园幼儿数', 24600],
      ['公办园在园幼儿数', 13451],
    ]);
    expect(check(runDuties([data]).duties, 'P3').status).toBe('pass');
    const rules = dutyRulesGrid([['P3', '≥', '60%']]);
    const p3 = check(runDuties([data, rules]).duties, 'P3');
    expect(p3.status).toBe('fail');
    expect(p3.standard).toBe(0.6);
  });

  it('leaves a check out when switched off, and gives no verdict when marked 仅供参考', () => {
    const data = dutyDataGrid([
      ['安全隐患排查发现数', 416],
      ['安全隐患已整改数', 411],
    ]);
    const off = runDuties([data, dutyRulesGrid([['S1', '≥', 1, '否']])]).duties;
    expect(off.find((d) => d.key === 'S1')).toBeUndefined();
    const info = check(runDuties([data, dutyRulesGrid([['S1', '≥', 1, '是', '是']])]).duties, 'S1');
    expect(info.status).toBe('info');
    expect(info.value).toBeCloseTo(411 / 416, 12);
  });

  it('gives an empty list when the workbook has no 履职数据', () => {
    const { result } = runDuties([]);
    expect(result.duties).toEqual([]);
    expect(result.dutiesSheet).toBeNull();
  });
});
