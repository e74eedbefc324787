/**
 * Generated counties for the benchmarks: N school rows in the template's layout, deterministic for a given N,
 * with every school type and figures spread around the standards so that every branch of the engine runs.
 */
import { SCHOOL_COLUMNS, COUNTY_ITEMS } from '../src/engine/columns';
import type { CellValue } from '../src/engine/types';

/** A small, fast, seeded generator (mulberry32) so every run sees the same county. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated school: the template row plus the raw numbers the formula workbook needs. */
export interface BenchSchool {
  row: CellValue[];
  primary: number;
  junior: number;
}

const TYPES: [string, number][] = [
  ['小学', 0.58],
  ['初中', 0.24],
  ['九年一贯制', 0.08],
  ['完全中学', 0.04],
  ['十二年一贯制', 0.02],
  ['教学点', 0.04],
];

/** The template headers, `header（unit）`, in SCHOOL_COLUMNS order. */
export function benchHeaders(): string[] {
  return SCHOOL_COLUMNS.map((c) => (c.unit ? `${c.header}（${c.unit}）` : c.header));
}

/** Generates `n` schools. */
export function generateSchools(n: number, seed = 20261122): BenchSchool[] {
  const rnd = seededRandom(seed + n);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
  const int = (lo: number, hi: number) => Math.round(between(lo, hi));
  const out: BenchSchool[] = [];
  for (let i = 0; i < n; i++) {
    let pick = rnd();
    let type = TYPES[0][0];
    for (const [t, w] of TYPES) {
      if (pick < w) {
        type = t;
        break;
      }
      pick -= w;
    }
    const hasP = type === '小学' || type === '九年一贯制' || type === '十二年一贯制' || type === '教学点';
    const hasJ = type === '初中' || type === '九年一贯制' || type === '十二年一贯制' || type === '完全中学';
    const hasS = type === '完全中学' || type === '十二年一贯制';
    const p = hasP ? (type === '教学点' ? int(30, 140) : int(150, 2200)) : 0;
    const j = hasJ ? int(200, 1900) : 0;
    const s = hasS ? int(300, 2000) : 0;
    const total = p + j;
    const teachingArea = Math.round((p + 1.1 * j + 1.32 * s) * between(4.2, 8));
    const v: Record<string, CellValue> = {
      code: `B${String(i + 1).padStart(7, '0')}`,
      name: `示例${type}${i + 1}`,
      type,
      ownership: rnd() < 0.06 ? '民办' : '公办',
      urbanRural: ['城区', '镇区', '乡村'][int(0, 2)],
      boarding: rnd() < 0.2 ? '是' : '否',
      builtYear: int(1985, 2023),
      denseUrban: rnd() < 0.1 ? '是' : '否',
      primaryStudents: hasP ? p : null,
      juniorStudents: hasJ ? j : null,
      seniorStudents: hasS ? s : null,
      migrantStudents: int(0, total * 0.3),
      primaryZoned: hasP ? int(p * 0.9, p) : null,
      juniorZoned: hasJ ? int(j * 0.9, j) : null,
      primaryClasses: hasP ? Math.max(1, Math.ceil(p / 42)) : null,
      juniorClasses: hasJ ? Math.max(1, Math.ceil(j / 48)) : null,
      primaryOversized: hasP ? (rnd() < 0.1 ? int(1, 4) : 0) : null,
      juniorOversized: hasJ ? (rnd() < 0.1 ? int(1, 4) : 0) : null,
      primaryDegreeTeachers: hasP ? Math.round((p * between(3.8, 7.5)) / 100) : null,
      juniorDegreeTeachers: hasJ ? Math.round((j * between(4.8, 8.5)) / 100) : null,
      primaryBackbone: hasP ? Math.round((p * between(0.8, 3)) / 100) : null,
      juniorBackbone: hasJ ? Math.round((j * between(0.8, 3)) / 100) : null,
      primaryPeArt: hasP ? Math.round((p * between(0.8, 2)) / 100) : null,
      juniorPeArt: hasJ ? Math.round((j * between(0.8, 2)) / 100) : null,
      primaryRotatingPeArt: hasP ? int(0, 2) : null,
      teachingArea,
      indoorSportsArea: rnd() < 0.5 ? Math.round(teachingArea * between(0, 0.08)) : null,
      sportsArea: Math.round((p + j + s) * between(7, 16)),
      rentedSportsArea: null,
      equipmentValue: Math.round(((p + 1.1 * j + 1.32 * s) * between(1900, 4200)) / 100) / 100,
      mediaRooms: Math.max(1, Math.round(((p + j + s) * between(2.2, 4)) / 100)),
      music96: int(0, 3),
      music73: int(0, 1),
      art90: int(0, 3),
      art67: int(0, 1),
      publicBudget: Math.round(((p + j) * between(800, 1300)) / 100) / 100,
      trainingBudget: Math.round(((p + j) * between(40, 90)) / 100) / 100,
    };
    out.push({ row: SCHOOL_COLUMNS.map((c) => v[c.key] ?? null), primary: p, junior: j });
  }
  return out;
}

/** The `区县数据` rows (项目 | 数值) of a plausible county, figures after seed 000. */
export function benchCountyRows(): CellValue[][] {
  const figures: Record<string, number> = {
    primaryFundingNorm: 800,
    juniorFundingNorm: 1000,
    specialSchoolFunding: 87,
    specialSchoolStudents: 126,
    teacherAvgSalary: 158676,
    civilServantAvgSalary: 158352,
    fullTimeTeachers: 4384,
    trainedTeachers: 4384,
    certifiedTeachers: 4384,
    rotationEligible: 610,
    rotationActual: 273,
    rotationBackbone: 103,
    qualityHighSchoolQuota: 4220,
    qualityHighSchoolAllocated: 3389,
    migrantEligible: 2361,
    migrantPublic: 1827,
    migrantPurchased: 534,
    juniorGraduates: 8295,
    grade7ThreeYearsAgo: 8155,
    transfersIn: 439,
    transfersOut: 299,
    deaths: 0,
    disabledTotal: 496,
    disabledInclusive: 283,
    disabledSpecialSchool: 126,
    disabledHomeTaught: 87,
    recognitionRate: 93.5,
  };
  const rows: CellValue[][] = [
    ['项目', '数值'],
    ['区县名称', '基准县'],
    ['评估年度', '2026'],
  ];
  for (const item of COUNTY_ITEMS) if (item.key in figures) rows.push([item.label, figures[item.key]]);
  return rows;
}
