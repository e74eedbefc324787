/**
 * Words of the 自查自评报告: fixed texts (indicator 原文, headings, placeholders) and the sentence patterns of
 * REPORT.md §2, each taking figures already formatted by `report/formats.ts`. Full-width punctuation throughout.
 */
import type { ReportRowKey } from '../columns';
import type { IndicatorId } from '../result';

/** The 7 indicators by their official names (REPORT.md §2.2). */
export const REPORT_INDICATOR_NAMES: Readonly<Record<IndicatorId, string>> = {
  L1: '每百名学生拥有高于规定学历教师数',
  L2: '每百名学生拥有县级及以上骨干教师数',
  L3: '每百名学生拥有体育、艺术（美术、音乐）专任教师数',
  L4: '生均教学及辅助用房面积',
  L5: '生均体育运动场馆面积',
  L6: '生均教学仪器设备值',
  L7: '每百名学生拥有网络多媒体教室数',
};

/** 指标原文 of G1–G15 and Q1–Q9 (REPORT.md §2.4, §2.5), without the closing 。. */
export const ITEM_TEXTS: Readonly<Record<string, string>> = {
  G1: '县域内义务教育学校规划布局合理，符合国家规定要求',
  G2: '县域内城乡义务教育学校建设标准统一、教师编制标准统一、生均公用经费基准定额统一、基本装备配置标准统一',
  G3: '所有小学、初中每12个班级配备音乐、美术专用教室1间以上；其中，每间音乐专用教室面积不小于96平方米，每间美术专用教室面积不小于90平方米（对于在2016年及之前规划并建成的学校，其音乐、美术专用教室单间使用面积按分别不低于73、67平方米评估）',
  G4: '所有小学、初中规模不超过2000人，九年一贯制学校、十二年一贯制学校义务教育阶段规模不超过2500人（对于一个独立代码、一个独立法人、但有多个校区的“学校”，以独立校区为统计单位。对于2010年及之前规划并建成的学校，以及进城务工人员随迁子女占比超过50%的学校，其学校规模按小学、初中均不超过2400人、九年一贯制学校不超过3000人评估）',
  G5: '小学、初中所有班级学生数分别不超过45人、50人',
  G6: '不足100名学生村小学和教学点按100名学生核定公用经费',
  G7: '特殊教育学校生均公用经费不低于6000元',
  G8: '全县义务教育学校教师平均工资收入水平不低于当地公务员平均工资收入水平，按规定足额核定教师绩效工资总量',
  G9: '教师5年360学时培训完成率达到100%',
  G10: '县级教育行政部门在核定的教职工编制总额和岗位总量内，统筹分配各校教职工编制和岗位数量',
  G11: '全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%；其中，骨干教师不低于交流轮岗教师总数的20%',
  G12: '专任教师持有教师资格证上岗率达到100%',
  G13: '城区和镇区公办小学、初中（均不含寄宿制学校）就近划片入学比例分别达到100%、95%以上',
  G14: '全县优质高中招生名额分配比例不低于50%，并向农村初中倾斜',
  G15: '留守儿童关爱体系健全，全县符合条件的随迁子女在公办学校和政府购买服务的民办学校就读的比例不低于85%',
  Q1: '全县初中三年巩固率达到95%以上',
  Q2: '全县残疾儿童少年入学率达到95%以上',
  Q3: '所有学校制定章程，实现学校管理与教学信息化',
  Q4: '全县所有学校按照不低于学校年度公用经费预算总额的5%安排教师培训经费',
  Q5: '教师能熟练运用信息化手段组织教学，设施设备利用率达到较高水平',
  Q6: '所有学校德育工作、校园文化建设水平达到良好以上',
  Q7: '课程开齐开足，教学秩序规范，综合实践活动有效开展',
  Q8: '无过重课业负担',
  Q9: '在国家义务教育质量监测中，相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于0.15',
};

/** What only people can write, per item: the placeholder's words. */
export const ITEM_PLACEHOLDERS: Readonly<Record<string, string>> = {
  G1: '规划布局的做法（学校布局规划、学位供给等）',
  G2: '建设标准、编制标准、装备配置标准统一的做法',
  G10: '编制和岗位统筹分配的做法',
  Q3: '学校章程建设和管理、教学信息化的做法',
  Q5: '信息化教学应用和设施设备利用情况',
  Q6: '德育工作和校园文化建设情况',
  Q7: '课程开设、教学秩序和综合实践活动情况',
  Q8: '减轻学生过重课业负担的做法',
};

