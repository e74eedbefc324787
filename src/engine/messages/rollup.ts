/** Words of the roll-up of counties (`rollup`) and of the collection of school forms (`collect`). */

/** Sheet names of the roll-up workbook. */
export const ROLLUP_SHEETS = { summary: '区县汇总', comparison: '区县对比', issues: '数据问题' } as const;

export const rollupMessages = {
  summaryHeaderStart: ['序号', '文件', '区县', '年度', '总体结论', '影响认定的事项', '无法读取的原因'],
  partsHeader: ['达标学段数', '未达标学段数', '待填报学段数', '不参评学段数'],
  cvHeader: (stage: string, id: string) => `${stage}${id}差异系数`,
  cvWordHeader: (stage: string, id: string) => `${stage}${id}结论`,
  sectionsHeader: ['资源配置', '政府保障程度', '教育质量', '社会认可度', '一票否决'],
  issueCountHeader: ['数据错误数', '数据警告数'],
  unreadable: '无法读取',
  verdictCounts: (pass: number, fail: number, incomplete: number, unreadable: number) =>
    `合计：达标 ${pass} 个区县，未达标 ${fail} 个，待填报 ${incomplete} 个${unreadable > 0 ? `，无法读取 ${unreadable} 个` : ''}`,
  comparisonStatsTitle: '各差异系数在区县间的分布',
  comparisonStatsHeader: [
    '学段',
    '指标',
    '指标名称',
    '上限',
    '区县数',
    '达标',
    '未达标',
    '不可计算',
    '最大',
    '中位数',
    '最小',
  ],
  comparisonTitle: '各差异系数的区县排序（由高到低，差异系数越高校际差异越大）',
  comparisonHeader: [
    '学段',
    '指标',
    '指标名称',
    '名次',
    '区县',
    '年度',
    '文件',
    '差异系数',
    '上限',
    '与上限之差',
    '结论',
  ],
  issuesHeader: ['区县', '文件', '严重程度', '工作表', '单元格', '问题说明'],
  noIssues: '各区县均未发现数据问题',
  unreadableIssue: (why: string) => `工作簿无法读取，未纳入汇总：${why}`,
  noCounty: '（未填写）',
  duplicateCounty: (county: string, year: string, files: readonly string[]) =>
    `区县“${county}”${year ? `（${year} 年度）` : ''}出现在 ${files.length} 个工作簿中：${files.join('、')}；汇总中各占一行，请确认是否重复`,
  usage: [
    '  junheng rollup <区县.xlsx | 文件夹>… [--out <汇总.xlsx>] [--json <汇总.json>] [--force]',
    '      评估多个区县工作簿，写出区县汇总、区县对比和各区县数据问题（默认 区县汇总.xlsx）。',
    '  junheng collect <学校填报表.xlsx | 文件夹>… --out <区县.xlsx> [--force]',
    '      把每校一份的竖表（项目 | 单位 | 填报值）汇入模板的学校基础数据表，并写出采集问题表。',
  ].join('\n'),
  nothingUsable: (n: number) => `${n} 个工作簿都无法读取或评估，未写出汇总`,
  noInputs: '缺少参数：<区县.xlsx>（运行 junheng --help 查看用法）',
  rollupDone: (usable: number, failed: number) =>
    `已汇总 ${usable} 个区县${failed > 0 ? `，${failed} 个工作簿无法读取（见区县汇总表）` : ''}`,
  rollupCountyLine: (county: string, verdict: string) => `  ${county}：${verdict}`,
  rollupMoreCounties: (n: number) => `  ……另有 ${n} 个区县，见区县汇总表`,
  rollupWritten: (p: string) => `汇总已写入：${p}`,
  rollupJsonWritten: (p: string) => `汇总数据（JSON）已写入：${p}`,
} as const;

/** Sheet names written by `collect` besides the template's. */
export const COLLECT_SHEETS = { problems: '采集问题', mapping: '字段对照' } as const;

