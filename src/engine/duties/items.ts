/**
 * The input items of `履职数据` (DUTIES.md §1.3), declared once: the template writes its rows from this table and the
 * reader finds the user's rows by these names and aliases. Amounts are kept in the item's unit, rates as fractions.
 */

/** The year columns of `履职数据`: 本年 (the data year), 上年 and 前年. */
export const DUTY_YEARS = ['now', 'prev', 'older'] as const;
export type DutyYear = (typeof DUTY_YEARS)[number];

/** The 学段 of 只增不减 (F2), in the order of the national tables. */
export const DUTY_STAGES = ['学前', '小学', '初中', '普通高中', '中职'] as const;
export type DutyStage = (typeof DUTY_STAGES)[number];

export type DutyUnit = '万元' | '元' | '人' | '%' | '㎡' | '间' | '个' | '条' | '次' | '年';

export interface DutyItem {
  key: string;
  /** The 项目 text the template writes. */
  label: string;
  aliases: readonly string[];
  unit: DutyUnit;
  /** How many year columns the template asks for: 1 本年, 2 本年 and 上年, 3 with 前年. */
  years: 1 | 2 | 3;
  /** 说明 of the template row. */
  note: string;
  /** The heading the row sits under in the template. */
  group: string;
  /** A share of a whole: more than 100% is impossible. */
  rate?: boolean;
  /** Keys of items whose sum must not exceed this one (a 本年 smaller than a part of itself is an error). */
  parts?: readonly string[];
  /** A wage: the 单位 cell says whether it is 元/月 or 元/年. */
  wage?: boolean;
}

const item = (d: DutyItem): DutyItem => d;

/** Key of a per-学段 item: `spend.小学`. */
export const stageKey = (prefix: 'spend' | 'students' | 'perPupil', stage: DutyStage): string => `${prefix}.${stage}`;

const STAGE_ALIASES: Record<DutyStage, readonly string[]> = {
  学前: ['幼儿园', '学前教育'],
  小学: [],
  初中: [],
  普通高中: ['高中'],
  中职: ['中等职业教育', '中职学校'],
};

function stageItems(stage: DutyStage): DutyItem[] {
  const names = [stage, ...STAGE_ALIASES[stage]];
  const students =
    stage === '学前'
      ? ['学前在园幼儿数', '在园幼儿总数', '在园幼儿数']
      : names.flatMap((n) => [`${n}在校生数`, `${n}学生数`]);
  return [
    item({
      key: stageKey('spend', stage),
      label: `${stage}一般公共预算教育经费`,
      aliases: names.flatMap((n) => [`${n}一般公共预算教育经费`, `${n}一般公共预算教育支出`]),
      unit: '万元',
      years: 2,
      note: '决算数，按学段',
      group: '一、教育投入',
    }),
    item({
      key: stageKey('students', stage),
      label: students[0],
      aliases: students.slice(1),
      unit: '人',
      years: 2,
      note: stage === '学前' ? '也用于学前三年毛入园率和普惠、公办占比' : '学年初在校生数',
      group: '一、教育投入',
      parts: stage === '学前' ? ['kinderPublic', 'kinderInclusive'] : undefined,
    }),
    item({
      key: stageKey('perPupil', stage),
      label: `${stage}生均一般公共预算教育经费`,
      aliases: names.map((n) => `${n}生均一般公共预算教育经费`),
      unit: '元',
      years: 2,
      note: '经费和在校生数都已填写时按两者计算，此行可留空',
      group: '一、教育投入',
    }),
  ];
}

