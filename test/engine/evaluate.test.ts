/**
 * The engine's entry point end to end: grids in (as an adapter would give them), a result out.
 * The figures are those of the calculation tests, now travelling through the reader.
 */
import { evaluate } from '../../src/engine/evaluate';
import type { EvaluationResult } from '../../src/engine/result';
import { SETTING_DEFS } from '../../src/engine/settings';
import type { CellValue } from '../../src/engine/types';
import { TITLE, cellOf, countyGrid, schoolGrid, settingsGrid, workbook } from '../support/grid';

function ok(outcome: ReturnType<typeof evaluate>): EvaluationResult {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.result;
}

const label = (key: string): string => {
  const d = SETTING_DEFS.find((s) => s.key === key);
  if (!d) throw new Error(key);
  return d.label;
};

/** The RULES.md 九年一贯制 (166 + 210 students, 23226 m² of teaching rooms) and a 小学 with a text cell. */
const rows: Array<Record<string, CellValue>> = [
  {
    学校代码: 'R1',
    学校名称: '示例九年一贯制学校',
    学校类型: '九年一贯制学校',
    小学在校生数: 166,
    初中在校生数: 210,
    教学及辅助用房面积: 23226,
  },
  { 学校代码: 'R2', 学校名称: '示例小学', 学校类型: '小学', 小学在校生数: 250, 小学县级及以上骨干教师数: '两人' },
];

/** Seed 000's county figures (荣昌区). */
const county = {
  [TITLE.name]: '荣昌区',
  [TITLE.year]: '2024',
  符合交流轮岗条件的教师数: 610,
  实际交流轮岗教师数: 273,
  交流轮岗骨干教师数: 103,
  优质高中招生名额总数: 4220,
  优质高中分配到初中学校名额数: 3389,
  特殊教育学校公用经费: 87,
  特殊教育学校在校生数: 126,
  初中毕业生数: 8295,
  三年前初一在校生数: 8155,
  三年内转入学生数: 439,
  三年内转出学生数: 299,
  社会认可度: 91.2,
};

describe('evaluate', () => {
  const schools = schoolGrid(rows);
  const result = ok(evaluate(workbook(schools, countyGrid(county))));

  it('reads and computes: the split example and the seed figures come through', () => {
    expect(result.county).toBe('荣昌区');
    expect(result.year).toBe('2024');
    const [p, j] = result.parts;
    expect([p.code, p.stage, j.stage]).toEqual(['R1', 'primary', 'junior']);
    expect(p.indicators.L4.value).toBeCloseTo(58.5, 2);
    expect(j.indicators.L4.numerator).toBeCloseTo(13514.37, 2);
    const g = (id: string) => result.guarantee.find((x) => x.id === id);
    expect(g('G11')?.value).toBeCloseTo(0.4475, 4);
    expect(g('G14')?.value).toBeCloseTo(0.803, 3);
    expect(g('G7')?.value).toBeCloseTo(6904.76, 2);
    expect(result.quality[0].value).toBe(1);
    // 91.2 on the county sheet means 91.2%.
    expect(result.recognition.value).toBeCloseTo(0.912, 12);
  });

  it('passes the reader’s issues through unchanged and still computes the rest', () => {
    const issue = result.issues.find((i) => i.cell === cellOf(schools, 1, '小学县级及以上骨干教师数'));
    expect(issue).toMatchObject({ severity: 'error', sheet: '学校基础数据' });
    const r2 = result.parts.find((x) => x.code === 'R2');
    expect(r2?.indicators.L2.status).toBe('missing');
    expect(r2?.students).toBe(250);
  });

  it('is incomplete, not failed, while figures are missing, and says what is missing', () => {
    // Nothing entered fails; blank figures (G8, the vetoes, most indicators of R1) leave it open.
    expect(result.verdict).toBe('incomplete');
    expect(result.sections.vetoes).toBe('incomplete');
    expect(result.blockers).toContain(
      'G8 教师平均工资收入：待填报（待填报：教师年平均工资收入、公务员年平均工资收入）',
    );
    expect(result.blockers).toContain('一票否决：“违规择校”待填报');
  });

  it('uses the settings sheet: the plain Q1 formula of seed 001', () => {
    const c = countyGrid({ 初中毕业生数: 7530, 三年前初一在校生数: 7498 });
    const out = ok(evaluate(workbook(schools, c, settingsGrid({ [label('Q1.formula')]: '简单公式' }))));
    expect(out.quality[0].value).toBeCloseTo(1.004268, 6);
    expect(out.quality[0].status).toBe('pass');
  });

  it('cannot run without a school sheet', () => {
    const outcome = evaluate(workbook(countyGrid(county)));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.code).toBe('no-school-sheet');
      expect(outcome.reason.length).toBeGreaterThan(0);
    }
  });
});
