/**
 * Every threshold and switch of RULES.md, one row each of the `评估标准` sheet.
 * The table below is the single source: the template writes it, the reader reads it back,
 * and the calculators only ever see a `Settings` object built from it.
 */

export type SettingKind = 'number' | 'percent' | 'boolean' | 'choice';

export interface SettingDef<K extends string = string> {
  key: K;
  /** 设置项: the text in column A of `评估标准`. */
  label: string;
  kind: SettingKind;
  /** Percent settings are fractions here (0.95) and shown as 95% on the sheet. */
  default: number | boolean | string;
  /** Allowed values of a `choice` setting (written as a drop-down list). */
  choices?: readonly string[];
  /** 说明: where the figure comes from and what it governs. */
  note: string;
}

/** Which formula Q1 (初中三年巩固率) uses; see RULES.md §3. */
export const Q1_FORMULAS = ['标准公式', '简单公式', '扣除转入公式'] as const;
export type Q1Formula = (typeof Q1_FORMULAS)[number];

const def = <K extends string>(d: SettingDef<K>): SettingDef<K> => d;

/** The settings table, in the order the sheet lists them. */
export const SETTING_DEFS = [
  def({
    key: 'L1.primary',
    label: '小学每百名学生拥有高于规定学历教师数标准',
    kind: 'number',
    default: 4.2,
    note: '人，办法第七条（1）',
  }),
  def({
    key: 'L1.junior',
    label: '初中每百名学生拥有高于规定学历教师数标准',
    kind: 'number',
    default: 5.3,
    note: '人',
  }),
  def({
    key: 'L2.primary',
    label: '小学每百名学生拥有县级及以上骨干教师数标准',
    kind: 'number',
    default: 1.0,
    note: '人',
  }),
  def({
    key: 'L2.junior',
    label: '初中每百名学生拥有县级及以上骨干教师数标准',
    kind: 'number',
    default: 1.0,
    note: '人',
  }),
  def({
    key: 'L3.primary',
    label: '小学每百名学生拥有体育、艺术专任教师数标准',
    kind: 'number',
    default: 0.9,
    note: '人',
  }),
  def({
    key: 'L3.junior',
    label: '初中每百名学生拥有体育、艺术专任教师数标准',
    kind: 'number',
    default: 0.9,
    note: '人',
  }),
  def({ key: 'L4.primary', label: '小学生均教学及辅助用房面积标准', kind: 'number', default: 4.5, note: '平方米' }),
  def({ key: 'L4.junior', label: '初中生均教学及辅助用房面积标准', kind: 'number', default: 5.8, note: '平方米' }),
  def({ key: 'L5.primary', label: '小学生均体育运动场馆面积标准', kind: 'number', default: 7.5, note: '平方米' }),
  def({ key: 'L5.junior', label: '初中生均体育运动场馆面积标准', kind: 'number', default: 10.2, note: '平方米' }),
  def({ key: 'L6.primary', label: '小学生均教学仪器设备值标准', kind: 'number', default: 2000, note: '元' }),
  def({ key: 'L6.junior', label: '初中生均教学仪器设备值标准', kind: 'number', default: 2500, note: '元' }),
  def({ key: 'L7.primary', label: '小学每百名学生拥有网络多媒体教室数标准', kind: 'number', default: 2.3, note: '间' }),
  def({ key: 'L7.junior', label: '初中每百名学生拥有网络多媒体教室数标准', kind: 'number', default: 2.4, note: '间' }),
  def({
    key: 'nearFloor',
    label: '余项最低达到标准的比例',
    kind: 'percent',
    default: 0.85,
    note: '每所学校至少6项达标，余项不低于标准的85%',
  }),
  def({
    key: 'cvLimit.primary',
    label: '小学校际差异系数上限',
    kind: 'number',
    default: 0.5,
    note: '每项指标均不高于',
  }),
  def({
    key: 'cvLimit.junior',
    label: '初中校际差异系数上限',
    kind: 'number',
    default: 0.45,
    note: '每项指标均不高于',
  }),
  def({
    key: 'smallSchoolFloor',
    label: '不参评的小规模学校人数（少于）',
    kind: 'number',
    default: 50,
    note: '学生少于此数的教学点不纳入资源配置评估',
  }),
  def({
    key: 'smallSchoolFloorAllTypes',
    label: '小规模不参评适用于所有学校类型',
    kind: 'boolean',
    default: false,
    note: '否：只适用于教学点',
  }),
  def({ key: 'includePrivate', label: '民办学校纳入资源配置评估', kind: 'boolean', default: true, note: '' }),
  def({
    key: 'subtractIndoorSports',
    label: '教学及辅助用房面积扣除室内体育用房面积',
    kind: 'boolean',
    default: true,
    note: '室内体育用房计入体育运动场馆时扣除，避免重复计算',
  }),
  def({
    key: 'addRentedSportsArea',
    label: '中心城区高密度学校计入校外租赁及改造运动场地',
    kind: 'boolean',
    default: false,
    note: '规程放宽条款',
  }),
  def({
    key: 'ruralPeArtRelaxation',
    label: '乡村50-99人学校体育艺术教师计入交流轮岗走教教师',
    kind: 'boolean',
    default: false,
    note: '规程放宽条款',
  }),
  def({
    key: 'split.junior',
    label: '分摊权重：初中学生（小学=1）',
    kind: 'number',
    default: 1.1,
    note: '九年一贯制、十二年一贯制分摊设施',
  }),
  def({
    key: 'split.senior',
    label: '分摊权重：高中学生（小学=1）',
    kind: 'number',
    default: 1.32,
    note: '十二年一贯制分摊设施',
  }),
  def({
    key: 'split.completeSenior',
    label: '分摊权重：完全中学高中学生（初中=1）',
    kind: 'number',
    default: 1.2,
    note: '完全中学分摊设施',
  }),
  def({
    key: 'G3.classesPerRoom',
    label: '音乐、美术专用教室配置：每多少个班1间',
    kind: 'number',
    default: 12,
    note: '',
  }),
  def({ key: 'G3.musicArea', label: '音乐专用教室面积标准', kind: 'number', default: 96, note: '平方米' }),
  def({ key: 'G3.artArea', label: '美术专用教室面积标准', kind: 'number', default: 90, note: '平方米' }),
  def({
    key: 'G3.oldBuildingRelaxation',
    label: '2016年及以前建成学校按73/67平方米评估',
    kind: 'boolean',
    default: false,
    note: '规程放宽条款',
  }),
  def({
    key: 'G3.oldBuildingYear',
    label: '专用教室面积放宽适用的建成年份（含）',
    kind: 'number',
    default: 2016,
    note: '',
  }),
  def({ key: 'G4.single', label: '小学、初中学校规模上限', kind: 'number', default: 2000, note: '人' }),
  def({
    key: 'G4.combined',
    label: '九年一贯制、十二年一贯制学校义务教育阶段规模上限',
    kind: 'number',
    default: 2500,
    note: '人',
  }),
  def({
    key: 'G4.relaxation',
    label: '老校及随迁子女占比高的学校规模放宽',
    kind: 'boolean',
    default: false,
    note: '规程放宽条款',
  }),
  def({ key: 'G4.relaxedSingle', label: '放宽后小学、初中规模上限', kind: 'number', default: 2400, note: '人' }),
  def({ key: 'G4.relaxedCombined', label: '放宽后九年一贯制学校规模上限', kind: 'number', default: 3000, note: '人' }),
  def({ key: 'G4.oldBuildingYear', label: '规模放宽适用的建成年份（含）', kind: 'number', default: 2010, note: '' }),
  def({ key: 'G4.migrantShare', label: '规模放宽适用的随迁子女占比（超过）', kind: 'percent', default: 0.5, note: '' }),
  def({
    key: 'G6.students',
    label: '按此人数核定公用经费的小规模学校（不足）',
    kind: 'number',
    default: 100,
    note: '人',
  }),
  def({ key: 'G7', label: '特殊教育学校生均公用经费标准', kind: 'number', default: 6000, note: '元' }),
  def({ key: 'G9', label: '教师5年360学时培训完成率标准', kind: 'percent', default: 1, note: '' }),
  def({
    key: 'G11.rotation',
    label: '交流轮岗教师比例标准',
    kind: 'percent',
    default: 0.1,
    note: '占符合交流条件教师总数',
  }),
  def({
    key: 'G11.backbone',
    label: '交流轮岗骨干教师比例标准',
    kind: 'percent',
    default: 0.2,
    note: '占交流轮岗教师总数',
  }),
  def({ key: 'G12', label: '专任教师持证上岗率标准', kind: 'percent', default: 1, note: '' }),
  def({ key: 'G13.primary', label: '小学就近划片入学比例标准', kind: 'percent', default: 1, note: '' }),
  def({ key: 'G13.junior', label: '初中就近划片入学比例标准', kind: 'percent', default: 0.95, note: '' }),
  def({ key: 'G14', label: '优质高中招生名额分配比例标准', kind: 'percent', default: 0.5, note: '' }),
  def({
    key: 'G15',
    label: '随迁子女在公办学校和政府购买服务民办学校就读比例标准',
    kind: 'percent',
    default: 0.85,
    note: '',
  }),
  def({ key: 'Q1', label: '初中三年巩固率标准', kind: 'percent', default: 0.95, note: '' }),
  def({
    key: 'Q1.formula',
    label: '初中三年巩固率计算公式',
    kind: 'choice',
    default: '标准公式',
    choices: Q1_FORMULAS,
    note: '标准公式：毕业生数÷(三年前初一在校生数+转入−转出−死亡)；简单公式：毕业生数÷三年前初一在校生数；扣除转入公式：(毕业生数−转入+转出)÷(三年前初一在校生数−死亡)',
  }),
  def({ key: 'Q2', label: '残疾儿童少年入学率标准', kind: 'percent', default: 0.95, note: '' }),
  def({ key: 'Q4', label: '教师培训经费占公用经费预算比例标准', kind: 'percent', default: 0.05, note: '' }),
  def({ key: 'Q9.level', label: '质量监测学业水平最低等级', kind: 'number', default: 3, note: 'Ⅲ级' }),
  def({ key: 'Q9.rate', label: '质量监测校际差异率上限（低于）', kind: 'number', default: 0.15, note: '' }),
  def({ key: 'S1', label: '社会认可度标准', kind: 'percent', default: 0.85, note: '' }),
] as const;

export type SettingKey = (typeof SETTING_DEFS)[number]['key'];

/** The settings in force for a run: every key of the table, with the user's value or the default. */
export type Settings = { readonly [K in SettingKey]: number | boolean | string };

/** The defaults of RULES.md. */
export function defaultSettings(): Settings {
  const s: Record<string, number | boolean | string> = {};
  for (const d of SETTING_DEFS) s[d.key] = d.default;
  return s as Settings;
}

/** Reads a numeric setting (number and percent kinds). */
export function num(s: Settings, key: SettingKey): number {
  const v = s[key];
  if (typeof v !== 'number') throw new TypeError(`setting ${key} is not a number`);
  return v;
}

/** Reads a boolean setting. */
export function flag(s: Settings, key: SettingKey): boolean {
  const v = s[key];
  if (typeof v !== 'boolean') throw new TypeError(`setting ${key} is not a boolean`);
  return v;
}
