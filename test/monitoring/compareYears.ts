/**
 * Three years of one county with `履职数据`, for the yearly watch (issue: 履职 across years, trends, broken chains,
 * 问题清单). The workbooks are of the 评估年度 2022, 2023, 2024, whose 履职数据 are of the 数据年度 2021–2023.
 *
 * Each series below lists the first workbook's earlier years, then each workbook's 本年; every workbook's 上年 and
 * 前年 are taken from the same series, so the figures a county types twice agree unless a typo is planted:
 * - 一般公共预算教育支出 (万元): 190,000 → 192,000 → 199,958.7 → 208,177 (seed 002: 208,177 万元, +4.11%; the
 *   2022 figure it implies is 199,958.7). With `typos`, the 2023 workbook types its 本年 as 199,598.7.
 * - 教师平均工资: the 2024 workbook's 履职数据 gives 上年 120,000 元, which is the 2023 workbook's 区县数据 教师年平均
 *   工资收入; with `typos` it gives 121,000.
 * - 生均一般公共预算教育经费 (元): 小学 18,500 → 18,800 → 19,100; 初中 23,000 → 23,600 → 23,400 (a fall in 2023).
 * - 小学生均公用经费基准定额: 800, 800, 750 (a fall in the latest year).
 */
import { DUTY_SHEETS } from '../../src/engine/columns';
import type { YearWorkbook } from '../../src/engine/monitoring';
import type { CellValue, SheetGrid } from '../../src/engine/types';
import { type DutyRow, dutyDataGrid } from '../duties/support';
import { junior, primary, yearBook } from './compareFixtures';

export interface ThreeYearSpec {
  /** 近视率 in points: the first workbook's 上年, then each workbook's 本年 (4 figures). */
  myopia: number[];
  /** 体质健康达标优良率 in points: the first workbook's 前年 and 上年, then each workbook's 本年 (5 figures). */
  fitness: number[];
  /** Plant the two broken chains of the file's header. */
  typos?: boolean;
}

const SPENDING = [190000, 192000, 199958.7, 208177];
const PRIMARY_PER_PUPIL = [18200, 18500, 18800, 19100];
const JUNIOR_PER_PUPIL = [22800, 23000, 23600, 23400];
const WAGES: [teacher: number, civil: number][] = [
  [115000, 113000],
  [120000, 118000],
  [125000, 122000],
];

/** The 履职数据 rows of workbook `k` (0, 1, 2) of a series whose workbook 0 gives `lead` earlier years. */
function row(label: string, series: readonly number[], lead: number, k: number, unit: string): DutyRow {
  const at = (i: number): CellValue => (i >= 0 ? series[i] : null);
  return [label, at(lead + k), at(lead + k - 1), at(lead + k - 2), unit];
}

function dutyRows(spec: ThreeYearSpec, k: number): DutyRow[] {
  const rows: DutyRow[] = [
    ['数据年度', 2021 + k],
    row('一般公共预算教育支出', SPENDING, 1, k, '万元'),
    row('小学生均一般公共预算教育经费', PRIMARY_PER_PUPIL, 1, k, '元'),
    row('初中生均一般公共预算教育经费', JUNIOR_PER_PUPIL, 1, k, '元'),
    row('儿童青少年总体近视率', spec.myopia, 1, k, '%'),
    row('学生体质健康达标优良率', spec.fitness, 2, k, '%'),
  ];
  // Only the first workbook's 前年 of spending is unknown; the others' 前年 columns stay as the series gives them.
  if (k === 1 && spec.typos) rows[1] = ['一般公共预算教育支出', 199598.7, 192000, 190000, '万元'];
  if (k === 2) {
    rows.push(['义务教育教师平均工资收入', 125000, spec.typos ? 121000 : 120000, null, '元/年']);
    rows.push(['公务员平均工资收入', 122000, 118000, null, '元/年']);
  }
  return rows;
}

/** The schools: the latest year's 第一小学 loses equipment (L6 below standard); a 教学点 of 30 pupils every year. */
function schools(k: number) {
  return [
    primary('P001', '第一小学', k === 2 ? { 教学仪器设备值: 60 } : {}),
    primary('P002', '城南小学'),
    primary('T001', '石桥教学点', { 学校类型: '教学点', 小学在校生数: 30 }),
    junior('J001', '第一中学'),
    junior('J002', '第二中学'),
  ];
}

/** The three workbooks, oldest first, named 2022.xlsx … 2024.xlsx. */
export function threeYears(spec: ThreeYearSpec): YearWorkbook[] {
  return [0, 1, 2].map((k) => {
    const [teacher, civil] = WAGES[k];
    const numbers: Record<string, CellValue> = {
      教师年平均工资收入: teacher,
      公务员年平均工资收入: civil,
      小学生均公用经费基准定额: k === 2 ? 750 : 800,
      // The latest year: G11 交流轮岗 8.2% < 10%, 社会认可度 80% < 85%.
      ...(k === 2 ? { 实际交流轮岗教师数: 50, 社会认可度: 80 } : {}),
    };
    const book = yearBook({ year: String(2022 + k), numbers, schools: schools(k) });
    const sheets: SheetGrid[] = [...book.sheets, dutyDataGrid(dutyRows(spec, k), DUTY_SHEETS.data)];
    return { file: `${2022 + k}.xlsx`, workbook: { sheets } };
  });
}

/** The trends of the issue: 近视 falling every year, 体质 falling four years running. */
export const FALLING: ThreeYearSpec = {
  myopia: [45.2, 44.5, 43.9, 43.3],
  fitness: [48.1, 47.5, 47.0, 46.6, 46.21],
};

/** 近视 rising two years after a fall, 体质 rising three years after a fall (seed 002: 45.92 → 46.21). */
export const RISING: ThreeYearSpec = {
  myopia: [43.5, 43.0, 43.4, 43.8],
  fitness: [46.0, 45.5, 45.7, 45.92, 46.21],
};

/** Both unchanged over the last two years. */
export const FLAT: ThreeYearSpec = {
  myopia: [44.0, 43.5, 43.5, 43.5],
  fitness: [47.0, 46.5, 46.8, 46.8, 46.8],
};
