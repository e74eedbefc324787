/**
 * A fictional county (示例县) that exercises every rule: schools of every type, most passing,
 * some near the line (85–100% of a standard), some failing, one incomplete, a school under the
 * 50-student floor, a 民办 school, a totals row and a few deliberate data errors.
 * Figures are drawn from a seeded generator so the workbook is identical on every run.
 */
import type { SchoolNumericField } from '../model';
import type { SchoolType } from '../model';
import type { IndicatorId } from '../result';
import type { OutputValue } from '../sheetSpec';
import { seededRng, type Rng } from './random';

/** Standards of RULES.md §1 used to size the sample's resources (the defaults of 评估标准). */
const STANDARD: Record<IndicatorId, { primary: number; junior: number }> = {
  L1: { primary: 4.2, junior: 5.3 },
  L2: { primary: 1.0, junior: 1.0 },
  L3: { primary: 0.9, junior: 0.9 },
  L4: { primary: 4.5, junior: 5.8 },
  L5: { primary: 7.5, junior: 10.2 },
  L6: { primary: 2000, junior: 2500 },
  L7: { primary: 2.3, junior: 2.4 },
};

/** A sample school: identity columns as text, numeric columns by their internal key (units of the template). */
export interface SampleSchool {
  code: string;
  name: string;
  type: SchoolType;
  ownership: '公办' | '民办';
  urbanRural: '城区' | '镇区' | '乡村';
  boarding: '是' | '否';
  builtYear: number;
  denseUrban: '是' | '否';
  numbers: Partial<Record<SchoolNumericField, OutputValue>>;
}

interface Plan {
  type: SchoolType;
  name: string;
  /** Multipliers on the standard for particular indicators (1.0 = exactly the standard). */
  factors?: Partial<Record<IndicatorId, number>>;
  students?: { p?: number; j?: number; s?: number };
  ownership?: '民办';
}

const PLACES = [
  '城南',
  '城北',
  '东城',
  '西城',
  '河湾',
  '青石',
  '白鹭',
  '桂花',
  '龙井',
  '清溪',
  '石门',
  '松林',
  '金竹',
  '梨园',
  '双河',
  '玉屏',
  '凤凰',
  '长滩',
  '柏树',
  '古镇',
  '新华',
  '红旗',
  '和平',
  '向阳',
  '光明',
  '团结',
  '黄桷',
  '高峰',
  '兴隆',
  '永安',
  '太平',
  '大兴',
  '安乐',
  '仁义',
  '广顺',
  '万灵',
  '峰高',
  '吴家',
  '铜鼓',
  '直升',
  '远觉',
  '龙集',
  '观胜',
  '清升',
  '盘龙',
  '河包',
  '清江',
  '荣隆',
  '昌元',
  '昌州',
  '安富',
  '仁和',
  '双石',
  '清流',
  '古昌',
  '沙坝',
  '马桥',
  '三奇',
  '水口',
  '白塔',
  '天池',
  '岚峰',
  '碧水',
  '云台',
  '静观',
  '柳荫',
  '金刀',
  '复兴',
  '歇马',
  '童家',
] as const;

/** The plan of the county: which school has what, fixed here so every kind of result appears. */
function plans(): Plan[] {
  const list: Plan[] = [];
  for (let i = 0; i < 40; i++) list.push({ type: '小学', name: '小学' });
  // Near the line: one indicator at 88–97% of its standard; the school still passes (6 + 1 near).
  list[3].factors = { L5: 0.91 };
  list[8].factors = { L6: 0.95 };
  list[14].factors = { L7: 0.88 };
  list[21].factors = { L4: 0.97 };
  // Failing: one indicator below 85%, or two near.
  list[5].factors = { L5: 0.62 };
  list[17].factors = { L3: 0.7 };
  list[26].factors = { L4: 0.92, L5: 0.9 };
  // Over the 2000-student limit of G4.
  list[1].students = { p: 2150 };
  // 301 pupils and 3 backbone teachers: 0.9967 per hundred, which shows as 1.00 yet is below 1.0.
  list[30].students = { p: 301 };
  list[30].factors = { L2: 0.9967 };
  list[12].ownership = '民办';
  list[12].name = '民办小学';
  for (let i = 0; i < 12; i++) list.push({ type: '初中', name: '初级中学' });
  // Two large, lavishly equipped town schools pull the junior L6 coefficient over its 0.45 limit.
  list[40].students = { j: 1650 };
  list[40].factors = { L6: 4.2 };
  list[41].students = { j: 1580 };
  list[41].factors = { L6: 4.0 };
  list[40 + 2].factors = { L5: 0.93 };
  list[40 + 6].factors = { L6: 0.7 };
  for (let i = 0; i < 6; i++) list.push({ type: '九年一贯制', name: '学校' });
  // A combined school with students in only one 学段 (a warning; not split).
  list[52 + 5].students = { p: 420, j: 0 };
  for (let i = 0; i < 2; i++) list.push({ type: '十二年一贯制', name: '实验学校' });
  for (let i = 0; i < 4; i++) list.push({ type: '完全中学', name: '中学' });
  for (let i = 0; i < 8; i++) list.push({ type: '教学点', name: '村小' });
  // Under the 50-student floor: listed, not evaluated for 资源配置.
  list[64 + 7].students = { p: 32 };
  list.push({ type: '特殊教育学校', name: '特殊教育学校' });
  return list;
}

