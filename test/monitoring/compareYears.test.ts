/**
 * The yearly watch over three workbooks (compareYears.ts): 履职 checks per year, the H1/H2 trends in each direction,
 * a planted broken chain and agreeing chains that stay silent, the checks across years of government spending, and
 * the 问题清单's order and columns.
 */
import { compareWorkbooks, type Comparison, type YearWorkbook } from '../../src/engine/monitoring';
import { buildCompareSheet, buildProblemsSheet } from '../../src/engine/output';
import type { SheetGrid } from '../../src/engine/types';
import { FALLING, FLAT, RISING, threeYears } from './compareYears';

function compare(books: YearWorkbook[]): Comparison {
  const outcome = compareWorkbooks(books);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.comparison;
}

function item(c: Comparison, group: string, id: string) {
  const found = c.items.find((i) => i.group === group && i.id === id);
  if (!found) throw new Error(`no ${group} ${id}`);
  return found;
}

describe('履职 in 年度对比', () => {
  const c = compare(threeYears(FALLING));

  it('follows every 履职 check per year with its verdict, in group duties after the 优质均衡 items', () => {
    const groups = c.items.map((i) => i.group);
    expect(groups.indexOf('duties')).toBeGreaterThan(groups.lastIndexOf('recognition'));
    expect(groups.slice(0, 15).every((g) => g === 'guarantee')).toBe(true);
    // F2 per 学段 (生均, 元): 初中 23,600 → 23,400 falls in the latest year, after two years of rises.
    const junior = item(c, 'duties', 'F2.初中');
    expect(junior.values).toEqual([23000, 23600, 23400]);
    expect(junior.statuses).toEqual(['pass', 'pass', 'fail']);
    expect(junior.verdict).toBe('slipped');
    expect(junior.change).toBe(-200);
    expect(junior.rule).toBe('不低于上年');
    // H1: each year 0.6 points lower (≥ 0.5): 达标保持.
    const h1 = item(c, 'duties', 'H1');
    expect(h1.values.map((v) => Number(((v as number) * 100).toFixed(2)))).toEqual([44.5, 43.9, 43.3]);
    expect(h1.verdict).toBe('kept');
    // 履职 S1 (安全隐患整改率) is not confused with the 优质均衡 S1 (社会认可度).
    expect(item(c, 'duties', 'S1').statuses).toEqual(['missing', 'missing', 'missing']);
    expect(item(c, 'recognition', 'S1').values[2]).toBeCloseTo(0.8, 12);
  });

  it('keys 履职 items by the id each check is given, whether or not the ids repeat', () => {
    // F1 is given twice (一般公共预算教育支出, and 总投入): the repeated id is followed under its rule key.
    expect(c.items.filter((i) => i.group === 'duties').map((i) => i.id)).toEqual(
      expect.arrayContaining(['F1', 'F1.总投入', 'F2.小学', 'E2', 'E2.超大', 'H1', 'H1.累计', 'H2', 'H2.趋势']),
    );
    expect(new Set(c.items.filter((i) => i.group === 'duties').map((i) => i.id)).size).toBe(
      c.items.filter((i) => i.group === 'duties').length,
    );
  });

  it('judges government spending across the years given', () => {
    // 小学 基准定额 800 → 800 → 750: the latest year is below the year before.
    const norm = item(c, 'government', 'Y1.小学');
    expect(norm.values).toEqual([800, 800, 750]);
    expect(norm.met).toEqual([null, true, false]);
    expect(norm.verdict).toBe('slipped');
    // 教师 − 公务员: 2,000, 2,000, 3,000 元, never negative.
    const wage = item(c, 'government', 'Y2');
    expect(wage.values).toEqual([2000, 2000, 3000]);
    expect(wage.verdict).toBe('kept');
    // 一般公共预算教育支出: 192,000 ≥ 190,000 (its own 上年), 199,958.7, 208,177.
    const spending = item(c, 'government', 'Y3');
    expect(spending.values).toEqual([192000, 199958.7, 208177]);
    expect(spending.met).toEqual([true, true, true]);
    expect(item(c, 'government', 'Y3.初中').met).toEqual([true, true, false]);
  });

  it('counts only the 优质均衡 items in the county verdict counts and alerts', () => {
    expect(c.alerts.some((a) => a.includes('F2') || a.includes('Y1'))).toBe(false);
  });
});

