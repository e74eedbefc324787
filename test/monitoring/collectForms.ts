/**
 * The forms of the collect tests, in the layout of the city form: three schools (one a 九年一贯制 without the
 * teacher split), a workbook that is not a school form, one that cannot be read, and a user 字段对照.
 */
import type { FormSource } from '../../src/engine/monitoring/collect';
import type { CellValue, SheetGrid } from '../../src/engine/types';
import { cityForm, type CityFormOptions } from './cityForm';

/** A 小学 of 600 pupils with every item of the city form filled. */
export const PRIMARY: Record<string, CellValue> = {
  学校名称: '城南小学',
  学校类型: '完小',
  学校代码: '2150001001',
  建校时间: '1998年',
  是否2016年及之前规划并建成: '是',
  是否人口密度过高的大城市中心城区学校: '否',
  小学学生人数: 600,
  进城务工人员随迁子女在校生人数: 30,
  '家庭住址在划片范围内的在校学生人数（小学）': 590,
  班级总数: 14,
  '每班41-45人班级个数': 5,
  '每班46-50人班级个数': 2,
  '每班51-55人班级个数': 1,
  '每班56-60人班级个数': 0,
  '每班61-65人班级个数': 0,
  每班66人以上班级个数: 0,
  专任教师总人数: 40,
  '专科学历教师人数（小学）': 5,
  '本科学历教师人数（小学）': 20,
  '硕士学历教师人数（小学）': 2,
  '博士研究生学历教师人数（小学）': 0,
  县级及以上骨干教师数: 7,
  体育专任教师人数: 3,
  音乐专任教师人数: 2,
  美术专任教师人数: 2,
  艺术专任教师人数: 0,
  教学及辅助用房总面积: 3000,
  室内体育用房面积: 200,
  学校体育馆面积: 800,
  校内体育场面积: 4000,
  '教学仪器设备资产值（账面原值）': 132,
  网络多媒体教室间数: 15,
  '单间面积≥96㎡的音乐教室间数': 1,
  '73㎡≤单间面积＜96㎡的音乐教室间数': 1,
  '单间面积≥90㎡的美术教室间数': 1,
  '67㎡≤单间面积＜90㎡的美术教室间数': 0,
  上一年度公用经费预算总额: 60,
  上一年度公用经费决算总额: 58,
  上一年度教师培训经费预算总额: 3.2,
};

/** Form A: two title rows, aliases, a province's own name for 学校体育馆面积, 网络多媒体教室间数 left out. */
export const FORM_A: CityFormOptions = {
  title: ['某市义务教育学校办学条件填报表（2024年）', '填报单位：城南小学（盖章）'],
  rename: { 学校代码: '学校标识码', 学校体育馆面积: '风雨操场面积' },
  omit: ['网络多媒体教室间数'],
};

/** Form B: money in 元 (one figure with thousands separators), area in ㎡, and a figure that is not a number. */
export const FORM_B_VALUES: Record<string, CellValue> = {
  ...PRIMARY,
  学校名称: '城北小学',
  学校类型: '小学',
  学校代码: 2150001002,
  建校时间: 2005,
  '教学仪器设备资产值（账面原值）': '1,320,000',
  上一年度公用经费预算总额: 612000,
  教学及辅助用房总面积: 3100,
  室内体育用房面积: '约200',
};
export const FORM_B: CityFormOptions = {
  units: { '教学仪器设备资产值（账面原值）': '元', 上一年度公用经费预算总额: '元', 教学及辅助用房总面积: '㎡' },
};

/** Form C: a 九年一贯制 school whose 学历 items are split by 学段 but whose other teachers and classes are not. */
export const FORM_C_VALUES: Record<string, CellValue> = {
  ...PRIMARY,
  学校名称: '新城九年一贯制学校',
  学校类型: '九年一贯制学校',
  学校代码: '2150002001',
  小学学生人数: 800,
  初中学生人数: 600,
  '家庭住址在划片范围内的在校学生人数（初中）': 580,
  班级总数: 30,
  '专科学历教师人数（小学）': 10,
  '本科学历教师人数（小学）': 30,
  '硕士学历教师人数（小学）': 2,
  '博士研究生学历教师人数（小学）': 0,
  '本科学历教师人数（初中）': 35,
  '硕士学历教师人数（初中）': 4,
  '博士研究生学历教师人数（初中）': 0,
  县级及以上骨干教师数: 12,
  体育专任教师人数: 5,
  音乐专任教师人数: 3,
  美术专任教师人数: 3,
  艺术专任教师人数: 1,
};

/** 字段对照 of the user: 风雨操场面积 is this province's 学校体育馆面积; the second line names no known item. */
export const MAPPING: SheetGrid = {
  name: '字段对照',
  values: [
    ['表中项目', '对应项目', '说明'],
    ['风雨操场面积', '学校体育馆面积', null],
    ['操场面积', '操场', null],
  ],
};

/** The second sheet of the city form: not a school form. */
export const NOT_A_FORM: SheetGrid = {
  name: '指标计算说明',
  values: [
    ['指标名称', '计算公式', '达标标准'],
    ['生均教学及辅助用房面积', '(教学及辅助用房总面积-室内体育用房面积)÷学生人数', '小学>=4.5平方米'],
  ],
};

export function sources(): FormSource[] {
  return [
    { file: 'A.xlsx', workbook: { sheets: [cityForm(PRIMARY, FORM_A)] } },
    { file: 'B.xlsx', workbook: { sheets: [cityForm(FORM_B_VALUES, FORM_B)] } },
    { file: 'C.xlsx', workbook: { sheets: [cityForm(FORM_C_VALUES)] } },
    { file: '说明.xlsx', workbook: { sheets: [NOT_A_FORM] } },
    { file: '坏文件.xlsx', error: '不是有效的 .xlsx 工作簿：坏文件.xlsx' },
  ];
}
