import { cellOf, countyCell, countyGrid, rowOf, schoolGrid, settingsGrid, workbook } from '../../support/grid';
import { a1, columnIndex, parseA1 } from '../../../src/engine/a1';
import { SCHOOL_COLUMNS } from '../../../src/engine/columns';

describe('test grid builders', () => {
  it('writes canonical headers with units in SCHOOL_COLUMNS order and places values under them', () => {
    const g = schoolGrid([{ 学校名称: '一小', 小学在校生数: 1200 }], { title: ['某县学校基础数据'] });
    // Title in row 1, header in row 2, first record in row 3.
    expect(g.values[0]).toEqual(['某县学校基础数据']);
    expect(g.values[1][0]).toBe('学校代码');
    const studentsCol = SCHOOL_COLUMNS.findIndex((c) => c.header === '小学在校生数');
    expect(g.values[1][studentsCol]).toBe('小学在校生数（人）');
    const addr = cellOf(g, 0, '小学在校生数');
    expect(addr).toBe(a1(2, studentsCol));
    const p = parseA1(addr)!;
    expect(g.values[p.row][p.col]).toBe(1200);
    expect(rowOf(g, 0)).toBe(3);
  });

  it('appends keys not among the headers and still finds cells in a copied grid', () => {
    const g = schoolGrid([{ 学校名称: '一小', 小学体育专任教师数: 3 }], { headers: ['学校名称'] });
    expect(g.values[0]).toEqual(['学校名称', '小学体育专任教师数']);
    const copy = { ...g, values: g.values.map((r) => [...r]) };
    expect(cellOf(copy, 0, '小学体育专任教师数')).toBe('B2');
    expect(columnIndex('B')).toBe(1);
  });

  it('builds county and settings sheets and a workbook', () => {
    const c = countyGrid({ 区县名称: '示例县', 专任教师总数: 1500 });
    expect(countyCell(c, '专任教师总数')).toBe('B3');
    const s = settingsGrid({ 余项最低达到标准的比例: '85%' });
    expect(s.values[1]).toEqual(['余项最低达到标准的比例', '85%', null]);
    expect(workbook(c, s).sheets.map((x) => x.name)).toEqual(['区县数据', '评估标准']);
  });
});
