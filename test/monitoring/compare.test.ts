/**
 * 年度对比 on the golden pair of compareFixtures.ts: every verdict word, a renamed school joined through 学校对照,
 * a school closed and one opened, a coefficient moved by one school, 台账 changes, growth and an input jump.
 * Every expected number is worked out by hand in the comments.
 */
import { compareWorkbooks, type CompareOptions, type Comparison, type YearWorkbook } from '../../src/engine/monitoring';
import type { WorkbookInput } from '../../src/engine/types';
import { cellOf } from '../support/grid';
import { goldenPair, junior, primary, yearBook } from './compareFixtures';

function compare(books: YearWorkbook[], options: CompareOptions = {}): Comparison {
  const o = compareWorkbooks(books, options);
  if (!o.ok) throw new Error(o.reason);
  return o.comparison;
}

function pair(earlier: WorkbookInput, later: WorkbookInput): YearWorkbook[] {
  return [
    { file: '2023.xlsx', workbook: earlier },
    { file: '2024.xlsx', workbook: later },
  ];
}

describe('compare: the golden pair 2023 → 2024', () => {
  const { earlier, later } = goldenPair();
  const c = compare(pair(earlier, later));
  const item = (id: string) => c.items.find((i) => i.id === id);
  const part = (code: string) => c.parts.find((p) => p.code === code);

  it('gives each county item its verdict, and every verdict word occurs', () => {
    // G11: 273 ÷ 610 = 44.75% → 50 ÷ 610 = 8.20% < 10%.
    expect(item('G11')?.values.map((v) => v?.toFixed(6))).toEqual(['0.447541', '0.081967']);
    expect(item('G11')?.verdict).toBe('slipped');
    expect(item('S1')).toMatchObject({ values: [0.8, 0.9], verdict: 'fixed' });
    // G14: 2195 ÷ 4220 = 52.01%, 2.01 points over 50%, within 5% of the standard (2.5 points).
    expect(item('G14')?.values[1]).toBeCloseTo(0.520142, 6);
    expect(item('G14')?.verdict).toBe('warning');
    // G15: (700 + 50) ÷ 1000 = 75% < 85% both years.
    expect(item('G15')).toMatchObject({ values: [0.75, 0.75], verdict: 'still-failing' });
    // G9 is 100% of a 100% standard: no room above, so it is kept rather than warned.
    expect(item('G9')).toMatchObject({ values: [1, 1], verdict: 'kept' });
    expect(c.counts).toMatchObject({ slipped: 1, fixed: 1 });
  });

  it('gives each school part its transitions', () => {
    expect(part('P001')?.indicators.L6).toMatchObject({ values: [2200, 1200], change: -1000, verdict: 'slipped' });
    expect(part('P001')?.verdicts).toEqual(['pass', 'fail']);
    expect(part('P102')?.indicators.L3).toMatchObject({ values: [0.8, 1], verdict: 'fixed' });
    expect(part('P007')?.indicators.L2).toMatchObject({ values: [0.4, 0.4], verdict: 'still-failing' });
    // 2300 ÷ 500 = 4.6 m², 0.1 over 4.5 and within 5% of it (0.225).
    expect(part('P008')?.indicators.L4).toMatchObject({ values: [4.6, 4.6], verdict: 'warning' });
    expect(part('J002')?.indicators.L1).toMatchObject({ values: [6, 5], verdict: 'slipped' });
    expect(part('P001')?.indicators.L1.verdict).toBe('kept');
  });

  it('joins the renamed school through 学校对照 and lists the school closed and the one opened', () => {
    expect(c.schools.added).toEqual(['P004']);
    expect(c.schools.removed).toEqual(['P003']);
    expect(c.schools.changed.map((x) => x.what)).toEqual([
      '学校代码：P002 → P102（按学校对照）',
      '名称：城南小学 → 城南实验小学',
    ]);
    expect(part('P102')?.indicators.L3.values).toEqual([0.8, 1]);
    expect(part('P002')).toBeUndefined();
    expect(part('P003')).toMatchObject({ verdicts: ['pass', null] });
    expect(part('P004')?.indicators.L1).toMatchObject({ values: [null, 5], verdict: null });
  });

  it('finds the one school behind the change of the primary L7 coefficient', () => {
    // 2023: every 小学 has 2.4 rooms per hundred, CV 0. 2024: P006 has 30 rooms for 500 (6.0); mean 3.0,
    // variance (5 × 0.6² + 3²) ÷ 6 = 1.8, CV √1.8 ÷ 3 = √0.2 = 0.447214.
    expect(c.coefficients.primary.L7).toMatchObject({ values: [0, expect.any(Number)], verdict: 'kept' });
    expect(c.coefficients.primary.L7.values[1]).toBeCloseTo(Math.sqrt(0.2), 12);
    const l7 = c.movers.filter((x) => x.stage === 'primary' && x.indicator === 'L7');
    // P006's share of CV²: 500 × 3² ÷ (3000 × 3²) = 1/6; its part of the change 1/6 ÷ √0.2 = 0.372678, 5/6 of it.
    expect(l7[0]).toMatchObject({ code: 'P006', before: 2.4, after: 6 });
    expect(l7[0].effect).toBeCloseTo(1 / 6 / Math.sqrt(0.2), 12);
    expect(l7[0].share).toBeCloseTo(5 / 6, 12);
    expect(l7).toHaveLength(3);
    expect(Math.abs(l7[1].effect)).toBeLessThan(l7[0].effect / 20);
  });

  it('lists the 台账 items new, closed and still open, with the amount that closes each today', () => {
    const keyOf = (e: { code: string; indicator: string }) => `${e.code} ${e.indicator}`;
    // P001: 2000 × 500 − 60 万元 = 40 万元. J002: 5.3 × 4.8 − 24 = 1.44 → 2 teachers.
    expect(c.ledger.new.map(keyOf)).toEqual([
      'P001 L6',
      'J002 L1',
      'J002 L3',
      'J002 L4',
      'J002 L5',
      'J002 L6',
      'J002 L7',
    ]);
    expect(c.ledger.new[0]).toMatchObject({ amount: 40, unit: '万元', action: '需增加教学仪器设备 40.0 万元' });
    expect(c.ledger.new[1]).toMatchObject({ value: 5, standard: 5.3, amount: 2 });
    expect(c.ledger.closed.map(keyOf)).toEqual(['P102 L3']);
    expect(c.ledger.closed[0]).toMatchObject({ amount: null });
    expect(c.ledger.reopened).toEqual([]);
    expect(c.ledger.open.map(keyOf)).toEqual(['P007 L2']);
    expect(c.ledger.open[0].amount).toBe(3);
  });

  it('shows students up 20% with the extra resources, each broken by the growth alone', () => {
    expect(c.growth).toHaveLength(1);
    const g = c.growth[0];
    expect(g).toMatchObject({ code: 'J002', before: 400, after: 480, share: 0.2 });
    expect(g.needs.map((n) => n.indicator)).toEqual(['L1', 'L3', 'L4', 'L5', 'L6', 'L7']);
    expect(g.needs.every((n) => n.aloneBreaks)).toBe(true);
    // L4: 5.8 × 480 − 2400 = 384 m².
    expect(g.needs.find((n) => n.indicator === 'L4')).toMatchObject({ value: 5, amount: 384, unit: 'm²' });
  });

  it('warns of an input jump with unchanged students, naming both cells', () => {
    const jumps = c.issues.filter((i) => i.code === 'input-jump');
    expect(jumps).toHaveLength(1);
    const before = cellOf(earlier.sheets[0], 0, '教学仪器设备值');
    const after = cellOf(later.sheets[0], 0, '教学仪器设备值');
    expect(jumps[0]).toMatchObject({ file: '2024.xlsx', sheet: '学校基础数据', cell: after });
    expect(jumps[0].message).toContain(`2023.xlsx 学校基础数据!${before} 的 110`);
    expect(jumps[0].message).toContain(`2024.xlsx 学校基础数据!${after} 的 60（-45.5%）`);
  });

  it('names what no longer meets the standard', () => {
    expect(c.alerts).toEqual(['G11 教师交流轮岗', '第一小学（P001）小学不再达标', '第二中学（J002）初中不再达标']);
  });
});

