/**
 * Words of the 创建规划 (PLAN.md): the settings sheet's rows, the sheet and command texts, and the messages about
 * bad planning input. Full-width punctuation throughout.
 */
import type { Stage } from '../model';

const STAGE_WORD: Record<Stage, string> = { primary: '小学', junior: '初中' };

/** The 学段 as a word. */
export const planStageWord = (stage: Stage): string => STAGE_WORD[stage];

/** Actions of PLAN.md §2 by their JSON name: the sheet's words and units. */
export const PLAN_ACTION_WORDS = {
  teachers: { name: '招聘专任教师', unit: '人' },
  peArtTeachers: { name: '招聘体育艺术教师', unit: '人' },
  backbone: { name: '评定县级骨干教师', unit: '人' },
  teachingSpace: { name: '建设教学及辅助用房', unit: '平方米' },
  sportsArea: { name: '建设体育运动场馆', unit: '平方米' },
  equipment: { name: '购置教学仪器设备', unit: '万元' },
  multimediaRooms: { name: '建设网络多媒体教室', unit: '间' },
} as const;

export const planMessages = {
  sheets: { settings: '规划参数', enrolment: '学生数预测', newSchools: '新建学校', output: '创建规划' },
  settingsHeader: ['项目', '数值', '单位', '说明'] as const,
  settingsTitle: '规划参数（各项可不填，不填时使用默认值）',
  costNote: '单价和成本的默认值是本软件的估计，不是官方数字，请改为本县实际数字。',
  enrolmentHeader: ['学校代码', '年度', '小学在校生数', '初中在校生数', '高中在校生数'] as const,
  newSchoolsNote: '本表填写规划期内新建、尚未列入“学校基础数据”的学校，各列与“学校基础数据”相同，另加“开办年度”。',
  openingYear: '开办年度',
  enrolmentPrompt: '预测年份（如2026）。每所学校每年一行；未填的学校按现有学生数规划。',
  yes: '是',
  no: '否',
  // Settings rows (项目, 单位, 说明 of the defaults).
  settingLabels: {
    targetYear: ['目标年度', '年', '默认：评估年度＋3'],
    teacherCost: ['教师年人均成本', '万元/人·年', '默认：区县数据的教师年平均工资收入÷10000，未填时16'],
    billedYears: ['计费年数', '年', '默认：目标年度－评估年度，至少1'],
    backboneCost: ['骨干培养成本', '万元/人', '默认0.5'],
    spacePrice: ['用房单价', '元/平方米', '默认3500'],
    sportsPrice: ['场馆单价', '元/平方米', '默认600'],
    roomPrice: ['多媒体教室单价', '万元/间', '默认5'],
    allowTransfer: ['允许教师交流', '是/否', '默认否'],
    transferShare: ['交流比例上限', '%', '默认10%'],
    transferCost: ['交流成本', '万元/人', '默认0'],
    yearCap: ['年度投入上限', '万元/年', '不填：不设上限'],
  } as const,
  sourceDefault: '默认',
  sourceSheet: '规划参数',
  issues: {
    badSetting: (label: string, text: string) => `规划参数“${label}”的值“${text}”不是有效的非负数，已使用默认值。`,
    badChoice: (label: string, text: string) => `规划参数“${label}”应填“是”或“否”，现为“${text}”，已使用默认值。`,
    unknownSchool: (code: string) => `学生数预测中的学校代码“${code}”不在学校基础数据或新建学校中，此行未使用。`,
    badEnrolment: (text: string) => `学生数预测中的“${text}”不是有效的学生数，此格未使用。`,
    badYear: (text: string) => `年度“${text}”不是有效的年份，此行未使用。`,
    transferNotModelled: '允许教师交流为“是”：本版规划暂不安排教师交流轮岗，只计算招聘、评定和建设的方案。',
  },
  refused: {
    targetBeforeEvaluation: (target: number, year: number) => `目标年度 ${target} 早于评估年度 ${year}，无法规划。`,
    noEvaluationYear: '区县数据中没有可识别的评估年度，无法规划。',
    solverFailed: (status: string) => `求解器未能得到可行方案（${status}）。`,
  },
  unmet: {
    missingInputs: (name: string, stage: Stage) => `${name}（${planStageWord(stage)}）有待填报的数据，无法规划。`,
    capReached: (name: string, stage: Stage, cost: string) =>
      `${name}（${planStageWord(stage)}）在年度投入上限内到目标年度仍未安排，尚需${cost}万元。`,
    coefficient: (stage: Stage, id: string, cv: string, limit: string) =>
      `${planStageWord(stage)}${id}的校际差异系数${cv}仍高于${limit}。`,
    notPassing: (name: string, stage: Stage) => `${name}（${planStageWord(stage)}）按方案补足后仍未达标。`,
  },
} as const;

