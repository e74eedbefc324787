/**
 * The template's 履职 sheets: `履职数据` (blank rows with units and 说明, or the sample county's figures, which show
 * every status) and `履职评价标准` (every check's default rule and the options). Both are written from the tables
 * the readers match against (DUTY_ITEMS, DUTY_CHECKS, DUTY_OPTION_DEFS), so the two can never disagree.
 */
import { DUTY_SHEETS } from '../columns';
import { DUTY_CHECKS } from '../duties/checks';
import { DUTY_ITEMS, type DutyItem } from '../duties/items';
import { DUTY_OPS, DUTY_OPTION_DEFS } from '../duties/rules';
import { outputMessages } from '../messages';
import { FORMATS, SheetBuilder } from '../output/sheetBuilder';
import type { OutputValue, SheetSpec } from '../sheetSpec';
import { type SampleSchool, sampleCounty, sampleSum } from './sampleCounty';

/**
 * The sample county's 履职数据 (本年, 上年, 前年), after seeds 002 (荣昌 2023) and 004 (沙坪坝 2022) where they give a
 * figure. 初中生均 falls (未达标), 普通高中 has no 上年 (未佐证), 体质健康 is under 50% while rising, 隐患整改 falls
 * short, the wages are left to 区县数据 and 多媒体教室 to the school sheet (figures asked once). Figures the school
 * sheet also holds are its sums (see `fromSchools`).
 */
export const SAMPLE_DUTY_FIGURES: Readonly<Record<string, readonly OutputValue[]>> = {
  数据年度: [2023],
  一般公共预算教育支出: [208177, 199958.7],
  财政教育总投入: [215000, 209000],
  财政经常性收入: [1250000, 1220000],
  一般公共预算支出: [1180000, 1150000],
  学前一般公共预算教育经费: [16000, 15500],
  学前在园幼儿数: [24600, 25100],
  小学一般公共预算教育经费: [82000, 80500],
  ...fromSchools(sampleCounty()),
  初中一般公共预算教育经费: [52000, 51600],
  普通高中一般公共预算教育经费: [31000],
  普通高中在校生数: [11700],
  中职一般公共预算教育经费: [9900, 9700],
  中职在校生数: [5000, 4950],
  三至五岁常住人口: [25813],
  公办园在园幼儿数: [13451],
  普惠性民办园在园幼儿数: [8938],
  适龄残疾儿童少年数: [589],
  残疾儿童少年已毕业人数: [41],
  残疾儿童少年特校就读人数: [145],
  残疾儿童少年随班就读人数: [245],
  残疾儿童少年送教上门人数: [116],
  残疾儿童少年因身体原因缓学人数: [40],
  残疾儿童少年出国人数: [1],
  残疾儿童少年疗养院安置人数: [1],
  残疾儿童少年死亡人数: [0],
  // One of the school sheet's 4 classes over 45 (小学) or 50 (初中) has 56 or more pupils.
  '56人及以上班级数': [1],
  '66人及以上班级数': [0],
  // 区县数据's 初中毕业生数; 6230 ÷ 6406 = 97.25%.
  本届初中毕业生数: [6230],
  九年前小学一年级在校生数: [6406],
  儿童青少年总体近视率: ['42.8%', '43.46%'],
  基准年总体近视率: ['45.9%'],
  学生体质健康达标优良率: ['46.21%', '45.92%'],
  心理健康专兼职教师配备率: ['100%'],
  中职学校占地面积: [174450],
  中职学校校舍建筑面积: [118150],
  安全隐患排查发现数: [416],
  安全隐患已整改数: [411],
  校园网覆盖率: ['100%'],
  班班通教室配备率: ['100%'],
  网络学习空间开通率: ['100%'],
  教育信息化专项经费: [1000],
  网络安全经费: [65],
  研究教育工作次数: [20, 18],
  法治副校长人数: [104, 100],
  应急疏散演练场次: [5000, 4800],
  校园每日巡查次数: [5, 5],
};