/** Conclusion words of an item status (`missing` asks for the figure, never claims a verdict). */
export const CONCLUSION_WORDS = {
  pass: '达标',
  basic: '基本达标',
  fail: '未达标',
  missing: '待填报',
} as const;

export const reportMessages = {
  /**
   * The title in 梯形 shape within 20 characters a line (2号 on the 版心): "{县}创建全国" over
   * "义务教育优质均衡发展{区}自查自评报告"; a long name gets a line of its own.
   */
  title: (county: string, word: string): string[] => {
    const tail = `义务教育优质均衡发展${word}自查自评报告`;
    const head = `${county}创建全国`;
    return head.length <= 20 ? [head, tail] : [county, `创建全国${tail}`];
  },
  /** Short indicator names for the columns of 表2. */
  shortNames: {
    L1: '高于规定学历教师',
    L2: '骨干教师',
    L3: '体育艺术教师',
    L4: '教学及辅助用房',
    L5: '体育运动场馆',
    L6: '教学仪器设备值',
    L7: '网络多媒体教室',
  } as Readonly<Record<IndicatorId, string>>,
  placeholder: (what: string) => `【待填写：${what}】`,
  preamble: '前言：创建工作的总体情况',
  reportLead: '现将有关情况报告如下：',
  h1: {
    basics: '一、基本情况',
    indicators: '二、主要指标完成情况',
    practice: '三、主要做法和经验',
    problems: '四、存在问题及整改措施',
  },
  h2: {
    resources: '（一）资源配置情况',
    balance: '（二）校际均衡情况',
    guarantee: '（三）政府保障程度情况',
    quality: '（四）教育质量情况',
    recognition: '（五）社会认可度情况',
  },
  practiceSlots: ['（一）', '（二）', '（三）', '（四）'],
  practiceSlot: (k: number) => `第${k}方面的做法和经验（小标题及一是、二是、三是）`,
  profile: '区县概况（面积、人口、经济社会发展、教育荣誉等）',
  closing: '结束语',
  conclusion: (word: string) => `自评结论：${word}。`,
  shortBy: (standard: string, gap: string) => `，低于${standard}的标准${gap}个百分点`,
  itemHead: (cn: string, text: string) => `指标${cn}：${text}。`,
  blank: (inputs: string) => `（${inputs}未填报，暂无法计算。）`,
  reportNote: '注：本报告由评估结果自动生成初稿，带【待填写】标记的内容需人工补充。',
  date: (d: { y: number; m: number; d: number }) => `${d.y}年${d.m}月${d.d}日`,
  basics: {
    schools: (w: string, n: string, scope: string) =>
      `目前，全${w}纳入评估的学生人数50人及以上的义务教育阶段学校${n}所（含校区、校点；九年一贯制、十二年一贯制学校的小学部、初中部分别计算，完全中学计其初中部）${scope}`,
    students: (s: string, sx: string, sc: string) => `义务教育阶段学校在校学生${s}人（其中小学${sx}人、初中${sc}人）`,
    special: (n: string) => `特殊教育学校在校学生${n}人`,
    staff: (n: string) => `教职工${n}人`,
    teachers: (n: string) => `专任教师${n}人`,
    cert: (p: string) => `持证上岗率${p}`,
    spending: (year: string, w: string, amount: string, change: string) =>
      `${year}全${w}一般公共预算教育支出${amount}${change}。`,
  },
  resources: {
    lead: '按照《教育部关于印发〈县域义务教育优质均衡发展督导评估办法〉的通知》（教督〔2017〕6号）文件要求，对照资源配置7项指标，',
    total: (w: string, n: string) => `全${w}纳入评估的${n}所学校中，`,
    all7: (n: string) => `${n}所学校7项指标均达到要求`,
    near: (n: string, detail: string) => `${n}所学校6项指标达到要求、余项不低于要求的85%（其中${detail}）`,
    failed: (n: string, detail: string) =>
      `${n}所学校未达到“每所学校至少6项指标达到要求、余项不能低于要求的85%”的要求${detail ? `（其中${detail}）` : ''}`,
    incomplete: (n: string, list: string) => `${n}所学校因数据缺失暂无法判定（${list}）`,
    lacks: (name: string, fields: string) => `${name}缺${fields}`,
    byIndicator: (name: string, k: string) => `${name}${k}所`,
    failIndicator: (name: string, k: string) => `${name}未达到要求85%的${k}所`,
    multiple: (k: string) => `2项及以上指标未达到要求的${k}所`,
    stage: (stage: string, n: string, a: string, p: string) => `${stage}${n}所中达标${a}所、达标率${p}`,
    stageFail: (k: string) => `，未达标${k}所`,
    stageUndecided: (k: string) => `，暂无法判定${k}所`,
    byStage: (parts: string) => `按学校综合评估，${parts}。（详见表1）`,
    note: '注：综合评价栏为按“每所学校至少6项指标达到要求、余项不低于要求的85%”评估达标的学校数；达标学校比例以纳入评估的全部学校为分母',
    noteUndecided: (list: string) => `。因数据缺失暂无法判定的学校（${list}）未计入达标学校数，待补齐数据后重新判定`,
    caption: '表1 资源配置7项指标达标情况',
    stageCol: '学段',
    kindCol: '类别',
    countRow: '达标学校数（所）',
    shareRow: '达标学校比例（%）',
    composite: '综合评价',
  },
  balance: {
    lead: '按照《教育部关于印发〈县域义务教育优质均衡发展督导评估办法〉的通知》（教督〔2017〕6号）文件要求，县域义务教育校际均衡情况主要通过资源配置7项指标的校际差异系数进行评价，',
    limits: (p: string, j: string) => `要求小学校际差异系数不高于${p}，初中不高于${j}。`,
    values: (stage: string, list: string) => `${stage}7项指标校际差异系数分别为${list}`,
    allWithin: (limit: string) => `，均不高于${limit}`,
    someAbove: (parts: string) => `，其中${parts}`,
    above: (name: string, v: string, limit: string) => `${name}为${v}，高于${limit}`,
    none: (stage: string) => `${stage}学校不足2所或数据不全，部分校际差异系数不可计算`,
    measured: '经测算，',
    bothReached: '小学、初中均达到评估标准',
    bothReachedLong: '小学、初中7项指标校际差异系数均达到评估标准',
    stageReached: (stage: string) => `${stage}达到评估标准`,
    stageReachedLong: (stage: string) => `${stage}7项指标校际差异系数均达到评估标准`,
    stageAbove: (stage: string) => `${stage}未达到评估标准`,
    stageAboveLong: (stage: string, names: string) => `${stage}${names}校际差异系数未达到评估标准`,
    stageUndecided: (stage: string) => `${stage}暂无法判定`,
    stageUndecidedLong: (stage: string) => `${stage}部分校际差异系数不可计算，暂无法判定`,
    undecided: '暂无法判定',
    composite: (p: string, j: string) => `小学、初中校际综合差异系数分别为${p}、${j}。`,
    caption: '表2 校际差异系数',
    compositeCol: '综合差异系数',
    limitCol: '标准',
    verdictCol: '结论',
    notComputable: '不可计算',
  },
  summary: {
    counts: (w: string, n: number, parts: string) => `对照评估办法，我${w}${n}项指标中，${parts}。`,
    all: (w: string, n: number) => `对照评估办法，我${w}${n}项指标均达到评估标准。`,
    pass: (k: string) => `${k}项达标`,
    basic: (k: string, ids: string) => `${k}项基本达标（${ids}）`,
    fail: (k: string, ids: string) => `${k}项未达标（${ids}）`,
    missing: (k: string, ids: string) => `${k}项待填报（${ids}）`,
    guaranteeIntro: (w: string) => `对${w}政府保障程度主要通过15项指标进行评价。`,
    qualityIntro: (w: string) => `对${w}义务教育质量主要通过9项指标进行评价。`,
  },
  overall: (w: string, resources: string, balance: string, guarantee: string, quality: string, recognition: string) =>
    `综上，我${w}资源配置${resources}；校际均衡方面，${balance}；政府保障程度${guarantee}；教育质量${quality}${recognition}。`,
  overallResources: (n: string, parts: string) => `纳入评估的${n}所学校中，${parts}`,
  overallPass: (k: string) => `${k}所达到要求`,
  overallAll: (n: number) => `${n}项指标均达到评估标准`,
  overallFail: (k: string) => `${k}所未达到要求`,
  overallUndecided: (k: string) => `${k}所因数据缺失暂无法判定`,
  overallRecognition: (sentence: string) => `；社会认可度${sentence}`,
  recognition: (w: string, p: string, standard: string, short: string) =>
    `全${w}社会认可度调查结果为${p}${short || `，达到${standard}的标准`}。`,
  recognitionBlank: '社会认可度调查结果未填报。',
  problems: {
    none: '经自查，各项指标均已达到评估标准。',
    intro: '经自查，以下指标未达到评估标准：',
    undecidedIntro: '以下事项因数据缺失暂无法判定，需补齐数据后重新判定：',
    resources: (n: string, list: string) =>
      `资源配置：${n}所学校未达到“每所学校至少6项指标达到要求、余项不能低于要求的85%”的要求。${list}。`,
    resourcesUndecided: (n: string, list: string) => `资源配置：${n}所学校暂无法判定（${list}）。`,
    balance: (stage: string, name: string, v: string, limit: string) =>
      `校际均衡：${stage}${name}校际差异系数为${v}，高于${limit}。`,
    balanceUndecided: (stage: string, names: string) => `校际均衡：${stage}${names}校际差异系数不可计算。`,
    itemHead: (section: string, cn: string, name: string) => `${section}指标${cn}（${name}）`,
    noSelfAssessment: '自评结论未填写',
    selfWord: (word: string) => `自评为${word}`,
    item: (n: number, name: string, detail: string) => `${n}. ${name}：${detail}`,
    school: (name: string, action: string) => `${name}${action}`,
    measures: '整改措施（责任单位、完成时限、资金安排）',
    moreSchools: (k: string) => `等${k}所学校`,
  },
  vetoes: (items: string) => `一票否决事项：${items}。`,
  signatureDefault: (county: string) => `${county}人民政府教育督导室`,
};

