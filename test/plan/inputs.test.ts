/** `规划参数` and `学生数预测` (PLAN.md §3–4) and bad planning input (§8). */
import { standardJunior, standardPrimary } from '../support/standardSchools';
import type { SheetGrid } from '../../src/engine/types';
import { county, planOf, planSettings } from './support';

const others = [
  standardPrimary('P2', '二小'),
  standardPrimary('P3', '三小'),
  standardJunior('J1', '一中'),
  standardJunior('J2', '二中'),
];

function enrolment(rows: (string | number | null)[][]): SheetGrid {
  return {
    name: '学生数预测',
    values: [['学校代码', '年度', '小学在校生数', '初中在校生数', '高中在校生数'], ...rows],
  };
}

test('a negative cost is a warning naming its cell, and the default is used', async () => {
  const p1 = standardPrimary('P1', '一小', { 小学专科及以上学历专任教师数: 17 });
  const out = await planOf(county([p1, ...others], planSettings({ 教师年人均成本: -3, 计费年数: 2 })));
  expect(out.issues).toEqual([
    expect.objectContaining({ sheet: '规划参数', cell: 'B2', code: 'plan-setting-invalid' }),
  ]);
  // 16 万元 (the default) × 2 years (the sheet).
  expect(out.plan.total).toBe(32);
  expect(out.plan.settings.find((s) => s.key === 'billedYears')).toEqual({
    key: 'billedYears',
    value: 2,
    fromSheet: true,
  });
  expect(out.plan.settings.find((s) => s.key === 'teacherCost')).toEqual({
    key: 'teacherCost',
    value: 16,
    fromSheet: false,
  });
});

test('growing enrolment is planned for: 540 pupils in 2027 need 50 m² of sports ground', async () => {
  // Today 500 pupils pass. In 2027, 540: sports 4000 / 540 = 7.41 m² and rooms 12 / 540 = 2.22 are both near, so the
  // part fails. 50 m² (7.5 × 540 = 4050) cost 3 万元, one room 5: the rooms stay at the near floor.
  const grown = enrolment([
    ['P1', 2026, 520, null, null],
    ['P1', 2027, 540, null, null],
  ]);
  const { plan } = await planOf(county([standardPrimary('P1', '一小'), ...others], grown));
  expect(plan.additions.map((a) => [a.code, a.action, a.amount, a.cost])).toEqual([['P1', 'sportsArea', 50, 3]]);
  expect(plan.parts.find((p) => p.code === 'P1')?.students).toBe(540);
  expect(plan.parts.find((p) => p.code === 'P1')?.before.verdict).toBe('pass');
});

test('a 预测 row for an unknown school is a warning and is not used', async () => {
  const out = await planOf(
    county([standardPrimary('P1', '一小'), ...others], enrolment([['X9', 2026, 100, null, null]])),
  );
  expect(out.issues).toEqual([
    expect.objectContaining({ sheet: '学生数预测', cell: 'A2', code: 'plan-enrolment-unknown' }),
  ]);
  expect(out.plan.total).toBe(0);
});

test('a school whose inputs are missing is named in unmet and the rest is planned', async () => {
  const blank = standardPrimary('P9', '九小', { 网络多媒体教室数: null });
  const short = standardPrimary('P1', '一小', { 小学专科及以上学历专任教师数: 17 });
  const { plan } = await planOf(county([blank, short, ...others]));
  expect(plan.unmet).toEqual(['九小（小学）有待填报的数据，无法规划。']);
  expect(plan.total).toBe(48);
});

test('a yearly cap too small for a school leaves it unmet and says so; the cheaper one is done first', async () => {
  const a = standardPrimary('P1', '一小', { 小学专科及以上学历专任教师数: 17 });
  const b = standardPrimary('P4', '四小', { 教学及辅助用房面积: 2230, 网络多媒体教室数: 10 });
  const { plan } = await planOf(county([a, b, ...others], planSettings({ 年度投入上限: 40 })));
  expect(plan.additions.map((x) => [x.code, x.year, x.cost])).toEqual([['P4', 2025, 7]]);
  expect(plan.unmet).toEqual(['一小（小学）在年度投入上限内到目标年度仍未安排，尚需48.00万元。']);
  // 一小 is left failing: 5 of the 6 parts pass each year.
  expect(plan.byYear.map((y) => [y.passingParts, y.parts])).toEqual([
    [5, 6],
    [5, 6],
    [5, 6],
  ]);
});
