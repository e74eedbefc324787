/** The 年度对比 sheet of the golden pair: rules stated with the margins in force, and one row per finding. */
import { a1 } from '../../src/engine/a1';
import { compareWorkbooks, type Comparison } from '../../src/engine/monitoring';
import { buildCompareSheet, compareSummaryLines, COMPARE_SHEET } from '../../src/engine/output';
import { STATUS_FILLS, type OutputValue, type SheetSpec } from '../../src/engine/sheetSpec';
import { goldenPair } from './compareFixtures';

function golden(): Comparison {
  const { earlier, later } = goldenPair();
  const o = compareWorkbooks([
    { file: '2023.xlsx', workbook: earlier },
    { file: '2024.xlsx', workbook: later },
  ]);
  if (!o.ok) throw new Error(o.reason);
  return o.comparison;
}

/** The first row whose leading cells are `start`, and its 0-based index. */
function rowStarting(sheet: SheetSpec, ...start: OutputValue[]): { r: number; row: OutputValue[] } {
  const r = sheet.values.findIndex((row) => start.every((v, i) => row[i] === v));
  if (r < 0) throw new Error(`no row ${start.join(' | ')}`);
  return { r, row: sheet.values[r] };
}

function fillOf(sheet: SheetSpec, cell: string): string | undefined {
  return sheet.fills.find((f) => f.ranges.some((range) => covers(range, cell)))?.color;
}

/** True when an A1 range (single column runs, as SheetBuilder makes them) covers the cell. */
function covers(range: string, cell: string): boolean {
  const [from, to = from] = range.split(':');
  const split = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x) as RegExpExecArray;
    return [m[1], Number(m[2])] as const;
  };
  const [c0, r0] = split(from);
  const [c1, r1] = split(to);
  const [c, r] = split(cell);
  return c === c0 && c === c1 && r >= r0 && r <= r1;
}