describe('compare: three years and the baseline', () => {
  const year = (y: string, rotation: number, teachers: number, peArt: number) =>
    yearBook({
      year: y,
      numbers: { 实际交流轮岗教师数: rotation },
      schools: [
        primary('P001', '第一小学', { 小学专科及以上学历专任教师数: teachers }),
        primary('P002', '第二小学', { 小学体育艺术专任教师数: peArt }),
      ],
    });
  const books: YearWorkbook[] = [
    { file: 'c.xlsx', workbook: year('2024', 50, 23, 4) },
    { file: 'a.xlsx', workbook: year('2022', 273, 25, 4) },
    { file: 'b.xlsx', workbook: year('2023', 50, 24, 5) },
  ];

  it('puts the workbooks in year order and says so', () => {
    const c = compare(books);
    expect(c.years).toEqual(['2022', '2023', '2024']);
    expect(c.files).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    expect(c.issues.map((i) => i.code)).toContain('reordered');
  });

  it('judges 下滑 against the 认定 year with --baseline, against the year before without', () => {
    expect(compare(books).items.find((i) => i.id === 'G11')?.verdict).toBe('still-failing');
    expect(compare(books, { baseline: true }).items.find((i) => i.id === 'G11')?.verdict).toBe('slipped');
  });

  it('warns when an indicator worsened two years running though still far from the standard', () => {
    // L1 5.0 → 4.8 → 4.6 per hundred: 0.4 over 4.2, beyond the 5% margin (0.21), but down twice.
    const p = compare(books).parts.find((x) => x.code === 'P001');
    expect(p?.indicators.L1.values.map((v) => v?.toFixed(2))).toEqual(['5.00', '4.80', '4.60']);
    expect(p?.indicators.L1.verdict).toBe('warning');
  });

  it('re-opens a 台账 item closed the year before', () => {
    // P002's PE/art teachers 4 → 5 → 4 for 500 pupils: 0.8, 1.0, 0.8 per hundred against 0.9; 4.5 − 4 → 1 teacher.
    const c = compare(books);
    expect(c.ledger.reopened).toMatchObject([{ code: 'P002', indicator: 'L3', amount: 1 }]);
    expect(c.ledger.new).toEqual([]);
    expect(c.parts.find((x) => x.code === 'P002')?.indicators.L3.verdict).toBe('slipped');
  });
});

