/** Messages and labels of the calculations: statuses, verdicts, blockers, shortfall actions. */
import type { IndicatorId, IndicatorStatus, ItemStatus, Verdict } from '../result';
import type { Stage } from '../model';
import { grouped } from './digits';

/** A fraction as a percentage with 2 decimals: 0.4475 → 44.75%. */
function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

const fx = (x: number, d = 2): string => x.toFixed(d);

export const computeMessages = {
  stageName: { primary: '小学', junior: '初中' } as Record<Stage, string>,
  indicatorStatus: {
    pass: '达标',
    near: '未达标(≥85%)',
    fail: '未达标',
    missing: '待填报',
  } as Record<IndicatorStatus, string>,
  verdict: { pass: '达标', fail: '未达标', incomplete: '待填报' } as Record<Verdict, string>,
  itemStatus: { pass: '达标', fail: '未达标', missing: '待填报', basic: '基本达标' } as Record<ItemStatus, string>,
  coefficientStatus: (pass: boolean | null): string => (pass === null ? '不可计算' : pass ? '达标' : '未达标'),
  vetoValue: (v: boolean | null): string => (v === null ? '待填报' : v ? '是' : '否'),

  /** Full names of the seven indicators (RULES.md §1). */
  indicatorName: {
    L1: '每百名学生拥有高于规定学历教师数',
    L2: '每百名学生拥有县级及以上骨干教师数',
    L3: '每百名学生拥有体育、艺术专任教师数',
    L4: '生均教学及辅助用房面积',
    L5: '生均体育运动场馆面积',
    L6: '生均教学仪器设备值',
    L7: '每百名学生拥有网络多媒体教室数',
  } as Record<IndicatorId, string>,
  /** What a shortfall of each indicator asks for, per 学段 (teachers of that 学段). */
  indicatorNeed: {
    L1: { primary: '专科及以上学历专任教师', junior: '本科及以上学历专任教师' },
    L2: { primary: '县级及以上骨干教师', junior: '县级及以上骨干教师' },
    L3: { primary: '体育、艺术专任教师', junior: '体育、艺术专任教师' },
    L4: { primary: '教学及辅助用房面积', junior: '教学及辅助用房面积' },
    L5: { primary: '体育运动场馆面积', junior: '体育运动场馆面积' },
    L6: { primary: '教学仪器设备', junior: '教学仪器设备' },
    L7: { primary: '网络多媒体教室', junior: '网络多媒体教室' },
  } as Record<IndicatorId, Record<Stage, string>>,

  /** Names of the G/Q/S items (RULES.md §2–4). */
  itemName: {
    G1: '规划布局合理',
    G2: '四统一',
    G3: '音乐、美术专用教室',
    G4: '学校规模',
    G5: '班额',
    G6: '小规模学校公用经费',
    G7: '特殊教育学校生均公用经费',
    G8: '教师平均工资收入',
    G9: '教师5年360学时培训完成率',
    G10: '编制和岗位统筹分配',
    G11: '教师交流轮岗',
    G12: '专任教师持证上岗率',
    G13: '就近划片入学比例',
    G14: '优质高中招生名额分配比例',
    G15: '随迁子女在公办学校和政府购买服务的民办学校就读比例',
    Q1: '初中三年巩固率',
    Q2: '残疾儿童少年入学率',
    Q3: '学校章程、管理与教学信息化',
    Q4: '教师培训经费占公用经费比例',
    Q5: '信息化教学',
    Q6: '德育与校园文化',
    Q7: '课程开齐开足',
    Q8: '无过重课业负担',
    Q9: '国家义务教育质量监测',
    S1: '社会认可度',
  } as Record<string, string>,

  excluded: {
    unknownType: '学校类型未填写或无法识别，未纳入资源配置评估',
    special: '特殊教育学校不纳入资源配置评估',
    vocational: '职业学校不纳入资源配置评估',
    privateSchool: '民办学校按设置不纳入资源配置评估',
    small: (students: number, floor: number): string => `在校生 ${students} 人，少于 ${floor} 人，不纳入资源配置评估`,
  },

  issues: {
    studentsMissing: (school: string, stage: Stage): string =>
      `${school}：${computeMessages.stageName[stage]}在校生数为空，该学段各项指标无法计算`,
    splitMissing: (school: string): string =>
      `${school}：分摊设施所需的各学段在校生数不全，生均面积、设备值和多媒体教室指标无法计算`,
    noStudents: (school: string): string => `${school}：没有义务教育阶段在校生，不参与资源配置评估`,
  },

  selfAssessedBlank: '待填报',

  /** Units of indicators and of 整改台账 amounts. */
  units: { people: '人', rooms: '间', area: 'm²', money: '万元', yuan: '元', classes: '个' },
  /** Short names of the two figures of a county ratio, as its detail shows them. */
  ratioLabels: {
    G9: ['完成培训', '专任教师'],
    G12: ['持证', '专任教师'],
    G14: ['分配名额', '招生名额'],
  } as Record<'G9' | 'G12' | 'G14', readonly [string, string]>,

  detail: {
    notApplicable: '无适用学校',
    /** G3's build-year groups: up to the relaxation year, after it, and year not given. */
    g3Groups: (year: number): readonly [string, string, string] => [
      `${year}年及之前建成`,
      `${year}年之后建成`,
      '建成年份未填',
    ],
    schools: (meeting: number, total: number, missing: number): string =>
      `${meeting}/${total} 所学校达标` + (missing > 0 ? `，${missing} 所数据不全` : ''),
    g6None: (threshold: number): string => `无在校生不足 ${threshold} 人的公办学校`,
    g7: (fundWan: number, students: number, perStudent: number): string =>
      `特教公用经费 ${fundWan} 万元 ÷ 在校生 ${students} 人 = ${grouped(perStudent, 2)} 元`,
    g7None: '本县无特殊教育学校在校生',
    g8: (teacher: number, civil: number): string => `教师 ${grouped(teacher, 0)} 元，公务员 ${grouped(civil, 0)} 元`,
    ratio: (numLabel: string, num: number, denLabel: string, den: number, value: number): string =>
      `${numLabel} ${num} ÷ ${denLabel} ${den} = ${pct(value)}`,
    g11: (actual: number, eligible: number, backbone: number | null): string =>
      `交流 ${actual} ÷ 符合条件 ${eligible} = ${pct(actual / eligible)}` +
      (backbone !== null && actual > 0 ? `；骨干 ${backbone} ÷ 交流 ${actual} = ${pct(backbone / actual)}` : ''),
    g13Stage: (stage: Stage, value: number | null, fromCounty: boolean): string =>
      `${computeMessages.stageName[stage]} ` +
      (value === null ? '待填报' : `${pct(value)}${fromCounty ? '（区县填报）' : '（按学校数据汇总）'}`),
    g15: (pub: number, purchased: number, eligible: number, value: number): string =>
      `(公办 ${pub} + 购买服务民办 ${purchased}) ÷ 符合条件 ${eligible} = ${pct(value)}`,
    q1Standard: (grads: number, g7: number, tin: number, tout: number, deaths: number, value: number): string =>
      `毕业 ${grads} ÷ (初一 ${g7} + 转入 ${tin} − 转出 ${tout} − 死亡 ${deaths}) = ${pct(value)}`,
    q1Plain: (grads: number, g7: number, value: number): string => `毕业 ${grads} ÷ 初一 ${g7} = ${pct(value)}`,
    q1Adjusted: (grads: number, g7: number, tin: number, tout: number, deaths: number, value: number): string =>
      `(毕业 ${grads} − 转入 ${tin} + 转出 ${tout}) ÷ (初一 ${g7} − 死亡 ${deaths}) = ${pct(value)}`,
    q2: (inclusive: number, special: number, home: number, total: number, value: number): string =>
      `(随班就读 ${inclusive} + 特教学校 ${special} + 送教上门 ${home}) ÷ 适龄 ${total} = ${pct(value)}`,
    q4County: (value: number): string => `区县填报 ${pct(value)}`,
    q9: (meeting: number, total: number): string => `${meeting}/${total} 个科目达到Ⅲ级以上且差异率低于标准`,
    q9None: '未填报质量监测结果',
    s1: (value: number): string => `社会认可度 ${pct(value)}`,
    missingInputs: (labels: string[]): string => `待填报：${labels.join('、')}`,
  },

  /** Labels of county inputs named in a 待填报 detail. */
  inputLabel: {
    specialSchoolFunding: '特殊教育学校公用经费',
    specialSchoolStudents: '特殊教育学校在校生数',
    teacherAvgSalary: '教师年平均工资收入',
    civilServantAvgSalary: '公务员年平均工资收入',
    fullTimeTeachers: '专任教师总数',
    trainedTeachers: '完成培训的专任教师数',
    certifiedTeachers: '持证专任教师数',
    rotationEligible: '符合交流轮岗条件的教师数',
    rotationActual: '实际交流轮岗教师数',
    rotationBackbone: '交流轮岗骨干教师数',
    qualityHighSchoolQuota: '优质高中招生名额总数',
    qualityHighSchoolAllocated: '分配到初中学校名额数',
    migrantEligible: '符合条件的随迁子女数',
    migrantPublic: '在公办学校就读的随迁子女数',
    migrantPurchased: '在政府购买服务民办学校就读的随迁子女数',
    juniorGraduates: '初中毕业生数',
    grade7ThreeYearsAgo: '三年前初一在校生数',
    transfersIn: '三年内转入学生数',
    transfersOut: '三年内转出学生数',
    deaths: '三年内死亡学生数',
    disabledTotal: '适龄残疾儿童少年总数',
    disabledInclusive: '随班就读残疾儿童少年数',
    disabledSpecialSchool: '特殊教育学校就读残疾儿童少年数',
    disabledHomeTaught: '送教上门残疾儿童少年数',
    trainingFundRatio: '教师培训经费占公用经费比例',
    recognitionRate: '社会认可度',
  } as Record<string, string>,

  blockers: {
    partsFailing: (stage: Stage, count: number, names: string[]): string =>
      `资源配置：${computeMessages.stageName[stage]} ${count} 所学校未达标（${names.join('、')}${count > names.length ? ' 等' : ''}）`,
    partsIncomplete: (stage: Stage, count: number, names: string[]): string =>
      `资源配置：${computeMessages.stageName[stage]} ${count} 所学校数据不全，无法判定（${names.join('、')}${count > names.length ? ' 等' : ''}）`,
    noParts: '资源配置：没有纳入评估的学校',
    cvFail: (stage: Stage, id: IndicatorId, cv: number, limit: number): string =>
      `资源配置：${computeMessages.stageName[stage]} ${id} 差异系数 ${fx(cv, 3)} 超过上限 ${limit}`,
    cvMissing: (stage: Stage, id: IndicatorId): string =>
      `资源配置：${computeMessages.stageName[stage]} ${id} 差异系数因数据缺失不可计算`,
    schoolItem: {
      G3: (n: number): string => `G3 音乐、美术专用教室：${n} 所学校专用教室不足`,
      G4: (n: number): string => `G4 学校规模：${n} 所学校超过规模上限`,
      G5: (n: number): string => `G5 班额：${n} 所学校存在大班额`,
      G6: (n: number): string => `G6 小规模学校公用经费：${n} 所学校未按100名学生核定公用经费`,
      Q4: (n: number): string => `Q4 教师培训经费：${n} 所学校培训经费低于公用经费的规定比例`,
    } as Record<string, (n: number) => string>,
    itemFail: (id: string, name: string, detail: string): string => `${id} ${name}：未达标（${detail}）`,
    itemBasic: (id: string, name: string): string => `${id} ${name}：自评为基本达标，不能视为达标`,
    itemMissing: (id: string, name: string, detail: string): string =>
      `${id} ${name}：待填报${detail && detail !== '待填报' ? `（${detail}）` : ''}`,
    vetoYes: (item: string): string => `一票否决：存在“${item}”`,
    vetoMissing: (item: string): string => `一票否决：“${item}”待填报`,
  },

  actions: {
    people: (what: string, n: number): string => `需增加${what} ${grouped(n, 0)} 人`,
    rooms: (what: string, n: number): string => `需增加${what} ${grouped(n, 0)} 间`,
    area: (what: string, n: number): string => `需增加${what} ${grouped(n, 0)} m²`,
    money: (what: string, wan: number): string => `需增加${what} ${grouped(wan, 1)} 万元`,
    g3Music: '音乐专用教室',
    g3Art: '美术专用教室',
    g4: (n: number): string => `需减少在校生 ${grouped(n, 0)} 人`,
    g5: (n: number): string => `需消除大班额 ${grouped(n, 0)} 个`,
    g6: '公用经费',
    q4: '教师培训经费',
  },
} as const;