/** The categories of 适龄残疾儿童少年 (DUTIES.md §1.5), by the word used in the E1 settings. */
export const DISABLED_CATEGORIES = [
  { word: '已毕业', key: 'disabled.graduated', aliases: ['已毕业', '已毕业人数'] },
  { word: '特校就读', key: 'disabled.special', aliases: ['特校就读', '特殊教育学校就读'] },
  { word: '随班就读', key: 'disabled.inclusive', aliases: ['随班就读'] },
  { word: '送教上门', key: 'disabled.home', aliases: ['送教上门'] },
  { word: '缓学', key: 'disabled.deferred', aliases: ['因身体原因缓学', '缓学'] },
  { word: '出国', key: 'disabled.abroad', aliases: ['出国'] },
  { word: '疗养院安置', key: 'disabled.sanatorium', aliases: ['疗养院安置', '疗养'] },
  { word: '死亡', key: 'disabled.deceased', aliases: ['死亡'] },
] as const;

const disabledItems = DISABLED_CATEGORIES.map((c) =>
  item({
    key: c.key,
    label: `残疾儿童少年${c.aliases[0]}人数`,
    aliases: c.aliases.flatMap((a) => [`残疾儿童少年${a}`, `适龄残疾儿童少年${a}人数`, a]),
    unit: '人',
    years: 1,
    note: '',
    group: '三、义务教育',
  }),
);

