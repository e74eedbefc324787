/** Words and sentences of 年度对比 (`junheng compare` and the pane's 与上年比较). */
import type { YearVerdict } from '../monitoring/compareTypes';

/** A fraction as a signed percentage with 1 decimal: 0.125 → +12.5%. */
function signedPct(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}

/** A number as the sheets show it: up to 4 decimals, no trailing zeros. */
function plain(x: number): string {
  return String(Number(x.toFixed(4)));
}

/** Sheet words of the verdicts (OUTPUT.md "More JSON"). */
export const YEAR_VERDICT_WORDS: Readonly<Record<YearVerdict, string>> = {
  kept: '达标保持',
  fixed: '整改完成',
  slipped: '下滑',
  'still-failing': '持续未达标',
  warning: '预警',
};

export const compareMessages = {
  sheetTitle: (county: string, years: readonly string[]) =>
    `年度对比：${county || '（未填写区县）'} ${years.join(' → ')}`,
  noVerdict: '无法比较',
  noValue: '—',
  yearColumn: (year: string) => `${year}年`,
  baselineNote: (year: string) => `以 ${year} 年（认定年度）为基准判定下滑`,
  previousNote: '与上一年比较判定下滑（未指定认定基准年）',
  alertTitle: '结论',
  stillMeets: '本年未发现跌出标准的县级指标或学校。',
  noLongerMeets: (items: readonly string[]) => `不再满足优质均衡标准：${items.join('、')}`,
  partFell: (code: string, name: string, stage: string) => `${name}（${code}）${stage}不再达标`,
  issuesTitle: '提示',
  rulesTitle: '判定规则（本产品的规则；未查到官方的下滑、预警定义）',
  rules: (m: {
    levelMargin: string;
    cvMargin: string;
    growth: string;
    jump: string;
    steady: string;
    top: number;
    floor: string;
  }) => [
    '达标保持：上一年达标，本年仍达标，且不属于预警。',
    '整改完成：上一年未达标，本年达标。',
    '下滑：上一年（指定认定基准年时，或基准年）达标，本年未达标。这是首要提示。',
    '持续未达标：上一年和本年都未达标。',
    `预警：本年仍达标，但离标准不超过 ${m.levelMargin}（差异系数为 ${m.cvMargin}，绝对值），或连续两年变差。标准为 100% 的比例项目不按离标准的距离预警。`,
    '每年按该年工作簿自己的评估标准判定；“未达标(≥85%)”算未达标；缺数据或学校当年不存在时写“无法比较”。',
    `影响最大的学校：差异系数平方 = Σ学生数×(学校值−均值)² ÷ (总学生数×均值²)，每校在其中的份额两年之差除以两年差异系数之和，即该校对差异系数变化的贡献，各校相加等于差异系数的变化。每项列出 ${m.top} 所；差异系数变化不足 ${m.floor} 的不列出。`,
    `学生增长：学段在校生比上一年增加超过 ${m.growth}。“仅因学生增长”指按上一年的学生数本年的资源仍达标。`,
    `疑似录入错误：学校总在校生变化不超过 ${m.steady}，而教师数、面积或仪器设备值变化超过 ${m.jump}（上一年为 0 的不比较）。`,
    '学校按学校代码对应；改名、改代码或撤并的学校在“学校对照”工作表中填写“原学校代码 | 现学校代码”即可对应。',
  ],
  sections: {
    coefficients: '校际差异系数',
    items: '政府保障程度、教育质量、社会认可度',
    movers: '对差异系数变化影响最大的学校',
    ledger: '整改台账变化',
    schools: '学校变动',
    growth: '学生增长较多的学校',
    jumps: '疑似录入错误',
    duties: '履行教育职责评价（各年按当年的履职评价标准）',
    government: '政府保障的跨年度检查',
    trends: '近视率、体质健康的逐年趋势',
    chains: '前后两年填写不一致的数字（本年工作簿的“上年”与上年工作簿的“本年”）',
    parts: '各校各学段指标逐年对比',
  },
  headers: {
    stage: '学段',
    indicator: '指标',
    change: '变化',
    standard: '标准',
    limit: '上限',
    verdict: '判定',
    item: '项目',
    name: '名称',
    code: '学校代码',
    school: '学校名称',
    before: '上年值',
    after: '本年值',
    effect: '对差异系数变化的贡献',
    shareOfChange: '占变化的比例',
    status: '状态',
    value: '本年值',
    amount: '需补足',
    unit: '单位',
    action: '整改措施',
    year: '年度',
    event: '变动',
    detail: '说明',
    studentsBefore: '上年在校生',
    studentsAfter: '本年在校生',
    growth: '增幅',
    aloneBreaks: '仅因学生增长而未达标',
    afterCell: '本年单元格',
    partVerdict: '学段结论',
    direction: '趋势',
    consequence: '说明',
    laterCell: '较新工作簿的单元格',
    laterValue: '填写的数',
    earlierCell: '较早工作簿的单元格',
    earlierValue: '填写的数',
  },
  ledgerStatus: { new: '新增', reopened: '重新出现', open: '仍未整改', closed: '已整改' },
  schoolGone: '学校本年不在名单中',
  events: { added: '新增学校', removed: '撤销或不再填报', changed: '信息变化' },
  none: '无',
  governmentNote: '每年与上一年度工作簿比较（第一年与它自己的“上年”列比较）；标准列为比较的规则。',
  neverIncluded: (why: string) => `各年均未纳入评估，不作逐项比较${why ? `：${why}` : ''}`,
  allStillMet: '各项仍达标',
  yes: '是',
  no: '否',

  // What changed about a school between two years.
  renamed: (from: string, to: string) => `名称：${from} → ${to}`,
  retyped: (from: string, to: string) => `类型：${from || '（空）'} → ${to || '（空）'}`,
  recoded: (from: string, to: string) => `学校代码：${from} → ${to}（按学校对照）`,
  mergedInto: (into: string) => `并入 ${into}（按学校对照）`,
  mergedFrom: (from: readonly string[]) => `由 ${from.join('、')} 合并（按学校对照）`,
  leftScope: (stage: string, why: string) => `${stage}不再纳入资源配置评估：${why}`,
  enteredScope: (stage: string) => `${stage}纳入资源配置评估`,

  // Problems with the workbooks given.
  differentCounties: (a: string, b: string, fileA: string, fileB: string) =>
    `两个工作簿不是同一区县：${fileA} 为「${a}」，${fileB} 为「${b}」。`,
  differentCountiesForced: (a: string, b: string, fileA: string, fileB: string) =>
    `两个工作簿的区县名称不同：${fileA} 为「${a}」，${fileB} 为「${b}」；已按要求继续比较。`,
  countyBlank: (file: string) => `${file} 的区县数据未填写区县名称，无法确认是同一区县。`,
  sameYear: (year: string, fileA: string, fileB: string) =>
    `${fileA} 与 ${fileB} 是同一年度（${year}）：年度对比需要不同年度的工作簿。`,
  sameYearForced: (year: string, fileA: string, fileB: string) =>
    `${fileA} 与 ${fileB} 是同一年度（${year}）；已按给出的顺序比较。`,
  yearBlank: (file: string) => `${file} 的区县数据未填写评估年度，以文件名代替。`,
  reordered: (years: readonly string[]) => `工作簿已按年度排序：${years.join(' → ')}。`,
  forceHint: '确认无误时可加 --force 继续比较。',
  paneHint: '请选择本区县另一年度的工作簿。',
  openWorkbook: '当前工作簿',
  unreadableFile: (name: string, why: string) => `无法读取所选文件 ${name}（需要 .xlsx 工作簿）：${why}`,
  tooFew: '年度对比至少需要两个工作簿（较早的在前，最新的在后）。',
  cannotRead: (file: string, why: string) => `${file}：${why}`,
  settingChanged: (label: string, a: string, yearA: string, b: string, yearB: string) =>
    `评估标准「${label}」${yearA} 年为 ${a}，${yearB} 年为 ${b}；各年按各自的评估标准判定。`,
  compareSettingUnreadable: (sheet: string, cell: string, label: string, shown: string) =>
    `${sheet}!${cell}「${label}」无法识别为数字，已使用默认值 ${shown}。`,
  mappingNoHeader: (sheet: string) => `工作表「${sheet}」没有“原学校代码 | 现学校代码”表头，学校对照未使用。`,
  mappingHalf: (sheet: string, cell: string) => `${sheet}!${cell} 只填了一侧的学校代码，这一行未使用。`,
  inputJump: (m: {
    school: string;
    field: string;
    before: string;
    beforeAt: string;
    after: string;
    afterAt: string;
    change: number;
    students: number;
  }) =>
    `${m.school}「${m.field}」由 ${m.beforeAt} 的 ${m.before} 变为 ${m.afterAt} 的 ${m.after}（${signedPct(m.change)}），` +
    `而在校生只变化 ${signedPct(m.students)}，请核对是否录入有误。`,
  signedPct,
  plain,

  // Figures typed twice (this year's 上年 is last year's 本年).
  dutyColumns: { now: '本年', prev: '上年', older: '前年' } as Readonly<Record<'now' | 'prev' | 'older', string>>,
  countySheetColumn: '区县数据',
  brokenChain: (x: {
    item: string;
    later: string;
    laterColumn: string;
    laterValue: string;
    earlier: string;
    earlierColumn: string;
    earlierValue: string;
  }) =>
    `「${x.item}」前后两年不一致：${x.later}（${x.laterColumn}）为 ${x.laterValue}，` +
    `而 ${x.earlier}（${x.earlierColumn}）为 ${x.earlierValue}；两处应是同一年的同一个数，请核对哪一处有误。`,
  yearsBefore: (label: string, back: number) => `${label}${back === 1 ? '的上一年' : `前 ${back} 年`}`,

  // Three-year trends (DUTIES.md H1, H2).
  trend: {
    names: { H1: '儿童青少年总体近视率', H2: '学生体质健康达标优良率' } as const,
    up: '上升',
    down: '下降',
    flat: '持平',
    fitnessDown3: (n: number) =>
      `已连续 ${n} 年下降，属于“学生体质健康水平连续三年下降”：按 2023 年近视防控工作方案，对此的地方政府和学校依法依规予以问责；宁夏的履职评价办法对此降一个等次。`,
    fitnessDown: (n: number, left: number) =>
      `已连续 ${n} 年下降；再下降 ${left} 年即为“学生体质健康水平连续三年下降”，将被依法依规问责。`,
    myopiaUp: (n: number, rule: string | null) =>
      `已连续 ${n} 年上升，不符合总体近视率每年下降的要求${rule ? `（履职评价标准：${rule}）` : ''}。`,
    myopiaFlat: (n: number, rule: string | null) =>
      `已连续 ${n} 年未下降，不符合总体近视率每年下降的要求${rule ? `（履职评价标准：${rule}）` : ''}。`,
    gap: (name: string, files: readonly string[]) =>
      `${name}：${files.length > 0 ? `${files.join('、')} 的履职数据没有本年数字` : '最近两年缺数字'}，无法判断趋势。`,
    moved: (direction: string, n: number) => `连续 ${n} 年${direction}`,
    noConsequence: '—',
  },

  // Checks of government spending across the years given.
  government: {
    fundingNorm: (stage: string) => `${stage}生均公用经费基准定额不低于上年`,
    wage: '义务教育教师平均工资不低于公务员（每年差额）',
    wageRule: '每年差额 ≥ 0',
    spending: '一般公共预算教育支出逐年只增不减',
    perPupil: (stage: string) => `${stage}生均一般公共预算教育支出逐年只增不减`,
    notFalling: '不低于上年',
  },

  // The 问题清单.
  problems: {
    sheet: '问题清单',
    title: (county: string, year: string) => `${county || '（未填写区县）'} ${year} 年度问题清单`,
    note: (file: string) =>
      `据 ${file} 的评估结果列出本年仍未解决的问题；整改目标为整改台账给出的需补足数量。责任单位、整改时限可在“问题清单设置”工作表中按项目填写，未填写的留空。`,
    header: ['序号', '类别', '问题', '涉及学校', '整改目标', '责任单位', '整改时限'],
    categories: {
      resources: '资源配置',
      guarantee: '政府保障',
      quality: '教育质量',
      recognition: '社会认可度',
      duties: '履职',
    } as const,
    none: '本年没有未解决的问题。',
    cv: (stage: string, id: string, name: string, cv: string, limit: string) =>
      `${stage}${id} ${name}差异系数 ${cv}，超过上限 ${limit}`,
    topSchools: (names: string) => `影响最大：${names}`,
    cvTarget: (limit: string) => `差异系数不超过 ${limit}`,
    ledger: (stage: string, id: string, name: string, n: number, standard: string) =>
      `${stage}${id} ${name}：${n} 所学校低于标准 ${standard}`,
    government: (id: string, name: string, value: string, before: string, unit: string) =>
      `${id} ${name}：本年 ${value}${unit}，低于上年的 ${before}${unit}`,
    governmentTarget: (before: string, unit: string) => `恢复到不低于上年的 ${before}${unit}`,
    reach: (standard: string) => (standard ? `达到标准 ${standard}` : '达到标准'),
    selfTarget: '自评达到“达标”',
    basic: '（自评基本达标）',
    dutyFigure: (value: string, rule: string) => `，本年 ${value}，标准 ${rule}`,
    veto: (item: string) => `一票否决：${item}`,
    vetoTarget: '消除该情形',
    months: (n: number) => `${Number(n.toPrecision(6))}个月内`,
    badMonths: (sheet: string, cell: string) => `${sheet}!${cell} 的整改时限应为正数（月数），已留空。`,
    noHeader: (sheet: string) => `工作表「${sheet}」没有“项目 | 责任单位 | 整改时限”表头，未使用。`,
    written: (p: string) => `问题清单已写入：${p}`,
    fileName: (county: string, year: string) => `${county || '区县'}${year}年问题清单.xlsx`,
  },

  // The pane and the command line.
  summaryTitle: (county: string, years: readonly string[]) =>
    `年度对比：${county || '（未填写区县）'}，${years.join(' → ')}`,
  summaryCounts: (counts: Readonly<Record<YearVerdict, number>>) =>
    `县级指标：下滑 ${counts.slipped} 项，预警 ${counts.warning} 项，持续未达标 ${counts['still-failing']} 项，整改完成 ${counts.fixed} 项，达标保持 ${counts.kept} 项`,
  summaryLedger: (n: number, reopened: number, closed: number) =>
    `整改台账：新增 ${n} 条，重新出现 ${reopened} 条，已整改 ${closed} 条`,
  summarySchools: (added: number, removed: number, changed: number) =>
    `学校：新增 ${added} 所，撤销或不再填报 ${removed} 所，信息变化 ${changed} 处`,
  summaryDuties: (slipped: number, failing: number) =>
    `履职与跨年度检查：下滑 ${slipped} 项，持续未达标 ${failing} 项（见年度对比工作表）`,
  summaryTrend: (name: string, moved: string) => `${name}：${moved}`,
  summaryChains: (n: number) => `前后两年填写不一致的数字 ${n} 处`,
  summaryProblems: (n: number) => `本年未解决的问题 ${n} 条`,
  summaryWarnings: (n: number) => `提示 ${n} 条（见年度对比工作表）`,
  written: (p: string) => `年度对比已写入：${p}`,
  jsonWritten: (p: string) => `JSON 已写入：${p}`,
  usage: [
    '  junheng compare <较早.xlsx>… <最新.xlsx> [--baseline] [--force] [--out <输出.xlsx>] [--json <对比.json>]',
    '                  [--problems <问题清单.xlsx>]',
    '      比较同一区县各年度的工作簿，把“年度对比”写入最新工作簿的副本（默认 <最新>.compare.xlsx）；',
    '      --baseline 以第一个工作簿为认定基准年，--force 在区县名称或年度不符时仍继续比较（并可替换已有的输出文件），',
    '      --problems 另写最新年度的问题清单。',
  ],
} as const;
