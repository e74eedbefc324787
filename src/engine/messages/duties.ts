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
  h1Cumulative: (baseYear: number, base: string, year: number, now: string, fall: string): string =>
    `${baseYear}年 ${base} → ${year}年 ${now}，${year - baseYear}年累计下降${fall}`,
  sinceYear: (year: number): string => `（${year}年）`,
  schoolCount: (ok: number, total: number): string => `${ok}/${total} 所`,
  f4Gap: (n: number): string => `${n} 所学校未达到定额（见计算过程）`,
  s1Gap: (open: number): string => `${open} 条未整改`,
  rateChange: (now: string, prev: string, d: string): string => `${now} − ${prev} = ${d}`,
  amountChange: (now: string, prev: string, d: string): string => `${now} ÷ ${prev} − 1 = ${d}`,
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

  /** Where each default threshold comes from, cited as documents (title and 文号) for the user. */
  sources: {
    F1: '《国务院办公厅关于进一步调整优化结构提高教育经费使用效益的意见》（国办发〔2018〕82号）：一般公共预算教育支出逐年只增不减',
    F1total: '“财政教育总投入”与一般公共预算教育支出口径不同（部分区县自评报告写作“财政总投入”），仅供参考',
    F3: '《中华人民共和国教育法》“三个增长”：教育财政拨款的增长高于财政经常性收入的增长',
    F4: '《国务院关于进一步完善城乡义务教育经费保障机制的通知》（国发〔2015〕67号）；定额和小规模学校核定人数见下方设置项，请按本省、本市文件填写',
    F5: '未见区县统一标准，仅供参考',
    P1: '《县域学前教育普及普惠督导评估办法》（教督〔2020〕1号）：学前三年毛入园率≥85%',
    P2: '《县域学前教育普及普惠督导评估办法》（教督〔2020〕1号）：普惠性幼儿园覆盖率≥80%',
    P3: '《县域学前教育普及普惠督导评估办法》（教督〔2020〕1号）：公办园在园幼儿占比≥50%',
    E1: '《“十四五”特殊教育发展提升行动计划》（国办发〔2021〕60号）：2025年入学率达到97%；优质均衡评估的同一指标（教育质量第2项）标准为95%，两者标准不同',
    E2: '《国务院关于统筹推进县域内城乡义务教育一体化改革发展的若干意见》（国发〔2016〕40号）：基本消除66人及以上超大班额和56人及以上大班额；默认按超大班额≤2%、大班额≤5%',
    E3: '优质均衡评估的初中三年巩固率（教育质量第1项）标准为95%；此处为九年巩固率，口径不同，请按本地方案修改',
    H1: '《综合防控儿童青少年近视实施方案》（教体艺〔2018〕3号）：每年降低0.5个百分点以上，近视高发省份降低1个百分点以上；重庆是否属高发省份待确认，如属高发请把阈值改为1',
    H2: '《国务院关于实施健康中国行动的意见》（国发〔2019〕13号）：2022年达标优良率≥50%，2030年≥60%',
    H2trend:
      '《关于全面加强和改进新时代学校体育工作的意见》（中共中央办公厅、国务院办公厅，2020年）：学生体质健康水平持续三年下降的依法依规问责',
    H3: '未见全国统一数值标准；默认要求全部学校配备（100%）',
    V: '《中等职业学校设置标准》（教职成〔2010〕12号）：生均用地≥33㎡，生均校舍建筑面积≥20㎡',
    T1: '《中华人民共和国教师法》：教师平均工资水平不低于当地公务员平均工资水平（优质均衡评估指标八同此）',
    T2: '《教育部关于大力加强中小学教师培训工作的意见》（教师〔2011〕1号）：按学校年度公用经费预算总额的5%安排教师培训经费；各地另有按基本工资1.5%等口径，可在下方“教师培训经费计算基数”中选择',
    S1: '未见统一阈值；默认要求全部整改（100%），未整改的条数列入问题清单',
    I1: '优质均衡评估资源配置第7项：每百名学生拥有网络多媒体教室数 小学2.3间、初中2.4间',
    I2: '未见统一阈值，仅供参考；本地方案有规定时，填写阈值并把“仅供参考”改为“否”',
    I3: '默认要求全覆盖（100%）',
    counts: '工作次数，没有达标线，仅供参考',
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
  openQuestions: '待确认',
  openH1:
    '重庆是否属于近视高发省份尚未确认：高发省份要求总体近视率每年下降1个百分点以上，其他省份0.5个百分点。本表按“履职评价标准”中 H1、H1.累计 的阈值判定；如属高发，请把两者的阈值改为1。',
  noteLabel: '说明',
  noteE1:
    'E1 的标准 97% 出自《“十四五”特殊教育发展提升行动计划》（国办发〔2021〕60号），优质均衡评估的同一入学率（Q2）标准为 95%：同一个入学率可能在这里未达标、在评估汇总中达标，两者并不矛盾。',
  problemTitle: '问题清单（草稿）',
  problemHeader: ['序号', '编号及检查项', '状态', '差距或缺少的数据', '整改措施', '责任单位', '完成时限'],
  noProblems: '没有未达标或未佐证的检查项。',
  sourcePrefix: (source: string): string => `取自${source}`,

  // Command line and pane.
  summaryHeader: '履行教育职责评价：',
  summaryEmpty: '履行教育职责评价：未填写（“履职数据”表中没有数据，各检查项未评价）',
  summaryCounts: (pass: number, fail: number, missing: number, info: number): string =>
    `  达标 ${pass} 项，未达标 ${fail} 项，未佐证 ${missing} 项，仅供参考 ${info} 项`,
  summaryLine: (id: string, name: string, value: string, status: string): string =>
    `  - ${id} ${name}${value ? ` ${value}` : ''}：${status}`,
};