describe('compare: bad input', () => {
  const school = [primary('P001', '第一小学'), primary('P002', '第二小学'), junior('J001', '第一中学')];

  it('refuses two different counties, naming both, and compares them with force', () => {
    const books = pair(
      yearBook({ year: '2023', schools: school }),
      yearBook({ county: '另一县', year: '2024', schools: school }),
    );
    const o = compareWorkbooks(books);
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.reason).toBe('两个工作簿不是同一区县：2023.xlsx 为「测试县」，2024.xlsx 为「另一县」。');
    const forced = compare(books, { force: true });
    expect(forced.issues.map((i) => i.code)).toContain('different-counties');
  });

  it('refuses the same year twice', () => {
    const o = compareWorkbooks(
      pair(yearBook({ year: '2024', schools: school }), yearBook({ year: '2024', schools: school })),
    );
    expect(o).toEqual({
      ok: false,
      code: 'same-year',
      reason: '2023.xlsx 与 2024.xlsx 是同一年度（2024）：年度对比需要不同年度的工作簿。',
    });
    const forced = compare(
      pair(yearBook({ year: '2024', schools: school }), yearBook({ year: '2024', schools: school })),
      { force: true },
    );
    expect(forced.issues.map((i) => i.code)).toEqual(['same-year']);
  });

  it('refuses a single workbook and names a workbook without a school sheet', () => {
    expect(compareWorkbooks([{ file: 'a.xlsx', workbook: yearBook({ year: '2024', schools: school }) }]).ok).toBe(
      false,
    );
    const o = compareWorkbooks([
      { file: 'empty.xlsx', workbook: { sheets: [] } },
      { file: 'b.xlsx', workbook: yearBook({ year: '2024', schools: school }) },
    ]);
    expect(o.ok ? '' : o.reason).toMatch(/^empty\.xlsx：/);
  });

  it('says which threshold changed and judges each year by its own', () => {
    const p8 = [primary('P008', '第八小学', { 教学及辅助用房面积: 2300 }), primary('P001', '第一小学')];
    const c = compare(
      pair(
        yearBook({ year: '2023', schools: p8 }),
        yearBook({ year: '2024', schools: p8, settings: { 小学生均教学及辅助用房面积标准: 5 } }),
      ),
    );
    const changed = c.issues.filter((i) => i.code === 'settings-changed');
    expect(changed.map((i) => i.message)).toEqual([
      '评估标准「小学生均教学及辅助用房面积标准」2023 年为 4.5，2024 年为 5；各年按各自的评估标准判定。',
    ]);
    // 4.6 m² met 4.5 in 2023 and fails 5 in 2024.
    expect(c.parts[0].indicators.L4).toMatchObject({ values: [4.6, 4.6], standards: [4.5, 5], verdict: 'slipped' });
  });
});

