import type { CountyInput } from '../../../src/engine/model';
import { readWorkbookInput } from '../../../src/engine/read';
import type { CellValue, SheetGrid } from '../../../src/engine/types';
import { countyCell, countyGrid, schoolGrid, workbook } from '../../support/grid';

const school = schoolGrid([{ 学校代码: '1', 学校名称: '一小', 学校类型: '小学', 小学在校生数: 500 }]);

function read(...sheets: SheetGrid[]): CountyInput {
  const out = readWorkbookInput(workbook(school, ...sheets));
  if (!out.ok) throw new Error(out.reason);
  return out.input;
}

describe('county sheet', () => {
  it("reads seed 000's Q1, Q2 and G11 figures (荣昌区 自查自评报告)", () => {
    // Seed 000: 初中毕业生数 8295, 三年前初中在校生数 8155, 转入 439, 转出 299; 适龄残疾儿童少年 496, of whom
    // 283 随班就读, 87 送教上门, 126 特教学校; 符合交流轮岗条件 610, 交流 273, 骨干 103.
    const g = countyGrid({
      区县名称: '荣昌区',
      评估年度: 2024,
      初中毕业生数: 8295,
      三年前初一在校生数: 8155,
      三年内转入学生数: 439,
      三年内转出学生数: 299,
      适龄残疾儿童少年总数: 496,
      随班就读残疾儿童少年数: 283,
      送教上门残疾儿童少年数: 87,
      特殊教育学校就读残疾儿童少年数: 126,
      符合交流轮岗条件的教师数: 610,
      实际交流轮岗教师数: 273,
      交流轮岗骨干教师数: 103,
    });
    const c = read(g).county;
    expect(c.name).toBe('荣昌区');
    expect(c.year).toBe('2024');
    expect(c.sheet).toBe('区县数据');
    expect(c.numbers.juniorGraduates).toEqual({ value: 8295, cell: countyCell(g, '初中毕业生数') });
    expect(c.numbers.grade7ThreeYearsAgo.value).toBe(8155);
    expect(c.numbers.transfersIn.value).toBe(439);
    expect(c.numbers.transfersOut.value).toBe(299);
    // 三年内死亡学生数 is absent: blank = 0.
    expect(c.numbers.deaths).toEqual({ value: 0, cell: null });
    expect(c.numbers.disabledTotal.value).toBe(496);
    // 283 + 87 + 126 = 496: the report's 100%.
    const enrolled =
      c.numbers.disabledInclusive.value! + c.numbers.disabledHomeTaught.value! + c.numbers.disabledSpecialSchool.value!;
    expect(enrolled).toBe(496);
    expect(c.numbers.rotationEligible.value).toBe(610);
    expect(c.numbers.rotationActual.value).toBe(273);
    expect(c.numbers.rotationBackbone.value).toBe(103);
  });

  it('finds rows by label whatever the order, spacing and unit, with the value under 数值', () => {
    const g: SheetGrid = {
      name: '区县数据',
      values: [
        ['某县区县层面数据'],
        ['说明', '项目', '数值'],
        ['', '小学生均公用经费基准定额（元）', 650],
        ['', '专任教师\n总数', '4,384'],
        ['', '与评估无关的一行', 1],
        ['', '特殊教育学校公用经费（元）', 780000],
      ],
    };
    const c = read(g).county;
    expect(c.numbers.primaryFundingNorm).toEqual({ value: 650, cell: 'C3' });
    expect(c.numbers.fullTimeTeachers).toEqual({ value: 4384, cell: 'C4' });
    // The item is kept in 万元; a label in 元 converts: 780000 元 = 78 万元.
    expect(c.numbers.specialSchoolFunding).toEqual({ value: 78, cell: 'C6' });
  });

  it('reads percentages: plain points, %-formatted fractions and text with %', () => {
    const g = countyGrid({
      社会认可度: 96.5,
      小学就近划片入学比例: 1,
      初中就近划片入学比例: '96.5%',
      教师培训经费占公用经费比例: 0.05,
    });
    g.formats = g.values.map(() => [null, null]);
    // 小学就近划片入学比例 holds 1 shown as 100%: the fraction itself.
    g.formats[2][1] = '0.00%';
    const input = read(g);
    const n = input.county.numbers;
    expect(n.recognitionRate.value).toBe(0.965);
    expect(n.primaryZonedRatio.value).toBe(1);
    expect(n.juniorZonedRatio.value).toBe(0.965);
    // A plain 0.05 in a percent row is 0.05 percent points by the rule, i.e. 0.0005; the user is warned.
    expect(n.trainingFundRatio.value).toBe(0.0005);
    const warn = input.issues.filter((i) => i.code === 'percent-looks-fraction');
    expect(warn.map((i) => [i.cell, i.severity])).toEqual([[countyCell(g, '教师培训经费占公用经费比例'), 'warning']]);
    expect(warn[0].message).toContain('5%');
  });

  it('reads self-assessed conclusions and vetoes, reporting unreadable ones', () => {
    const g = countyGrid({
      规划布局合理: '达标',
      四统一: '基本达标',
      编制岗位统筹: '未达标',
      章程与信息化: '良好',
      信息化教学: null,
      以考试方式招生: '否',
      违规择校: '是',
      设置重点校或重点班: '没有',
      有编不补或长期聘用编外教师: null,
    });
    const input = read(g);
    const c = input.county;
    expect(c.selfAssessed.layout).toEqual({ value: '达标', cell: countyCell(g, '规划布局合理') });
    expect(c.selfAssessed.fourUnified.value).toBe('基本达标');
    expect(c.selfAssessed.staffing.value).toBe('未达标');
    expect(c.selfAssessed.charter.value).toBeNull();
    expect(c.selfAssessed.itTeaching).toEqual({ value: null, cell: countyCell(g, '信息化教学') });
    expect(c.vetoes['以考试方式招生'].value).toBe(false);
    expect(c.vetoes['违规择校'].value).toBe(true);
    expect(c.vetoes['设置重点校或重点班'].value).toBeNull();
    expect(c.vetoes['有编不补或长期聘用编外教师'].value).toBeNull();
    const bad = input.issues.filter((i) => i.code === 'bad-self-assessment' || i.code === 'bad-veto');
    expect(bad.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['bad-self-assessment', countyCell(g, '章程与信息化'), 'error'],
      ['bad-veto', countyCell(g, '设置重点校或重点班'), 'error'],
    ]);
  });

  it('reports unusable numbers with the cell and keeps blanks missing', () => {
    const g = countyGrid({
      专任教师总数: '四千',
      持有教师资格证的专任教师数: -1,
      初中毕业生数: null,
      三年内死亡学生数: null,
    });
    const input = read(g);
    const n = input.county.numbers;
    expect(n.fullTimeTeachers.value).toBeNull();
    expect(n.certifiedTeachers.value).toBeNull();
    expect(n.juniorGraduates).toEqual({ value: null, cell: countyCell(g, '初中毕业生数') });
    expect(n.deaths).toEqual({ value: 0, cell: countyCell(g, '三年内死亡学生数') });
    const errs = input.issues.filter((i) => i.severity === 'error' && i.sheet === '区县数据');
    expect(errs.map((i) => [i.code, i.cell])).toEqual([
      ['not-a-number', countyCell(g, '专任教师总数')],
      ['negative', countyCell(g, '持有教师资格证的专任教师数')],
    ]);
  });

  it('names items missing from the sheet, except those with school-sheet alternatives', () => {
    const input = read(countyGrid({ 区县名称: '示例县' }));
    const missing = input.issues.filter((i) => i.code === 'missing-county-item').map((i) => i.message);
    expect(missing.some((m) => m.includes('社会认可度'))).toBe(true);
    expect(missing.some((m) => m.includes('规划布局合理'))).toBe(true);
    expect(missing.some((m) => m.includes('重大安全责任事故'))).toBe(true);
    expect(missing.some((m) => m.includes('小学就近划片入学比例'))).toBe(false);
    expect(missing.some((m) => m.includes('三年内死亡学生数'))).toBe(false);
  });

  it('gives a single issue when the county sheet is missing, every figure missing', () => {
    const input = read();
    expect(input.issues.filter((i) => i.sheet === '区县数据')).toEqual([
      expect.objectContaining({ code: 'missing-county-sheet', cell: null, severity: 'error' }),
    ]);
    expect(input.county.sheet).toBeNull();
    expect(Object.values(input.county.numbers).every((f) => f.value === null && f.cell === null)).toBe(true);
    expect(Object.values(input.county.vetoes).every((f) => f.value === null)).toBe(true);
  });

  it('recognises a renamed county sheet by its labels', () => {
    const values: CellValue[][] = [
      ['区县名称', '示例县'],
      ['专任教师总数', 1500],
      ['社会认可度', 92],
      ['违规择校', '否'],
    ];
    const input = read({ name: 'Sheet3', values });
    expect(input.county.sheet).toBe('Sheet3');
    expect(input.county.numbers.fullTimeTeachers).toEqual({ value: 1500, cell: 'B2' });
    expect(input.county.numbers.recognitionRate.value).toBe(0.92);
  });
});