/** The table of input items, in template order. */
export const DUTY_ITEMS: readonly DutyItem[] = [
  item({
    key: 'dataYear',
    label: '数据年度',
    aliases: ['年度', '统计年度'],
    unit: '年',
    years: 1,
    note: '本年数据所属年度，如2023（2024年评价2023年数据）',
    group: '基本信息',
  }),
  item({
    key: 'eduSpending',
    label: '一般公共预算教育支出',
    aliases: ['一般公共预算教育经费', '公共财政教育支出'],
    unit: '万元',
    years: 2,
    note: '功能分类教育支出，决算数',
    group: '一、教育投入',
  }),
  item({
    key: 'fiscalEduTotal',
    label: '财政教育总投入',
    aliases: ['财政总投入', '财政性教育经费总投入', '财政性教育经费'],
    unit: '万元',
    years: 2,
    note: '含政府性基金等全部财政性教育经费；与一般公共预算教育支出口径不同，分开填写',
    group: '一、教育投入',
  }),
  item({
    key: 'recurrentRevenue',
    label: '财政经常性收入',
    aliases: ['经常性财政收入'],
    unit: '万元',
    years: 2,
    note: '用于“三个增长”的第一项',
    group: '一、教育投入',
  }),
  item({
    key: 'publicSpending',
    label: '一般公共预算支出',
    aliases: ['一般公共预算支出总额'],
    unit: '万元',
    years: 2,
    note: '用于教育支出占比（仅供参考）',
    group: '一、教育投入',
  }),
  ...DUTY_STAGES.flatMap(stageItems),
  item({
    key: 'kinderAge',
    label: '三至五岁常住人口',
    aliases: ['3-5岁常住人口', '3-5岁适龄人口', '三至五岁适龄人口'],
    unit: '人',
    years: 1,
    note: '学前三年毛入园率的分母',
    group: '二、学前教育',
  }),
  item({
    key: 'kinderPublic',
    label: '公办园在园幼儿数',
    aliases: ['公办幼儿园在园幼儿数'],
    unit: '人',
    years: 1,
    note: '按在园幼儿计，不按园数',
    group: '二、学前教育',
  }),
  item({
    key: 'kinderInclusive',
    label: '普惠性民办园在园幼儿数',
    aliases: ['普惠性民办幼儿园在园幼儿数'],
    unit: '人',
    years: 1,
    note: '',
    group: '二、学前教育',
  }),
  item({
    key: 'disabled.total',
    label: '适龄残疾儿童少年数',
    aliases: ['适龄残疾儿童少年总数', '适龄残疾儿童', '适龄残疾儿童数'],
    unit: '人',
    years: 1,
    note: '留空时取区县数据的残疾儿童少年数字；下列各类之和应等于总数',
    group: '三、义务教育',
    parts: DISABLED_CATEGORIES.map((c) => c.key),
  }),
  ...disabledItems,
  item({
    key: 'classes.total',
    label: '义务教育班级总数',
    aliases: ['班级总数', '义务教育学校班级数'],
    unit: '个',
    years: 1,
    note: '',
    group: '三、义务教育',
    parts: ['classes.large'],
  }),
  item({
    key: 'classes.large',
    label: '56人及以上班级数',
    aliases: ['大班额班级数', '56人以上班级数'],
    unit: '个',
    years: 1,
    note: '含66人及以上',
    group: '三、义务教育',
    parts: ['classes.super'],
  }),
  item({
    key: 'classes.super',
    label: '66人及以上班级数',
    aliases: ['超大班额班级数', '66人以上班级数'],
    unit: '个',
    years: 1,
    note: '',
    group: '三、义务教育',
  }),
  item({
    key: 'retention.graduates',
    label: '本届初中毕业生数',
    aliases: ['初中毕业生数（九年）'],
    unit: '人',
    years: 1,
    note: '九年义务教育巩固率的分子',
    group: '三、义务教育',
  }),
  item({
    key: 'retention.entrants',
    label: '九年前小学一年级在校生数',
    aliases: ['九年前小学一年级学生数'],
    unit: '人',
    years: 1,
    note: '本届毕业生入学时的小学一年级人数',
    group: '三、义务教育',
  }),
  item({
    key: 'myopia',
    label: '儿童青少年总体近视率',
    aliases: ['总体近视率', '近视率'],
    unit: '%',
    years: 2,
    note: '',
    group: '四、学生健康',
    rate: true,
  }),
  item({
    key: 'myopiaBase',
    label: '基准年总体近视率',
    aliases: ['基准年近视率'],
    unit: '%',
    years: 1,
    note: '填在“本年”列；基准年在履职评价标准中设置（默认2018年）',
    group: '四、学生健康',
    rate: true,
  }),
  item({
    key: 'fitness',
    label: '学生体质健康达标优良率',
    aliases: ['体质健康达标优良率', '体质健康优良率', '国家学生体质健康标准达标优良率'],
    unit: '%',
    years: 3,
    note: '连续三年下降的判断需要前年',
    group: '四、学生健康',
    rate: true,
  }),
  item({
    key: 'counselors',
    label: '心理健康专兼职教师配备率',
    aliases: ['心理健康教师配备率'],
    unit: '%',
    years: 1,
    note: '配备学校数÷学校数',
    group: '四、学生健康',
    rate: true,
  }),
  item({
    key: 'vocLand',
    label: '中职学校占地面积',
    aliases: ['中职校园占地面积'],
    unit: '㎡',
    years: 1,
    note: '生均用地面积＝占地面积÷中职在校生数',
    group: '五、职业教育',
  }),
  item({
    key: 'vocFloor',
    label: '中职学校校舍建筑面积',
    aliases: ['中职校舍建筑面积'],
    unit: '㎡',
    years: 1,
    note: '生均校舍建筑面积＝校舍建筑面积÷中职在校生数',
    group: '五、职业教育',
  }),
  item({
    key: 'teacherWage',
    label: '义务教育教师平均工资收入',
    aliases: ['教师平均工资收入', '教师年平均工资收入', '教师月平均工资收入'],
    unit: '元',
    years: 1,
    note: '单位写元/月或元/年；留空时取区县数据的教师年平均工资收入',
    group: '六、教师队伍',
    wage: true,
  }),
  item({
    key: 'civilWage',
    label: '公务员平均工资收入',
    aliases: ['当地公务员平均工资收入', '公务员年平均工资收入', '公务员月平均工资收入'],
    unit: '元',
    years: 1,
    note: '与教师工资同一口径；留空时取区县数据的公务员年平均工资收入',
    group: '六、教师队伍',
    wage: true,
  }),
  item({
    key: 'trainingFund',
    label: '教师培训经费',
    aliases: ['教师培训经费预算'],
    unit: '万元',
    years: 1,
    note: '',
    group: '六、教师队伍',
  }),
  item({
    key: 'trainingBase.公用经费',
    label: '学校公用经费预算总额',
    aliases: ['公用经费预算总额', '公用经费预算'],
    unit: '万元',
    years: 1,
    note: '培训经费比例的计算基数之一（在履职评价标准中选择）',
    group: '六、教师队伍',
  }),
  item({
    key: 'trainingBase.基本工资',
    label: '教师基本工资总额',
    aliases: ['基本工资总额'],
    unit: '万元',
    years: 1,
    note: '培训经费比例的计算基数之一',
    group: '六、教师队伍',
  }),
  item({
    key: 'trainingBase.工资总额',
    label: '教师工资总额',
    aliases: ['工资总额'],
    unit: '万元',
    years: 1,
    note: '培训经费比例的计算基数之一',
    group: '六、教师队伍',
  }),
  item({
    key: 'hazardsFound',
    label: '安全隐患排查发现数',
    aliases: ['排查发现隐患数', '隐患排查数', '梳理隐患点数'],
    unit: '条',
    years: 1,
    note: '',
    group: '七、校园安全',
    parts: ['hazardsFixed'],
  }),
  item({
    key: 'hazardsFixed',
    label: '安全隐患已整改数',
    aliases: ['已整改隐患数', '完成整改数'],
    unit: '条',
    years: 1,
    note: '',
    group: '七、校园安全',
  }),
  item({
    key: 'media.小学',
    label: '小学每百名学生拥有网络多媒体教室数',
    aliases: [],
    unit: '间',
    years: 1,
    note: '有学校基础数据时按其计算（与资源配置相同），此行可留空',
    group: '八、教育信息化',
  }),
  item({
    key: 'media.初中',
    label: '初中每百名学生拥有网络多媒体教室数',
    aliases: [],
    unit: '间',
    years: 1,
    note: '有学校基础数据时按其计算（与资源配置相同），此行可留空',
    group: '八、教育信息化',
  }),
  item({
    key: 'campusNet',
    label: '校园网覆盖率',
    aliases: ['校园网建设率'],
    unit: '%',
    years: 1,
    note: '',
    group: '八、教育信息化',
    rate: true,
  }),
  item({
    key: 'classroomTech',
    label: '班班通教室配备率',
    aliases: ['班班通配备率'],
    unit: '%',
    years: 1,
    note: '',
    group: '八、教育信息化',
    rate: true,
  }),
  item({
    key: 'learningSpace',
    label: '网络学习空间开通率',
    aliases: ['学生网络学习空间开通率'],
    unit: '%',
    years: 1,
    note: '',
    group: '八、教育信息化',
    rate: true,
  }),
  item({
    key: 'itFund',
    label: '教育信息化专项经费',
    aliases: [],
    unit: '万元',
    years: 1,
    note: '',
    group: '八、教育信息化',
    parts: ['cyberFund'],
  }),
  item({
    key: 'cyberFund',
    label: '网络安全经费',
    aliases: ['网络安全费用'],
    unit: '万元',
    years: 1,
    note: '',
    group: '八、教育信息化',
  }),
  item({
    key: 'meetings',
    label: '研究教育工作次数',
    aliases: ['区委区政府研究教育工作次数'],
    unit: '次',
    years: 2,
    note: '仅供参考',
    group: '九、工作次数',
  }),
  item({
    key: 'lawVicePrincipals',
    label: '法治副校长人数',
    aliases: ['法治副校长数'],
    unit: '人',
    years: 2,
    note: '仅供参考',
    group: '九、工作次数',
  }),
  item({
    key: 'drills',
    label: '应急疏散演练场次',
    aliases: ['演练场次'],
    unit: '次',
    years: 2,
    note: '仅供参考',
    group: '九、工作次数',
  }),
  item({
    key: 'patrols',
    label: '校园每日巡查次数',
    aliases: ['每日巡查次数', '巡查频次'],
    unit: '次',
    years: 2,
    note: '仅供参考',
    group: '九、工作次数',
  }),
];

/** Items by key. */
export const DUTY_ITEM_BY_KEY: ReadonlyMap<string, DutyItem> = new Map(DUTY_ITEMS.map((i) => [i.key, i]));