describe('compare: merged schools and the margins as settings', () => {
  it('lists a school merged into another as merged, not removed', () => {
    const c = compare(
      pair(
        yearBook({
          year: '2023',
          schools: [primary('P001', '第一小学'), primary('P009', '九村小学'), primary('P002', '第二小学')],
        }),
        yearBook({
          year: '2024',
          schools: [primary('P001', '第一小学'), primary('P002', '第二小学')],
          mapping: [['P009', 'P001']],
        }),
      ),
    );
    expect(c.schools.removed).toEqual([]);
    expect(c.schools.changed).toEqual([{ code: 'P009', what: '并入 P001（按学校对照）', year: '2024' }]);
    expect(c.parts.find((p) => p.code === 'P001')?.verdicts).toEqual(['pass', 'pass']);
  });

  it('shows a 小学 that became a 教学点 of fewer than 50 pupils leaving the evaluation', () => {
    const c = compare(
      pair(
        yearBook({
          year: '2023',
          schools: [primary('P001', '第一小学'), primary('P002', '第二小学'), primary('P005', '五村小学')],
        }),
        yearBook({
          year: '2024',
          schools: [
            primary('P001', '第一小学'),
            primary('P002', '第二小学'),
            primary('P005', '五村教学点', { 学校类型: '教学点', 小学在校生数: 40 }),
          ],
        }),
      ),
    );
    const what = c.schools.changed.filter((x) => x.code === 'P005').map((x) => x.what);
    expect(what.slice(0, 2)).toEqual(['名称：五村小学 → 五村教学点', '类型：小学 → 教学点']);
    expect(what[2]).toMatch(/^小学不再纳入资源配置评估：/);
    expect(c.parts.find((p) => p.code === 'P005')?.verdicts).toEqual(['pass', null]);
  });

  it('reads the margins from 评估标准 of the latest workbook: every mover named, adding up to the change', () => {
    const { earlier, later } = goldenPair();
    later.sheets.push({
      name: '评估标准',
      values: [
        ['设置项', '值'],
        ['年度对比每项列出的学校数', 10],
        ['年度对比预警幅度（占标准的比例）', 'abc'],
      ],
    });
    const c = compare(pair(earlier, later));
    expect(c.settings.topSchools).toBe(10);
    expect(c.settings.levelMargin).toBe(0.05);
    expect(c.issues.find((i) => i.code === 'compare-setting-unreadable')).toMatchObject({
      sheet: '评估标准',
      cell: 'B3',
    });
    const l7 = c.movers.filter((x) => x.stage === 'primary' && x.indicator === 'L7');
    // The six 2024 schools (P003, gone, had no share of a zero CV): their parts add up to the change exactly.
    expect(l7).toHaveLength(6);
    const sum = l7.reduce((a, x) => a + x.effect, 0);
    expect(sum).toBeCloseTo(Math.sqrt(0.2), 12);
  });
});
