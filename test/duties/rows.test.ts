/**
 * The rows of 履职评价 as an inspector reads them (the issue's list): ids are the rules sheet's, unique; H1.累计 shows
 * its change since the base year (45.90% → 42.80%, −3.10 points), not this year's −0.66; F4 is a count of schools;
 * S1's gap is the open count; a wage reads 元/年; the basis shows the arithmetic; the H1 open question is on the sheet.
 */
import { dutiesSummaryLines } from '../../src/cli/dutiesSummary';
import { DUTY_CHECKS } from '../../src/engine/duties';
import { evaluate } from '../../src/engine/evaluate';
import { buildDutiesSheet } from '../../src/engine/output/dutiesSheet';
import { buildTemplateSheets } from '../../src/engine/template';
import type { CellValue } from '../../src/engine/types';
import { check, dutyDataGrid, runDuties, type DutyRow } from './support';

function sample() {
  const grids = buildTemplateSheets({ sample: true }).map((s) => ({ name: s.name, values: s.values as CellValue[][] }));
  const outcome = evaluate({ sheets: grids });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.result;
}

describe('ids are the rules sheet’s ids, unique in the JSON and the sheet', () => {
  it('gives F1.总投入, E2.超大, H1.累计 and H2.趋势 their own ids (regression: duplicate-duty-ids)', () => {
    const duties = sample().duties ?? [];
    const ids = duties.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(DUTY_CHECKS.map((d) => d.key));
    for (const id of ['F1.总投入', 'E2.超大', 'H1.累计', 'H2.趋势', 'F2.小学', 'I1.初中']) expect(ids).toContain(id);
    expect(duties.find((d) => d.id === 'H1.累计')?.item).toBe('H1');
  });
});

describe('H1.累计 against the base year', () => {
  const rows: DutyRow[] = [
    ['数据年度', 2023],
    ['儿童青少年总体近视率', '42.8%', '43.46%'],
    ['基准年总体近视率', '45.9%'],
  ];

  it('shows 45.90% (2018年) and −3.10 points since then; H1 keeps this year’s −0.66', () => {
    const { duties } = runDuties([dutyDataGrid(rows)]);
    const cum = check(duties, 'H1.累计');
    expect(cum.previous).toBeCloseTo(0.459, 12);
    expect(cum.previousYear).toBe(2018);
    expect(cum.change).toBeCloseTo(-3.1, 10);
    expect(cum.text.previous).toBe('45.90%（2018年）');
    expect(cum.text.change).toBe('−3.10个百分点（2018年）');
    expect(cum.basis).toBe('2018年 45.90% → 2023年 42.80%，5年累计下降3.10个百分点');
    const yearly = check(duties, 'H1');
    expect(yearly.change).toBeCloseTo(-0.66, 10);
    expect(yearly.previousYear).toBeNull();
    expect(yearly.basis).toBe('本年 42.80%；上年 43.46%；42.80% − 43.46% = −0.66个百分点');
  });
});

describe('counts read as counts, units are complete, the basis shows the arithmetic', () => {
  const r = sample();
  const duty = (id: string) => {
    const d = (r.duties ?? []).find((x) => x.id === id);
    if (!d) throw new Error(id);
    return d;
  };

  it('F4 is 72/73 所, its gap the one school short', () => {
    expect(duty('F4').text.value).toBe('72/73 所');
    expect(duty('F4').gap).toBe('1 所学校未达到定额（见计算过程）');
  });

  it('T1 reads 158676元/年 and F2 per pupil 元/生 with its change worked out', () => {
    expect(duty('T1').text.value).toBe('158676元/年');
    expect(duty('F2.初中').text.value).toBe('27368.42元/生');
    expect(duty('F2.初中').basis).toBe(
      '本年 52000万元 ÷ 19000人 = 27368.42元；上年 51600万元 ÷ 18700人 = 27593.58元；27368.42 ÷ 27593.58 − 1 = −0.82%',
    );
    expect(duty('F1').basis).toBe('本年 208177万元；上年 199958.7万元；208177 ÷ 199958.7 − 1 = +4.11%');
  });

  it('S1’s gap is 5 条未整改', () => {
    expect(duty('S1').gap).toBe('5 条未整改');
  });
});

describe('the 履职评价 sheet states the open question of H1', () => {
  it('has a 待确认 line on whether 重庆 is a 近视高发 province, before the 问题清单', () => {
    const sheet = buildDutiesSheet(sample());
    const at = sheet.values.findIndex((row) => row[0] === '待确认');
    expect(at).toBeGreaterThan(3);
    expect(String(sheet.values[at][1])).toContain('重庆是否属于近视高发省份尚未确认');
    const list = sheet.values.findIndex((row) => row[0] === '问题清单（草稿）');
    expect(list).toBeGreaterThan(at);
  });
});

describe('an empty 履职数据 is one line, not a 未佐证 line per check (regression: blank-duties-25-lines)', () => {
  it('prints 未填写 once for the blank template, and the counts and open checks for the sample', () => {
    const grids = buildTemplateSheets({ sample: false }).map((s) => ({
      name: s.name,
      values: s.values as CellValue[][],
    }));
    const outcome = evaluate({ sheets: grids });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.result.dutiesEmpty).toBe(true);
    expect(dutiesSummaryLines(outcome.result)).toEqual([
      '履行教育职责评价：未填写（“履职数据”表中没有数据，各检查项未评价）',
    ]);
    const filled = dutiesSummaryLines(sample());
    expect(filled[1]).toBe('  达标 25 项，未达标 4 项，未佐证 1 项，仅供参考 7 项');
    expect(filled).toHaveLength(2 + 5);
  });
});