/** Texts of the `创建规划` sheet. */
export const planSheetMessages = {
  title: (county: string, target: number) => `${county || '本县'}义务教育优质均衡创建规划（目标年度${target}年）`,
  summary: (total: string, gap: string, seconds: string, rounds: number) =>
    `总投入${total}万元；求解最优性差距${gap}，用时${seconds}秒，差异系数割平面${rounds}轮。`,
  byYearTitle: '一、分年度投入',
  byYearHeader: ['年度', '投入（万元）', '当年达标学段数', '参评学段数', '当年新达标的学校（全部学段达标）'] as const,
  totalRow: '合计',
  byActionTitle: '二、分措施投入',
  byActionHeader: ['措施', '数量', '单位', '投入（万元）'] as const,
  additionsTitle: '三、分校安排',
  additionsHeader: ['学校代码', '学校名称', '措施', '学段', '数量', '单位', '年度', '投入（万元）'] as const,
  noAdditions: '无需新增投入。',
  partsTitle: '四、各学段指标（补足前：评估年度；补足后：目标年度学生数）',
  partsHeader: [
    '学校代码',
    '学校名称',
    '学段',
    '时点',
    '在校生数',
    'L1',
    'L2',
    'L3',
    'L4',
    'L5',
    'L6',
    'L7',
    '达标项数',
    '结论',
  ] as const,
  beforeWord: '补足前',
  afterWord: '补足后',
  coefficientsTitle: '五、校际差异系数',
  coefficientsHeader: ['学段', '指标', '评估年度', '目标年度', '上限', '目标年度结论'] as const,
  unmetTitle: '六、尚未解决的事项',
  noUnmet: '无：目标年度所有参评学段达标，14项差异系数均在上限以内。',
  settingsTitle: '七、规划参数',
  settingsHeader: ['项目', '数值', '单位', '来源'] as const,
  none: '不设',
} as const;

/** Lines of the `junheng plan` command. */
export const planCliMessages = {
  usage: [
    '  junheng plan <输入.xlsx> [--out <规划.xlsx>] [--json <规划.json>] [--docx <方案.docx>] [--apply <补足后.xlsx>]',
    '      计算使每个参评学段达标、14项差异系数均在上限以内的最低投入方案（默认写入 <输入>.plan.xlsx 的“创建规划”表）；',
    '      --apply 写出补足后的副本，--docx 写出创建工作实施方案初稿；不改写输入文件。',
  ].join('\n'),
  total: (total: string, target: number) => `创建规划：到${target}年共需投入${total}万元。`,
  year: (year: number, cost: string, pass: number, parts: number) =>
    `  ${year}年：投入${cost}万元，${pass}/${parts}个学段达标`,
  solved: (gap: string, seconds: string, rounds: number) =>
    `最优性差距${gap}，用时${seconds}秒，差异系数割平面${rounds}轮。`,
  unmet: (n: number) => `尚有${n}项未解决，见“创建规划”表第六部分。`,
  warnings: (n: number) => `规划输入有${n}个问题（已使用默认值或跳过），见 JSON 的 issues。`,
  progress: (done: number, total: number) => `  求解中：${done}/${total}`,
  written: (p: string) => `创建规划已写入：${p}`,
  json: (p: string) => `规划数据（JSON）已写入：${p}`,
  applied: (p: string, n: number) => `补足后的副本已写入：${p}（改动${n}个单元格）`,
  docx: (p: string, placeholders: number) =>
    `创建工作实施方案初稿已写入：${p}（其中 ${placeholders} 处【待填写】需人工补充）`,
} as const;