describe('three-year trends', () => {
  it('needs three workbooks', () => {
    expect(compare(threeYears(FALLING).slice(1)).trends).toEqual([]);
  });

  it('follows a fall: 近视 down three years (good), 体质 down four years (连续三年下降)', () => {
    const [h1, h2] = compare(threeYears(FALLING)).trends;
    expect(h1).toMatchObject({ id: 'H1', years: ['2020', '2021', '2022', '2023'], direction: 'down' });
    expect(h1).toMatchObject({ consecutive: 3, good: true, consequence: null });
    expect(h1.values.map((v) => Number(((v as number) * 100).toFixed(2)))).toEqual([45.2, 44.5, 43.9, 43.3]);
    expect(h2).toMatchObject({ id: 'H2', years: ['2019', '2020', '2021', '2022', '2023'], direction: 'down' });
    expect(h2).toMatchObject({ consecutive: 4, good: false });
    expect(h2.consequence).toContain('连续三年下降');
    expect(h2.consequence).toContain('问责');
  });

  it('follows a rise: 近视 up two years (against H1), 体质 up three years', () => {
    const [h1, h2] = compare(threeYears(RISING)).trends;
    expect(h1).toMatchObject({ direction: 'up', consecutive: 2, good: false });
    expect(h1.consequence).toBe(
      '已连续 2 年上升，不符合总体近视率每年下降的要求（履职评价标准：比上年下降不少于0.5个百分点）。',
    );
    expect(h2).toMatchObject({ direction: 'up', consecutive: 3, good: true, consequence: null });
    expect(h2.values.map((v) => Number(((v as number) * 100).toFixed(2)))).toEqual([46, 45.5, 45.7, 45.92, 46.21]);
  });

  it('follows a flat run: both unchanged two years', () => {
    const [h1, h2] = compare(threeYears(FLAT)).trends;
    expect(h1).toMatchObject({ direction: 'flat', consecutive: 2, good: null });
    expect(h1.consequence).toContain('已连续 2 年未下降');
    expect(h2).toMatchObject({ direction: 'flat', consecutive: 2, good: null, consequence: null });
  });

  it('shows the trends on the sheet with the consequence beside them', () => {
    const sheet = buildCompareSheet(compare(threeYears(FALLING)));
    const caption = sheet.values.findIndex((row) => row[0] === '近视率、体质健康的逐年趋势');
    const r = sheet.values.findIndex((row, k) => k > caption && row[0] === 'H2');
    expect(r).toBeGreaterThan(0);
    const row = sheet.values[r];
    expect(sheet.values[caption + 1].slice(4, 9)).toEqual(['2019年', '2020年', '2021年', '2022年', '2023年']);
    expect(row.slice(4, 9)).toEqual([0.481, 0.475, 0.47, 0.466, 0.4621]);
    expect(row[9]).toBe('连续 4 年下降');
    expect(String(row[10])).toContain('连续三年下降');
    // 近视 has no 前年 column: its first year is blank, the years line up.
    expect(sheet.values[caption + 2].slice(4, 10)).toEqual(['—', 0.452, 0.445, 0.439, 0.433, '连续 3 年下降']);
  });
});

describe('broken chains', () => {
  it('names both files, sheets, cells and values of a figure typed twice differently', () => {
    const c = compare(threeYears({ ...FALLING, typos: true }));
    const breaks = c.issues.filter((i) => i.code === 'broken-chain');
    expect(breaks).toHaveLength(2);
    expect(breaks[0].chain).toEqual({
      item: '一般公共预算教育支出',
      later: { file: '2024.xlsx', sheet: '履职数据', cell: 'C3', value: 199958.7 },
      earlier: { file: '2023.xlsx', sheet: '履职数据', cell: 'B3', value: 199598.7 },
    });
    expect(breaks[0].message).toBe(
      '「一般公共预算教育支出」前后两年不一致：2024.xlsx 履职数据!C3（上年）为 199958.7，而 2023.xlsx 履职数据!B3（本年）为 199598.7；两处应是同一年的同一个数，请核对哪一处有误。',
    );
    // Last year's workbook has no wage in 履职数据: its 区县数据 figure (which T1 used) is the one compared.
    expect(breaks[1].chain?.earlier).toEqual({ file: '2023.xlsx', sheet: '区县数据', cell: 'B8', value: 120000 });
    expect(breaks[1].chain?.later.value).toBe(121000);
  });

  it('says nothing when the figures agree', () => {
    const c = compare(threeYears(FALLING));
    expect(c.issues.filter((i) => i.code === 'broken-chain')).toEqual([]);
    const sheet = buildCompareSheet(c);
    expect(sheet.values.flat().some((v) => typeof v === 'string' && v.includes('前后两年'))).toBe(false);
  });

  it('lists the broken chains on the sheet', () => {
    const sheet = buildCompareSheet(compare(threeYears({ ...FALLING, typos: true })));
    const row = sheet.values.find((r) => r[0] === '一般公共预算教育支出' && r[4] === 199958.7);
    expect(row?.slice(1, 9)).toEqual([
      '2024.xlsx 履职数据!C3',
      null,
      null,
      199958.7,
      '2023.xlsx 履职数据!B3',
      null,
      null,
      199598.7,
    ]);
  });

  it('does not compare workbooks whose years do not follow one another', () => {
    const books = threeYears({ ...FALLING, typos: true });
    expect(compare([books[0], books[2]]).issues.filter((i) => i.code === 'broken-chain')).toEqual([]);
  });
});

