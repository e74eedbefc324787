/**
 * Collecting school forms (MONITORING.md §3) built in the layout of the city form: title rows above the header,
 * units (元 and ㎡ where the city form has 万元 and 平方米), aliases (完小, 学校标识码, a province's own name through
 * 字段对照), a missing item, a 九年一贯制 form that does not split its teachers by 学段, a workbook that is not a
 * school form and one that cannot be read. Every figure below is the form's own, summed by hand.
 */
import { collectForms, schoolRow, type CollectProblem } from '../../src/engine/monitoring/collect';
import {
  buildCollectedSchoolSheet,
  buildMappingSheet,
  buildProblemsSheet,
} from '../../src/engine/output/collectSheets';
import { readMapping } from '../../src/engine/monitoring/mapping';
import { SCHOOL_COLUMNS } from '../../src/engine/columns';
import { cityForm, formRow } from './cityForm';
import { FORM_B, MAPPING, PRIMARY, sources } from './collectForms';

const result = collectForms(sources(), MAPPING);
const byForm = (form: string): CollectProblem[] => result.problems.filter((p) => p.form === form);
const brief = (p: CollectProblem) => [p.severity, p.cell, p.item, p.code];

describe('collect: forms in the layout of the city form', () => {
  it('collects one school per form, in order, and names the forms that are not school forms', () => {
    expect(result.schools.map((s) => [s.form, s.values.name])).toEqual([
      ['A.xlsx', '城南小学'],
      ['B.xlsx', '城北小学'],
      ['C.xlsx', '新城九年一贯制学校'],
    ]);
    expect(byForm('说明.xlsx').map((p) => [p.severity, p.code, p.message])).toEqual([
      ['error', 'not-a-form', '不是学校填报表：没有找到“项目 | 填报值”表头（或表头下没有可识别的项目），未采集'],
    ]);
    expect(byForm('坏文件.xlsx').map((p) => [p.code, p.message])).toEqual([
      ['unreadable', '无法读取，未采集：不是有效的 .xlsx 工作簿：坏文件.xlsx'],
    ]);
  });

  it('form A: header below two title rows, aliases, 字段对照, sums, and the missing item left blank', () => {
    expect(result.schools[0].values).toEqual({
      name: '城南小学',
      type: '小学',
      code: '2150001001',
      builtYear: 1998,
      denseUrban: '否',
      primaryStudents: 600,
      juniorStudents: null,
      migrantStudents: 30,
      primaryZoned: 590,
      juniorZoned: null,
      primaryClasses: 14,
      // Classes above 45 in a 小学: 2 (46–50) + 1 (51–55) + 0 + 0 + 0.
      primaryOversized: 3,
      // 专科 5 + 本科 20 + 硕士 2 + 博士 0.
      primaryDegreeTeachers: 27,
      juniorDegreeTeachers: null,
      primaryBackbone: 7,
      // 体育 3 + 音乐 2 + 美术 2 + 艺术 0.
      primaryPeArt: 7,
      teachingArea: 3000,
      indoorSportsArea: 200,
      // 风雨操场面积 (= 学校体育馆面积 through 字段对照) 800 + 校内体育场面积 4000.
      sportsArea: 4800,
      rentedSportsArea: null,
      equipmentValue: 132,
      music96: 1,
      music73: 1,
      art90: 1,
      art67: 0,
      publicBudget: 60,
      trainingBudget: 3.2,
    });
    expect(byForm('A.xlsx').map(brief)).toEqual([['warning', null, '网络多媒体教室数', 'missing-item']]);
    expect(byForm('A.xlsx')[0].message).toBe('表中没有“网络多媒体教室数”这一项，该列留空');
  });

  it('form B: 元 converted to 万元, ㎡ accepted, a figure that is not a number named by its cell', () => {
    const b = result.schools[1].values;
    // 1,320,000 元 = 132 万元; 612,000 元 = 61.2 万元.
    expect([b.code, b.builtYear, b.equipmentValue, b.publicBudget, b.teachingArea, b.indoorSportsArea]).toEqual([
      '2150001002',
      2005,
      132,
      61.2,
      3100,
      null,
    ]);
    const cell = `E${formRow('室内体育用房面积', FORM_B)}`;
    expect(byForm('B.xlsx').map(brief)).toEqual([['error', cell, '室内体育用房面积', 'not-a-number']]);
    expect(byForm('B.xlsx')[0].message).toBe('“约200”不是有效的非负数，未采用');
  });

  it('form C: a 九年一贯制 form without the teacher split gets errors, its split items are collected', () => {
    const c = result.schools[2].values;
    expect(c.type).toBe('九年一贯制');
    // 小学 10 + 30 + 2 + 0; 初中 35 + 4 + 0 (专科 does not count for 初中).
    expect([c.primaryDegreeTeachers, c.juniorDegreeTeachers, c.primaryStudents, c.juniorStudents]).toEqual([
      42, 39, 800, 600,
    ]);
    expect([c.primaryBackbone, c.juniorBackbone, c.primaryPeArt, c.juniorPeArt]).toEqual([null, null, null, null]);
    const at = (item: string) => `E${formRow(item)}`;
    expect(byForm('C.xlsx').map(brief)).toEqual([
      ['warning', at('班级总数'), '班级总数', 'not-split-by-stage'],
      ['warning', at('每班46-50人班级个数'), '每班46-50人班级个数', 'not-split-by-stage'],
      ['error', at('县级及以上骨干教师数'), '县级及以上骨干教师数', 'not-split-by-stage'],
      ['error', at('体育专任教师人数'), '体育专任教师人数', 'not-split-by-stage'],
    ]);
    expect(byForm('C.xlsx')[2].message).toBe(
      '九年一贯制学校的表未按学段分列 “县级及以上骨干教师数”，无法拆成 “小学县级及以上骨干教师数”、“初中县级及以上骨干教师数”，两列留空；请按小学、初中分别填报',
    );
  });

  it('names the 字段对照 line whose target is unknown', () => {
    expect(byForm('字段对照').map((p) => [p.cell, p.item, p.message])).toEqual([
      ['B3', '操场面积', '“操场面积”对应的“操场”不是已知的项目或模板列，此行未采用'],
    ]);
  });

  it('writes 学校基础数据 rows in template order with the source form, and 采集问题 errors first', () => {
    const sheet = buildCollectedSchoolSheet(result);
    const header = sheet.values[1];
    const col = (h: string) => header.findIndex((v) => typeof v === 'string' && v.startsWith(h));
    expect(sheet.values[2][col('小学专科及以上学历专任教师数')]).toBe(27);
    expect(sheet.values[3][col('教学仪器设备值')]).toBe(132);
    expect(sheet.values[4][col('学校类型')]).toBe('九年一贯制');
    expect(header[SCHOOL_COLUMNS.length]).toBe('来源填报表');
    expect(sheet.values[4][SCHOOL_COLUMNS.length]).toBe('C.xlsx');
    expect(schoolRow(result.schools[0])).toHaveLength(SCHOOL_COLUMNS.length);
    const problems = buildProblemsSheet(result);
    expect(problems.values[0][0]).toBe('学校填报表采集问题（采集 3 所学校，问题 9 个）');
    expect(problems.values[1]).toEqual(['严重程度', '填报表', '工作表', '单元格', '项目', '问题说明']);
    const severities = problems.values.slice(2).map((r) => r[0]);
    expect(severities).toEqual([...severities].sort((x, y) => Number(x === '警告') - Number(y === '警告')));
    expect(problems.values[2].slice(0, 4)).toEqual([
      '错误',
      'B.xlsx',
      '学校填报数据',
      `E${formRow('室内体育用房面积', FORM_B)}`,
    ]);
  });
});

