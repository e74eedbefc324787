/** The report's text for the seed counties (REPORT.md §6), a failing value near its standard, and failing items. */
import { reportFromWorkbook, reportText, type ReportDocument } from '../../src/engine/report';
import type { WorkbookInput } from '../../src/engine/types';
import { countyGrid, schoolGrid, workbook } from '../support/grid';
import { beibei, junior, primary, RC_COUNTY, rongchang } from './seedCounties';

const DATE = new Date('2024-05-20T02:00:00Z');

function draft(wb: WorkbookInput): { doc: ReportDocument; text: string; lines: string[] } {
  const outcome = reportFromWorkbook(wb, { date: DATE });
  if (!outcome.ok) throw new Error(outcome.reason);
  const lines = reportText(outcome.report);
  return { doc: outcome.report, text: lines.join('\n'), lines };
}

/** The paragraph that starts with `head`, and the 自评结论 line after it. */
function item(lines: string[], head: string): [string, string] {
  const i = lines.findIndex((l) => l.startsWith(head));
  if (i < 0) throw new Error(`no paragraph ${head}`);
  return [lines[i], lines[i + 1]];
}

/** The rows of a table by its caption. */
function tableRows(doc: ReportDocument, caption: string): string[][] {
  const t = doc.blocks.find((b) => b.kind === 'table' && b.caption === caption);
  if (!t || t.kind !== 'table') throw new Error(`no table ${caption}`);
  return t.rows.map((r) => r.map((c) => c.text));
}

describe('seed 000 (荣昌): figures of REPORT.md §6.1', () => {
  const { doc, text, lines } = draft(rongchang());

  it('titles the county with its own level word', () => {
    expect(doc.title).toEqual(['重庆市荣昌区创建全国', '义务教育优质均衡发展区自查自评报告']);
  });

  it('counts 74 school parts by type: 小学 55 = 47 单设 + 1 校区 + 7 校点, 初中 19 = 13 单设 + 6 完全中学', () => {
    expect(text).toContain(
      '目前，全区纳入评估的学生人数50人及以上的义务教育阶段学校74所（含校区、校点；九年一贯制、十二年一贯制学校的小学部、初中部分别计算，完全中学计其初中部），其中小学55所（单设小学47所、校区1个、校点7个），初中19所（单设初中13所、完全中学初中部6个）。',
    );
    expect(text).toContain('特殊教育学校在校学生126人；教职工4923人，专任教师4384人，持证上岗率100%。');
  });

  it('writes 表1 with 52 (94.55) and 54 (98.18) under L6 and L7, and 55 passing the per-school rule', () => {
    const rows = tableRows(doc, '表1 资源配置7项指标达标情况');
    expect(rows[0]).toEqual(['小学', '达标学校数（所）', '55', '55', '55', '55', '55', '52', '54', '55']);
    expect(rows[1]).toEqual(['达标学校比例（%）', '100', '100', '100', '100', '100', '94.55', '98.18', '100']);
    expect(rows[2]).toEqual(['初中', '达标学校数（所）', ...Array(8).fill('19')]);
    expect(rows[3]).toEqual(['达标学校比例（%）', ...Array(8).fill('100')]);
  });

  it('splits the 74 parts by indicator: 70 all seven, 4 passing at ≥85% (L6 3, L7 1)', () => {
    expect(text).toContain(
      '全区纳入评估的74所学校中，70所学校7项指标均达到要求；4所学校6项指标达到要求、余项不低于要求的85%（其中生均教学仪器设备值3所、每百名学生拥有网络多媒体教室数1所）。按学校综合评估，小学55所中达标55所、达标率100%；初中19所中达标19所、达标率100%。（详见表1）',
    );
  });

  it('G11 at 2 decimals with both denominators: 44.75% and 37.73%', () => {
    const [g11, conclusion] = item(lines, '指标十一：');
    expect(g11).toContain(
      '2023—2024学年度，全区符合交流轮岗条件教师610名，实际交流轮岗教师273名，占符合交流轮岗条件教师总数的44.75%；交流轮岗的骨干教师103名，占交流轮岗教师总数的37.73%。',
    );
    expect(conclusion).toBe('自评结论：达标。');
  });

  it('G7 per pupil from 87万元 and 126 students: 6904.76元', () => {
    expect(item(lines, '指标七：')[0]).toContain(
      '2024年特殊教育学校在校学生126人，安排公用经费87万元，生均6904.76元，高于6000元/生/年。',
    );
  });

  it('G8 on the monthly basis the county chose: 13223元 above 13196元', () => {
    expect(item(lines, '指标八：')[0]).toContain(
      '2024年全区义务教育学校教师月平均工资收入为13223元，高于当地公务员月平均工资收入13196元的水平。',
    );
  });

  it('G14 at the default 2 decimals is 80.31%, at the 1-decimal setting 80.3%', () => {
    expect(item(lines, '指标十四：')[0]).toContain('分配比例80.31%，高于50%。');
    const one = draft(rongchang({ 报告百分比小数位数: 1 }));
    expect(item(one.lines, '指标十四：')[0]).toContain(
      '2024年，全区优质高中招生名额总数4220人，分配到初中学校的名额3389人，分配比例80.3%，高于50%。',
    );
  });

  it('G15, Q1 and Q2 as the report states them (100%)', () => {
    expect(item(lines, '指标十五：')[0]).toContain(
      '其中在公办学校就读1827人，在政府购买服务的民办学校就读534人，合计2361人，占比100%。',
    );
    expect(text).toContain(
      '2024年全区初中毕业生8295人，三年前初中一年级在校生8155人，三年来复学、转入等正常增加439人，休学、转出等正常减少299人，初中三年巩固率为100%。',
    );
    expect(text).toContain(
      '全区适龄残疾儿童少年496人，已入学496人，其中普通学校随班就读283人、送教上门87人、特殊教育学校就读126人，残疾儿童少年入学率为100%。',
    );
  });

  it('leaves self-assessed items blank as placeholders and says which inputs of a blank check are missing', () => {
    expect(item(lines, '指标一：县域内')[1]).toBe('自评结论：【待填写：自评结论】。');
    const [q9, q9Conclusion] = item(lines, '指标九：在国家');
    expect(q9).toContain('未填报');
    expect(q9Conclusion).toBe('自评结论：【待填写：自评结论】。');
  });
});