describe('a part outside 资源配置 every year', () => {
  it('is one line on the sheet, not seven of 无法比较', () => {
    const sheet = buildCompareSheet(compare(threeYears(FALLING)));
    const rows = sheet.values.filter((r) => r[0] === 'T001');
    expect(rows).toHaveLength(1);
    expect(String(rows[0][3])).toBe('各年均未纳入评估，不作逐项比较：在校生 30 人，少于 50 人，不纳入资源配置评估');
  });
});

describe('问题清单', () => {
  const c = compare(threeYears(FALLING));

  it('lists the open problems of the latest year in the seeds order', () => {
    const order = ['resources', 'guarantee', 'quality', 'recognition', 'duties'];
    const seen = c.problems.map((p) => order.indexOf(p.category));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(c.problems.slice(0, 4).map((p) => [p.category, p.item])).toEqual([
      ['resources', 'L6.小学'],
      ['guarantee', 'G11'],
      ['guarantee', 'Y1.小学'],
      ['recognition', 'S1'],
    ]);
    // 第一小学's 教学仪器设备值 fell to 60 万元 for 500 pupils (1,200 元 < 2,000): 40 万元 closes it.
    expect(c.problems[0]).toMatchObject({ schools: '第一小学', target: '第一小学需增加教学仪器设备 40.0 万元' });
    expect(c.problems[2].problem).toBe('Y1.小学 小学生均公用经费基准定额不低于上年：本年 750元，低于上年的 800元');
    // 履职: the 未达标 checks before the 未佐证 ones.
    const duties = c.problems.filter((p) => p.category === 'duties');
    expect(duties.slice(0, 3).map((p) => p.item)).toEqual(['F2.初中', 'H2', 'H2.趋势']);
    expect(duties[0].target).toBe('比上年减少200元/生');
  });

  it('writes the sheet with the seven columns, fit to one page wide', () => {
    const sheet = buildProblemsSheet(c);
    expect(sheet.name).toBe('问题清单');
    const header = sheet.values.findIndex((r) => r[0] === '序号');
    expect(sheet.values[header]).toEqual(['序号', '类别', '问题', '涉及学校', '整改目标', '责任单位', '整改时限']);
    expect(sheet.values[header + 1].slice(0, 4)).toEqual([1, '资源配置', c.problems[0].problem, '第一小学']);
    expect(sheet.values.length - header - 1).toBe(c.problems.length);
    expect(sheet.page).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.page?.printTitleRows).toEqual({ first: 3, last: 3 });
  });

  it('takes 责任单位 and 整改时限 from 问题清单设置 by item, by id, or by category', () => {
    const books = threeYears(FALLING);
    const settings: SheetGrid = {
      name: '问题清单设置',
      values: [
        ['项目', '责任单位', '整改时限（月）'],
        ['G11', '区教委人事科', 6],
        ['F2', '区财政局', '2025年12月底前'],
        ['资源配置', '区教委计财科', 12],
        ['履职', '区政府办', -1],
      ],
    };
    books[2].workbook.sheets.push(settings);
    const withSettings = compare(books);
    const byItem = new Map(withSettings.problems.map((p) => [`${p.category === 'duties' ? '履职' : ''}${p.item}`, p]));
    expect(byItem.get('G11')).toMatchObject({ owner: '区教委人事科', deadline: '6个月内' });
    expect(byItem.get('履职F2.初中')).toMatchObject({ owner: '区财政局', deadline: '2025年12月底前' });
    expect(byItem.get('L6.小学')).toMatchObject({ owner: '区教委计财科', deadline: '12个月内' });
    expect(byItem.get('S1')).toMatchObject({ owner: '', deadline: '' });
    expect(byItem.get('履职H2')).toMatchObject({ owner: '区政府办', deadline: '' });
    const bad = withSettings.issues.find((i) => i.code === 'problem-months');
    expect(bad).toMatchObject({ sheet: '问题清单设置', cell: 'C5' });
  });
});
