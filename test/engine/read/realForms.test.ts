/**
 * Real forms name things differently from the template: the city's school form (学校填报表格) and county form
 * (区县填报表格) words, 九年制, a county sheet under another name, units in a 单位 column, and figures whose size
 * says the unit is wrong.
 */
import { FIELD_AT, figure, type CountyInput } from '../../../src/engine/model';
import { readWorkbookInput } from '../../../src/engine/read';
import type { CellValue, SheetGrid } from '../../../src/engine/types';
import { countyCell, countyGrid, schoolGrid, settingsGrid, workbook } from '../../support/grid';
import { SETTING_DEFS } from '../../../src/engine/settings';

function read(...sheets: SheetGrid[]): CountyInput {
  const out = readWorkbookInput(workbook(...sheets));
  if (!out.ok) throw new Error(out.reason);
  return out.input;
}

const basic = schoolGrid([{ 学校代码: '1', 学校名称: '一小', 学校类型: '小学', 小学在校生数: 500 }]);

/** The city school form's item names, used as the column headers of a school sheet, one school per row. */
const CITY_HEADERS = [
  '学校名称',
  '学校类型',
  '学校代码',
  '建校时间',
  '小学学生人数',
  '初中学生人数',
  '进城务工人员随迁子女在校生人数',
  '家庭住址在划片范围内的在校学生人数（小学）',
  '家庭住址在划片范围内的在校学生人数（初中）',
  '专科学历教师人数（小学）',
  '本科学历教师人数（小学）',
  '本科学历教师人数（初中）',
  '硕士学历教师人数（小学）',
  '硕士学历教师人数（初中）',
  '博士研究生学历教师人数（小学）',
  '博士研究生学历教师人数（初中）',
  '县级及以上骨干教师数（小学）',
  '县级及以上骨干教师数（初中）',
  '体育专任教师人数（小学）',
  '音乐专任教师人数（小学）',
  '美术专任教师人数（小学）',
  '艺术专任教师人数（小学）',
  '体育专任教师人数（初中）',
  '音乐专任教师人数（初中）',
  '美术专任教师人数（初中）',
  '教学及辅助用房总面积（平方米）',
  '室内体育用房面积（平方米）',
  '学校体育馆面积（平方米）',
  '校内体育场面积（平方米）',
  '教学仪器设备资产值（账面原值）（万元）',
  '网络多媒体教室间数（间）',
  '单间面积≥96㎡的音乐教室间数',
  '73㎡≤单间面积＜96㎡的音乐教室间数',
  '单间面积≥90㎡的美术教室间数',
  '67㎡≤单间面积＜90㎡的美术教室间数',
  '上一年度公用经费预算总额（万元）',
  '上一年度教师培训经费预算总额（万元）',
];

function cityGrid(rows: CellValue[][]): SheetGrid {
  return { name: '学校填报数据', values: [CITY_HEADERS, ...rows] };
}

