/**
 * The vocabulary of vertical school forms (项目 | 单位 | 填报值, as the city form of the reference): which item
 * fills which column of `学校基础数据`, and which items are summed into one column (学历 by level, 体育 + 音乐 +
 * 美术 + 艺术 teachers, 体育馆 + 体育场). Template headers and their aliases are accepted as items too, and a
 * user's `字段对照` sheet adds a province's own names on top.
 */
import { SCHOOL_COLUMNS, type SchoolColumn } from '../columns';
import type { Stage } from '../model';
import { Lexicon } from '../read/normalize';

export type ColumnKey = SchoolColumn['key'];

/**
 * A column of `学校基础数据` (or a pair, one per 学段) and the sub-items summed into it. `whole` is the column's own
 * figure; when a form gives it, the sub-items are not needed.
 */
export interface ItemGroup {
  id: string;
  /** One column for the school, or one per 学段 (the form item then says its 学段, or the school type decides). */
  columns: { school: ColumnKey } | Record<Stage, ColumnKey>;
  parts: readonly string[];
  /** Sub-items that do not count for a 学段 (专科 is above the standard for 小学 only). */
  excluded?: Partial<Record<Stage, readonly string[]>>;
  /** Sub-item names as shown in messages. */
  partNames?: Readonly<Record<string, string>>;
}

export const WHOLE = 'whole';

/** Groups of columns filled from several items or resolved by 学段; every other column is its own group. */
const STAGE_GROUPS: readonly ItemGroup[] = [
  { id: 'students', columns: { primary: 'primaryStudents', junior: 'juniorStudents' }, parts: [] },
  { id: 'zoned', columns: { primary: 'primaryZoned', junior: 'juniorZoned' }, parts: [] },
  { id: 'classes', columns: { primary: 'primaryClasses', junior: 'juniorClasses' }, parts: [] },
  {
    id: 'oversized',
    columns: { primary: 'primaryOversized', junior: 'juniorOversized' },
    parts: ['46-50', '51-55', '56-60', '61-65', '66+'],
    // 小学 counts classes above 45, 初中 above 50.
    excluded: { junior: ['46-50'] },
    partNames: {
      '46-50': '每班46-50人',
      '51-55': '每班51-55人',
      '56-60': '每班56-60人',
      '61-65': '每班61-65人',
      '66+': '每班66人以上',
    },
  },
  {
    id: 'degree',
    columns: { primary: 'primaryDegreeTeachers', junior: 'juniorDegreeTeachers' },
    parts: ['专科', '本科', '硕士', '博士'],
    excluded: { junior: ['专科'] },
  },
  { id: 'backbone', columns: { primary: 'primaryBackbone', junior: 'juniorBackbone' }, parts: [] },
  { id: 'peArt', columns: { primary: 'primaryPeArt', junior: 'juniorPeArt' }, parts: ['体育', '音乐', '美术', '艺术'] },
  { id: 'rotating', columns: { school: 'primaryRotatingPeArt' }, parts: ['体育', '音乐', '美术', '艺术'] },
  { id: 'sportsArea', columns: { school: 'sportsArea' }, parts: ['体育馆', '体育场'] },
  { id: 'rentedSportsArea', columns: { school: 'rentedSportsArea' }, parts: ['校外租赁', '校内改造'] },
];

const GROUPED = new Set(STAGE_GROUPS.flatMap((g) => Object.values(g.columns) as ColumnKey[]));

/** Every group: the ones above, then one per remaining column of SCHOOL_COLUMNS. */
export const ITEM_GROUPS: readonly ItemGroup[] = [
  ...STAGE_GROUPS,
  ...SCHOOL_COLUMNS.filter((c) => !GROUPED.has(c.key)).map((c) => ({
    id: c.key,
    columns: { school: c.key },
    parts: [],
  })),
];

export const GROUP_BY_ID: ReadonlyMap<string, ItemGroup> = new Map(ITEM_GROUPS.map((g) => [g.id, g]));

/** What a form item means: a group, the sub-item (or `whole`), and its 学段 when the item names one. */
export interface FormTarget {
  group: string;
  part: string;
  stage: Stage | null;
}

/** Items the product knows but the template has no column for (专任教师总人数, 巩固率 figures…): read, not used. */
export const UNUSED: FormTarget = { group: 'unused', part: WHOLE, stage: null };

const t = (group: string, part: string = WHOLE, stage: Stage | null = null): FormTarget => ({ group, part, stage });