/** Lines of the `junheng report` command. */
export const reportCliMessages = {
  usage: [
    '  junheng report <输入.xlsx> [--out <报告.docx>] [--force]',
    '      按 evaluate 的方式计算，生成自查自评报告初稿（Word 文档，默认 <输入>.report.docx）；不改写输入文件。',
  ].join('\n'),
  written: (p: string, placeholders: number) =>
    `自评报告初稿已写入：${p}（其中 ${placeholders} 处【待填写】需人工补充）`,
};

/** The template's notes on the report rows of `区县数据` and their part of 填表说明. */
export const reportTemplateMessages = {
  rowNotes: {
    staffTotal: '选填，单位：人；用于自评报告“基本情况”',
    boardingNorm: '选填，单位：元/生/年；用于自评报告指标二',
    specialNorm: '选填，单位：元/生/年；用于自评报告指标二',
    salaryBasis: '选填，年 或 月（默认 年）：自评报告按年或按月表述指标八的工资',
    rotationSchoolYear: '选填，如 2022-2023（默认 评估年度的上一年—评估年度）',
    migrantTerm: '选填，如 2023年秋季（默认 评估年度秋季）；用于指标十五',
    disabledTerm: '选填，如 2023年秋季（默认 评估年度秋季）；用于教育质量指标二',
    office: '选填，自评报告落款（默认 区县名称+人民政府教育督导室）',
    percentDecimals: '选填，1 或 2（默认 2）：自评报告中百分比保留的小数位数',
    qualityYear: '选填，如 2023：接受义务教育质量监测的年度（用于教育质量指标九）',
    qualityLevel: '选填，国家 或 市级：所接受义务教育质量监测的级别（用于教育质量指标九）',
  } as Readonly<Record<ReportRowKey, string>>,
  guide: [
    '六、自评报告（选填）',
    '14. “区县数据”表末“教职工总数”至“报告百分比小数位数”各行只用于生成自查自评报告初稿，不影响评估结果；不填时按说明列的默认值处理。',
    '15. 生成的报告中带【待填写】标记的内容（做法、经验、自评结论等）需人工补充；在 Word 中搜索“【待填写”即可逐处找到。',
  ],
};