function studentsFor(plan: Plan, rng: Rng): { p: number; j: number; s: number } {
  const given = plan.students ?? {};
  const drawn = ((): { p: number; j: number; s: number } => {
    switch (plan.type) {
      case '小学':
        return { p: rng.int(180, 1900), j: 0, s: 0 };
      case '初中':
        return { p: 0, j: rng.int(320, 1700), s: 0 };
      case '九年一贯制':
        return { p: rng.int(300, 900), j: rng.int(200, 650), s: 0 };
      case '十二年一贯制':
        return { p: rng.int(500, 800), j: rng.int(400, 700), s: rng.int(500, 900) };
      case '完全中学':
        return { p: 0, j: rng.int(600, 1300), s: rng.int(800, 1600) };
      case '教学点':
        return { p: rng.int(52, 96), j: 0, s: 0 };
      case '特殊教育学校':
        return { p: 86, j: 59, s: 0 };
      case '职业学校':
        return { p: 0, j: 0, s: rng.int(800, 1500) };
    }
  })();
  return { p: given.p ?? drawn.p, j: given.j ?? drawn.j, s: given.s ?? drawn.s };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** 万元: the 特殊教育学校's 公用经费, 145 pupils at 6000 元, the same figure on the school sheet and 区县数据. */
const SPECIAL_SCHOOL_BUDGET = 87;

/** The sample county's schools, in sheet order. */
export function sampleSchools(seed = 20241): SampleSchool[] {
  const rng = seededRng(seed);
  return plans().map((plan, i) => buildSchool(plan, i, rng));
}

type Numbers = SampleSchool['numbers'];
/** A school's factor over the standard for an indicator: the plan's, else drawn (in the order of the calls). */
type Factor = (id: IndicatorId) => number;

/** Pupils, classes and teachers per 学段: enough teachers for the standard times the factor, in whole teachers. */
function staffNumbers(plan: Plan, p: number, j: number, factor: Factor, numbers: Numbers): void {
  const teachers = (id: 'L1' | 'L2' | 'L3', stage: 'primary' | 'junior', n: number): number => {
    const f = factor(id);
    const exact = (STANDARD[id][stage] * n * f) / 100;
    // Below-standard factors round down so the school stays below; others round up.
    return f < 1 ? Math.floor(exact) : Math.ceil(exact);
  };
  if (p > 0 || plan.type === '小学' || plan.type === '教学点') {
    numbers.primaryStudents = p;
    numbers.primaryDegreeTeachers = teachers('L1', 'primary', p);
    numbers.primaryBackbone = teachers('L2', 'primary', p);
    numbers.primaryPeArt = teachers('L3', 'primary', p);
    numbers.primaryClasses = Math.max(1, Math.ceil(p / 42));
    numbers.primaryOversized = 0;
  }
  if (j > 0 || plan.type === '初中' || plan.type === '完全中学' || plan.type === '九年一贯制') {
    numbers.juniorStudents = j;
    if (j > 0) {
      numbers.juniorDegreeTeachers = teachers('L1', 'junior', j);
      numbers.juniorBackbone = teachers('L2', 'junior', j);
      numbers.juniorPeArt = teachers('L3', 'junior', j);
      numbers.juniorClasses = Math.ceil(j / 47);
      numbers.juniorOversized = 0;
    } else {
      // A combined school without junior pupils has no junior teachers: 0, not blank.
      numbers.juniorDegreeTeachers = 0;
      numbers.juniorBackbone = 0;
      numbers.juniorPeArt = 0;
    }
  }
}

/** Facilities belong to the whole school; sized so each part meets its standard after the weighted split. */
function facilityNumbers(
  plan: Plan,
  students: { p: number; j: number; s: number },
  factor: Factor,
  rng: Rng,
  numbers: Numbers,
): void {
  const { p, j, s } = students;
  const weighted =
    plan.type === '完全中学' ? j + 1.2 * s : plan.type === '十二年一贯制' ? p + 1.1 * j + 1.32 * s : p + 1.1 * j;
  const perWeighted = (id: IndicatorId): number => {
    if (p > 0 && j === 0) return STANDARD[id].primary;
    if (p === 0) return STANDARD[id].junior;
    return Math.max(STANDARD[id].primary, STANDARD[id].junior / 1.1);
  };
  const facility = (id: IndicatorId): number => perWeighted(id) * weighted * factor(id);
  const indoor = round2(weighted * rng.range(0.2, 0.6));
  numbers.teachingArea = round2(facility('L4') + indoor);
  numbers.indoorSportsArea = indoor;
  numbers.sportsArea = round2(facility('L5'));
  numbers.rentedSportsArea = null;
  numbers.equipmentValue = round2(facility('L6') / 10000);
  const rooms = facility('L7') / 100;
  numbers.mediaRooms = (plan.factors?.L7 ?? 1) < 1 ? Math.floor(rooms) : Math.ceil(rooms);
}

/** G3 rooms, G5 oversized classes, G6/Q4 budgets, 随迁子女 and 划片 pupils. */
function otherNumbers(
  { p, j, s }: { p: number; j: number; s: number },
  urbanRural: string,
  rng: Rng,
  numbers: Numbers,
): void {
  const classes = Number(numbers.primaryClasses ?? 0) + Number(numbers.juniorClasses ?? 0);
  const roomsNeeded = Math.max(1, Math.ceil(classes / 12));
  numbers.music96 = roomsNeeded;
  numbers.art90 = roomsNeeded;
  numbers.music73 = 0;
  numbers.art67 = 0;
  // The 定额 of 履职评价标准: 800 小学, 1000 初中 and 1000 高中 (a 完全中学 budgets for its 高中部 too).
  const norm = p * 800 + j * 1000 + s * 1000;
  const budgetBase = p + j < 100 ? Math.max(norm, 100 * (j > 0 ? 1000 : 800)) : norm;
  numbers.publicBudget = round2((budgetBase * rng.range(1.02, 1.2)) / 10000);
  numbers.trainingBudget = round2(Number(numbers.publicBudget) * rng.range(0.055, 0.09));
  numbers.migrantStudents = Math.round((p + j) * rng.range(0.02, 0.3));
  if (urbanRural !== '乡村') {
    if (p > 0) numbers.primaryZoned = p;
    if (j > 0) numbers.juniorZoned = j;
  }
}

/** One sample school; the random draws are made in a fixed order, so a seed always gives the same school. */
function buildSchool(plan: Plan, index: number, rng: Rng): SampleSchool {
  const students = studentsFor(plan, rng);
  const { p, j, s } = students;
  const place = PLACES[index % PLACES.length];
  const factor: Factor = (id) => plan.factors?.[id] ?? rng.range(1.08, 1.6);
  const urbanRural = index % 3 === 0 ? '城区' : index % 3 === 1 ? '镇区' : '乡村';
  const numbers: Numbers = {};
  staffNumbers(plan, p, j, factor, numbers);
  if (s > 0) numbers.seniorStudents = s;
  facilityNumbers(plan, students, factor, rng, numbers);
  otherNumbers(students, urbanRural, rng, numbers);
  if (plan.type === '特殊教育学校') {
    for (const k of Object.keys(numbers) as SchoolNumericField[]) {
      if (k !== 'primaryStudents' && k !== 'juniorStudents' && k !== 'publicBudget') delete numbers[k];
    }
    // The county's one 特殊教育学校: its budget is 区县数据's 特殊教育学校公用经费 (145 pupils × 6000 元).
    numbers.publicBudget = SPECIAL_SCHOOL_BUDGET;
  }
  return {
    code: `5100${String(index + 1).padStart(6, '0')}`,
    name: `示例县${place}${plan.name}`,
    type: plan.type,
    ownership: plan.ownership ?? '公办',
    urbanRural,
    boarding: plan.type === '教学点' || urbanRural !== '乡村' ? '否' : rng.pick(['是', '否'] as const),
    builtYear: rng.int(1982, 2022),
    denseUrban: '否',
    numbers,
  };
}

/**
 * The sample with its deliberate problems applied: shortages for G3, G5, G6 and Q4, and three data
 * errors (text in a numeric cell, a blank required cell, a negative number).
 */
export function sampleCounty(seed = 20241): SampleSchool[] {
  const schools = sampleSchools(seed);
  const byIndex = (i: number): SampleSchool['numbers'] => schools[i].numbers;
  byIndex(2).primaryOversized = 3; // G5
  byIndex(45).juniorOversized = 1; // G5
  byIndex(10).art90 = 0; // G3: no art room
  byIndex(10).art67 = 1;
  byIndex(66).publicBudget = 5.2; // G6: under 100 × 800 元 = 8 万元
  byIndex(19).trainingBudget = round2(Number(byIndex(19).publicBudget) * 0.03); // Q4
  // Data errors: each is reported with its cell, and the value is treated as missing.
  byIndex(23).equipmentValue = '约300'; // text in a numeric cell
  byIndex(35).sportsArea = null; // blank required cell → the school is 待填报
  byIndex(48).juniorBackbone = -3; // negative number
  return schools;
}

/** Σ of one figure over the sample's schools (blank and text cells left out), to two decimals. */
export function sampleSum(
  schools: readonly SampleSchool[],
  key: SchoolNumericField,
  keep?: (s: SampleSchool) => boolean,
): number {
  let total = 0;
  for (const s of schools) {
    const v = s.numbers[key];
    if ((keep === undefined || keep(s)) && typeof v === 'number') total += v;
  }
  return round2(total);
}

/**
 * The figures of 区县数据 that the school sheet also holds, taken from it so that the sample agrees with itself: the
 * 随迁子女 of G15 are the pupils the schools report.
 */
function countyFromSchools(schools: readonly SampleSchool[]): Record<string, OutputValue> {
  const migrants = sampleSum(schools, 'migrantStudents');
  const purchased = sampleSum(schools, 'migrantStudents', (s) => s.ownership === '民办');
  return {
    符合条件的随迁子女数: migrants,
    在公办学校就读的随迁子女数: migrants - purchased,
    在政府购买服务民办学校就读的随迁子女数: purchased,
  };
}

/**
 * The `区县数据` figures of the sample, after seed 000 (荣昌区 2024) where a figure fits a county, and agreeing with
 * the school sheet and 履职数据 wherever they hold the same fact: the 特殊教育学校 (87 万元, 145 pupils), the
 * disabled children (the E1 cohort of 履职数据: 589 − 41 已毕业 − 40 缓学 = 508, of whom 506 enrolled), the junior
 * graduates (6230, about a third of the 19,000 junior pupils).
 */
export const SAMPLE_COUNTY_FIGURES: Record<string, OutputValue> = {
  区县名称: '示例县',
  评估年度: '2024',
  小学生均公用经费基准定额: 800,
  初中生均公用经费基准定额: 1000,
  特殊教育学校公用经费: SPECIAL_SCHOOL_BUDGET,
  特殊教育学校在校生数: 145,
  教师年平均工资收入: 158676,
  公务员年平均工资收入: 158352,
  专任教师总数: 4384,
  完成5年360学时培训的专任教师数: 4384,
  持有教师资格证的专任教师数: 4384,
  符合交流轮岗条件的教师数: 610,
  实际交流轮岗教师数: 273,
  交流轮岗骨干教师数: 103,
  小学就近划片入学比例: null,
  初中就近划片入学比例: null,
  优质高中招生名额总数: 4220,
  优质高中分配到初中学校名额数: 3389,
  ...countyFromSchools(sampleCounty()),
  初中毕业生数: 6230,
  三年前初一在校生数: 6150,
  三年内转入学生数: 352,
  三年内转出学生数: 272,
  三年内死亡学生数: null,
  适龄残疾儿童少年总数: 508,
  随班就读残疾儿童少年数: 245,
  特殊教育学校就读残疾儿童少年数: 145,
  送教上门残疾儿童少年数: 116,
  教师培训经费占公用经费比例: null,
  社会认可度: 92.6,
  规划布局合理: '达标',
  四统一: '基本达标',
  编制岗位统筹: '达标',
  章程与信息化: '达标',
  信息化教学: '达标',
  德育与校园文化: '达标',
  课程开齐开足: '达标',
  无过重课业负担: '达标',
  以考试方式招生: '否',
  违规择校: '否',
  设置重点校或重点班: '否',
  有编不补或长期聘用编外教师: '否',
  重大安全责任事故: '否',
  严重违规办学行为: '否',
  质量监测年度: 2023,
  质量监测级别: '国家',
};

/** `质量监测` rows of the sample: 科目, 学段, 等级, 校际差异率; 初中科学 misses the 0.15 limit. */
export const SAMPLE_QUALITY: OutputValue[][] = [
  ['数学', '小学', 'Ⅲ', 0.128],
  ['语文', '小学', 'Ⅳ', 0.102],
  ['数学', '初中', 'Ⅲ', 0.109],
  ['科学', '初中', 'Ⅲ', 0.163],
];
