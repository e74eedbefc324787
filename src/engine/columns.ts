/**
 * The vocabulary of the template (TEMPLATE.md): canonical headers, accepted aliases, units, and which
 * school types need each column. The reader matches headers against this table and the template writer
 * writes its headers from it, so the two can never disagree.
 */
import {
  VETO_ITEMS,
  type CountyNumericItem,
  type ReportRowKey,
  type SchoolNumericField,
  type SchoolType,
  type SelfAssessedItem,
  type VetoItem,
} from './model';

/** Who must fill a column: all in-scope schools, types with a primary part (P), junior part (J), senior students (S). */
export type Need = 'all' | 'P' | 'J' | 'S' | 'optional';

export interface SchoolColumn {
  key:
    | SchoolNumericField
    | 'code'
    | 'name'
    | 'type'
    | 'ownership'
    | 'urbanRural'
    | 'boarding'
    | 'builtYear'
    | 'denseUrban';
  header: string;
  /** Other names of the column (TEMPLATE.md's); the form collector also knows the column by these. */
  aliases: readonly string[];
  /** More names the school sheet is read by: those of the city forms in circulation. */
  formAliases?: readonly string[];
  /** Unit shown in brackets after the header in the template. */
  unit: string;
  /** Which schools must fill the column: a blank where needed is an error (blank-required). */
  need: Need;
  /** Blank means 0 in this column (TEMPLATE.md "blank = 0"). */
  blankIsZero?: boolean;
  /** How the unit in the header's brackets converts to the model's unit; none: read as written. */
  scale?: ColumnScale;
  /** Consistency checks on the figure of each school (warnings; the data is never changed). */
  checks?: readonly SchoolCheck[];
  /** Drop-down choices written into the template. */
  choices?: readonly string[];
}

/** The factor from the unit written in a header to the model's unit. */
export interface ColumnScale {
  /** The factor for each unit a header may carry. */
  byUnit: Readonly<Record<string, number>>;
  /** The factor for a header with no unit or another one. */
  otherwise: number;
  /** Whether reading by `otherwise` is said (equipment-unit-assumed): the unit is then a guess. */
  warnOtherwise?: boolean;
}

/**
 * A consistency check of TEMPLATE.md on one school, named by the code of the warning it gives; the warning's
 * text is the catalog message of that code (messages/reading.ts, messages/intake.ts).
 */
export type SchoolCheck =
  /** This count of teachers exceeds the students of its 学段. */
  | { code: 'implausible-teachers'; students: SchoolNumericField }
  /** This area exceeds the area it is part of. */
  | { code: 'indoor-exceeds-teaching'; partOf: SchoolNumericField }
  /** This amount per student (all 学段) is above `perStudentAbove`. */
  | { code: 'equipment-per-student-high'; perStudentAbove: number }
  /** A combined school (九年一贯制…) has students in one of its two 学段 only. */
  | { code: 'combined-one-stage' }
  /** Students of this column are typed for a school of `type`, which has no such 学段. */
  | { code: 'primary-in-complete-school'; type: SchoolType };

export const SCHOOL_TYPE_CHOICES = [
  '小学',
  '初中',
  '九年一贯制',
  '十二年一贯制',
  '完全中学',
  '教学点',
  '特殊教育学校',
] as const;

/** Alias → canonical school type. */
export const SCHOOL_TYPE_ALIASES: Readonly<Record<string, string>> = {
  单设小学: '小学',
  完小: '小学',
  完全小学: '小学',
  初级中学: '初中',
  单设初中: '初中',
  九年一贯制学校: '九年一贯制',
  十二年一贯制学校: '十二年一贯制',
  完中: '完全中学',
  高完中: '完全中学',
  小学教学点: '教学点',
  特教学校: '特殊教育学校',
  特殊教育: '特殊教育学校',
  职业高中: '职业学校',
  中等职业学校: '职业学校',
};

