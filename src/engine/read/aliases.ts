/**
 * Names that real forms give the template's rows and split columns, beyond the aliases of TEMPLATE.md (the school
 * sheet's other column names are the `formAliases` of SCHOOL_COLUMNS): chiefly the city
 * forms in circulation (a school form 学校填报表格 and a county form 区县填报表格, whose 填报项目 name the same
 * figures in other words), and columns that forms split where the template has one figure.
 */
import { SCHOOL_COLUMNS } from '../columns';
import type { SchoolColumn } from '../columns';
import type { CountyNumericItem, SchoolNumericField } from '../model';

/** The forms' names of school-sheet columns, by column: the `formAliases` of SCHOOL_COLUMNS, where they are declared. */
export const SCHOOL_FORM_ALIASES: Partial<Record<SchoolColumn['key'], readonly string[]>> = Object.fromEntries(
  SCHOOL_COLUMNS.flatMap((c) => (c.formAliases ? [[c.key, c.formAliases]] : [])),
);

/** A figure some forms give in several columns, summed: the first `required` parts must all be there. */
export interface SplitSum {
  key: SchoolNumericField;
  /** Each part: its name as the template's guide writes it, then other names. */
  parts: readonly (readonly string[])[];
  required: number;
}

/**
 * Split forms of one figure. 体育艺术 teachers come as 体育/音乐/美术 (+ 艺术); teachers above the required degree
 * as one column per degree (the city form's 专科/本科/硕士/博士 with the 学段 in brackets); 体育运动场馆 as 体育馆 +
 * 体育场 areas.
 */
export const SPLIT_SUMS: readonly SplitSum[] = [
  {
    key: 'primaryPeArt',
    parts: [
      ['小学体育专任教师数', '小学体育专任教师人数', '体育专任教师人数(小学)'],
      ['小学音乐专任教师数', '小学音乐专任教师人数', '音乐专任教师人数(小学)'],
      ['小学美术专任教师数', '小学美术专任教师人数', '美术专任教师人数(小学)'],
      ['小学艺术专任教师数', '小学艺术专任教师人数', '艺术专任教师人数(小学)'],
    ],
    required: 3,
  },
  {
    key: 'juniorPeArt',
    parts: [
      ['初中体育专任教师数', '初中体育专任教师人数', '体育专任教师人数(初中)'],
      ['初中音乐专任教师数', '初中音乐专任教师人数', '音乐专任教师人数(初中)'],
      ['初中美术专任教师数', '初中美术专任教师人数', '美术专任教师人数(初中)'],
      ['初中艺术专任教师数', '初中艺术专任教师人数', '艺术专任教师人数(初中)'],
    ],
    required: 3,
  },
  {
    key: 'primaryDegreeTeachers',
    parts: [
      ['专科学历教师人数(小学)', '小学专科学历专任教师数'],
      ['本科学历教师人数(小学)', '小学本科学历专任教师数'],
      ['硕士学历教师人数(小学)', '小学硕士学历专任教师数'],
      ['博士研究生学历教师人数(小学)', '小学博士学历专任教师数'],
    ],
    required: 2,
  },
  {
    key: 'juniorDegreeTeachers',
    parts: [
      ['本科学历教师人数(初中)', '初中本科学历专任教师数'],
      ['硕士学历教师人数(初中)', '初中硕士学历专任教师数'],
      ['博士研究生学历教师人数(初中)', '初中博士学历专任教师数'],
    ],
    required: 1,
  },
  {
    key: 'sportsArea',
    parts: [
      ['学校体育馆面积', '体育馆面积'],
      ['校内体育场面积', '体育场面积'],
    ],
    required: 2,
  },
  {
    key: 'rentedSportsArea',
    parts: [['校外租赁场馆面积'], ['校内其他体育场面积']],
    required: 0,
  },
  {
    key: 'primaryRotatingPeArt',
    parts: [
      ['体育交流轮岗/兼职/走教教师人数'],
      ['音乐交流轮岗/兼职/走教教师人数'],
      ['美术交流轮岗/兼职/走教教师人数'],
      ['艺术交流轮岗/兼职/走教教师人数'],
    ],
    required: 0,
  },
];

/** More names of school types (the canonical names and TEMPLATE.md's aliases are in columns.ts). */
export const SCHOOL_TYPE_FORM_ALIASES: Readonly<Record<string, string>> = {
  九年制: '九年一贯制',
  九年制学校: '九年一贯制',
  九年一贯: '九年一贯制',
  十二年制: '十二年一贯制',
  十二年制学校: '十二年一贯制',
  完全中学校: '完全中学',
};

/** More names of 区县数据 rows, as the county form words them. */
export const COUNTY_FORM_ALIASES: Partial<Record<CountyNumericItem | 'name' | 'year', readonly string[]>> = {
  name: ['区县'],
  year: ['填报年度', '年度', '评估年份'],
  primaryFundingNorm: ['规定的小学生均公用经费标准', '小学生均公用经费标准'],
  juniorFundingNorm: ['规定的初中生均公用经费标准', '初中生均公用经费标准'],
  specialSchoolFunding: ['特殊教育学校经费总额', '特殊教育学校公用经费总额'],
  specialSchoolStudents: ['特殊教育学校学生人数', '特殊教育学校在校学生数'],
  teacherAvgSalary: [
    '上年度义务教育学校教师年平均工资收入水平',
    '义务教育学校教师年平均工资收入水平',
    '教师年平均工资',
  ],
  civilServantAvgSalary: ['当地公务员年平均工资收入', '公务员年平均工资'],
  fullTimeTeachers: ['专任教师总人数'],
  trainedTeachers: ['近5年培训满360学时专任教师人数', '完成360学时培训的专任教师数'],
  certifiedTeachers: ['持有教师资格证的专任教师人数'],
  rotationEligible: ['符合交流条件教师总数', '符合交流轮岗条件教师数'],
  rotationBackbone: ['实际交流骨干教师数量', '实际交流骨干教师数'],
  qualityHighSchoolQuota: ['优质高中招生计划总人数', '优质高中招生计划数'],
  qualityHighSchoolAllocated: ['优质高中招生分配指标数', '优质高中分配指标数'],
  migrantEligible: ['符合条件的随迁子女总人数'],
  migrantPublic: ['在县域内公办学校就读的随迁子女人数', '在公办学校就读的随迁子女人数'],
  migrantPurchased: ['在政府购买服务的民办学校就读随迁子女人数', '在政府购买服务民办学校就读的随迁子女人数'],
  juniorGraduates: ['本届毕业学生人数', '初中毕业学生人数'],
  grade7ThreeYearsAgo: ['毕业年级初一时在校学生数', '初一时在校生数'],
  transfersIn: ['毕业年级三年转入学生数'],
  transfersOut: ['毕业年级三年转出学生数'],
  deaths: ['毕业年级三年死亡学生数'],
  recognitionRate: ['社会认可度调查结果', '社会认可度调查满意率'],
};