const quoted = (names: readonly string[]): string => names.map((n) => `“${n}”`).join('、');

export const collectMessages = {
  unreadable: (why: string) => `无法读取，未采集：${why}`,
  notAForm: '不是学校填报表：没有找到“项目 | 填报值”表头（或表头下没有可识别的项目），未采集',
  unknownItem: (label: string) =>
    `无法识别的项目“${label}”，未采用；如是本省的项目名称，请在“字段对照”表中写明对应的项目`,
  duplicateItem: (label: string) => `项目“${label}”重复出现，只采用第一次出现的值`,
  unknownType: (text: string) => `学校类型“${text}”无法识别，已原样写入；无法按学段拆分的项目留空`,
  notYesNo: (text: string) => `“${text}”不是“是”或“否”，未采用`,
  notAYear: (text: string) => `“${text}”不是年份（应填如 1998），未采用`,
  badNumber: (text: string) => `“${text}”不是有效的非负数，未采用`,
  moneyNoUnit: '金额未写单位，按万元读取',
  wrongUnit: (unit: string, header: string, expected: string) =>
    `单位“${unit}”与模板“${header}”的单位（${expected || '无'}）不符，未采用`,
  partBlank: (header: string, blanks: readonly string[]) =>
    `“${header}”由几个分项相加，其中 ${quoted(blanks)} 未填，无法求和，该列留空（分项为 0 时请填 0）`,
  notSplit: (type: string, labels: readonly string[], headers: readonly string[]) =>
    `${type}学校的表未按学段分列 ${quoted(labels)}，无法拆成 ${quoted(headers)}，两列留空；请按小学、初中分别填报`,
  stageUnknown: (labels: readonly string[], headers: readonly string[]) =>
    `学校类型未填或无法识别，无法判断 ${quoted(labels)} 属于哪个学段，${quoted(headers)} 留空`,
  duplicateCode: (code: string, earlier: string) =>
    `学校代码 ${code} 与填报表 ${earlier} 相同，两行都已写入学校基础数据（评估时会报代码重复），请确认是否重复填报`,
  blankItem: (header: string) => `“${header}”未填，该列留空`,
  missingItem: (header: string) => `表中没有“${header}”这一项，该列留空`,
  mappingNoHeader: '没有找到“表中项目 | 对应项目”表头，字段对照未采用',
  mappingUnknownTarget: (from: string, to: string) =>
    `“${from || '（空）'}”对应的“${to || '（空）'}”不是已知的项目或模板列，此行未采用`,
  problemsHeader: ['严重程度', '填报表', '工作表', '单元格', '项目', '问题说明'],
  noProblems: '所有填报表均已采集，未发现问题',
  sourceHeader: '来源填报表',
  mappingHeader: ['表中项目', '对应项目', '说明'],
  mappingNote: (target: string) => `填入“${target}”`,
  mappingPartNote: (parts: readonly string[], target: string) => `与 ${quoted(parts)} 相加，填入“${target}”`,
  mappingStageNote: (primary: string, junior: string) =>
    `按学校类型填入“${primary}”或“${junior}”（一贯制学校须按学段分别填报）`,
  mappingTitleNote: '可在下方添加本省填报表的项目名称；“对应项目”写模板列名或左列已有的项目名称，再次运行 collect 生效',
  noForms: '没有找到 .xlsx 填报表（可给出文件或文件夹）',
  nothingCollected: (n: number) => `${n} 个文件中没有可采集的学校填报表，未写出工作簿`,
  missingOut: '缺少参数：--out <区县.xlsx>（运行 junheng --help 查看用法）',
  collectDone: (schools: number, forms: number, errors: number, warnings: number) =>
    `已采集 ${schools} 所学校（${forms} 个文件），采集问题：错误 ${errors} 个，警告 ${warnings} 个`,
  collectWritten: (p: string) => `已写入：${p}（学校基础数据、采集问题；区县数据等其余工作表为空白模板）`,
} as const;
