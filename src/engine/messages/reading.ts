/** Messages about reading the template: missing sheets and columns, unusable cells. */
import { grouped } from './digits';

/** Where a problem is, as the statistician reads it: `“学校基础数据”表 F12 单元格`. */
function at(sheet: string, cell: string | null): string {
  return cell ? `“${sheet}”表 ${cell} 单元格` : `“${sheet}”表`;
}

/** Names a school in a message: its name, else its code, else its row. */
function who(school: string): string {
  return school ? `（${school}）` : '';
}

export const readingMessages = {
  /** Names a row when a school has neither name nor code. */
  rowLabel: (row: number): string => `第 ${row} 行`,
  yesNo: (b: boolean): string => (b ? '是' : '否'),
  noSchoolSheet: (): string =>
    '未找到学校基础数据：没有名为“学校基础数据”的工作表，其他工作表的前10行中也没有可识别的学校表头。',
  noHeader: (sheet: string): string =>
    `工作表“${sheet}”的前10行中找不到表头：表头须包含学校名称或学校代码、学校类型及至少两项其他数据列。`,
  noQualityHeader: (sheet: string): string =>
    `工作表“${sheet}”的前10行中找不到表头（科目、学段、学业水平等级、校际差异率），质量监测数据按缺失处理。`,
  missingColumn: (sheet: string, header: string): string => `${at(sheet, null)}缺少“${header}”列，该列数据按缺失处理。`,
  duplicateColumn: (sheet: string, cell: string, header: string): string =>
    `${at(sheet, cell)}：“${header}”列重复出现，只读取左边第一列。`,
  notANumber: (sheet: string, cell: string, label: string, text: string, school = ''): string =>
    `${at(sheet, cell)}${who(school)}：“${label}”填写的“${text}”不是数字，按缺失处理。`,
  excelError: (sheet: string, cell: string, label: string, text: string, school = ''): string =>
    `${at(sheet, cell)}${who(school)}：“${label}”是公式错误 ${text}，按缺失处理。`,
  negative: (sheet: string, cell: string, label: string, text: string, school = ''): string =>
    `${at(sheet, cell)}${who(school)}：“${label}”不能为负数（${text}），按缺失处理。`,
  blankRequired: (sheet: string, cell: string, label: string, school = ''): string =>
    `${at(sheet, cell)}${who(school)}：“${label}”未填写，按缺失处理（空白不按 0 计算）。`,
  unknownType: (sheet: string, cell: string, text: string, school = ''): string =>
    `${at(sheet, cell)}${who(school)}：学校类型“${text}”无法识别，应为小学、初中、九年一贯制、十二年一贯制、完全中学、教学点或特殊教育学校；在改正之前，无法判断该校是否参加资源配置和逐校项目，总体结论不会是“达标”（其他项目未达标时为“未达标”，否则为“待填报”）。`,
  badChoice: (
    sheet: string,
    cell: string,
    label: string,
    text: string,
    choices: readonly string[],
    school = '',
  ): string =>
    `${at(sheet, cell)}${who(school)}：“${label}”填写的“${text}”无法识别，应为${choices.join('、')}之一，按未填写处理。`,
  unknownOwnership: (sheet: string, cell: string, text: string, school = ''): string =>
    `${at(sheet, cell)}${who(school)}：办学性质“${text}”无法识别，应为公办或民办，按公办处理。`,
  badYear: (sheet: string, cell: string, text: string, school = ''): string =>
    `${at(sheet, cell)}${who(school)}：建成年份“${text}”不是有效年份，按缺失处理。`,
  duplicateCode: (sheet: string, cell: string, code: string, otherRows: readonly number[]): string =>
    `${at(sheet, cell)}：学校代码“${code}”重复（另见第 ${otherRows.join('、')} 行），请核对；两行均保留计算。`,
  combinedOneStage: (sheet: string, cell: string, school: string, type: string, only: string): string =>
    `${at(sheet, cell)}${who(school)}：${type}学校只有${only}学生，请核对学校类型或在校生数。`,
  implausibleTeachers: (
    sheet: string,
    cell: string,
    school: string,
    label: string,
    teachers: number,
    students: number,
  ): string =>
    `${at(sheet, cell)}${who(school)}：“${label}”为 ${teachers} 人，多于该学段在校生 ${students} 人，请核对。`,
  indoorExceedsTeaching: (sheet: string, cell: string, school: string, indoor: number, teaching: number): string =>
    `${at(sheet, cell)}${who(school)}：室内体育用房面积 ${indoor} 大于教学及辅助用房面积 ${teaching}，两者不可能同时正确；生均教学及辅助用房面积（L4）在更正前不予计算（待填报），请核对。`,
  equipmentPerStudentHigh: (sheet: string, cell: string, school: string, perStudent: number): string =>
    `${at(sheet, cell)}${who(school)}：生均教学仪器设备值约 ${grouped(Math.round(perStudent), 0)} 元，高于 100,000 元，可能把“元”填在了“万元”列中，请核对。`,
  equipmentUnitAssumed: (sheet: string, cell: string): string =>
    `${at(sheet, cell)}：“教学仪器设备值”表头未注明单位，按万元读取；如填的是元，请把表头改为“教学仪器设备值（元）”。`,
  missingCountySheet: (): string => '未找到“区县数据”工作表：区县层面的各项数据均按缺失处理。',
  missingCountyItem: (sheet: string, label: string): string =>
    `${at(sheet, null)}中没有“${label}”一行，该项按缺失处理。`,
  percentLooksFraction: (sheet: string, cell: string, label: string, value: number): string => {
    const points = Number((value * 100).toPrecision(12));
    return `${at(sheet, cell)}：“${label}”填写 ${value}，按百分点读作 ${value}%；如指的是 ${points}%，请填写 ${points} 或 ${points}%。`;
  },
  badSelfAssessment: (sheet: string, cell: string, label: string, text: string): string =>
    `${at(sheet, cell)}：“${label}”填写的“${text}”无法识别，应为达标、基本达标或未达标，按待填报处理。`,
  badVeto: (sheet: string, cell: string, label: string, text: string): string =>
    `${at(sheet, cell)}：“${label}”填写的“${text}”无法识别，应为是或否，按待填报处理。`,
  badLevel: (sheet: string, cell: string, text: string): string =>
    `${at(sheet, cell)}：学业水平等级“${text}”无法识别，应为Ⅰ、Ⅱ、Ⅲ或Ⅳ级，按缺失处理。`,
  settingUnreadable: (sheet: string, cell: string, label: string, text: string, fallback: string): string =>
    `${at(sheet, cell)}：设置项“${label}”的值“${text}”无法识别，使用默认值 ${fallback}。`,
  settingBlank: (sheet: string, cell: string, label: string, fallback: string): string =>
    `${at(sheet, cell)}：设置项“${label}”未填写，使用默认值 ${fallback}。`,
} as const;

/** Names of the 学段 used in reading messages. */
export const readingStageNames = { primary: '小学', junior: '初中', senior: '高中' } as const;
