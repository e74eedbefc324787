/**
 * Workbooks of one county in several years, as grids, for the 年度对比 tests. The schools are the golden
 * fixtures' standard ones (test/fixtures/README.md): a 小学 of 500 pupils and an 初中 of 400 that pass every
 * indicator, scaled and altered per school below.
 */
import { COUNTY_ITEMS, SELF_ASSESSED_ROWS, SHEETS, VETO_ROWS } from '../../src/engine/columns';
import type { SheetGrid, WorkbookInput } from '../../src/engine/types';
import { PASSING_NUMBERS } from '../support/schools';
import { TITLE, countyGrid, schoolGrid, settingsGrid } from '../support/grid';
import { type Row, standardJunior, standardPrimary } from '../support/standardSchools';

/** The standard 小学 (see the file's header), under any name. */
export const primary = standardPrimary;

/** The standard 初中, under any name. */
export const junior = standardJunior;

/** A 区县数据 sheet meeting every G/Q/S standard unless `numbers` (by label) says otherwise. */
export function countySheet(county: string, year: string, numbers: Row = {}): SheetGrid {
  const items: Row = { [TITLE.name]: county, [TITLE.year]: year };
  // The sheet holds percentages as points (93 for 93%), as a statistician types them.
  for (const c of COUNTY_ITEMS) items[c.label] = PASSING_NUMBERS[c.key] * (c.unit === '%' ? 100 : 1);
  for (const r of SELF_ASSESSED_ROWS) items[r.label] = '达标';
  for (const v of VETO_ROWS) items[v] = '否';
  return countyGrid({ ...items, ...numbers });
}

const QUALITY: SheetGrid = {
  name: SHEETS.quality,
  values: [
    ['科目', '学段', '学业水平等级', '校际差异率'],
    ['数学', '四年级', 'Ⅲ', 0.12],
    ['语文', '八年级', 'Ⅳ', 0.1],
  ],
};

export interface YearSpec {
  county?: string;
  year: string;
  schools: Row[];
  numbers?: Row;
  /** Rows of 评估标准 by label (thresholds, and the 年度对比 margins). */
  settings?: Row;
  /** Rows of 学校对照: [原学校代码, 现学校代码]. */
  mapping?: [string, string][];
}

/** One year's workbook. */
export function yearBook(spec: YearSpec): WorkbookInput {
  const sheets = [schoolGrid(spec.schools), countySheet(spec.county ?? '测试县', spec.year, spec.numbers), QUALITY];
  if (spec.settings) sheets.push(settingsGrid(spec.settings));
  if (spec.mapping) sheets.push({ name: '学校对照', values: [['原学校代码', '现学校代码', '说明'], ...spec.mapping] });
  return { sheets };
}

/**
 * The golden pair, 2023 → 2024, where every verdict word occurs:
 * - G11 交流轮岗 273/610 → 50/610 (8.2% < 10%): 下滑; S1 80% → 90%: 整改完成; G14 80% → 52% (within 5% of 50%):
 *   预警; G15 (700+50)/1000 = 75% both years: 持续未达标; G9 100% both years: 达标保持.
 * - P001 keeps its students but its equipment falls from 110 to 60 万元 (−45%): L6 2200 → 1200 元, 下滑, a suspected
 *   entry error, and the school no longer passes.
 * - P002 城南小学 becomes P102 城南实验小学 (joined through 学校对照); its PE/art teachers 4 → 5 close L3 (0.8 → 1.0).
 * - P003 closes and P004 (the same standard school) opens.
 * - P006 keeps everything but its multimedia rooms, 12 → 30: the primary L7 coefficient moves because of it alone.
 * - P007 has 2 backbone teachers both years (0.4 per hundred): L2 持续未达标. P008 has 2300 m² (4.6 m², 0.1 over
 *   4.5): L4 预警.
 * - J002's students rise 400 → 480 (+20%) with the same resources: L1 6.0 → 5.0 < 5.3, broken by growth alone.
 */
export function goldenPair(): { earlier: WorkbookInput; later: WorkbookInput } {
  const earlier = yearBook({
    year: '2023',
    numbers: {
      实际交流轮岗教师数: 273,
      社会认可度: 80,
      优质高中分配到初中学校名额数: 3376,
      在公办学校就读的随迁子女数: 700,
    },
    schools: [
      primary('P001', '第一小学'),
      primary('P002', '城南小学', { 小学体育艺术专任教师数: 4 }),
      primary('P003', '石桥村小'),
      primary('P006', '第六小学'),
      primary('P007', '第七小学', { 小学县级及以上骨干教师数: 2 }),
      primary('P008', '第八小学', { 教学及辅助用房面积: 2300 }),
      junior('J001', '第一中学'),
      junior('J002', '第二中学'),
    ],
  });
  const later = yearBook({
    year: '2024',
    numbers: {
      实际交流轮岗教师数: 50,
      社会认可度: 90,
      优质高中分配到初中学校名额数: 2195,
      在公办学校就读的随迁子女数: 700,
    },
    mapping: [['P002', 'P102']],
    schools: [
      primary('P001', '第一小学', { 教学仪器设备值: 60 }),
      primary('P102', '城南实验小学'),
      primary('P004', '新区小学'),
      primary('P006', '第六小学', { 网络多媒体教室数: 30 }),
      primary('P007', '第七小学', { 小学县级及以上骨干教师数: 2 }),
      primary('P008', '第八小学', { 教学及辅助用房面积: 2300 }),
      junior('J001', '第一中学'),
      junior('J002', '第二中学', { 初中在校生数: 480 }),
    ],
  });
  return { earlier, later };
}
