/** Words and sentences of the 履职评价: the checks' names and sources, computations, gaps, reading problems. */
import { DUTY_ITEM_BY_KEY, type DutyYear } from '../duties/items';
import type { DutyStatus } from '../duties/result';

const YEAR_WORDS: Record<DutyYear, string> = { now: '本年', prev: '上年', older: '前年' };

/** Where a problem is: `“履职数据”表 B12 单元格`. */
function at(sheet: string, cell: string | null): string {
  return cell ? `“${sheet}”表 ${cell} 单元格` : `“${sheet}”表`;
}

/** Status words of a 履职 check; the colour of a cell only repeats them. */
export const DUTY_STATUS_WORDS: Readonly<Record<DutyStatus, string>> = {
  pass: '达标',
  fail: '未达标',
  missing: '未佐证',
  info: '仅供参考',
};

export const dutiesMessages = {
  itemLabel: (key: string): string => DUTY_ITEM_BY_KEY.get(key)?.label ?? key,
  noRow: (sheet: string): string => `“${sheet}”表无此行`,
  noColumn: (sheet: string, year: DutyYear): string => `“${sheet}”表无“${YEAR_WORDS[year]}”列`,
  missingInput: (year: DutyYear, label: string, where: string): string => `${YEAR_WORDS[year]}${label}（${where}）`,
  blank: '—',
  twoYears: (now: string, prev: string): string => `本年 ${now}；上年 ${prev}`,
  threeYears: (older: string, prev: string, now: string): string => `前年 ${older} → 上年 ${prev} → 本年 ${now}`,
  entered: (x: string): string => `填报值 ${x}`,
  zeroDenominator: (label: string): string => `${label}为0，无法计算`,
  f3: (ge: string, gr: string, d: string): string => `教育支出增长${ge}% − 财政经常性收入增长${gr}% = ${d}个百分点`,
  f4School: (name: string, budget: string, needed: string): string => `${name}（预算${budget}元，应不少于${needed}元）`,
  f4NoSchools: '学校基础数据的公用经费预算和在校生数（没有一所学校两者都已填写）',
  f4: (ok: number, total: number, failing: string[]): string =>
    `${total}所学校中${ok}所达到定额${failing.length > 0 ? `；未达到：${failing.slice(0, 5).join('、')}${failing.length > 5 ? ` 等${failing.length}所` : ''}` : ''}`,
  schoolSheetSource: '学校基础数据（与资源配置同一数据）',
  countySource: '区县数据（与优质均衡评估同一数据）',
  e1Denominator: '入学率分母',
  h1Cumulative: (baseYear: number, base: string, year: number, now: string): string =>
    `${baseYear}年 ${base} → ${year}年 ${now}`,
  t1Standard: (civil: string, unit: string): string => `≥公务员平均工资收入${civil ? `（${civil}${unit}）` : ''}`,
  t1: (t: string, c: string, d: string, unit: string): string => `教师 ${t} − 公务员 ${c} = ${d}${unit}`,
  t1Yearly: '（月工资已乘12折算为年工资）',
  t2Base: (base: string): string => `以${base}为基数`,
  i1Schools: (v: string): string => `学校基础数据按在校生加权的全区平均 ${v}间`,
  lacks: (what: string[]): string => `缺少：${what.join('；')}`,
  cannotCompute: '无法计算的数据（见计算过程）',
  noThreshold: '履职评价标准未给出阈值',
  gapLevel: (op: string, amount: string): string => (op === '≤' ? `超出上限${amount}` : `低于标准${amount}`),
  gapBelowLastYear: (x: string): string => `比上年减少${x}`,
  gapFall: (actual: string, t: string): string => `比上年下降${actual}，要求下降不少于${t}个百分点`,
  gapCumulative: (actual: string, t: string, years: number): string =>
    `${years}年累计下降${actual}，要求不少于${t}个百分点`,
  trendNeedsOlder: '本年低于上年，判断是否连续三年下降还需要前年数据',
  gapTrend: (o: string, p: string, v: string): string => `连续三年下降：${o} → ${p} → ${v}`,
  perYear: '/年',
  infoOnly: '仅供参考',

  checkName: {
    F1: '一般公共预算教育支出逐年只增不减',
    F1total: '财政教育总投入',
    F2: '生均一般公共预算教育支出逐年只增不减',
    F3: '教育财政拨款增长高于财政经常性收入增长',
    F4: '生均公用经费达到定额',
    F5: '教育支出占一般公共预算支出比例',
    P1: '学前三年毛入园率',
    P2: '普惠性幼儿园覆盖率（按在园幼儿）',
    P3: '公办园在园幼儿占比（按在园幼儿）',
    E1: '适龄残疾儿童少年义务教育入学率',
    E2: '大班额（56人及以上）比例',
    E2super: '超大班额（66人及以上）比例',
    E3: '九年义务教育巩固率',
    H1: '儿童青少年总体近视率（逐年下降）',
    H1cumulative: '儿童青少年总体近视率（较基准年累计下降）',
    H2: '学生体质健康达标优良率',
    H2trend: '学生体质健康达标优良率（不连续三年下降）',
    H3: '心理健康专兼职教师配备率',
    V1: '中职学校生均用地面积',
    V2: '中职学校生均校舍建筑面积',
    T1: '义务教育教师平均工资收入不低于公务员',
    T2: '教师培训经费占比',
    S1: '安全隐患整改率',
    I1: '每百名学生拥有网络多媒体教室数',
    I2: '网络安全经费占教育信息化专项经费比例',
  },

  /** Where each default threshold comes from and how sure it is (DUTIES.md labels). */
  sources: {
    F1: '国办发〔2018〕82号“两个只增不减”[S]',
    F1total: '荣昌写作“财政总投入”，口径与一般公共预算不同，仅供参考',
    F3: '《教育法》“三个增长”[S]',
    F4: '定额和小规模学校档次见下方设置项；全国基准定额[S]，重庆市级定额未找到',
    F5: '未找到区县阈值，仅供参考',
    P1: '教督〔2020〕1号普及普惠县≥85%[S/P]；十四五≥90%[M]',
    P2: '普及普惠县≥80%[S/P]；十四五≥85%[M]',
    P3: '普及普惠县≥50%[S/P]；2027年≥60%[S]',
    E1: '国办发〔2021〕60号 2025年≥97%[P]；优质均衡Q2为95%',
    E2: '2020年底大班额控制在5%以内，2018年底超大班额2%以内[S]',
    E3: '优质均衡Q1为95%；全国2025年96%[M]',
    H1: '综合防控方案每年降低0.5个百分点（高发省份1个）[S]；重庆是否高发未找到',
    H2: '健康中国行动2022年≥50%，2030年≥60%[S]',
    H2trend: '体质健康连续三年下降予以问责[S]',
    H3: '种子报告均为100%；未找到全国数值标准[Seed]',
    V: '中职学校办学条件标准（教职成〔2010〕12号）[S]；重庆市级监测标准未找到',
    T1: '不低于当地公务员（优质均衡G8）[Seed]',
    T2: '教师〔2011〕1号 公用经费的5%[Seed]；各地另有基本工资1.5%等口径',
    S1: '未找到阈值，默认要求全部整改（100%）[M]',
    I1: '优质均衡L7 小学2.3、初中2.4[Seed]',
    I2: '未找到阈值（记忆中为5%–10%，未核实）[M]，仅供参考',
    I3: '种子报告为100%[Seed]',
    counts: '工作次数，没有已知的达标线，仅供参考',
  },

  // Reading 履职数据 and 履职评价标准.
  noDataHeader: (sheet: string): string =>
    `${at(sheet, null)}的前10行中找不到表头（项目、本年、上年），履职数据按缺失处理。`,
  unknownItem: (sheet: string, cell: string, text: string): string =>
    `${at(sheet, cell)}：项目“${text}”无法识别，该行未读取（其余项目照常计算）。`,
  duplicateItem: (sheet: string, cell: string, text: string): string =>
    `${at(sheet, cell)}：项目“${text}”重复出现，只读取第一行。`,
  notANumber: (sheet: string, cell: string, label: string, year: DutyYear, text: string): string =>
    `${at(sheet, cell)}：“${label}”${YEAR_WORDS[year]}填写的“${text}”不是数字，按缺失处理。`,
  negative: (sheet: string, cell: string, label: string, year: DutyYear, text: string): string =>
    `${at(sheet, cell)}：“${label}”${YEAR_WORDS[year]}不能为负数（${text}），按缺失处理。`,
  rateOver100: (sheet: string, cell: string, label: string, year: DutyYear, text: string): string =>
    `${at(sheet, cell)}：“${label}”${YEAR_WORDS[year]}为${text}，比例不可能超过100%，按缺失处理。`,
  percentLooksFraction: (sheet: string, cell: string, label: string, typed: number): string =>
    `${at(sheet, cell)}：“${label}”填写的 ${typed} 按 ${typed}% 读取；如果是 ${Number((typed * 100).toPrecision(12))}%，请写成百分数。`,
  partExceedsWhole: (sheet: string, cell: string, whole: string, parts: string, year: DutyYear): string =>
    `${at(sheet, cell)}：“${whole}”${YEAR_WORDS[year]}小于其组成部分（${parts}）之和，请核对；相关检查按缺失处理。`,
  partsNotTotal: (sheet: string, cell: string, whole: string, sum: number, total: number): string =>
    `${at(sheet, cell)}：“${whole}”为${total}，各类别之和为${sum}，两者不一致，请核对。`,
  noRulesHeader: (sheet: string): string =>
    `${at(sheet, null)}找不到表头（编号、检查项、运算、阈值），全部按默认标准评价。`,
  badOp: (sheet: string, cell: string, key: string, text: string, def: string): string =>
    `${at(sheet, cell)}：检查项 ${key} 的运算“${text}”无法识别，按默认“${def}”评价。`,
  badThreshold: (sheet: string, cell: string, key: string, text: string, def: string): string =>
    `${at(sheet, cell)}：检查项 ${key} 的阈值“${text}”无法读取，按默认 ${def} 评价。`,
  badYesNo: (sheet: string, cell: string, key: string, text: string, def: string): string =>
    `${at(sheet, cell)}：检查项 ${key} 的“${text}”应为是或否，按默认“${def}”处理。`,
  badOption: (sheet: string, cell: string, label: string, text: string, def: string): string =>
    `${at(sheet, cell)}：“${label}”的值“${text}”无法读取，按默认“${def}”处理。`,
  unknownCheck: (sheet: string, cell: string, text: string): string =>
    `${at(sheet, cell)}：检查项“${text}”无法识别，该行未读取。`,

  // The 履职评价 sheet.
  sheetTitle: (county: string, year: string): string =>
    `${county ? `${county} ` : ''}履行教育职责自评表${year ? `（数据年度 ${year}）` : ''}`,
  sheetNote: '判定用未取整的数值；“变化”一列中，比率以百分点计，金额和人数以百分比计。未佐证：缺少数据，不算达标。',
  header: ['编号', '检查项', '学段', '本年', '上年', '变化', '标准', '状态', '计算过程', '数据来源（单元格）'],
  problemTitle: '问题清单（草稿）',
  problemHeader: ['序号', '编号', '检查项', '状态', '差距或缺少的数据', '整改措施', '责任单位', '完成时限'],
  noProblems: '没有未达标或未佐证的检查项。',
  sourcePrefix: (source: string): string => `取自${source}`,

  // Command line and pane.
  summaryHeader: '履行教育职责评价：',
  summaryCounts: (pass: number, fail: number, missing: number, info: number): string =>
    `  达标 ${pass} 项，未达标 ${fail} 项，未佐证 ${missing} 项，仅供参考 ${info} 项`,
  summaryLine: (id: string, name: string, value: string, status: string): string =>
    `  - ${id} ${name}${value ? ` ${value}` : ''}：${status}`,
};