describe('seed 001 (北碚): figures of REPORT.md §6.2', () => {
  const { text, lines } = draft(beibei());

  it('splits the 76 parts 70 / 1 / 5 by indicator (L5)', () => {
    expect(text).toContain(
      '全区纳入评估的76所学校中，70所学校7项指标均达到要求；1所学校6项指标达到要求、余项不低于要求的85%（其中生均体育运动场馆面积1所）；5所学校未达到“每所学校至少6项指标达到要求、余项不能低于要求的85%”的要求（其中生均体育运动场馆面积未达到要求85%的5所）。',
    );
    expect(text).toContain(
      '其中小学57所（单设小学56所、九年一贯制学校小学部1个），初中19所（单设初中9所、完全中学初中部9个、九年一贯制学校初中部1个）。',
    );
  });

  it('G3 by build year: 66.7% of 54 and 90.9% of 22', () => {
    const [g3, conclusion] = item(lines, '指标三：');
    expect(g3).toContain(
      '全区2016年及之前建成投用的义务教育学校54所，其中音乐、美术专用教室数量和面积达标学校36所，达标率66.7%；2016年之后新建投用的义务教育学校22所，其中达标学校20所，达标率90.9%。合计76所学校中达标56所，达标率73.7%；未达标的20所为P35小学（需增加音乐专用教室1间）、',
    );
    expect(conclusion).toBe('自评结论：未达标。');
  });

  it('G11 at 1 decimal: 29.5% and 30.8%, in the 学年 the county typed', () => {
    expect(item(lines, '指标十一：')[0]).toContain(
      '2022—2023学年度，全区符合交流轮岗条件教师1527名，实际交流轮岗教师451名，占符合交流轮岗条件教师总数的29.5%；交流轮岗的骨干教师139名，占交流轮岗教师总数的30.8%。',
    );
  });

  it('G2, G7, G14, G15 and Q1 in the words of the report', () => {
    expect(text).toContain(
      '全区按照小学1000元/生/年、初中1200元/生/年、农村义务教育寄宿制学校1500元/生/年、随班就读和特殊教育学校学生6000元/生/年的标准拨付生均公用经费。',
    );
    expect(text).toContain('安排公用经费60.6万元，生均6000元，不低于6000元/生/年。');
    expect(text).toContain('分配比例70%，高于50%。');
    expect(text).toContain('2023年秋季，全区符合条件的随迁子女12417人，全部在公办学校就读，占比100%。');
    expect(text).toContain('2023年全区初中毕业生7530人，三年前初中一年级在校生7498人，初中三年巩固率为100.4%。');
    expect(text).toContain('结果为：小学数学Ⅲ级，校际差异率0.128；初中数学Ⅲ级，校际差异率0.109。');
  });

  it('derives the section summary and 存在问题 from the failing items, and signs with the office', () => {
    expect(text).toContain('对照评估办法，我区15项指标中，');
    expect(text).toMatch(/1项未达标（指标三）/);
    expect(text).not.toContain('我区15项指标均达到评估标准');
    const problems = lines.slice(lines.indexOf('四、存在问题及整改措施'));
    expect(problems.join('\n')).toContain('资源配置：5所学校未达到');
    expect(problems.join('\n')).toContain('P2小学（需增加体育运动场馆面积750平方米）、P3小学');
    expect(problems.join('\n')).toMatch(
      /政府保障程度指标三（音乐、美术专用教室）未达标：P35小学（需增加音乐专用教室1间）、/,
    );
    expect(lines.slice(-2)).toEqual(['重庆市北碚区人民政府教育督导室', '2024年5月20日']);
  });
});

