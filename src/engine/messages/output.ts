/**
 * Words and sentences of the output sheets, the template and the command line.
 * Status words follow RULES.md §7 exactly: the colour of a cell only ever repeats them.
 */
import type { IndicatorId, IndicatorStatus, ItemStatus, Verdict } from '../result';
import type { Stage } from '../model';
import { compareMessages } from './compare';
import { computeMessages } from './compute';

/** Status words of an indicator (RULES.md §7). */
export const INDICATOR_STATUS_WORDS: Readonly<Record<IndicatorStatus, string>> = {
  pass: '达标',
  near: '未达标(≥85%)',
  fail: '未达标',
  missing: '待填报',
};

/** Words of a school, section or county verdict. */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  pass: '达标',
  fail: '未达标',
  incomplete: '待填报',
};

/** Words of a G/Q/S item; `basic` is a self-assessed 基本达标, which does not pass. */
export const ITEM_STATUS_WORDS: Readonly<Record<ItemStatus, string>> = {
  pass: '达标',
  fail: '未达标',
  missing: '待填报',
  basic: '基本达标',
};

/** Words of a coefficient: pass true / false / null (fewer than 2 parts or a mean of 0). */
export const COEFFICIENT_WORDS = { pass: '达标', fail: '未达标', none: '不可计算' } as const;

export const STAGE_WORDS: Readonly<Record<Stage, string>> = { primary: '小学', junior: '初中' };

/** Full indicator names as in seed 000's table and RULES.md §1. */
export const INDICATOR_NAMES: Readonly<Record<IndicatorId, string>> = computeMessages.indicatorName;

/** Short column labels with units, for the wide per-school sheet. */
export const INDICATOR_SHORT: Readonly<Record<IndicatorId, string>> = {
  L1: '高学历教师（人/百生）',
  L2: '骨干教师（人/百生）',
  L3: '体育艺术教师（人/百生）',
  L4: '教学辅助用房（㎡/生）',
  L5: '体育场馆（㎡/生）',
  L6: '仪器设备值（元/生）',
  L7: '多媒体教室（间/百生）',
};