/** Words of the 创建工作实施方案 (seed 003's outline). */
export const planDocMessages = {
  title: (county: string, word: string) => [`${county}创建全国义务教育`, `优质均衡发展${word}工作实施方案`],
  lead: (word: string) =>
    `为推进本${word}义务教育由基本均衡向优质均衡跨越，根据《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）、《县域义务教育优质均衡发展国家督导评估认定工作规程》（国教督办函〔2019〕30号）`,
  leadTail: `文件精神，结合实际，制定本方案。`,
  h1: [
    '一、指导思想',
    '二、工作目标',
    '三、基本原则',
    '四、基本情况',
    '五、主要问题及措施',
    '六、工作步骤',
    '七、保障措施',
  ],
  goal: (target: number, schools: number, parts: number) =>
    `力争${target}年，全部${schools}所参评学校的${parts}个学段资源配置7项指标均达到《办法》要求（每校至少6项达到标准、余项不低于标准的85%），小学、初中各7项校际差异系数均在上限以内，完成义务教育优质均衡发展创建工作。`,
  principles: [
    [
      '（一）统筹规划，分步实施。',
      '对照主要指标建立已达标台账和未达标台账，按所需投入由少到多的顺序分年度安排，先易后难、分步实施。',
    ],
    ['（二）坚持标准，因地制宜。', '严格对照国家标准，投入只补到达标所需，不重复建设。'],
    ['（三）强力推进，注重特色。', ''],
    ['（四）突出重点，整体提高。', '对相对薄弱的学校进一步加大扶持力度，同时控制校际差异系数。'],
  ] as const,
  basics: (total: number, byType: string, primary: number, junior: number) =>
    `现有义务教育阶段学校${total}所，其中，${byType}，小学在校学生${primary}人，初中在校学生${junior}人，共计${primary + junior}人。`,
  standing: (year: number, pass: number, parts: number, undecided: number, cvFail: number) =>
    `按${year}年数据测算，参评的${parts}个学段中${pass}个资源配置达标${undecided > 0 ? `、${parts - pass - undecided}个未达标、${undecided}个因数据待填报暂无法判定` : ''}；14项校际差异系数中${cvFail}项高于上限。`,
  problems: (fail: number, undecided: number, cvFail: number, growth: string) =>
    `主要问题：${fail}个学段资源配置未达标${undecided > 0 ? `，另有${undecided}个学段数据待填报、补齐后再行测算` : ''}；${cvFail}项校际差异系数高于上限${growth}。需要进一步加大经费投入，加强师资力量配备，改善办学条件。`,
  growth: (today: number, then: number, year: number) =>
    `；学龄人口变化，义务教育在校生将由${today}人变为${year}年的${then}人`,
  measures: (list: string, total: string) => `主要措施：${list}，共需投入${total}。`,
  step: (i: string, year: number, cost: string, pass: number, parts: number, names: string) =>
    `（${i}）${year}年：投入${cost}，年末${parts}个学段中${pass}个达标${names ? `，${names}达到标准` : ''}。`,
  unmet: (list: string) => `到目标年度仍未解决的事项：${list}。`,
  guarantee: '（一）加强领导，凝聚共识。',
  guaranteeFunds: (total: string) => `（二）落实经费。创建所需投入共${total}，分年度、分措施安排如下表。`,
  tableCaption: '表 创建投入分年度、分措施安排（万元）',
  tableHeader: (years: number[]) => ['措施', '数量', ...years.map((y) => `${y}年`), '合计'],
  totalRow: '合计',
  supervision: '（三）强化责任，加强督导。',
  costNote: '注：单价按“规划参数”表，默认值为本软件的估计，须以本地实际为准。',
  office: (county: string) => `${county}教育局`,
  placeholder: (what: string) => `【待填写：${what}】`,
} as const;