/**
 * The 履职数据 figures the school sheet also holds, as its sums: pupils (本年; 上年 a little fewer, so that 小学生均
 * rises and 初中生均 falls), 义务教育 classes, training funds and 公用经费 budgets.
 */
function fromSchools(schools: readonly SampleSchool[]): Record<string, readonly OutputValue[]> {
  const primary = sampleSum(schools, 'primaryStudents');
  const junior = sampleSum(schools, 'juniorStudents');
  return {
    小学在校生数: [primary, primary - 600],
    初中在校生数: [junior, junior - 300],
    义务教育班级总数: [sampleSum(schools, 'primaryClasses') + sampleSum(schools, 'juniorClasses')],
    教师培训经费: [sampleSum(schools, 'trainingBudget')],
    学校公用经费预算总额: [sampleSum(schools, 'publicBudget')],
  };
}

const DATA_HEADER = ['项目', '本年', '上年', '前年', '单位', '说明'];

function unitOf(item: DutyItem): string {
  if (item.wage) return '元/年';
  return item.unit === '年' ? '' : item.unit;
}

/** `履职数据`: 项目 | 本年 | 上年 | 前年 | 单位 | 说明, one row per item under its heading. */
export function buildDutyDataSheet(sample: boolean): SheetSpec {
  const b = new SheetBuilder(DUTY_SHEETS.data);
  b.row(0, DATA_HEADER, { bold: true });
  let r = 1;
  let group = '';
  for (const item of DUTY_ITEMS) {
    if (item.group !== group) {
      group = item.group;
      b.set(r++, 0, group, { bold: true });
    }
    const years = sample ? (SAMPLE_DUTY_FIGURES[item.label] ?? []) : [];
    const yearNote = item.years === 3 ? '' : item.years === 2 ? '前年可不填' : '只填本年';
    const note = [item.note, yearNote].filter((t) => t !== '').join('；');
    b.row(r++, [item.label, years[0] ?? null, years[1] ?? null, years[2] ?? null, unitOf(item), note]);
  }
  return b.build([40, 14, 14, 14, 10, 70], { freeze: { rows: 1, cols: 1 } });
}

/** `履职评价标准`: the checks (编号 | 检查项 | 运算 | 阈值 | 启用 | 仅供参考 | 来源与说明), then 设置项 | 值 | 说明. */
export function buildDutyRulesSheet(): SheetSpec {
  const b = new SheetBuilder(DUTY_SHEETS.rules);
  const { yes, no } = outputMessages;
  b.row(0, ['编号', '检查项', '运算', '阈值', '启用', '仅供参考', '来源与说明'], { bold: true });
  DUTY_CHECKS.forEach((d, i) => {
    const r = i + 1;
    const rule = d.defaults;
    b.row(r, [d.key, d.stage ? `${d.name}（${d.stage}）` : d.name, rule.op]);
    const percent = d.kind === 'rate' && !rule.op.includes('下降');
    b.set(r, 3, rule.threshold, percent ? { format: FORMATS.percent } : {});
    b.row(r, [rule.enabled ? yes : no, rule.info ? yes : no, rule.source], {}, 4);
  });
  const n = DUTY_CHECKS.length;
  b.validate(1, 2, n, 1, DUTY_OPS);
  b.validate(1, 4, n, 2, [yes, no]);
  const start = n + 2;
  b.row(start, ['设置项', '值', '说明'], { bold: true });
  DUTY_OPTION_DEFS.forEach((d, i) => {
    // Whole numbers go in as numbers, so the cell is not a number stored as text.
    b.row(start + 1 + i, [d.label, /^\d+$/.test(d.text) ? Number(d.text) : d.text, d.note]);
    if (d.choices) b.validate(start + 1 + i, 1, 1, 1, d.choices);
  });
  return b.build([30, 44, 22, 10, 8, 10, 70], { freeze: { rows: 1, cols: 2 } });
}
