/** Words of the cross-sheet checks: one county, one set of facts (src/engine/consistency). */
import { DUTY_ITEM_BY_KEY } from '../duties/items';
import type { CountyNumericItem, SchoolNumericField } from '../model';
import { grouped } from './digits';

/** What a pair needs to be told: both figures with where they are, how they must relate, and the unit. */
interface Told {
  relation: 'equal' | 'notAbove';
  unit: string;
  a: { value: number; where: string; label: string; usedBy: string };
  b: { value: number; where: string; label: string; usedBy: string };
}

/** A figure as entered: whole numbers grouped, others with up to two decimals. */
function shown(v: number): string {
  const rounded = Math.round(v * 100) / 100;
  return grouped(rounded, Number.isInteger(rounded) ? 0 : 2).replace(/(\.\d*?)0+$/, '$1');
}

function side(s: Told['a'], unit: string): string {
  const used = s.usedBy ? `，${s.usedBy}用此数` : '';
  return `${s.label} ${shown(s.value)} ${unit}（${s.where}${used}）`;
}

export const consistencyMessages = {
  disagree: (p: Told): string =>
    p.relation === 'equal'
      ? `两表的同一数据不一致：${side(p.a, p.unit)}，而${side(p.b, p.unit)}，相差 ${shown(Math.abs(p.a.value - p.b.value))} ${p.unit}，超出取整误差；两项检查的结果因此不一致，请核对后改正其中一处。`
      : `两表的数据相互矛盾：${side(p.a, p.unit)}，多于${side(p.b, p.unit)}；前者应不多于后者，请核对。`,
  usedBy: {
    t2: '履职评价 T2',
    q4: '优质均衡 Q4',
    f2: '履职评价 F2',
    f4: '履职评价 F4',
    g7: '优质均衡 G7',
    l: '优质均衡资源配置',
    e1: '履职评价 E1',
    q2: '优质均衡 Q2',
    e2: '履职评价 E2',
    g5: '优质均衡 G5',
    e3: '履职评价 E3',
    q1: '优质均衡 Q1',
  },
  label: {
    specialBudget: '特殊教育学校公用经费预算合计',
    specialPupils: '特殊教育学校在校生数合计',
    schoolSum: (fields: string): string => `学校基础数据${fields}合计`,
    net: (whole: string, less: readonly string[]): string => `${whole}减${less.join('、')}`,
  },
  fieldWords: {
    primaryStudents: '小学在校生数',
    juniorStudents: '初中在校生数',
    seniorStudents: '高中在校生数',
    primaryClasses: '小学班级数',
    juniorClasses: '初中班级数',
    primaryOversized: '小学超45人班级数',
    juniorOversized: '初中超50人班级数',
    publicBudget: '公用经费预算',
    trainingBudget: '教师培训经费',
  } as Partial<Record<SchoolNumericField, string>> as Record<SchoolNumericField, string>,
  countyWords: {
    specialSchoolFunding: '特殊教育学校公用经费',
    specialSchoolStudents: '特殊教育学校在校生数',
    disabledTotal: '适龄残疾儿童少年总数',
    disabledSpecialSchool: '特殊教育学校就读残疾儿童少年数',
    disabledInclusive: '随班就读残疾儿童少年数',
    disabledHomeTaught: '送教上门残疾儿童少年数',
    juniorGraduates: '初中毕业生数',
  } as Partial<Record<CountyNumericItem, string>>,
  dutyWords: (key: string): string => DUTY_ITEM_BY_KEY.get(key)?.label ?? key,
  /** The guide's sections on 履职数据 and on figures two sheets hold (numbered when the guide is written). */
  guide: [
    '履职数据和履职评价标准（选填）',
    '1. “履职数据”每个项目一行，填写“本年”“上年”（体质健康还需“前年”）；金额单位万元，比率填百分数。整张表未填写时不评价履行教育职责，评估结果中只有一行“未填写”。',
    '2. “履职评价标准”中每项检查的运算、阈值、是否启用、是否仅供参考都可以修改，“来源与说明”列写明标准出自哪份文件。注明“重庆市”的默认值取自重庆市区县的做法，其他地区请按本地文件修改。',
    '同一数据只有一个数',
    '3. 同一数据出现在两张表中时，两处必须一致：履职数据的教师培训经费、学校公用经费预算总额、小学和初中在校生数、义务教育班级总数，与学校基础数据各校之和；履职数据的残疾儿童少年人数、初中毕业生数，与区县数据；区县数据的特殊教育学校公用经费和在校生数，与学校基础数据中的特殊教育学校。不一致时，“数据问题”列出两个单元格和两个数值，请改正其中一处。',
  ],
};
