/**
 * The rules of `履职评价标准`: each check's operator, threshold, on/off and 仅供参考, and the options of the
 * method (rounding, the E1 categories, the H1 base year, the T2 base, the F4 定额 and small-school bands).
 * The 重庆 方案 changes every year, so every figure here is a default the user may edit on the sheet.
 */

/** How a check compares (DUTIES.md "Suggested data model"). */
export const DUTY_OPS = [
  '≥',
  '≤',
  '>',
  '不低于上年',
  '比上年下降不少于',
  '较基准年累计下降不少于',
  '不连续三年下降',
] as const;
export type DutyOp = (typeof DUTY_OPS)[number];

/** Operators that need no threshold. */
export const OPS_WITHOUT_THRESHOLD: ReadonlySet<DutyOp> = new Set(['不低于上年', '不连续三年下降']);

export interface DutyRule {
  op: DutyOp;
  /** Fractions for rates (0.97); percentage points for the falls (0.5); the check's unit otherwise. */
  threshold: number | null;
  enabled: boolean;
  info: boolean;
}

export const ROUNDING_CHOICES = ['四舍五入', '截断'] as const;
export type Rounding = (typeof ROUNDING_CHOICES)[number];

export const TRAINING_BASES = ['公用经费', '基本工资', '工资总额'] as const;
export type TrainingBase = (typeof TRAINING_BASES)[number];

/** A small-school band of F4: schools of `from` to below `to` students are funded as `as` students. */
export interface FundingBand {
  from: number;
  to: number;
  as: number;
}

export interface DutyOptions {
  rounding: Rounding;
  /** Decimals of percentages as shown (2: 99.60%). */
  decimals: number;
  /** E1 numerator and the categories taken out of the denominator, by their words (DISABLED_CATEGORIES). */
  enrolNumerator: string[];
  enrolExcluded: string[];
  myopiaBaseYear: number;
  trainingBase: TrainingBase;
  primaryRate: number;
  juniorRate: number;
  /** 高中 pupils of a 完全中学 or 十二年一贯制 school, whose budget covers them too. */
  seniorRate: number;
  specialRate: number;
  bands: FundingBand[];
}

export interface DutyOptionDef {
  key: keyof DutyOptions;
  label: string;
  /** The default as the sheet shows it. */
  text: string;
  note: string;
  choices?: readonly string[];
}

/** The option rows of `履职评价标准` (设置项 | 值 | 说明). */
export const DUTY_OPTION_DEFS: readonly DutyOptionDef[] = [
  {
    key: 'rounding',
    label: '显示取整方式',
    text: '四舍五入',
    note: '只影响显示，判定用未取整的数值；截断可还原部分区县材料的写法（如506÷508写作99.60%）',
    choices: ROUNDING_CHOICES,
  },
  { key: 'decimals', label: '百分比显示小数位数', text: '2', note: '' },
  {
    key: 'enrolNumerator',
    label: '残疾儿童少年入学率分子',
    text: '特校就读+随班就读+送教上门',
    note: '可用类别：已毕业、特校就读、随班就读、送教上门、缓学、出国、疗养院安置、死亡，用“+”连接',
  },
  {
    key: 'enrolExcluded',
    label: '残疾儿童少年入学率分母扣除',
    text: '已毕业+缓学',
    note: '分母＝适龄残疾儿童少年数减去这些类别；重庆市荣昌区2023年度履职自评报告的99.60%即按此口径：(145+245+116)÷(589−41−40)',
  },
  {
    key: 'myopiaBaseYear',
    label: '近视率基准年',
    text: '2018',
    note: '累计下降的起算年（《综合防控儿童青少年近视实施方案》（教体艺〔2018〕3号）以2018年为基准）',
  },
  {
    key: 'trainingBase',
    label: '教师培训经费计算基数',
    text: '公用经费',
    note: '公用经费：学校公用经费预算总额；基本工资：教师基本工资总额；工资总额：教师工资总额',
    choices: TRAINING_BASES,
  },
  {
    key: 'primaryRate',
    label: '小学生均公用经费定额',
    text: '800',
    note: '元/生·年；默认值为重庆市荣昌区2024年优质均衡自评报告所写“按照市级要求”的小学定额（沙坪坝区为1500），请按本地文件填写',
  },
  {
    key: 'juniorRate',
    label: '初中生均公用经费定额',
    text: '1000',
    note: '元/生·年；默认值为重庆市荣昌区的初中定额（沙坪坝区为1700），请按本地文件填写',
  },
  {
    key: 'seniorRate',
    label: '高中生均公用经费定额',
    text: '1000',
    note: '元/生·年；用于完全中学、十二年一贯制学校的高中在校生（其公用经费预算含高中部）；默认与初中定额相同，请按本地普通高中标准填写',
  },
  {
    key: 'specialRate',
    label: '特殊教育学校生均公用经费定额',
    text: '6000',
    note: '元/生·年，全国标准；特殊教育学校不按小规模学校核定人数',
  },
  {
    key: 'bands',
    label: '小规模学校核定人数',
    text: '不足100按100',
    note: '用“；”分隔多档，如重庆市沙坪坝区：不足500按500；500-1000按1000',
  },
];

/** Default rules of a check, with where its threshold comes from and how sure it is. */
export interface DutyRuleDefaults extends DutyRule {
  source: string;
}

/** The defaults of the options, parsed. */
export function defaultDutyOptions(): DutyOptions {
  return {
    rounding: '四舍五入',
    decimals: 2,
    enrolNumerator: ['特校就读', '随班就读', '送教上门'],
    enrolExcluded: ['已毕业', '缓学'],
    myopiaBaseYear: 2018,
    trainingBase: '公用经费',
    primaryRate: 800,
    juniorRate: 1000,
    seniorRate: 1000,
    specialRate: 6000,
    bands: [{ from: 0, to: 100, as: 100 }],
  };
}

/** The rules in force for a run: one rule per check key, and the options. */
export interface DutyRules {
  checks: ReadonlyMap<string, DutyRule>;
  options: DutyOptions;
}