describe('字段对照 as written', () => {
  it('reads back without a problem: its note stands above the table, not among the items', () => {
    const sheet = buildMappingSheet();
    expect(sheet.values[0][0]).toBe('填报表项目与模板列对照');
    expect(sheet.values[2]).toEqual(['表中项目', '对应项目', '说明']);
    const read = readMapping({ name: sheet.name, values: sheet.values });
    expect(read.problems).toEqual([]);
    expect(read.items).toHaveLength(sheet.values.length - 3);
  });
});

describe('collect: the same school twice', () => {
  it('keeps both rows and names the later form', () => {
    const form = { workbook: { sheets: [cityForm(PRIMARY)] } };
    const r = collectForms(
      [
        { file: '一.xlsx', ...form },
        { file: '二.xlsx', ...form },
      ],
      null,
    );
    expect(r.schools.map((s) => s.values.code)).toEqual(['2150001001', '2150001001']);
    expect(r.problems.map((p) => [p.form, p.code, p.message])).toEqual([
      [
        '二.xlsx',
        'duplicate-school',
        '学校代码 2150001001 与填报表 一.xlsx 相同，两行都已写入学校基础数据（评估时会报代码重复），请确认是否重复填报',
      ],
    ]);
  });
});

describe('collect: sums need every sub-item', () => {
  it('leaves a sum blank and names the blank sub-items rather than count them as 0', () => {
    const values = { ...PRIMARY, 艺术专任教师人数: null, '博士研究生学历教师人数（小学）': null };
    const r = collectForms([{ file: 'D.xlsx', workbook: { sheets: [cityForm(values)] } }], null);
    // 博士 blank: the 学历 sum is left blank; 艺术 blank: so is the 体育艺术 sum.
    expect([r.schools[0].values.primaryDegreeTeachers, r.schools[0].values.primaryPeArt]).toEqual([null, null]);
    expect(r.problems.map((p) => [p.cell, p.code, p.message])).toEqual([
      [
        `E${formRow('博士研究生学历教师人数（小学）')}`,
        'part-blank',
        '“小学专科及以上学历专任教师数”由几个分项相加，其中 “博士研究生学历教师人数（小学）” 未填，无法求和，该列留空（分项为 0 时请填 0）',
      ],
      [
        `E${formRow('艺术专任教师人数')}`,
        'part-blank',
        '“小学体育艺术专任教师数”由几个分项相加，其中 “艺术专任教师人数” 未填，无法求和，该列留空（分项为 0 时请填 0）',
      ],
    ]);
  });
});
