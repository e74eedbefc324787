/**
 * The counties of seeds 000 (荣昌) and 001 (北碚) rebuilt as workbooks from the figures of REPORT.md §6: school rows
 * that give the reports' part counts and 资源配置 splits, and the 区县数据 of their item sentences.
 */
import type { CellValue, SheetGrid, WorkbookInput } from '../../src/engine/types';
import { SHEETS } from '../../src/engine/columns';
import { countyGrid, schoolGrid, settingsGrid, workbook } from '../support/grid';
import { SEED_000_COUNTY, SEED_001_COUNTY } from '../support/seedFigures';

type Row = Record<string, CellValue>;

/**
 * A 小学 of `p` pupils meeting every primary standard: 5 / 1.2 / 1.0 teachers per hundred, 5 m², 8 m², 2200 元 and
 * 2.5 rooms per hundred; one class in 12 with one 96 m² music and one 90 m² art room (G3 met).
 */
export function primary(code: string, extra: Row = {}, p = 500): Row {
  return {
    学校代码: code,
    学校名称: `${code}小学`,
    学校类型: '小学',
    小学在校生数: p,
    小学班级数: 12,
    小学超45人班级数: 0,
    小学专科及以上学历专任教师数: Math.ceil(p * 0.05),
    小学县级及以上骨干教师数: Math.ceil(p * 0.012),
    小学体育艺术专任教师数: Math.ceil(p * 0.01),
    教学及辅助用房面积: p * 5,
    体育运动场馆面积: p * 8,
    教学仪器设备值: (p * 2200) / 10000,
    网络多媒体教室数: Math.ceil(p * 0.025),
    '音乐专用教室数(≥96㎡)': 1,
    '美术专用教室数(≥90㎡)': 1,
    ...extra,
  };
}

/** An 初中 of 400 pupils meeting every junior standard (6.0, 1.25, 1.0; 6 m², 11 m², 2600 元, 2.5 rooms), G3 met. */
export function junior(code: string, extra: Row = {}): Row {
  return {
    学校代码: code,
    学校名称: `${code}初中`,
    学校类型: '初中',
    初中在校生数: 400,
    初中班级数: 12,
    初中超50人班级数: 0,
    初中本科及以上学历专任教师数: 24,
    初中县级及以上骨干教师数: 5,
    初中体育艺术专任教师数: 4,
    教学及辅助用房面积: 2400,
    体育运动场馆面积: 4400,
    教学仪器设备值: 104,
    网络多媒体教室数: 10,
    '音乐专用教室数(≥96㎡)': 1,
    '美术专用教室数(≥90㎡)': 1,
    ...extra,
  };
}

/**
 * A 完全中学: 400 junior and 300 senior students; facilities are shared J : 1.2 S, so the junior part gets 400/760
 * of them (5000 m² → 2631.6 m², 6.58 per pupil ≥ 5.8; 9000 m² → 11.84 ≥ 10.2; 220 万元 → 2894.7 元; 20 → 2.63 rooms).
 */
export function complete(code: string, extra: Row = {}): Row {
  return junior(code, {
    学校名称: `${code}中学`,
    学校类型: '完全中学',
    高中在校生数: 300,
    教学及辅助用房面积: 5000,
    体育运动场馆面积: 9000,
    教学仪器设备值: 220,
    网络多媒体教室数: 20,
    ...extra,
  });
}

