import { a1, a1Range } from '../../src/engine/a1';
import { OUTPUT_SHEETS, SHEETS } from '../../src/engine/columns';
import { INDICATOR_NAMES, outputMessages as M } from '../../src/engine/messages';
import { buildOutputSheets, buildSettingsSheet, stagePassCounts } from '../../src/engine/output';
import { displayText } from '../../src/engine/output/numberFormats';
import { INDICATOR_IDS } from '../../src/engine/result';
import { SETTING_DEFS } from '../../src/engine/settings';
import { STATUS_FILLS } from '../../src/engine/sheetSpec';
import { cell, fillAt, findRow, formatAt, isBold, smallResult } from './support';

const RUN = '2024-06-01 08:00:00 UTC';

describe('buildOutputSheets', () => {
  const sheets = buildOutputSheets(smallResult(), { runTime: RUN });
  const [summary, indicators, coefficients, ledger, issues] = sheets;

  it('writes the five sheets in the order of OUTPUT.md', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      OUTPUT_SHEETS.summary,
      OUTPUT_SHEETS.indicators,
      OUTPUT_SHEETS.coefficients,
      OUTPUT_SHEETS.ledger,
      OUTPUT_SHEETS.issues,
    ]);
  });

  it('heads 评估汇总 with county, year, run time and the verdict as a word with its colour', () => {
    const row = (label: string): number => findRow(summary, (r) => r[0] === label);
    expect(cell(summary, a1(row(M.county), 1))).toBe('测试县');
    expect(cell(summary, a1(row(M.year), 1))).toBe('2024');
    expect(cell(summary, a1(row(M.runTime), 1))).toBe(RUN);
    const verdict = a1(row(M.verdict), 1);
    expect(cell(summary, verdict)).toBe('未达标');
    expect(fillAt(summary, verdict)).toBe(STATUS_FILLS.fail);
    const blockers = row(M.blockersTitle);
    expect(cell(summary, a1(blockers + 1, 0))).toBe('资源配置：C学校 小学 未达标');
    expect(cell(summary, a1(blockers + 2, 0))).toBe('政府保障程度：G2 基本达标');
  });

  it('counts passing schools per indicator in the shape of seed 000', () => {
    // Primary: A, B, C included. L5: A, B pass, C fails → 2; L6: A, C pass, B near → 2; 综合: A, B → 2 of 3.
    // Junior: D, E included. L7: D passes, E missing → 1; 综合: D → 1 of 2. F is excluded and counts nowhere.
    const header = findRow(summary, (r) => r[0] === M.stageHeader);
    expect(cell(summary, a1(header, 1))).toBe(M.categoryHeader);
    INDICATOR_IDS.forEach((id, i) => expect(cell(summary, a1(header, 2 + i))).toBe(INDICATOR_NAMES[id]));
    expect(cell(summary, a1(header, 9))).toBe(M.compositeEvaluation);
    expect(cell(summary, a1(header + 1, 2))).toBe(1);
    expect(cell(summary, a1(header + 1, 9))).toBe(8);

    const p = findRow(summary, (r) => r[0] === '小学' && r[1] === M.passCountRow);
    expect(summary.values[p].slice(2, 10)).toEqual([3, 3, 3, 3, 2, 2, 3, 2]);
    expect(cell(summary, a1(p + 1, 1))).toBe(M.passRatioRow);
    // The ratio row is in percent under its "（%）" label: 66.67, and 100 for a whole figure (seed 000's shape).
    expect(cell(summary, a1(p + 1, 6))).toBeCloseTo(200 / 3, 10);
    expect(formatAt(summary, a1(p + 1, 6))).toBe('0.00');
    expect(cell(summary, a1(p + 1, 2))).toBe(100);
    expect(formatAt(summary, a1(p + 1, 2))).toBe('0');
    expect(summary.merges).toContain(a1Range(p, 0, 2, 1));

    const j = findRow(summary, (r) => r[0] === '初中' && r[1] === M.passCountRow);
    expect(summary.values[j].slice(2, 10)).toEqual([2, 2, 2, 2, 2, 2, 1, 1]);
    expect(cell(summary, a1(j + 1, 9))).toBe(50);
    expect(formatAt(summary, a1(j + 1, 9))).toBe('0');
    expect(stagePassCounts(smallResult().parts, 'primary')).toEqual({
      included: 3,
      indicators: [3, 3, 3, 3, 2, 2, 3],
      composite: 2,
    });
  });

  it('lists the coefficients against their limits and points the chart at that block', () => {
    const header = findRow(summary, (r) => r[0] === M.cvHeader[0] && r[1] === M.cvHeader[1]);
    const l6 = header + 1 + INDICATOR_IDS.indexOf('L6');
    expect(cell(summary, a1(l6, 1))).toBe(0.48);
    expect(cell(summary, a1(l6, 2))).toBe(0.52);
    expect(formatAt(summary, a1(l6, 2))).toBe('0.000');
    expect(cell(summary, a1(l6, 5))).toBe('达标');
    expect(cell(summary, a1(l6, 6))).toBe('未达标');
    expect(fillAt(summary, a1(l6, 6))).toBe(STATUS_FILLS.fail);
    const l7 = header + 1 + INDICATOR_IDS.indexOf('L7');
    expect(cell(summary, a1(l7, 2))).toBeNull();
    expect(cell(summary, a1(l7, 6))).toBe('不可计算');
    expect(fillAt(summary, a1(l7, 6))).toBe(STATUS_FILLS.missing);
    // Composite of the primary cvs: (0.1 + 0.2 + 0.3 + 0.25 + 0.35 + 0.48 + 0.4) / 7 = 2.08 / 7.
    expect(cell(summary, a1(header + 8, 1))).toBeCloseTo(2.08 / 7, 12);
    expect(cell(summary, a1(header + 8, 2))).toBeNull();
    expect(summary.chart?.dataRange).toBe(a1Range(header, 0, 8, 5));
  });

  it('shows items with value, standard and status word, a second row for value2, and the vetoes', () => {
    const g2 = findRow(summary, (r) => r[0] === 'G2');
    expect(cell(summary, a1(g2, 4))).toBe('基本达标');
    expect(fillAt(summary, a1(g2, 4))).toBe(STATUS_FILLS.near);
    const g11 = findRow(summary, (r) => r[0] === 'G11');
    expect(cell(summary, a1(g11, 2))).toBe(0.4475);
    expect(formatAt(summary, a1(g11, 2))).toBe('0.00%');
    // The standard 10% is written as the reports write it, without trailing zeros.
    expect(formatAt(summary, a1(g11, 3))).toBe('0%');
    expect(cell(summary, a1(g11 + 1, 2))).toBe(0.3773);
    expect(cell(summary, a1(g11 + 1, 3))).toBe(0.2);
    const g8 = findRow(summary, (r) => r[0] === 'G8');
    expect(cell(summary, a1(g8, 4))).toBe('待填报');
    // Money in whole 元 is written 158,352, not 158,352.00.
    expect(formatAt(summary, a1(g8, 3))).toBe('#,##0');
    const g7 = findRow(summary, (r) => r[0] === 'G7');
    expect([cell(summary, a1(g7, 3)), formatAt(summary, a1(g7, 3))]).toEqual([6000, '#,##0']);
    expect(displayText(cell(summary, a1(g7, 2)) as number, formatAt(summary, a1(g7, 2)) ?? '')).toBe('6,904.76');
    // A failing value is never displayed as its standard: 4383/4384 is 99.98% at pct2 (REPORT.md §5 item 7), and
    // 99999/100000, which pct2 would round to 100.00%, gets a third decimal.
    const g9 = findRow(summary, (r) => r[0] === 'G9');
    expect(displayText(cell(summary, a1(g9, 2)) as number, formatAt(summary, a1(g9, 2)) ?? '')).toBe('99.98%');
    const g12 = findRow(summary, (r) => r[0] === 'G12');
    expect(displayText(cell(summary, a1(g12, 2)) as number, formatAt(summary, a1(g12, 2)) ?? '')).toBe('99.999%');
    expect(displayText(cell(summary, a1(g9, 3)) as number, formatAt(summary, a1(g9, 3)) ?? '')).toBe('100%');
    const q9 = findRow(summary, (r) => r[0] === 'Q9');
    expect([cell(summary, a1(q9, 2)), formatAt(summary, a1(q9, 2)), cell(summary, a1(q9, 4))]).toEqual([
      3,
      '0',
      '未达标',
    ]);
    expect([cell(summary, a1(q9 + 1, 1)), cell(summary, a1(q9 + 1, 2)), formatAt(summary, a1(q9 + 1, 2))]).toEqual([
      M.value2Label.Q9,
      0.163,
      '0.000',
    ]);
    const s1 = findRow(summary, (r) => r[0] === 'S1');
    expect(cell(summary, a1(s1, 2))).toBe(0.926);
    const exam = findRow(summary, (r) => r[0] === '以考试方式招生');
    expect(cell(summary, a1(exam, 3))).toBe('待填报');
    expect(cell(summary, a1(exam + 1, 1))).toBe('否');
    expect(cell(summary, a1(exam + 1, 3))).toBe('达标');
  });

  it('writes one row per included part on 指标结果, unrounded values with formats, excluded ones at the end', () => {
    expect(indicators.freeze).toEqual({ rows: 3, cols: 2 });
    expect(cell(indicators, 'A2')).toBe('学校代码');
    expect(isBold(indicators, 'A2')).toBe(true);
    const valueCol = M.partsHeader.length;
    const statusCol = valueCol + INDICATOR_IDS.length;
    const tail = statusCol + INDICATOR_IDS.length;
    const b = findRow(indicators, (r) => r[0] === 'B');
    // B's L6 is 0.9 × 2000 = 1800 (near); the cell holds 1800 with the 0.00 format.
    expect(cell(indicators, a1(b, valueCol + 5))).toBeCloseTo(1800, 9);
    expect(formatAt(indicators, a1(b, valueCol + 5))).toBe('0.00');
    expect(cell(indicators, a1(b, statusCol + 5))).toBe('未达标(≥85%)');
    expect(fillAt(indicators, a1(b, statusCol + 5))).toBe(STATUS_FILLS.near);
    expect(cell(indicators, a1(b, tail))).toBe(6);
    expect(cell(indicators, a1(b, tail + 1))).toBe('达标');
    expect(cell(indicators, a1(b, tail + 2))).toBe(`L6${INDICATOR_NAMES.L6}（未达标(≥85%)）`);
    const e = findRow(indicators, (r) => r[0] === 'E');
    expect(cell(indicators, a1(e, valueCol + 6))).toBeNull();
    expect(cell(indicators, a1(e, statusCol + 6))).toBe('待填报');
    expect(cell(indicators, a1(e, tail + 1))).toBe('待填报');
    const d = findRow(indicators, (r) => r[0] === 'D');
    expect(cell(indicators, a1(d, tail + 3))).toContain('L2');
    const title = findRow(indicators, (r) => r[0] === M.excludedTitle);
    expect(title).toBeGreaterThan(e);
    expect(indicators.values[title + 2]).toEqual(['F', 'F学校', '小学', 30, '学生少于50人的教学点']);
  });

  it('gives 差异系数 n, mean, sd, cv, limit and conclusion per 学段, with the top contributors', () => {
    const l6 = findRow(coefficients, (r) => r[0] === '初中' && String(r[1]).startsWith('L6'));
    expect(coefficients.values[l6].slice(2, 8)).toEqual([3, 10, 5.2, 0.52, 0.45, '未达标']);
    const l7 = findRow(coefficients, (r) => r[0] === '初中' && String(r[1]).startsWith('L7'));
    expect(cell(coefficients, a1(l7, 7))).toBe('不可计算');
    const top = findRow(coefficients, (r) => r[2] === 'B');
    expect(coefficients.values[top]).toEqual(['小学', `L6 ${INDICATOR_NAMES.L6}`, 'B', 'B学校', 1800, 400, 0.62]);
    expect(formatAt(coefficients, a1(top, 6))).toBe('0.00%');
  });

  it('writes 整改台账 from the shortfalls and 数据问题 with errors first', () => {
    expect(ledger.values[2]).toEqual([
      'C',
      'C学校',
      '小学',
      'L5',
      '生均体育运动场馆面积',
      3.75,
      7.5,
      3.75,
      1500,
      '㎡',
      '需增加体育运动场馆面积 1,500 m²',
    ]);
    const valueCol = M.ledgerHeader.indexOf('现值');
    expect(formatAt(ledger, a1(2, valueCol))).toBe('0.00');
    // A school-level Q4 row: no 学段, the share of the budget shown as a percentage.
    expect(ledger.values[3].slice(0, 6)).toEqual(['A', 'A学校', null, 'Q4', '教师培训经费占公用经费比例', 0.03]);
    expect(formatAt(ledger, a1(3, valueCol))).toBe('0.00%');
    expect(issues.values.slice(2)).toEqual([
      ['错误', '学校基础数据', 'F12', '错误一'],
      ['错误', '区县数据', M.wholeSheet, '错误二'],
      ['警告', '学校基础数据', 'J9', '警告一'],
    ]);
    expect(fillAt(issues, a1(2, 0))).toBe(STATUS_FILLS.fail);
    expect(fillAt(issues, a1(4, 0))).toBe(STATUS_FILLS.near);
  });

  it('groups fills by colour: each colour appears once', () => {
    for (const s of sheets) {
      const colours = s.fills.map((f) => f.color);
      expect(new Set(colours).size).toBe(colours.length);
    }
  });
});

describe('buildSettingsSheet', () => {
  const spec = buildSettingsSheet();
  it('lists every setting with its default, percentages as %, switches as 是/否 drop-downs', () => {
    expect(spec.name).toBe(SHEETS.settings);
    expect(spec.values[0]).toEqual(['设置项', '值', '说明']);
    expect(spec.values.length).toBe(SETTING_DEFS.length + 1);
    const row = (key: string): number => SETTING_DEFS.findIndex((d) => d.key === key) + 1;
    expect(cell(spec, a1(row('L6.junior'), 1))).toBe(2500);
    expect(cell(spec, a1(row('nearFloor'), 1))).toBe(0.85);
    expect(formatAt(spec, a1(row('nearFloor'), 1))).toBe('0.00%');
    expect(cell(spec, a1(row('includePrivate'), 1))).toBe('是');
    expect(cell(spec, a1(row('smallSchoolFloorAllTypes'), 1))).toBe('否');
    expect(spec.validations).toContainEqual({ range: a1(row('includePrivate'), 1), list: ['是', '否'] });
    expect(spec.validations).toContainEqual({
      range: a1(row('Q1.formula'), 1),
      list: ['标准公式', '简单公式', '扣除转入公式'],
    });
  });
});