/** Columns of `学校基础数据`, in template order. */
export const SCHOOL_COLUMNS: readonly SchoolColumn[] = [
  { key: 'code', header: '学校代码', aliases: ['学校标识码', '代码'], unit: '', need: 'all' },
  { key: 'name', header: '学校名称', aliases: ['学校', '校名'], unit: '', need: 'all' },
  {
    key: 'type',
    header: '学校类型',
    aliases: ['办学类型'],
    unit: '',
    need: 'all',
    choices: SCHOOL_TYPE_CHOICES,
    checks: [{ code: 'combined-one-stage' }],
  },
  { key: 'ownership', header: '办学性质', aliases: [], unit: '', need: 'optional', choices: ['公办', '民办'] },
  {
    key: 'urbanRural',
    header: '城乡类型',
    aliases: ['城乡分类'],
    unit: '',
    need: 'optional',
    choices: ['城区', '镇区', '乡村'],
  },
  { key: 'boarding', header: '是否寄宿制学校', aliases: [], unit: '', need: 'optional', choices: ['是', '否'] },
  {
    key: 'builtYear',
    header: '建成年份',
    aliases: ['建校年份'],
    unit: '年',
    need: 'optional',
    formAliases: ['建校时间', '建成时间'],
  },
  {
    key: 'denseUrban',
    header: '是否中心城区高密度学校',
    aliases: [],
    unit: '',
    need: 'optional',
    choices: ['是', '否'],
    formAliases: ['是否人口密度过高的大城市中心城区学校', '是否人口密度过高的中心城区学校'],
  },
  {
    key: 'primaryStudents',
    header: '小学在校生数',
    aliases: ['小学学生数', '小学在校学生数'],
    unit: '人',
    need: 'P',
    formAliases: ['小学学生人数', '小学在校学生人数', '小学在校生人数'],
    checks: [{ code: 'primary-in-complete-school', type: '完全中学' }],
  },
  {
    key: 'juniorStudents',
    header: '初中在校生数',
    aliases: ['初中学生数', '初中在校学生数'],
    unit: '人',
    need: 'J',
    formAliases: ['初中学生人数', '初中在校学生人数', '初中在校生人数'],
  },
  {
    key: 'seniorStudents',
    header: '高中在校生数',
    aliases: ['高中学生数'],
    unit: '人',
    need: 'S',
    formAliases: ['高中学生人数', '高中在校学生数', '高中在校生人数'],
  },
  {
    key: 'migrantStudents',
    header: '随迁子女在校生数',
    aliases: ['进城务工人员随迁子女在校生数'],
    unit: '人',
    need: 'optional',
    formAliases: ['进城务工人员随迁子女在校生人数', '随迁子女在校生人数', '随迁子女人数'],
  },
  {
    key: 'primaryZoned',
    header: '小学划片范围内在校生数',
    aliases: [],
    unit: '人',
    need: 'optional',
    formAliases: ['家庭住址在划片范围内的在校学生人数(小学)', '小学家庭住址在划片范围内的在校学生人数'],
  },
  {
    key: 'juniorZoned',
    header: '初中划片范围内在校生数',
    aliases: [],
    unit: '人',
    need: 'optional',
    formAliases: ['家庭住址在划片范围内的在校学生人数(初中)', '初中家庭住址在划片范围内的在校学生人数'],
  },
  { key: 'primaryClasses', header: '小学班级数', aliases: [], unit: '个', need: 'optional' },
  { key: 'juniorClasses', header: '初中班级数', aliases: [], unit: '个', need: 'optional' },
  { key: 'primaryOversized', header: '小学超45人班级数', aliases: ['小学大班额班级数'], unit: '个', need: 'optional' },
  { key: 'juniorOversized', header: '初中超50人班级数', aliases: ['初中大班额班级数'], unit: '个', need: 'optional' },
  {
    key: 'primaryDegreeTeachers',
    header: '小学专科及以上学历专任教师数',
    aliases: ['小学高于规定学历教师数'],
    unit: '人',
    need: 'P',
    checks: [{ code: 'implausible-teachers', students: 'primaryStudents' }],
  },
  {
    key: 'juniorDegreeTeachers',
    header: '初中本科及以上学历专任教师数',
    aliases: ['初中高于规定学历教师数'],
    unit: '人',
    need: 'J',
    checks: [{ code: 'implausible-teachers', students: 'juniorStudents' }],
  },
  {
    key: 'primaryBackbone',
    header: '小学县级及以上骨干教师数',
    aliases: ['小学骨干教师数'],
    unit: '人',
    need: 'P',
    formAliases: ['县级及以上骨干教师数(小学)', '小学县级以上骨干教师数'],
    checks: [{ code: 'implausible-teachers', students: 'primaryStudents' }],
  },
  {
    key: 'juniorBackbone',
    header: '初中县级及以上骨干教师数',
    aliases: ['初中骨干教师数'],
    unit: '人',
    need: 'J',
    formAliases: ['县级及以上骨干教师数(初中)', '初中县级以上骨干教师数'],
    checks: [{ code: 'implausible-teachers', students: 'juniorStudents' }],
  },
  {
    key: 'primaryPeArt',
    header: '小学体育艺术专任教师数',
    aliases: [],
    unit: '人',
    need: 'P',
    checks: [{ code: 'implausible-teachers', students: 'primaryStudents' }],
  },
  {
    key: 'juniorPeArt',
    header: '初中体育艺术专任教师数',
    aliases: [],
    unit: '人',
    need: 'J',
    checks: [{ code: 'implausible-teachers', students: 'juniorStudents' }],
  },
  {
    key: 'primaryRotatingPeArt',
    header: '小学交流轮岗走教体育艺术教师数',
    aliases: [],
    unit: '人',
    need: 'optional',
    blankIsZero: true,
  },
  {
    key: 'teachingArea',
    header: '教学及辅助用房面积',
    aliases: ['教学及辅助用房'],
    unit: '㎡',
    need: 'all',
    formAliases: ['教学及辅助用房总面积'],
  },
  {
    key: 'indoorSportsArea',
    header: '室内体育用房面积',
    aliases: ['其中室内体育用房面积'],
    unit: '㎡',
    need: 'optional',
    blankIsZero: true,
    checks: [{ code: 'indoor-exceeds-teaching', partOf: 'teachingArea' }],
  },
  { key: 'sportsArea', header: '体育运动场馆面积', aliases: ['体育场馆面积'], unit: '㎡', need: 'all' },
  {
    key: 'rentedSportsArea',
    header: '校外租赁及改造运动场地面积',
    aliases: [],
    unit: '㎡',
    need: 'optional',
    blankIsZero: true,
  },
  {
    key: 'equipmentValue',
    header: '教学仪器设备值',
    aliases: ['教学仪器设备资产值'],
    unit: '万元',
    need: 'all',
    formAliases: ['教学仪器设备资产值(账面原值)', '教学仪器设备总值'],
    scale: { byUnit: { 元: 1, 千元: 1000, 万元: 10000, 万: 10000 }, otherwise: 10000, warnOtherwise: true },
    checks: [{ code: 'equipment-per-student-high', perStudentAbove: 100000 }],
  },
  { key: 'mediaRooms', header: '网络多媒体教室数', aliases: ['网络多媒体教室间数'], unit: '间', need: 'all' },
  {
    key: 'music96',
    header: '音乐专用教室数(≥96㎡)',
    aliases: [],
    unit: '间',
    need: 'optional',
    formAliases: ['单间面积≥96㎡的音乐教室间数', '音乐专用教室(≥96㎡)'],
  },
  {
    key: 'music73',
    header: '音乐专用教室数(73-96㎡)',
    aliases: [],
    unit: '间',
    need: 'optional',
    formAliases: ['73㎡≤单间面积<96㎡的音乐教室间数', '音乐专用教室(73-96㎡)'],
  },
  {
    key: 'art90',
    header: '美术专用教室数(≥90㎡)',
    aliases: [],
    unit: '间',
    need: 'optional',
    formAliases: ['单间面积≥90㎡的美术教室间数', '美术专用教室(≥90㎡)'],
  },
  {
    key: 'art67',
    header: '美术专用教室数(67-90㎡)',
    aliases: [],
    unit: '间',
    need: 'optional',
    formAliases: ['67㎡≤单间面积<90㎡的美术教室间数', '美术专用教室(67-90㎡)'],
  },
  {
    key: 'publicBudget',
    header: '公用经费预算',
    aliases: ['公用经费预算总额'],
    unit: '万元',
    need: 'optional',
    formAliases: ['上一年度公用经费预算总额', '公用经费预算数'],
    scale: { byUnit: { 元: 1 / 10000, 千元: 1 / 10 }, otherwise: 1 },
  },
  {
    key: 'trainingBudget',
    header: '教师培训经费',
    aliases: ['教师培训经费预算'],
    unit: '万元',
    need: 'optional',
    formAliases: ['上一年度教师培训经费预算总额', '教师培训经费预算总额'],
    scale: { byUnit: { 元: 1 / 10000, 千元: 1 / 10 }, otherwise: 1 },
  },
];

