/**
 * Messages of the template's input side: input prompts of the blank template, the warnings of reading a filled one
 * (units, types, deleted settings), the rule for figures given twice, and the run summary's list of errors.
 */
import type { Need } from '../columns';

/** Where a problem is, as the statistician reads it: `“区县数据”表 B20 单元格`. */
function at(sheet: string, cell: string | null): string {
  return cell ? `“${sheet}”表 ${cell} 单元格` : `“${sheet}”表`;
}

/** A fraction as a percentage with 2 decimals: 0.965 → 96.50%. */
const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;

/** Who must fill a column, in the words of the prompt. */
const NEED_WORDS: Record<Need, string> = {
  all: '各类学校必填',
  P: '有小学学段的学校必填（小学、教学点、九年一贯制、十二年一贯制）',
  J: '有初中学段的学校必填（初中、九年一贯制、十二年一贯制、完全中学）',
  S: '完全中学、十二年一贯制学校必填',
  optional: '选填',
};

export const intakeMessages = {
  /** The input prompt of a school-sheet column: what goes in, its unit, who must fill it, what a blank means. */
  schoolPrompt: (opts: { unit: string; need: Need; blankIsZero: boolean; choices: readonly string[] | null }) => {
    const parts: string[] = [];
    if (opts.choices) parts.push(`从下拉列表选择：${opts.choices.join('、')}。`);
    else if (opts.unit === '年') parts.push('填四位年份，如 2008。');
    else if (opts.unit) parts.push(`只填数字，单位：${opts.unit}。`);
    parts.push(`${NEED_WORDS[opts.need]}。`);
    if (!opts.choices && opts.unit && opts.unit !== '年') {
      parts.push(opts.blankIsZero ? '空白按 0 计算。' : '空白表示缺失（不按 0 计算），确实为 0 请填 0。');
    }
    return parts.join('');
  },
  codePrompt: '学校标识码或本县统一的学校代码，每校唯一，不能重复。',
  namePrompt: '学校（校区）全称。名称或代码为“合计”“总计”“小计”的行不参与计算。',
  countyValuePrompt: '按左边“项目”填写数值，单位见右边“说明”列。百分比填百分数（96.5 表示 96.5%）。空白表示待填报。',
  qualityPrompt: {
    stage: '从下拉列表选择：小学、初中。',
    level: '从下拉列表选择学业水平等级：Ⅰ、Ⅱ、Ⅲ、Ⅳ。',
    rate: '校际差异率，填小数（如 0.128）。',
  },

  /** G13 and Q4: the rule for a figure that both the school sheet and 区县数据 give (one rule, said once). */
  twoSourcesRule: [
    '六、两处都可以填写的数据',
    '14. 就近划片入学比例（G13）和教师培训经费占比（Q4）既可以在“学校基础数据”中逐校填写，也可以在“区县数据”中直接填写比例。规则只有一条：学校基础数据齐全时按学校数据计算；学校数据不全或未填时，采用“区县数据”中的比例；两处都填写且相差超过 0.5 个百分点时，在“数据问题”中给出警告。',
  ],
  twoSourcesDisagree: (
    sheet: string,
    cell: string | null,
    item: string,
    label: string,
    county: number,
    schools: number,
  ): string =>
    `${at(sheet, cell)}：${item}“${label}”填写 ${pct(county)}，按学校基础数据汇总为 ${pct(schools)}，两者相差超过 0.5 个百分点；学校数据齐全，按学校数据计算，请核对。`,

  /** A 完全中学 reports primary students, which its type has no part for. */
  primaryInCompleteSchool: (sheet: string, cell: string, school: string, students: number) =>
    `${at(sheet, cell)}（${school}）：完全中学填了小学在校生数 ${students} 人，但完全中学只有初中、高中学段，这些小学生不参加任何指标计算。如该校有小学部，请把学校类型改为十二年一贯制，或把小学部单列一行。`,
  /** A county figure whose size suggests the wrong unit (870000 typed under 万元). */
  implausibleCountyFigure: (sheet: string, cell: string, label: string, shown: string, hint: string) =>
    `${at(sheet, cell)}：“${label}”填写的数值折合${shown}，超出常见范围，${hint}请核对单位。`,
  /** Rows of 评估标准 that are not there (each `名称（默认值）`): their defaults are used. */
  settingRowsMissing: (sheet: string, rows: readonly string[]) =>
    `${at(sheet, null)}缺少 ${rows.length} 行设置，按默认值计算：${rows.join('、')}。如需改用其他标准，请恢复这些行（可从空白模板的“评估标准”表复制）后修改“值”列。`,

  /** Schools whose type cannot be read block the verdict (RULES.md §2). */
  unclassifiedBlocker: (count: number, names: string[]) =>
    `${count} 所学校的学校类型未填写或无法识别（${names.join('、')}${count > names.length ? ' 等' : ''}），无法判断其是否参加资源配置及逐校项目，请在“学校基础数据”中补填学校类型`,

  /** The run summary's list of the first errors, each with its sheet and cell. */
  summaryFirstErrors: (shown: number, total: number) =>
    total > shown ? `前 ${shown} 个错误（共 ${total} 个，全部见“数据问题”表）：` : '错误：',
  /** One error of the summary: the message names its sheet and cell; the address goes first when it does not. */
  summaryIssueLine: (sheet: string, cell: string | null, message: string) =>
    cell === null || message.includes(cell) ? `  - ${message}` : `  - ${sheet}!${cell}：${message}`,
} as const;