/** A 九年一贯制 school: 500 primary and 400 junior pupils, each part meeting its standards after the split. */
export function combined(code: string, extra: Row = {}): Row {
  // W = 500 + 1.1 × 400 = 940: primary share 500/940, junior 440/940.
  return {
    ...primary(code),
    ...junior(code),
    学校名称: `${code}学校`,
    学校类型: '九年一贯制',
    小学在校生数: 500,
    小学班级数: 12,
    小学超45人班级数: 0,
    教学及辅助用房面积: 6000,
    体育运动场馆面积: 10000,
    教学仪器设备值: 240,
    网络多媒体教室数: 25,
    '音乐专用教室数(≥96㎡)': 2,
    '美术专用教室数(≥90㎡)': 2,
    ...extra,
  };
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** The 区县数据 of seed 000, as REPORT.md §6.1 gives them (salaries monthly × 12: the inputs are annual). */
export const RC_COUNTY: Record<string, CellValue> = {
  区县名称: '重庆市荣昌区',
  评估年度: '2024',
  ...SEED_000_COUNTY,
  特殊教育学校公用经费: 87,
  特殊教育学校在校生数: 126,
  教职工总数: 4923,
  工资收入表述口径: '月',
};

/**
 * Seed 000's 74 parts: 46 单设小学, 1 附设小学, 1 校区, 7 校点 of 60 pupils (小学 55) and 6 完全中学, 13 单设初中
 * (初中 19); a 教学点 of 30 pupils stays out. Three 小学 reach 90% of the L6 standard and one 95.7% of L7, so 表1
 * reads 52 (94.55) and 54 (98.18) while all 55 pass the per-school rule.
 */
export function rongchang(county: Record<string, CellValue> = {}): WorkbookInput {
  const rows: Row[] = range(46).map((i) => primary(`P${i}`));
  // 1800 元 per pupil is 90% of 2000: near, not met.
  for (const i of [0, 1, 2]) rows[i] = primary(`P${i + 1}`, { 教学仪器设备值: 90 });
  // 2.2 rooms per hundred is 95.7% of 2.3.
  rows[3] = primary('P4', { 网络多媒体教室数: 11 });
  rows.push(primary('F1', { 学校名称: '荣昌中学附设小学' }));
  rows.push(primary('X1', { 学校名称: '荣昌实验小学东校区' }));
  for (const i of range(7)) rows.push(primary(`D${i}`, { 学校类型: '教学点', 学校名称: `教学点${i}` }, 60));
  rows.push(primary('D0', { 学校类型: '教学点', 学校名称: '小教学点' }, 30));
  for (const i of range(6)) rows.push(complete(`W${i}`));
  for (const i of range(13)) rows.push(junior(`J${i}`));
  return workbook(schoolGrid(rows), countyGrid({ ...RC_COUNTY, ...county }));
}

/** The 区县数据 of seed 001 (REPORT.md §6.2), with the 1-decimal percentages the report uses. */
export const BB_COUNTY: Record<string, CellValue> = {
  区县名称: '重庆市北碚区',
  评估年度: '2023',
  ...SEED_001_COUNTY,
  农村寄宿制学校生均公用经费标准: 1500,
  随班就读和特殊教育学校学生生均公用经费标准: 6000,
  // The overview's count (the teacher-qualification passage says 4,425).
  专任教师总数: 4424,
  持有教师资格证的专任教师数: 4424,
  交流轮岗统计学年: '2022-2023',
  随迁子女统计时点: '2023年秋季',
  报告落款单位: '重庆市北碚区人民政府教育督导室',
  报告百分比小数位数: 1,
};

/**
 * Seed 001's 76 parts: 56 小学 and one 九年一贯制 (小学 57), 9 完全中学 and 9 初中 with the 一贯制's junior part
 * (初中 19). By 资源配置: one 小学 at 90% of the L5 standard (passes the rule), five at 80% (fail), the other 70
 * meet all seven. By G3 (built ≤2016: 53 schools, 54 parts with the 一贯制; after: 22): 18 old and 2 new schools
 * lack their music room, giving 36/54 and 20/22.
 */
export function beibei(county: Record<string, CellValue> = {}): WorkbookInput {
  const rows: Row[] = [combined('Y1', { 建成年份: 2008 })];
  for (const i of range(56)) rows.push(primary(`P${i}`));
  for (const i of range(9)) rows.push(complete(`W${i}`));
  for (const i of range(9)) rows.push(junior(`J${i}`));
  // 6.75 m² per pupil is 90% of 7.5; 6.0 is 80%.
  rows[1] = { ...rows[1], 体育运动场馆面积: 500 * 6.75 };
  for (const k of [2, 3, 4, 5, 6]) rows[k] = { ...rows[k], 体育运动场馆面积: 500 * 6 };
  // Rows 0–52 (the 一贯制 and 52 more) were built by 2016, rows 53–74 after.
  rows.forEach((r, k) => {
    r.建成年份 = k <= 52 ? 2010 : 2020;
    const lacksRoom = (k >= 35 && k <= 52) || k === 53 || k === 54;
    if (lacksRoom) r['音乐专用教室数(≥96㎡)'] = 0;
  });
  const quality: SheetGrid = {
    name: SHEETS.quality,
    values: [
      ['科目', '学段', '学业水平等级', '校际差异率'],
      ['数学', '小学', 'Ⅲ', 0.128],
      ['数学', '初中', 'Ⅲ', 0.109],
    ],
  };
  return workbook(
    schoolGrid(rows),
    countyGrid({ ...BB_COUNTY, ...county }),
    quality,
    settingsGrid({ 初中三年巩固率计算公式: '简单公式' }),
  );
}

/** 学校数据 every row of the audit counties carries, so that 教育质量指标四 is judged school by school. */
const BUDGET: Row = { 公用经费预算: 50, 教师培训经费: 3 };

/**
 * A county where every G and Q item that can fail does, with every kind of school part: failing (P5 at 80% of the
 * L5 standard), undecided (P6 without 教学仪器设备值, J5 without 骨干教师), a 九年一贯制 and a 十二年一贯制 school, a
 * 完全中学, and schools left out (a 教学点 of 30 pupils, a 特殊教育学校). P7's sports ground puts the 小学 L5
 * coefficient above 0.50. Self-assessed items are 未达标, 基本达标 and blank; 质量监测 misses both the level and the rate.
 */
export function troubled(): WorkbookInput {
  const rows: Row[] = range(8).map((i) => primary(`P${i}`, BUDGET));
  rows[0]['音乐专用教室数(≥96㎡)'] = 0;
  rows[1] = primary('P2', { ...BUDGET, 学校名称: 'P2大校', 小学班级数: 48 }, 2100);
  rows[2].小学超45人班级数 = 2;
  rows[3].教师培训经费 = 1;
  rows[4].体育运动场馆面积 = 500 * 6;
  rows[5].教学仪器设备值 = null;
  rows[6].体育运动场馆面积 = 40000;
  rows.push(combined('C1', BUDGET));
  rows.push(combined('C2', { ...BUDGET, 学校名称: 'C2十二年一贯制学校', 学校类型: '十二年一贯制', 高中在校生数: 300 }));
  rows.push(complete('W1', BUDGET));
  for (const i of range(4)) rows.push(junior(`J${i}`, BUDGET));
  rows.push(junior('J5', { ...BUDGET, 初中县级及以上骨干教师数: null }));
  rows.push(primary('D1', { 学校类型: '教学点', 学校名称: '教学点甲', 公用经费预算: 1, 教师培训经费: 0.1 }, 60));
  rows.push(primary('D2', { 学校类型: '教学点', 学校名称: '教学点乙', 公用经费预算: 8, 教师培训经费: 0.5 }, 30));
  rows.push(primary('S1', { 学校类型: '特殊教育学校', 学校名称: '特殊教育学校' }, 80));
  const county = countyGrid({
    ...RC_COUNTY,
    区县名称: '重庆市甲县',
    特殊教育学校公用经费: 50,
    教师年平均工资收入: 150000,
    公务员年平均工资收入: 158352,
    完成5年360学时培训的专任教师数: 4000,
    持有教师资格证的专任教师数: 4383,
    实际交流轮岗教师数: 50,
    交流轮岗骨干教师数: 5,
    小学就近划片入学比例: 98,
    优质高中分配到初中学校名额数: 2000,
    在公办学校就读的随迁子女数: 1500,
    在政府购买服务民办学校就读的随迁子女数: 300,
    初中毕业生数: 7800,
    特殊教育学校就读残疾儿童少年数: 80,
    社会认可度: 80,
    规划布局合理: '未达标',
    四统一: '基本达标',
    编制岗位统筹: '达标',
    章程与信息化: '基本达标',
    信息化教学: '未达标',
    德育与校园文化: '达标',
    课程开齐开足: '达标',
    质量监测年度: 2023,
    质量监测级别: '市级',
  });
  const quality: SheetGrid = {
    name: SHEETS.quality,
    values: [
      ['科目', '学段', '学业水平等级', '校际差异率'],
      ['数学', '小学', 'Ⅱ', 0.12],
      ['语文', '小学', 'Ⅳ', 0.1],
      ['科学', '初中', 'Ⅲ', 0.18],
    ],
  };
  return workbook(schoolGrid(rows), county, quality);
}

/**
 * A county where every item passes: 荣昌's figures, every self-assessment 达标, every school with its budgets, a
 * small 教学点 funded for 100 pupils, a 九年一贯制 school, 质量监测 within the limits, and the sample 履职数据.
 */
export function exemplary(duties: SheetGrid): WorkbookInput {
  const rows: Row[] = range(10).map((i) => primary(`P${i}`, BUDGET));
  rows.push(combined('C1', BUDGET));
  for (const i of range(5)) rows.push(junior(`J${i}`, BUDGET));
  rows.push(primary('D1', { 学校类型: '教学点', 学校名称: '教学点甲', 公用经费预算: 9, 教师培训经费: 0.5 }, 60));
  const self = ['规划布局合理', '四统一', '编制岗位统筹', '章程与信息化', '信息化教学', '德育与校园文化'];
  const county = countyGrid({
    ...RC_COUNTY,
    区县名称: '重庆市乙县',
    ...Object.fromEntries([...self, '课程开齐开足', '无过重课业负担'].map((k) => [k, '达标'])),
    社会认可度: 95,
    质量监测年度: 2022,
    质量监测级别: '国家',
  });
  const quality: SheetGrid = {
    name: SHEETS.quality,
    values: [
      ['科目', '学段', '学业水平等级', '校际差异率'],
      ['数学', '小学', 'Ⅲ', 0.12],
      ['数学', '初中', 'Ⅳ', 0.1],
    ],
  };
  return workbook(schoolGrid(rows), county, quality, duties);
}