export const outputMessages = {
  summaryTitle: '县域义务教育优质均衡发展督导评估汇总',
  /** The title row of 评估汇总: the county's own name in place of 县域 when it is known. */
  summaryTitleOf: (county: string) =>
    county ? `${county}义务教育优质均衡发展督导评估汇总` : '县域义务教育优质均衡发展督导评估汇总',
  county: '区县',
  year: '评估年度',
  runTime: '评估时间',
  verdict: '总体结论',
  blockersTitle: '影响认定的事项',
  noBlockers: '无：各项均达到评估标准',
  sections: {
    resources: '资源配置',
    guarantee: '政府保障程度',
    quality: '教育质量',
    recognition: '社会认可度',
    vetoes: '一票否决',
  },
  resourcesTitle: '一、资源配置7项指标达标情况',
  stageHeader: '学段',
  categoryHeader: '类别',
  compositeEvaluation: '综合评价',
  passCountRow: '达标学校总数（所）',
  passRatioRow: '达标学校比例（%）',
  includedNote: (primary: number, junior: number) =>
    `参评学校（学段）：小学 ${primary} 个，初中 ${junior} 个；达标比例 = 达标学校数 ÷ 参评学校数。`,
  cvTitle: '二、校际差异系数',
  cvHeader: ['指标', '小学差异系数', '初中差异系数', '小学上限', '初中上限', '小学结论', '初中结论'],
  compositeCv: '综合差异系数（仅供参考，不作为评估依据）',
  chartTitle: '校际差异系数与上限',
  itemsTitle: '三、政府保障程度、教育质量、社会认可度与一票否决',
  itemsHeader: ['编号', '项目', '数值', '标准', '结论', '说明'],
  schoolShareSuffix: '（数值为达标学校占比）',
  vetoHeader: ['一票否决事项', '是否存在', '标准', '结论'],
  vetoYes: '是',
  vetoNo: '否',
  vetoStandard: '否',
  value2Label: {
    G11: '其中：交流轮岗骨干教师占交流轮岗教师比例',
    G13: '其中：初中就近划片入学比例',
    Q9: '其中：最大校际差异率',
  } as Record<string, string>,
  partsHeader: ['学校代码', '学校名称', '学段', '在校生数'],
  valuesGroup: '指标值',
  statusGroup: '达标情况',
  partsTail: ['达标项数', '综合评价', '未达标项', '临界提示'],
  borderlineNote: '按显示精度四舍五入后结论可能改变',
  excludedTitle: '未纳入资源配置评估的学校（学段）',
  excludedHeader: ['学校代码', '学校名称', '学段', '在校生数', '原因'],
  noExcluded: '无',
  cvSheetTitle: '校际差异系数（按在校生数加权）',
  indicatorsTitle: '资源配置指标结果（逐校逐学段）',
  ledgerTitle: '整改台账',
  issuesTitle: '数据问题',
  cvSheetHeader: ['学段', '指标', '纳入学校数', '平均值', '标准差', '差异系数', '上限', '结论', '临界提示'],
  contributorsTitle: '拉高差异系数的学校（占 Σ在校生数×(指标值−平均值)² 的比例）',
  contributorsHeader: ['学段', '指标', '学校代码', '学校名称', '指标值', '在校生数', '贡献占比'],
  ledgerHeader: [
    '学校代码',
    '学校名称',
    '学段',
    '项目',
    '项目名称',
    '现值',
    '标准',
    '差距',
    '需调整量',
    '单位',
    '整改措施',
  ],
  noShortfalls: '无需整改的项目',
  issuesHeader: ['严重程度', '工作表', '单元格', '问题说明'],
  severity: { error: '错误', warning: '警告' } as const,
  noIssues: '未发现数据问题',
  wholeSheet: '（整表）',
  settingsHeader: ['设置项', '值', '说明'],
  yes: '是',
  no: '否',
} as const;

/** Texts of the template workbook. */
export const templateMessages = {
  schoolTitle:
    '学校基础数据：每所学校（校区）一行；空白表示缺失（不是0），金额单位万元，面积单位平方米；合计行不参与计算',
  countyHeader: ['项目', '数值', '说明'],
  unitNote: (unit: string) => (unit === '%' ? '单位：%（填 96.5 表示 96.5%）' : `单位：${unit}`),
  selfAssessedNote: (item: string) => `${item}：自评结论，填 达标 / 基本达标 / 未达标`,
  vetoNote: '一票否决事项：填 是 / 否',
  countyNameNote: '区县全称',
  yearNote: '如 2024',
  levels: ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'],
  stages: ['小学', '初中'],
  totalRow: '合计',
  guideTitle: '填表说明',
  guide: [
    '一、总体要求',
    '1. 本工作簿每个区县填写一份。请勿修改工作表名称和表头文字；列的顺序可以调整，多出的列不影响计算。',
    '2. 空白单元格表示“缺失”，不会按0计算；确实为0的请填写0。仅“小学交流轮岗走教体育艺术教师数”“室内体育用房面积”“校外租赁及改造运动场地面积”“三年内死亡学生数”空白按0计算。',
    '3. 数值单元格只填数字，不要填写文字、单位或备注；负数和文字会作为数据错误列出，并按缺失处理。',
    '4. 评估结果写入“评估汇总”“指标结果”“差异系数”“整改台账”“数据问题”五张表（填写了“履职数据”时另有“履职评价”表），每次运行整表替换，不改动本说明所列的填报表。',
    '二、学校基础数据',
    '5. 每所学校（或独立校区）一行。学校代码不能重复；学校类型从下拉列表选择：小学、初中、九年一贯制、十二年一贯制、完全中学、教学点、特殊教育学校。',
    '6. 在校生数按学段分别填写；九年一贯制、十二年一贯制学校的教师按学段分别填写，校舍、场馆、设备、多媒体教室填全校数，由系统按学生数加权分摊（小学:初中:高中 = 1:1.1:1.32，完全中学初中:高中 = 1:1.2）。',
    '7. 面积单位为平方米（㎡）；教学仪器设备值、公用经费预算、教师培训经费的单位为万元（如 123.45 万元填 123.45）。',
    '8. 表中“合计”“总计”“小计”行会被自动跳过，可以保留。',
    '9. 特殊教育学校和学生少于50人的教学点不参加资源配置7项指标评估，但仍请填写，用于其他指标。',
    '三、区县数据',
    '10. 按“项目”逐行填写“数值”列。百分比直接填百分数（96.5 表示 96.5%），也可以填写设置为百分比格式的单元格。',
    '11. 自评项目填“达标”“基本达标”或“未达标”；一票否决事项填“是”或“否”。空白视为待填报。',
    '四、质量监测',
    '12. 每个监测科目一行：科目、学段（小学/初中）、学业水平等级（Ⅰ–Ⅳ级）、校际差异率（如 0.128）。',
    '五、评估标准',
    '13. 各项标准和放宽条款的默认值取自《县域义务教育优质均衡发展督导评估办法》及认定工作规程；如本省另有规定，只需修改“值”列。',
  ],
} as const;