/** Item names of the city form (and the usual variants), with what each fills. */
const FORM_ITEMS: readonly (readonly [string, FormTarget])[] = [
  ['建校时间', t('builtYear')],
  ['是否人口密度过高的大城市中心城区学校', t('denseUrban')],
  ['小学学生人数', t('students', WHOLE, 'primary')],
  ['初中学生人数', t('students', WHOLE, 'junior')],
  ['在校生数', t('students')],
  ['在校学生数', t('students')],
  ['学生人数', t('students')],
  ['进城务工人员随迁子女在校生人数', t('migrantStudents')],
  ['家庭住址在划片范围内的在校学生人数（小学）', t('zoned', WHOLE, 'primary')],
  ['家庭住址在划片范围内的在校学生人数（初中）', t('zoned', WHOLE, 'junior')],
  ['班级总数', t('classes')],
  ['班级数', t('classes')],
  ['每班46-50人班级个数', t('oversized', '46-50')],
  ['每班51-55人班级个数', t('oversized', '51-55')],
  ['每班56-60人班级个数', t('oversized', '56-60')],
  ['每班61-65人班级个数', t('oversized', '61-65')],
  ['每班66人以上班级个数', t('oversized', '66+')],
  ['县级及以上骨干教师数', t('backbone')],
  ['骨干教师数', t('backbone')],
  ['体育交流轮岗/兼职/走教教师人数', t('rotating', '体育')],
  ['音乐交流轮岗/兼职/走教教师人数', t('rotating', '音乐')],
  ['美术交流轮岗/兼职/走教教师人数', t('rotating', '美术')],
  ['艺术交流轮岗/兼职/走教教师人数', t('rotating', '艺术')],
  ['教学及辅助用房总面积', t('teachingArea')],
  ['学校体育馆面积', t('sportsArea', '体育馆')],
  ['体育馆面积', t('sportsArea', '体育馆')],
  ['校内体育场面积', t('sportsArea', '体育场')],
  ['体育场面积', t('sportsArea', '体育场')],
  ['校外租赁场馆面积', t('rentedSportsArea', '校外租赁')],
  ['校内其他体育场面积', t('rentedSportsArea', '校内改造')],
  ['单间面积≥96㎡的音乐教室间数', t('music96')],
  ['73㎡≤单间面积<96㎡的音乐教室间数', t('music73')],
  ['单间面积≥90㎡的美术教室间数', t('art90')],
  ['67㎡≤单间面积<90㎡的美术教室间数', t('art67')],
  ['上一年度公用经费预算总额', t('publicBudget')],
  ['上一年度教师培训经费预算总额', t('trainingBudget')],
  ...degreeItems(),
  ...peArtItems(),
  ...[
    '序号',
    '是否2010年及之前规划并建成',
    '是否2016年及之前规划并建成',
    '是否50人及以上但不足100人的乡村小规模学校和教学点',
    '是否最大班额低于30人的农村小规模学校',
    '每班25人以下班级个数',
    '每班26-30人班级个数',
    '每班31-35人班级个数',
    '每班36-40人班级个数',
    '每班41-45人班级个数',
    '专任教师总人数',
    '持有教师资格证的专任教师人数',
    '近5年培训满360学时专任教师人数',
    '音乐教室总间数',
    '61㎡≤单间面积<73㎡的音乐教室间数',
    '美术教室总间数',
    '61㎡≤单间面积<67㎡的美术教室间数',
    '上一年度公用经费决算总额',
    '本届毕业学生人数',
    '毕业年级初一时在校学生数',
    '毕业年级三年转入学生数',
    '毕业年级三年转出学生数',
    '毕业年级三年死亡学生数',
  ].map((name) => [name, UNUSED] as const),
];

function degreeItems(): [string, FormTarget][] {
  const levels: [string, string][] = [
    ['专科', '专科学历教师人数'],
    ['本科', '本科学历教师人数'],
    ['硕士', '硕士学历教师人数'],
    ['博士', '博士研究生学历教师人数'],
    ['博士', '博士学历教师人数'],
  ];
  const out: [string, FormTarget][] = [];
  for (const [level, name] of levels) {
    out.push([name, t('degree', level)]);
    out.push([`${name}（小学）`, t('degree', level, 'primary')]);
    out.push([`${name}（初中）`, t('degree', level, 'junior')]);
  }
  return out;
}

function peArtItems(): [string, FormTarget][] {
  const out: [string, FormTarget][] = [];
  for (const subject of ['体育', '音乐', '美术', '艺术']) {
    out.push([`${subject}专任教师人数`, t('peArt', subject)]);
    out.push([`${subject}专任教师数`, t('peArt', subject)]);
    out.push([`小学${subject}专任教师数`, t('peArt', subject, 'primary')]);
    out.push([`初中${subject}专任教师数`, t('peArt', subject, 'junior')]);
  }
  return out;
}

/** The item names of the city form (and the usual variants), with what each fills: the defaults of 字段对照. */
export function builtInFormItems(): [string, FormTarget][] {
  return FORM_ITEMS.map(([name, target]) => [name, target]);
}

/** The target of a template column's own header: its group's whole figure, with the column's 学段. */
function columnTarget(key: ColumnKey): FormTarget {
  for (const g of ITEM_GROUPS) {
    if ('school' in g.columns) {
      if (g.columns.school === key) return t(g.id);
    } else if (g.columns.primary === key) return t(g.id, WHOLE, 'primary');
    else if (g.columns.junior === key) return t(g.id, WHOLE, 'junior');
  }
  return UNUSED;
}

/** Every built-in item name with its target: template headers and aliases first, then the form names. */
export function builtInItems(): [string, FormTarget][] {
  const out: [string, FormTarget][] = [];
  for (const c of SCHOOL_COLUMNS) {
    for (const name of [c.header, ...c.aliases]) out.push([name, columnTarget(c.key)]);
  }
  for (const [name, target] of FORM_ITEMS) out.push([name, target]);
  return out;
}

/** The lexicon of built-in items, plus the user's own names (which win over built-in ones). */
export function formLexicon(userItems: readonly (readonly [string, FormTarget])[] = []): Lexicon<FormTarget> {
  const lex = new Lexicon<FormTarget>();
  for (const [name, target] of userItems) lex.add(name, target);
  for (const [name, target] of builtInItems()) lex.add(name, target);
  return lex;
}

/** The column a target fills for a 学段 (null for the school-level groups' stage, or for unused items). */
export function columnOf(group: ItemGroup, stage: Stage | null): ColumnKey {
  if ('school' in group.columns) return group.columns.school;
  return group.columns[stage ?? 'primary'];
}
