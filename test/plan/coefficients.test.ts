/** A county whose coefficient binds after every school passes: the plan must add beyond the per-school optimum. */
import { standardJunior, standardPrimary } from '../support/standardSchools';
import { county, planOf } from './support';

/** L6 cv of three 500-pupil schools at 2000 + x 元 and one at 12000 (equal weights). */
function cvAt(x: number): number {
  const v = [2000 + x, 2000 + x, 2000 + x, 12000];
  const mean = v.reduce((s, a) => s + a, 0) / 4;
  const sd = Math.sqrt(v.reduce((s, a) => s + (a - mean) ** 2, 0) / 4);
  return sd / mean;
}

test('an equipment outlier makes L6 fail 0.50: the other schools buy equipment until it holds', async () => {
  // Every school passes (per-school optimum 0), but L6 values 2000, 2000, 2000, 12000 give cv 0.962.
  const rows = [
    standardPrimary('P1', '一小', { 教学仪器设备值: 100 }),
    standardPrimary('P2', '二小', { 教学仪器设备值: 100 }),
    standardPrimary('P3', '三小', { 教学仪器设备值: 100 }),
    standardPrimary('P4', '四小', { 教学仪器设备值: 600 }),
    standardJunior('J1', '一中'),
    standardJunior('J2', '二中'),
  ];
  const { plan } = await planOf(county(rows));
  const l6 = plan.coefficients.find((c) => c.stage === 'primary' && c.id === 'L6');
  expect(l6?.before).toBeCloseTo(cvAt(0), 9);
  expect(l6?.after).toBeLessThanOrEqual(0.5);
  // By symmetry and convexity the least total raises the three equally by x with cv(x) = 0.5: bisection gives it.
  let lo = 0;
  let hi = 10000;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (cvAt(mid) > 0.5) lo = mid;
    else hi = mid;
  }
  const least = (3 * hi * 500) / 10000;
  expect(plan.cutRounds).toBeGreaterThan(0);
  expect(plan.total).toBeGreaterThanOrEqual(least - 1e-6);
  // Whole 0.01 万元 per school: at most 0.01 each above the continuous optimum.
  expect(plan.total).toBeLessThanOrEqual(least + 0.03 + 1e-6);
  expect(plan.additions.every((a) => a.action === 'equipment' && a.code !== 'P4')).toBe(true);
  expect(plan.unmet).toEqual([]);
});