/** Messages of the `junheng` command line. */
export const cliMessages = {
  prefix: 'junheng: ',
  usage: [
    '用法：junheng <命令> <文件>… [选项]（junheng --help 显示本说明，junheng --version 显示版本）',
    '命令：',
    '  junheng evaluate <输入.xlsx> [--out <输出.xlsx>] [--json <结果.json>] [--force]',
    '      读取数据采集模板，计算全部指标，把评估结果写入输入文件的副本（默认 <输入>.result.xlsx）。',
    '  junheng template <输出.xlsx> [--sample] [--force]',
    '      生成空白数据采集模板；加 --sample 生成填好的示例县。',
    ...compareMessages.usage,
  ].join('\n'),
  usageFootnote: [
    '输出文件已存在时：本命令先前写出的结果直接替换；其他已有文件（如已填好的工作簿）一律不动并报错，',
    '确需替换时加 --force。',
  ].join('\n'),
  version: (v: string) => `junheng ${v}`,
  noSuchFile: (p: string) => `找不到文件：${p}`,
  notXlsx: (p: string) => `不是有效的 .xlsx 工作簿：${p}`,
  unreadable: (p: string, why: string) => `无法读取工作簿 ${p}：${why}`,
  unknownCommand: (c: string) => `未知命令：${c}（运行 junheng --help 查看用法）`,
  missingArgument: (what: string) => `缺少参数：${what}（运行 junheng --help 查看用法）`,
  unknownOption: (o: string) => `未知选项：${o}`,
  unexpected: (why: string) => `运行出错：${why}`,
  writeFailed: (p: string, why: string) => `无法写入 ${p}：${why}`,
  summaryCounty: (county: string, year: string) => `区县：${county || '（未填写）'}，年度：${year || '（未填写）'}`,
  summaryVerdict: (word: string) => `总体结论：${word}`,
  summaryBlockers: '影响认定的事项：',
  summaryParts: (pass: number, fail: number, incomplete: number, excluded: number) =>
    `资源配置：达标 ${pass} 个学段，未达标 ${fail} 个，待填报 ${incomplete} 个，不参评 ${excluded} 个`,
  summaryCvHeader: '校际差异系数（小学 / 初中）：',
  summaryCvLine: (name: string, primary: string, junior: string) => `  ${name}：${primary} / ${junior}`,
  summaryIssues: (errors: number, warnings: number) => `数据问题：错误 ${errors} 个，警告 ${warnings} 个`,
  summaryOutput: (p: string) => `评估结果已写入：${p}`,
  summaryJson: (p: string) => `结果数据（JSON）已写入：${p}`,
  templateWritten: (p: string) => `模板已写入：${p}`,
  sampleWritten: (p: string) => `示例县工作簿已写入：${p}`,
} as const;
