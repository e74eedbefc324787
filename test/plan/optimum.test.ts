/** Counties whose least-cost plan is known by hand (PLAN.md §5, issue 19 §8). */
import { standardJunior, standardPrimary } from '../support/standardSchools';
import { county, planOf } from './support';

const others = [
  standardPrimary('P2', '二小'),
  standardPrimary('P3', '三小'),
  standardJunior('J1', '一中'),
  standardJunior('J2', '二中'),
];

test('a school one teacher short of the near floor hires one teacher (16 万元 × 3 年)', async () => {
  // 17 teachers for 500 pupils is 3.4 per hundred, below 0.85 × 4.2 = 3.57; 18 makes 3.6, near, and the part passes.
  const { plan } = await planOf(
    county([standardPrimary('P1', '一小', { 小学专科及以上学历专任教师数: 17 }), ...others]),
  );
  expect(plan.additions).toEqual([
    { code: 'P1', name: '一小', action: 'teachers', stage: 'primary', amount: 1, unit: '人', year: 2025, cost: 48 },
  ]);
  expect(plan.total).toBe(48);
  expect(plan.gap).toBe(0);
  expect(plan.unmet).toEqual([]);
  const p1 = plan.parts.find((p) => p.code === 'P1');
  expect(p1?.before.verdict).toBe('fail');
  expect(p1?.after.verdict).toBe('pass');
  expect(p1?.after.values.L1).toBeCloseTo(3.6, 9);
});

test('a 九年一贯制 builds once for both parts: 272 m² leave both at the near floor of L4', async () => {
  // P = 400, J = 300, W = 730. Junior near needs 0.85 × 5.8 × 300 × 730 / 330 = 3271.8 m² of the school, so 3272;
  // the primary part then has 3272 × 400 / 730 / 400 = 4.48 m², near too. Passing the junior part would need 3850.
  const nine = {
    学校代码: 'N1',
    学校名称: '九年一贯制学校',
    学校类型: '九年一贯制',
    小学在校生数: 400,
    初中在校生数: 300,
    小学专科及以上学历专任教师数: 20,
    初中本科及以上学历专任教师数: 18,
    小学县级及以上骨干教师数: 5,
    初中县级及以上骨干教师数: 4,
    小学体育艺术专任教师数: 4,
    初中体育艺术专任教师数: 3,
    教学及辅助用房面积: 3000,
    体育运动场馆面积: 7000,
    教学仪器设备值: 180,
    网络多媒体教室数: 18,
  };
  const { plan } = await planOf(county([nine, ...others]));
  expect(plan.additions.map((a) => [a.code, a.action, a.amount])).toEqual([['N1', 'teachingSpace', 272]]);
  expect(plan.total).toBeCloseTo(272 * 0.35, 9);
  expect(plan.parts.filter((p) => p.code === 'N1').map((p) => p.after.verdict)).toEqual(['pass', 'pass']);
});

test('leaving L7 at 85% is cheaper than building rooms: 20 m² are built instead of 2 rooms', async () => {
  // 500 pupils: 2230 m² is 4.46 (near), 10 rooms 2.0 per hundred (near). Closing L4 costs 20 × 0.35 = 7 万元, closing
  // L7 2 × 5 = 10 万元; the 台账 way closes both for 17.
  const p1 = standardPrimary('P1', '一小', { 教学及辅助用房面积: 2230, 网络多媒体教室数: 10 });
  const { plan } = await planOf(county([p1, ...others]));
  expect(plan.additions.map((a) => [a.action, a.amount, a.cost])).toEqual([['teachingSpace', 20, 7]]);
  const after = plan.parts.find((p) => p.code === 'P1')?.after;
  expect(after?.passCount).toBe(6);
  expect(after?.values.L7).toBeCloseTo(2.0, 9);
});

test('a county that already passes needs nothing', async () => {
  const { plan } = await planOf(county([standardPrimary('P1', '一小'), ...others]));
  expect(plan.additions).toEqual([]);
  expect(plan.total).toBe(0);
  expect(plan.byYear.map((y) => y.year)).toEqual([2025, 2026, 2027]);
});