describe('年度对比 sheet', () => {
  const c = golden();
  const sheet = buildCompareSheet(c);
  const text = sheet.values.flat().filter((v): v is string => typeof v === 'string');

  it('states the verdict rules with the margins in force', () => {
    expect(sheet.name).toBe(COMPARE_SHEET);
    expect(sheet.values[0][0]).toBe('年度对比：测试县 2023 → 2024');
    expect(text).toContain('下滑：上一年（指定认定基准年时，或基准年）达标，本年未达标。这是首要提示。');
    expect(
      text.some((t) => t.startsWith('预警：本年仍达标，但离标准不超过 标准的 5%（差异系数为 0.03，绝对值）')),
    ).toBe(true);
    expect(text).toContain('与上一年比较判定下滑（未指定认定基准年）');
  });

  it('names what no longer meets the standard in red', () => {
    const { r, row } = rowStarting(
      sheet,
      '不再满足优质均衡标准：G11 教师交流轮岗、第一小学（P001）小学不再达标、第二中学（J002）初中不再达标',
    );
    expect(row).toHaveLength(1);
    expect(fillOf(sheet, a1(r, 0))).toBe(STATUS_FILLS.fail);
  });

  it('writes each coefficient and item per year with change, standard and verdict', () => {
    // The indicator's id and name sit together under the header 指标 (not the id under 指标 and the name under a blank).
    const l7 = rowStarting(sheet, '小学', 'L7 每百名学生拥有网络多媒体教室数');
    const header = sheet.values[l7.r - 7];
    expect(header.slice(0, 4)).toEqual(['学段', '指标', null, null]);
    expect(sheet.merges).toEqual(expect.arrayContaining([`B${l7.r - 6}:D${l7.r - 6}`, `B${l7.r + 1}:D${l7.r + 1}`]));
    expect(l7.row.slice(4)).toEqual([
      0,
      c.coefficients.primary.L7.values[1],
      c.coefficients.primary.L7.change,
      0.5,
      '达标保持',
    ]);
    const g11 = rowStarting(sheet, 'G11');
    expect(g11.row[8]).toBe('下滑');
    expect(fillOf(sheet, a1(g11.r, 8))).toBe(STATUS_FILLS.fail);
    expect(rowStarting(sheet, 'G14').row[8]).toBe('预警');
    expect(fillOf(sheet, a1(rowStarting(sheet, 'G14').r, 8))).toBe(STATUS_FILLS.near);
    expect(rowStarting(sheet, 'S1').row[8]).toBe('整改完成');
    expect(rowStarting(sheet, 'G15').row[8]).toBe('持续未达标');
    // A self-assessed item has no figure: its word stands in for it.
    expect(rowStarting(sheet, 'G1').row.slice(4, 6)).toEqual(['达标', '达标']);
  });

  it('lists the movers, the 台账 changes, the school changes, the growth and the jump', () => {
    const mover = rowStarting(sheet, '小学', 'L7 每百名学生拥有网络多媒体教室数', 'P006');
    expect(mover.row.slice(4, 6)).toEqual([2.4, 6]);
    expect(mover.row[7]).toBeCloseTo(5 / 6, 12);
    expect(rowStarting(sheet, '新增', 'P001').row.slice(7)).toEqual([40, '万元', '需增加教学仪器设备 40.0 万元']);
    expect(rowStarting(sheet, '已整改', 'P102').row[4]).toBe('L3 每百名学生拥有体育、艺术专任教师数');
    expect(rowStarting(sheet, '仍未整改', 'P007').row[7]).toBe(3);
    expect(rowStarting(sheet, '新增学校', 'P004').row).toEqual(['新增学校', 'P004', '新区小学', '2024', '新增学校']);
    expect(rowStarting(sheet, '撤销或不再填报', 'P003').row[2]).toBe('石桥村小');
    expect(rowStarting(sheet, 'J002', '第二中学', '初中', 'L4 生均教学及辅助用房面积').row.slice(4)).toEqual([
      400,
      480,
      0.2,
      5,
      5.8,
      '是',
      '需增加教学及辅助用房面积 384 m²',
    ]);
    const jump = c.issues.find((i) => i.code === 'input-jump');
    expect(rowStarting(sheet, `学校基础数据!${jump?.cell}`).row[1]).toBe(jump?.message);
  });

  it('writes every school part per indicator and its verdict per year', () => {
    const l6 = rowStarting(sheet, 'P001', '第一小学', '小学', 'L6 生均教学仪器设备值');
    expect(l6.row.slice(4)).toEqual([2200, 1200, -1000, 2000, '下滑']);
    expect(rowStarting(sheet, 'P001', '第一小学', '小学', '学段结论').row.slice(4)).toEqual(['达标', '未达标']);
    expect(rowStarting(sheet, 'P003', '石桥村小', '小学', '学段结论').row.slice(4)).toEqual(['达标', '—']);
    expect(rowStarting(sheet, 'P004', '新区小学', '小学', 'L1 每百名学生拥有高于规定学历教师数').row.slice(4)).toEqual([
      '—',
      5,
      '—',
      4.2,
      '无法比较',
    ]);
  });

  it('is the same sheet on a second run', () => {
    expect(buildCompareSheet(golden())).toEqual(sheet);
  });

  it('sums it up in a few lines', () => {
    expect(compareSummaryLines(c)).toEqual([
      '年度对比：测试县，2023 → 2024',
      `县级指标：下滑 1 项，预警 ${c.counts.warning} 项，持续未达标 ${c.counts['still-failing']} 项，整改完成 1 项，达标保持 ${c.counts.kept} 项`,
      '不再满足优质均衡标准：G11 教师交流轮岗、第一小学（P001）小学不再达标、第二中学（J002）初中不再达标',
      // Without 履职数据 the checks across years are those of 区县数据: 公用经费定额 and the wage gap.
      '履职与跨年度检查：下滑 0 项，持续未达标 0 项（见年度对比工作表）',
      `本年未解决的问题 ${c.problems.length} 条`,
      '整改台账：新增 7 条，重新出现 0 条，已整改 1 条',
      '学校：新增 1 所，撤销或不再填报 1 所，信息变化 2 处',
      '提示 1 条（见年度对比工作表）',
    ]);
  });
});