describe("the city school form's item names are recognised as school-sheet headers", () => {
  // A 九年一贯制 school, typed 九年制: 166 primary and 210 junior students (RULES.md's splitting example).
  const row: CellValue[] = [
    '城南九年制学校',
    '九年制',
    'A01',
    2008,
    166,
    210,
    30,
    160,
    200,
    4,
    6,
    11,
    1,
    2,
    0,
    1,
    3,
    4,
    2,
    1,
    1,
    '',
    3,
    2,
    2,
    2300,
    300,
    800,
    5200,
    120.5,
    9,
    2,
    1,
    1,
    1,
    85,
    4.5,
  ];
  const input = read(cityGrid([row]));
  const s = input.schools[0];
  const f = (key: keyof typeof FIELD_AT): number => figure(s, FIELD_AT[key]);

  it('reads 小学学生人数, 初中学生人数 and the other basic items', () => {
    expect(s).toMatchObject({ code: 'A01', name: '城南九年制学校', type: '九年一贯制', builtYear: 2008 });
    expect([f('primaryStudents'), f('juniorStudents'), f('migrantStudents')]).toEqual([166, 210, 30]);
    expect([f('primaryZoned'), f('juniorZoned')]).toEqual([160, 200]);
  });

  it('sums the degree columns: 小学 专科+本科+硕士+博士 = 4+6+1+0, 初中 本科+硕士+博士 = 11+2+1', () => {
    expect(f('primaryDegreeTeachers')).toBe(11);
    expect(f('juniorDegreeTeachers')).toBe(14);
  });

  it('reads 骨干 per 学段 and sums 体育/音乐/美术 (+ a blank 艺术, which adds 0)', () => {
    expect([f('primaryBackbone'), f('juniorBackbone')]).toEqual([3, 4]);
    expect(f('primaryPeArt')).toBe(4);
    expect(f('juniorPeArt')).toBe(7);
  });

  it('sums 体育馆 + 体育场 into 体育运动场馆面积 and reads rooms, equipment and budgets', () => {
    expect([f('teachingArea'), f('indoorSportsArea'), f('sportsArea')]).toEqual([2300, 300, 6000]);
    expect(f('equipmentValue')).toBe(1205000);
    expect([f('mediaRooms'), f('music96'), f('music73'), f('art90'), f('art67')]).toEqual([9, 2, 1, 1, 1]);
    expect([f('publicBudget'), f('trainingBudget')]).toEqual([85, 4.5]);
  });

  it('reports no missing column and no data error for the row', () => {
    expect(input.issues.filter((i) => i.sheet === '学校填报数据' && i.severity === 'error')).toEqual([]);
  });
});

describe('九年制 is accepted for 九年一贯制', () => {
  it('reads the type, with no unknown-type error', () => {
    const g = schoolGrid([
      { 学校代码: '9', 学校名称: '九校', 学校类型: '九年制', 小学在校生数: 300, 初中在校生数: 200 },
    ]);
    const input = read(g);
    expect(input.schools[0].type).toBe('九年一贯制');
    expect(input.issues.filter((i) => i.code === 'unknown-type')).toEqual([]);
  });
});

describe('a 完全中学 with primary students is warned', () => {
  it('names the 小学在校生数 cell and says the students count nowhere', () => {
    const g = schoolGrid([
      {
        学校代码: 'W',
        学校名称: '一中',
        学校类型: '完全中学',
        小学在校生数: 120,
        初中在校生数: 900,
        高中在校生数: 1200,
      },
    ]);
    const warned = read(g).issues.filter((i) => i.code === 'primary-in-complete-school');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ severity: 'warning', sheet: '学校基础数据', cell: 'I2' });
    expect(warned[0].message).toContain('完全中学填了小学在校生数 120 人');
  });
});

/** The city county form: 序号 | 类别 | 填报项目 | 单位 | 填报值, on a sheet named 区县填报数据. */
function cityCountyGrid(items: [string, string, CellValue][]): SheetGrid {
  const values: CellValue[][] = [['序号', '类别', '填报项目', '单位', '填报值', '是否必填', '备注说明']];
  items.forEach(([label, unit, v], i) => values.push([i + 1, '', label, unit, v, '是', null]));
  return { name: '区县填报数据', values };
}