describe('a failing value never reads as its standard', () => {
  it('G12 4383 of 4384 is 99.98% at 1 decimal, not 100%, and 未达标 everywhere', () => {
    const { text, lines } = draft(rongchang({ 持有教师资格证的专任教师数: 4383, 报告百分比小数位数: 1 }));
    const [g12, conclusion] = item(lines, '指标十二：');
    expect(g12).toContain(
      '全区义务教育阶段专任教师4384人，其中持有教师资格证的4383人，占比99.98%，低于100%的标准0.02个百分点。',
    );
    expect(conclusion).toBe('自评结论：未达标。');
    expect(text).toContain('持证上岗率99.98%。');
    expect(text).toContain('政府保障程度指标十二（专任教师持证上岗率）未达标');
  });
});

describe('a coefficient above its limit', () => {
  // Ten 小学 at 8 m² of sports ground per pupil and one at 100 m²: each passes L5, the spread does not
  // (mean 180/11, cv ≈ 1.616 > 0.50).
  const rows = [...Array.from({ length: 10 }, (_, i) => primary(`P${i}`)), primary('Q', { 体育运动场馆面积: 50000 })];
  rows.push(junior('J1'), junior('J2'));
  const outcome = reportFromWorkbook(workbook(schoolGrid(rows), countyGrid(RC_COUNTY)), { date: DATE });
  if (!outcome.ok) throw new Error(outcome.reason);
  const lines = reportText(outcome.report);
  const text = lines.join('\n');

  it('is named with its value in the balance sentence, 表2 and 存在问题, and the section does not claim 达到', () => {
    const cv = outcome.result.coefficients.primary.L5.cv ?? NaN;
    expect(cv).toBeCloseTo(1.6163, 3);
    expect(text).toContain('，其中生均体育运动场馆面积为1.616，高于0.50；初中7项指标');
    expect(text).toContain('。小学未达到评估标准，初中达到评估标准。小学、初中校际综合差异系数分别为');
    expect(tableRows(outcome.report, '表2 校际差异系数')[0].slice(-3)).toEqual([expect.any(String), '0.50', '未达标']);
    expect(text).toContain('校际均衡：小学生均体育运动场馆面积校际差异系数为1.616，高于0.50。');
    expect(text).toContain(
      '校际均衡方面，小学生均体育运动场馆面积校际差异系数未达到评估标准，初中7项指标校际差异系数均达到评估标准；',
    );
  });
});
