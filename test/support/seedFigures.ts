/** County figures of the seed reports (REPORT.md §6), shared by the golden fixtures and the report tests. */
import type { CellValue } from '../../src/engine/types';

/** Seed 000 (荣昌区, 2024): the 区县数据 its report gives; salaries are the monthly figures × 12. */
export const SEED_000_COUNTY: Readonly<Record<string, CellValue>> = {
  小学生均公用经费基准定额: 800,
  初中生均公用经费基准定额: 1000,
  教师年平均工资收入: 13223 * 12,
  公务员年平均工资收入: 13196 * 12,
  专任教师总数: 4384,
  完成5年360学时培训的专任教师数: 4384,
  持有教师资格证的专任教师数: 4384,
  符合交流轮岗条件的教师数: 610,
  实际交流轮岗教师数: 273,
  交流轮岗骨干教师数: 103,
  小学就近划片入学比例: 100,
  初中就近划片入学比例: 100,
  优质高中招生名额总数: 4220,
  优质高中分配到初中学校名额数: 3389,
  符合条件的随迁子女数: 2361,
  在公办学校就读的随迁子女数: 1827,
  在政府购买服务民办学校就读的随迁子女数: 534,
  初中毕业生数: 8295,
  三年前初一在校生数: 8155,
  三年内转入学生数: 439,
  三年内转出学生数: 299,
  适龄残疾儿童少年总数: 496,
  随班就读残疾儿童少年数: 283,
  特殊教育学校就读残疾儿童少年数: 126,
  送教上门残疾儿童少年数: 87,
};