describe('the city county form: found by its items, read by its words and its 单位 column', () => {
  const g = cityCountyGrid([
    ['区县名称', '', '城南区'],
    ['填报年度', '', 2024],
    ['规定的小学生均公用经费标准', '元', 1150],
    ['规定的初中生均公用经费标准', '元', 1350],
    ['特殊教育学校经费总额', '元', 1040000],
    ['特殊教育学校学生人数', '人', 130],
    ['上年度义务教育学校教师年平均工资收入水平（不含民办学校）', '万元', 12.6],
    ['当地公务员年平均工资收入', '万元', 12.1],
    ['符合交流条件教师总数', '人', 610],
    ['实际交流轮岗教师数', '人', 273],
    ['实际交流骨干教师数量', '人', 103],
    ['优质高中招生计划总人数', '人', 4220],
    ['优质高中招生分配指标数', '人', 3389],
    ['符合条件的随迁子女总人数', '人', 5000],
    ['在县域内公办学校就读的随迁子女人数', '人', 4300],
    ['在政府购买服务的民办学校就读随迁子女人数', '人', 200],
    ['适龄残疾儿童少年总数', '人', 496],
  ]);
  const c = read(basic, g).county;

  it('finds the sheet named 区县填报数据 by its items', () => {
    expect(c.sheet).toBe('区县填报数据');
    expect([c.name, c.year]).toEqual(['城南区', '2024']);
  });

  it('converts by the 单位 column: 1,040,000 元 → 104 万元, salaries 12.6 万元 → 126,000 元', () => {
    expect(c.numbers.specialSchoolFunding).toEqual({ value: 104, cell: 'E6' });
    expect(c.numbers.teacherAvgSalary.value).toBe(126000);
    expect(c.numbers.civilServantAvgSalary.value).toBe(121000);
  });

  it('reads the other items by their form names', () => {
    const n = c.numbers;
    expect([n.primaryFundingNorm.value, n.juniorFundingNorm.value, n.specialSchoolStudents.value]).toEqual([
      1150, 1350, 130,
    ]);
    expect([n.rotationEligible.value, n.rotationActual.value, n.rotationBackbone.value]).toEqual([610, 273, 103]);
    expect([n.qualityHighSchoolQuota.value, n.qualityHighSchoolAllocated.value]).toEqual([4220, 3389]);
    expect([n.migrantEligible.value, n.migrantPublic.value, n.migrantPurchased.value]).toEqual([5000, 4300, 200]);
    expect(n.disabledTotal.value).toBe(496);
  });
});

describe('unit-implausible county figures are warned', () => {
  it('870000 in 特殊教育学校公用经费 (万元) for 145 pupils: 60,000,000 元 per pupil, warned on its cell', () => {
    const g = countyGrid({ 特殊教育学校公用经费: 870000, 特殊教育学校在校生数: 145 });
    const input = read(basic, g);
    const warned = input.issues.filter((i) => i.code === 'implausible-unit');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({
      severity: 'warning',
      sheet: '区县数据',
      cell: countyCell(g, '特殊教育学校公用经费'),
    });
    expect(warned[0].message).toContain('特殊教育学校每生公用经费 60,000,000.00 元');
    expect(warned[0].message).toContain('870000 元应填 87');
  });

  it('87 万元 for 126 pupils (seed 000: 6,904.76 元 per pupil) and salaries in 元 pass without a warning', () => {
    const g = countyGrid({
      特殊教育学校公用经费: 87,
      特殊教育学校在校生数: 126,
      教师年平均工资收入: 126000,
      公务员年平均工资收入: 121000,
    });
    expect(read(basic, g).issues.filter((i) => i.code === 'implausible-unit')).toEqual([]);
  });

  it('a salary typed in 万元 (12.6) into the 元 row is warned', () => {
    const g = countyGrid({ 教师年平均工资收入: 12.6 });
    const warned = read(basic, g).issues.filter((i) => i.code === 'implausible-unit');
    expect(warned.map((w) => w.message)).toEqual([
      `“区县数据”表 ${countyCell(g, '教师年平均工资收入')} 单元格：“教师年平均工资收入”填写的数值折合教师年平均工资 12.60 元，超出常见范围，可能把以万元为单位的金额填进了以元为单位的行（如 12.5 万元应填 125000）；请核对单位。`,
    ]);
  });
});

describe('a deleted row of 评估标准 is warned', () => {
  it('lists the missing rows with the defaults used', () => {
    const rows: Record<string, CellValue> = {};
    for (const d of SETTING_DEFS)
      if (d.key !== 'G7') rows[d.label] = typeof d.default === 'boolean' ? (d.default ? '是' : '否') : d.default;
    const input = read(basic, settingsGrid(rows));
    const warned = input.issues.filter((i) => i.code === 'setting-row-missing');
    expect(warned).toHaveLength(1);
    const g7 = SETTING_DEFS.find((d) => d.key === 'G7')!;
    expect(warned[0].message).toContain(`缺少 1 行设置，按默认值计算：${g7.label}（6000）`);
  });

  it('a complete sheet gives no such warning', () => {
    const rows: Record<string, CellValue> = {};
    for (const d of SETTING_DEFS)
      rows[d.label] = typeof d.default === 'boolean' ? (d.default ? '是' : '否') : d.default;
    expect(read(basic, settingsGrid(rows)).issues.filter((i) => i.code === 'setting-row-missing')).toEqual([]);
  });
});