/** Words in the 学校名称 or 学校代码 cell that mark a totals row. */
export const TOTAL_ROW_WORDS = ['合计', '总计', '小计'] as const;

export interface CountyItem {
  key: CountyNumericItem;
  label: string;
  unit: '元' | '万元' | '人' | '%';
  /** Blank means 0 (TEMPLATE.md). */
  blankIsZero?: boolean;
}

/** Rows of `区县数据` holding numbers, in template order. */
export const COUNTY_ITEMS: readonly CountyItem[] = [
  { key: 'primaryFundingNorm', label: '小学生均公用经费基准定额', unit: '元' },
  { key: 'juniorFundingNorm', label: '初中生均公用经费基准定额', unit: '元' },
  { key: 'specialSchoolFunding', label: '特殊教育学校公用经费', unit: '万元' },
  { key: 'specialSchoolStudents', label: '特殊教育学校在校生数', unit: '人' },
  { key: 'teacherAvgSalary', label: '教师年平均工资收入', unit: '元' },
  { key: 'civilServantAvgSalary', label: '公务员年平均工资收入', unit: '元' },
  { key: 'fullTimeTeachers', label: '专任教师总数', unit: '人' },
  { key: 'trainedTeachers', label: '完成5年360学时培训的专任教师数', unit: '人' },
  { key: 'certifiedTeachers', label: '持有教师资格证的专任教师数', unit: '人' },
  { key: 'rotationEligible', label: '符合交流轮岗条件的教师数', unit: '人' },
  { key: 'rotationActual', label: '实际交流轮岗教师数', unit: '人' },
  { key: 'rotationBackbone', label: '交流轮岗骨干教师数', unit: '人' },
  { key: 'primaryZonedRatio', label: '小学就近划片入学比例', unit: '%' },
  { key: 'juniorZonedRatio', label: '初中就近划片入学比例', unit: '%' },
  { key: 'qualityHighSchoolQuota', label: '优质高中招生名额总数', unit: '人' },
  { key: 'qualityHighSchoolAllocated', label: '优质高中分配到初中学校名额数', unit: '人' },
  { key: 'migrantEligible', label: '符合条件的随迁子女数', unit: '人' },
  { key: 'migrantPublic', label: '在公办学校就读的随迁子女数', unit: '人' },
  { key: 'migrantPurchased', label: '在政府购买服务民办学校就读的随迁子女数', unit: '人' },
  { key: 'juniorGraduates', label: '初中毕业生数', unit: '人' },
  { key: 'grade7ThreeYearsAgo', label: '三年前初一在校生数', unit: '人' },
  { key: 'transfersIn', label: '三年内转入学生数', unit: '人' },
  { key: 'transfersOut', label: '三年内转出学生数', unit: '人' },
  { key: 'deaths', label: '三年内死亡学生数', unit: '人', blankIsZero: true },
  { key: 'disabledTotal', label: '适龄残疾儿童少年总数', unit: '人' },
  { key: 'disabledInclusive', label: '随班就读残疾儿童少年数', unit: '人' },
  { key: 'disabledSpecialSchool', label: '特殊教育学校就读残疾儿童少年数', unit: '人' },
  { key: 'disabledHomeTaught', label: '送教上门残疾儿童少年数', unit: '人' },
  { key: 'trainingFundRatio', label: '教师培训经费占公用经费比例', unit: '%' },
  { key: 'recognitionRate', label: '社会认可度', unit: '%' },
];

