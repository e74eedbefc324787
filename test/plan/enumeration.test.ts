/**
 * PLAN.md's reference: with the coefficients slack the problem separates by school, and each school's least cost is
 * found by trying which indicator of each part stays at 85% (8 choices per part, 64 for a 九年一贯制). The plan must
 * cost exactly the sum of those optima. The enumeration here is written from RULES.md, not from the planner's code.
 */
import { seededRng } from '../../src/engine/template';
import type { Row } from '../support/standardSchools';
import { county, planOf } from './support';

const STD = {
  primary: [4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3],
  junior: [5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4],
};
const PER = [100, 100, 100, 1, 1, 1, 100];
/** Units of the facility actions in the numerator's unit (m², m², 元 per 0.01 万元, rooms) and their cost in 万元. */
const FACILITY_UNIT = [1, 1, 100, 1];
const FACILITY_COST = [0.35, 0.06, 0.01, 5];
const TEACHER = 16 * 3;
const BACKBONE = 0.5;

interface RefPart {
  stage: 'primary' | 'junior';
  P: number;
  share: number;
  D: number;
  B: number;
  A: number;
}
interface RefSchool {
  parts: RefPart[];
  facility: number[];
}

/** The least whole units that bring `have + u` (scaled) to `need`. */
function units(need: number, have: number, scale: number): number {
  return Math.max(0, Math.ceil((need - have * scale) / scale - 1e-9));
}

/** The least cost of one school over every choice of the indicator left at 85% in each part. */
function schoolOptimum(s: RefSchool): number {
  let best = Infinity;
  const choices = s.parts.map(() => [-1, 0, 1, 2, 3, 4, 5, 6]);
  const combos: number[][] =
    s.parts.length === 1 ? choices[0].map((c) => [c]) : choices[0].flatMap((a) => choices[1].map((b) => [a, b]));
  for (const combo of combos) {
    let cost = 0;
    const fac = [0, 0, 0, 0];
    s.parts.forEach((p, i) => {
      const req = STD[p.stage].map((x, k) => (combo[i] === k ? 0.85 * x : x) * (1 - 1e-9));
      const n = [p.D, p.B, p.A].map((have, k) => units(req[k], have, PER[k] / p.P));
      const hires = Math.max(n[0], n[2], n[1] - (p.D - p.B));
      cost += hires * TEACHER + n[1] * BACKBONE;
      for (let f = 0; f < 4; f++) {
        const k = 3 + f;
        const scale = (p.share * PER[k]) / p.P;
        const need = Math.ceil((req[k] / scale - s.facility[f]) / FACILITY_UNIT[f] - 1e-9);
        fac[f] = Math.max(fac[f], need, 0);
      }
    });
    cost += fac.reduce((t, u, f) => t + u * FACILITY_COST[f], 0);
    best = Math.min(best, cost);
  }
  return best;
}

/** A figure near `standard × students / per`, between 75% and 110% of it. */
const around = (rng: () => number, x: number): number => Math.round(x * (0.75 + 0.35 * rng()));

/** A random county of 小学 and 九年一贯制 schools near the standards, with its reference schools. */
function randomCounty(seed: number): { rows: Row[]; ref: RefSchool[] } {
  const rng = seededRng(seed).next;
  const rows: Row[] = [];
  const ref: RefSchool[] = [];
  for (let i = 0; i < 24; i++) {
    const nine = i % 4 === 3;
    const P = 200 + Math.floor(rng() * 800);
    const J = nine ? 150 + Math.floor(rng() * 500) : 0;
    const W = P + 1.1 * J;
    const parts: RefPart[] = [{ stage: 'primary', P, share: nine ? P / W : 1, D: 0, B: 0, A: 0 }];
    if (nine) parts.push({ stage: 'junior', P: J, share: (1.1 * J) / W, D: 0, B: 0, A: 0 });
    for (const p of parts) {
      p.D = around(rng, (STD[p.stage][0] * p.P) / 100);
      p.B = Math.min(p.D, around(rng, (STD[p.stage][1] * p.P) / 100));
      p.A = around(rng, (STD[p.stage][2] * p.P) / 100);
    }
    // Facilities of the whole school: enough for its students by the higher of the two standards, give or take.
    const need = (k: number): number => Math.max(...parts.map((p) => (STD[p.stage][k] * p.P) / PER[k] / p.share));
    const facility = [
      around(rng, need(3)),
      around(rng, need(4)),
      around(rng, need(5) / 100) * 100,
      around(rng, need(6)),
    ];
    ref.push({ parts, facility });
    const row: Row = {
      学校代码: `S${i + 1}`,
      学校名称: `学校${i + 1}`,
      学校类型: nine ? '九年一贯制' : '小学',
      小学在校生数: P,
      小学专科及以上学历专任教师数: parts[0].D,
      小学县级及以上骨干教师数: parts[0].B,
      小学体育艺术专任教师数: parts[0].A,
      教学及辅助用房面积: facility[0],
      体育运动场馆面积: facility[1],
      教学仪器设备值: facility[2] / 10000,
      网络多媒体教室数: facility[3],
    };
    if (nine)
      Object.assign(row, {
        初中在校生数: J,
        初中本科及以上学历专任教师数: parts[1].D,
        初中县级及以上骨干教师数: parts[1].B,
        初中体育艺术专任教师数: parts[1].A,
      });
    rows.push(row);
  }
  return { rows, ref };
}

test.each([1, 2, 3])(
  'with slack coefficients the plan costs the sum of the per-school optima (county %i)',
  async (seed) => {
    const { rows, ref } = randomCounty(seed);
    const { plan } = await planOf(county(rows));
    const expected = ref.reduce((t, s) => t + schoolOptimum(s), 0);
    expect(expected).toBeGreaterThan(0);
    expect(plan.cutRounds).toBe(0);
    expect(plan.coefficients.every((c) => c.after === null || c.after <= c.limit)).toBe(true);
    expect(plan.total).toBeCloseTo(expected, 6);
    expect(plan.gap).toBe(0);
    expect(plan.parts.every((p) => p.after.verdict === 'pass')).toBe(true);
  },
);
