/**
 * School forms in the layout of the city form (`学校填报表格.xlsx` of the reference): 序号 | 类别 | 填报项目 | 单位 |
 * 填报值 | 是否必填, one school per sheet, items in the city form's order with its units. Tests fill the values by
 * item name and may add title rows, rename items, change units or leave items out.
 */
import type { CellValue, SheetGrid } from '../../src/engine/types';

/** The city form's items (类别, 填报项目, 单位), in its order. */
export const CITY_FORM_ITEMS: readonly (readonly [string, string, string])[] = [
  ['基本信息', '学校名称', ''],
  ['基本信息', '学校类型', '小学/初中/九年一贯制/十二年一贯制/完全中学'],
  ['基本信息', '学校代码', ''],
  ['基本信息', '建校时间', '年'],
  ['基本信息', '是否2016年及之前规划并建成', '是/否'],
  ['基本信息', '是否人口密度过高的大城市中心城区学校', '是/否'],
  ['学生信息', '小学学生人数', '人'],
  ['学生信息', '初中学生人数', '人'],
  ['学生信息', '进城务工人员随迁子女在校生人数', '人'],
  ['学生信息', '家庭住址在划片范围内的在校学生人数（小学）', '人'],
  ['学生信息', '家庭住址在划片范围内的在校学生人数（初中）', '人'],
  ['班级信息', '班级总数', '个'],
  ['班级信息', '每班41-45人班级个数', '个'],
  ['班级信息', '每班46-50人班级个数', '个'],
  ['班级信息', '每班51-55人班级个数', '个'],
  ['班级信息', '每班56-60人班级个数', '个'],
  ['班级信息', '每班61-65人班级个数', '个'],
  ['班级信息', '每班66人以上班级个数', '个'],
  ['教师学历信息', '专任教师总人数', '人'],
  ['教师学历信息', '专科学历教师人数（小学）', '人'],
  ['教师学历信息', '本科学历教师人数（小学）', '人'],
  ['教师学历信息', '本科学历教师人数（初中）', '人'],
  ['教师学历信息', '硕士学历教师人数（小学）', '人'],
  ['教师学历信息', '硕士学历教师人数（初中）', '人'],
  ['教师学历信息', '博士研究生学历教师人数（小学）', '人'],
  ['教师学历信息', '博士研究生学历教师人数（初中）', '人'],
  ['教师学历信息', '县级及以上骨干教师数', '人'],
  ['体育艺术教师', '体育专任教师人数', '人'],
  ['体育艺术教师', '音乐专任教师人数', '人'],
  ['体育艺术教师', '美术专任教师人数', '人'],
  ['体育艺术教师', '艺术专任教师人数', '人'],
  ['教学用房面积', '教学及辅助用房总面积', '平方米'],
  ['教学用房面积', '室内体育用房面积', '平方米'],
  ['体育场馆面积', '学校体育馆面积', '平方米'],
  ['体育场馆面积', '校内体育场面积', '平方米'],
  ['体育场馆面积', '校外租赁场馆面积', '平方米'],
  ['体育场馆面积', '校内其他体育场面积', '平方米'],
  ['教学设备', '教学仪器设备资产值（账面原值）', '万元'],
  ['教学设备', '网络多媒体教室间数', '间'],
  ['音乐美术教室', '单间面积≥96㎡的音乐教室间数', '间'],
  ['音乐美术教室', '73㎡≤单间面积＜96㎡的音乐教室间数', '间'],
  ['音乐美术教室', '单间面积≥90㎡的美术教室间数', '间'],
  ['音乐美术教室', '67㎡≤单间面积＜90㎡的美术教室间数', '间'],
  ['经费信息', '上一年度公用经费预算总额', '万元'],
  ['经费信息', '上一年度公用经费决算总额', '万元'],
  ['经费信息', '上一年度教师培训经费预算总额', '万元'],
  ['巩固率数据', '本届毕业学生人数', '人'],
];

export interface CityFormOptions {
  sheet?: string;
  /** Text rows above the header (a title, 填报单位 …). */
  title?: string[];
  /** Items left out of the form. */
  omit?: string[];
  /** Items written under another name (an alias, or a province's own name). */
  rename?: Record<string, string>;
  /** Units written differently from the city form's. */
  units?: Record<string, string>;
}

/** One school's form as a grid; `values` by the city form's item name, absent items left blank. */
export function cityForm(values: Record<string, CellValue>, opts: CityFormOptions = {}): SheetGrid {
  const rows: CellValue[][] = (opts.title ?? []).map((t) => [t]);
  rows.push(['序号', '类别', '填报项目', '单位', '填报值', '是否必填']);
  let n = 0;
  for (const [category, item, unit] of CITY_FORM_ITEMS) {
    if (opts.omit?.includes(item)) continue;
    n++;
    rows.push([n, category, opts.rename?.[item] ?? item, opts.units?.[item] ?? unit, values[item] ?? null, '是']);
  }
  return { name: opts.sheet ?? '学校填报数据', values: rows };
}

/** The row (1-based, as Excel shows it) of an item on a form built by cityForm with the same options. */
export function formRow(item: string, opts: CityFormOptions = {}): number {
  const kept = CITY_FORM_ITEMS.filter(([, name]) => !opts.omit?.includes(name));
  return (opts.title?.length ?? 0) + 2 + kept.findIndex(([, name]) => name === item);
}