/** Rows of `区县数据` holding a self-assessed conclusion, with the item each feeds. */
export const SELF_ASSESSED_ROWS: readonly { key: SelfAssessedItem; label: string; item: string }[] = [
  { key: 'layout', label: '规划布局合理', item: 'G1' },
  { key: 'fourUnified', label: '四统一', item: 'G2' },
  { key: 'staffing', label: '编制岗位统筹', item: 'G10' },
  { key: 'charter', label: '章程与信息化', item: 'Q3' },
  { key: 'itTeaching', label: '信息化教学', item: 'Q5' },
  { key: 'moralCulture', label: '德育与校园文化', item: 'Q6' },
  { key: 'curriculum', label: '课程开齐开足', item: 'Q7' },
  { key: 'workload', label: '无过重课业负担', item: 'Q8' },
];

export const SELF_ASSESSMENT_CHOICES = ['达标', '基本达标', '未达标'] as const;

/** Optional rows of `区县数据` that only the 自查自评报告 reads (the type lives with the model, which holds them). */
export type { ReportRowKey } from './model';

export interface ReportRow {
  key: ReportRowKey;
  label: string;
  kind: 'text' | 'number';
  choices?: readonly string[];
}

/** The report's optional rows, in template order (written after the veto rows). */
export const COUNTY_REPORT_ROWS: readonly ReportRow[] = [
  { key: 'staffTotal', label: '教职工总数', kind: 'number' },
  { key: 'boardingNorm', label: '农村寄宿制学校生均公用经费标准', kind: 'number' },
  { key: 'specialNorm', label: '随班就读和特殊教育学校学生生均公用经费标准', kind: 'number' },
  { key: 'salaryBasis', label: '工资收入表述口径', kind: 'text', choices: ['年', '月'] },
  { key: 'rotationSchoolYear', label: '交流轮岗统计学年', kind: 'text' },
  { key: 'migrantTerm', label: '随迁子女统计时点', kind: 'text' },
  { key: 'disabledTerm', label: '残疾儿童少年入学统计时点', kind: 'text' },
  { key: 'office', label: '报告落款单位', kind: 'text' },
  { key: 'percentDecimals', label: '报告百分比小数位数', kind: 'number', choices: ['1', '2'] },
  { key: 'qualityYear', label: '质量监测年度', kind: 'number' },
  { key: 'qualityLevel', label: '质量监测级别', kind: 'text', choices: ['国家', '市级'] },
];

/** Title rows of `区县数据`. */
export const COUNTY_TITLE_ROWS = { name: '区县名称', year: '评估年度' } as const;

/** Veto rows of `区县数据` are labelled with the item itself. */
export const VETO_ROWS: readonly VetoItem[] = VETO_ITEMS;

/** Sheet names of the template. */
export const SHEETS = {
  school: '学校基础数据',
  county: '区县数据',
  quality: '质量监测',
  settings: '评估标准',
  guide: '填表说明',
} as const;

/** Sheets of the 履行教育职责评价 (DUTIES.md): its input and rules sheets, and the sheet it writes. */
export const DUTY_SHEETS = { data: '履职数据', rules: '履职评价标准', output: '履职评价' } as const;

/** Output sheet names (OUTPUT.md), in the order they are written. */
export const OUTPUT_SHEETS = {
  summary: '评估汇总',
  indicators: '指标结果',
  coefficients: '差异系数',
  ledger: '整改台账',
  issues: '数据问题',
} as const;

/** Columns of `质量监测`. */
export const QUALITY_COLUMNS = ['科目', '学段', '学业水平等级', '校际差异率'] as const;
