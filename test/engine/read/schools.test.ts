import { a1 } from '../../../src/engine/a1';
import type { CountyInput } from '../../../src/engine/model';
import { identityCell, SCHOOL_NUMERIC_FIELDS } from '../../../src/engine/model';
import { fieldsRecord } from '../../../src/engine/model';
import { readWorkbookInput } from '../../../src/engine/read';
import type { CellValue, DataIssue, SheetGrid } from '../../../src/engine/types';
import { cellOf, countyGrid, rowOf, schoolGrid, workbook } from '../../support/grid';
import { figure, figures } from '../../support/schools';

/** Reads a workbook of the school grid and an (empty) county sheet, failing the test on a fatal outcome. */
function read(grid: SheetGrid): CountyInput {
  const out = readWorkbookInput(workbook(grid, countyGrid({ 区县名称: '示例县' })));
  if (!out.ok) throw new Error(out.reason);
  return out.input;
}

const onSheet = (input: CountyInput, sheet = '学校基础数据'): DataIssue[] =>
  input.issues.filter((i) => i.sheet === sheet);
const withCode = (input: CountyInput, code: string): DataIssue[] => input.issues.filter((i) => i.code === code);

/** A complete primary school row; tests override single cells. */
const primary = (over: Record<string, CellValue> = {}): Record<string, CellValue> => ({
  学校代码: '5001',
  学校名称: '城南小学',
  学校类型: '小学',
  小学在校生数: 500,
  小学专科及以上学历专任教师数: 30,
  小学县级及以上骨干教师数: 6,
  小学体育艺术专任教师数: 5,
  教学及辅助用房面积: 2600,
  体育运动场馆面积: 4000,
  教学仪器设备值: 120,
  网络多媒体教室数: 14,
  ...over,
});

describe('school sheet: values', () => {
  it('reads a complete school with every figure pointing at its cell', () => {
    const g = schoolGrid([primary()]);
    const input = read(g);
    expect(onSheet(input)).toEqual([]);
    const s = input.schools[0];
    expect(s).toMatchObject({ row: 2, code: '5001', name: '城南小学', type: '小学', isPrivate: false });
    expect(figure(s, 'primaryStudents')).toEqual({ value: 500, cell: cellOf(g, 0, '小学在校生数') });
    expect(figure(s, 'primaryBackbone')).toEqual({ value: 6, cell: cellOf(g, 0, '小学县级及以上骨干教师数') });
    // 120 万元 under a 万元 header = 1,200,000 元.
    expect(figure(s, 'equipmentValue')).toEqual({ value: 1200000, cell: cellOf(g, 0, '教学仪器设备值') });
    // Blank in a blank = 0 column is 0, with its cell.
    expect(figure(s, 'indoorSportsArea')).toEqual({ value: 0, cell: cellOf(g, 0, '室内体育用房面积') });
    // Blank in an optional column is missing, never 0.
    expect(figure(s, 'primaryClasses')).toEqual({ value: null, cell: cellOf(g, 0, '小学班级数') });
    // A junior column a 小学 does not need: blank, no issue.
    expect(s.fields.juniorStudents).toBeNull();
    expect([identityCell(s, 'code'), identityCell(s, 'name'), identityCell(s, 'type')]).toEqual([
      cellOf(g, 0, '学校代码'),
      cellOf(g, 0, '学校名称'),
      cellOf(g, 0, '学校类型'),
    ]);
    // The column letters are kept once for the sheet, not per school.
    expect(input.schools.every((x) => x.layout === s.layout)).toBe(true);
    expect(s.moved).toBeNull();
  });

  it('accepts thousands separators, spaces and full-width digits in text cells', () => {
    const g = schoolGrid([
      primary({ 小学在校生数: '1,250', 教学及辅助用房面积: ' 5 600.5 ', 网络多媒体教室数: '２９' }),
    ]);
    const f = figures(read(g).schools[0]);
    expect(f.primaryStudents.value).toBe(1250);
    expect(f.teachingArea.value).toBe(5600.5);
    expect(f.mediaRooms.value).toBe(29);
  });

  it('reports text, Excel errors and negatives with the cell, treating the value as missing', () => {
    const g = schoolGrid([
      primary({ 小学在校生数: '约500', 教学及辅助用房面积: { error: '#REF!' }, 体育运动场馆面积: -40 }),
    ]);
    const input = read(g);
    const f = figures(input.schools[0]);
    expect(f.primaryStudents).toEqual({ value: null, cell: cellOf(g, 0, '小学在校生数') });
    expect(f.teachingArea.value).toBeNull();
    expect(f.sportsArea.value).toBeNull();
    const issues = onSheet(input).map((i) => [i.code, i.cell, i.severity]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['not-a-number', cellOf(g, 0, '小学在校生数'), 'error'],
        ['excel-error', cellOf(g, 0, '教学及辅助用房面积'), 'error'],
        ['negative', cellOf(g, 0, '体育运动场馆面积'), 'error'],
      ]),
    );
    const nan = input.issues.find((i) => i.code === 'not-a-number')!;
    expect(nan.message).toContain('学校基础数据');
    expect(nan.message).toContain(cellOf(g, 0, '小学在校生数'));
    expect(nan.message).toContain('约500');
  });

  it('reports a blank required figure per school type, never reading it as 0', () => {
    const g = schoolGrid([
      primary({ 小学县级及以上骨干教师数: null }),
      // A 初中 needs junior figures: its blank 初中在校生数 is an error, its blank 小学 columns are not.
      { 学校代码: '5002', 学校名称: '城北中学', 学校类型: '初中', 初中本科及以上学历专任教师数: 40 },
      // A 特殊教育学校 is out of scope: no figure is required.
      { 学校代码: '5003', 学校名称: '特教学校', 学校类型: '特殊教育学校' },
    ]);
    const input = read(g);
    expect(figure(input.schools[0], 'primaryBackbone')).toEqual({
      value: null,
      cell: cellOf(g, 0, '小学县级及以上骨干教师数'),
    });
    const blanks = withCode(input, 'blank-required').map((i) => i.cell);
    expect(blanks).toContain(cellOf(g, 0, '小学县级及以上骨干教师数'));
    expect(blanks).toContain(cellOf(g, 1, '初中在校生数'));
    expect(blanks).toContain(cellOf(g, 1, '教学仪器设备值'));
    expect(blanks).not.toContain(cellOf(g, 1, '小学在校生数'));
    expect(blanks.filter((c) => c?.endsWith(String(rowOf(g, 2))))).toEqual([]);
    // 高中在校生数 is needed only by 完全中学 and 十二年一贯制.
    expect(blanks).not.toContain(cellOf(g, 1, '高中在校生数'));
  });

  it('skips blank rows and totals rows and ends at the last non-empty row', () => {
    const g = schoolGrid([
      primary(),
      {},
      primary({ 学校代码: '5009', 学校名称: '城西小学' }),
      primary({ 学校代码: '', 学校名称: '全县合计', 学校类型: '' }),
      primary({ 学校代码: '小计', 学校名称: '' }),
    ]);
    g.values.push([null, null], []);
    const input = read(g);
    expect(input.schools.map((s) => [s.code, s.row])).toEqual([
      ['5001', rowOf(g, 0)],
      ['5009', rowOf(g, 2)],
    ]);
    expect(onSheet(input)).toEqual([]);
  });

  it('resolves type aliases, reports unknown and blank types and keeps the school', () => {
    const g = schoolGrid([
      primary({ 学校类型: '完小' }),
      primary({ 学校代码: '2', 学校类型: '九年一贯制学校', 初中在校生数: 300 }),
      primary({ 学校代码: '3', 学校类型: '高完中' }),
      primary({ 学校代码: '4', 学校类型: '小学教学点' }),
      primary({ 学校代码: '5', 学校类型: '幼儿园' }),
      primary({ 学校代码: '6', 学校类型: null }),
    ]);
    const input = read(g);
    expect(input.schools.map((s) => s.type)).toEqual(['小学', '九年一贯制', '完全中学', '教学点', null, null]);
    expect(input.schools[4].rawType).toBe('幼儿园');
    const unknown = withCode(input, 'unknown-type');
    expect(unknown.map((i) => [i.cell, i.severity])).toEqual([[cellOf(g, 4, '学校类型'), 'error']]);
    expect(unknown[0].message).toContain('幼儿园');
    const typeCells = input.schools.map((_, i) => cellOf(g, i, '学校类型'));
    const blankTypes = withCode(input, 'blank-required').filter((i) => typeCells.includes(i.cell ?? ''));
    expect(blankTypes.map((i) => i.cell)).toEqual([cellOf(g, 5, '学校类型')]);
    // The 完全中学 now needs junior figures (its 小学 ones stay optional): 初中在校生数 is blank there.
    expect(withCode(input, 'blank-required').map((i) => i.cell)).toContain(cellOf(g, 2, '初中在校生数'));
    expect(withCode(input, 'blank-required').map((i) => i.cell)).not.toContain(cellOf(g, 2, '小学在校生数'));
  });

  it('reads 办学性质 (blank = 公办), 城乡类型, 是/否 columns and 建成年份', () => {
    const g = schoolGrid([
      primary({
        办学性质: '民办',
        城乡类型: '乡村',
        是否寄宿制学校: '是',
        建成年份: 2008,
        是否中心城区高密度学校: '否',
      }),
      primary({ 学校代码: '2', 城乡类型: '城区', 是否寄宿制学校: '否', 建成年份: '2016年' }),
      primary({ 学校代码: '3', 办学性质: '公办', 城乡类型: '农村', 建成年份: '1998-09' }),
      primary({ 学校代码: '4', 城乡类型: '郊区', 是否寄宿制学校: '部分', 建成年份: '很早' }),
    ]);
    const input = read(g);
    const s = input.schools;
    expect(s.map((x) => x.isPrivate)).toEqual([true, false, false, false]);
    expect(s.map((x) => x.urbanRural)).toEqual(['乡村', '城区', '乡村', null]);
    expect(s.map((x) => x.boarding)).toEqual([true, false, null, null]);
    expect(s.map((x) => x.denseUrban)).toEqual([false, null, null, null]);
    expect(s.map((x) => x.builtYear)).toEqual([2008, 2016, 1998, null]);
    expect(onSheet(input).map((i) => [i.code, i.cell])).toEqual([
      ['bad-choice', cellOf(g, 3, '城乡类型')],
      ['bad-choice', cellOf(g, 3, '是否寄宿制学校')],
      ['bad-year', cellOf(g, 3, '建成年份')],
    ]);
  });
});

describe('school sheet: equipment unit', () => {
  const headers = ['学校代码', '学校名称', '学校类型', '小学在校生数', '教学仪器设备值'];
  const row = { 学校代码: '1', 学校名称: '一小', 学校类型: '小学', 小学在校生数: 500, 教学仪器设备值: 150 };

  it('keeps 元 under a 元 header', () => {
    const g = schoolGrid([{ ...row, 教学仪器设备值: 1500000 }], {
      headers,
      headerText: { 教学仪器设备值: '教学仪器设备值（元）' },
    });
    const input = read(g);
    expect(input.schools[0].fields.equipmentValue).toBe(1500000);
    expect(withCode(input, 'equipment-unit-assumed')).toEqual([]);
  });

  it('converts 万元 to 元 without floating-point noise', () => {
    // 1.15 × 10000 is 11499.999999999998 in floating point; the reader gives 11500.
    const g = schoolGrid([{ ...row, 教学仪器设备值: 1.15 }], { headers });
    expect(read(g).schools[0].fields.equipmentValue).toBe(11500);
  });

  it('reads a header without a unit as 万元 and warns on the header cell', () => {
    const g = schoolGrid([row], { headers, headerText: { 教学仪器设备值: '教学仪器设备值' } });
    const input = read(g);
    expect(input.schools[0].fields.equipmentValue).toBe(1500000);
    expect(withCode(input, 'equipment-unit-assumed').map((i) => [i.cell, i.severity])).toEqual([
      [cellOf(g, -1, '教学仪器设备值'), 'warning'],
    ]);
  });
});

describe('school sheet: columns', () => {
  it('finds the header below title rows, in any order, with aliases, odd spacing and unknown columns', () => {
    const values: CellValue[][] = [
      ['某县义务教育学校基础数据表'],
      ['填报单位：某县教育局', null, null, '2024年'],
      [
        '备注',
        '学校\n在校生数',
        '校名',
        '学校标识码',
        '办学类型',
        '小学学生数 （人）',
        '小学高于规定学历教师数',
        '音乐专用教室数（≥96㎡）（间）',
        '音乐专用教室数(73-96㎡)',
      ],
      ['x', 999, '一小', '01', '完小', 480, 25, 2, 1],
    ];
    const input = read({ name: '学校基础数据', values });
    const s = input.schools[0];
    expect(s).toMatchObject({ row: 4, code: '01', name: '一小', type: '小学' });
    expect(figure(s, 'primaryStudents')).toEqual({ value: 480, cell: 'F4' });
    expect(figure(s, 'primaryDegreeTeachers')).toEqual({ value: 25, cell: 'G4' });
    expect(figure(s, 'music96')).toEqual({ value: 2, cell: 'H4' });
    expect(figure(s, 'music73')).toEqual({ value: 1, cell: 'I4' });
  });

  it('reads a two-row header with merged group cells as group + sub-header', () => {
    // Row 1: 学校代码 | 学校名称 | 学校类型 | 在校生数 (merged D1:F1) | 教学仪器设备值（万元）
    // Row 2:         |          |          | 小学 | 初中 | 高中        |
    const values: CellValue[][] = [
      ['学校代码', '学校名称', '学校类型', '在校生数（人）', null, null, '教学仪器设备值（万元）'],
      [null, null, null, '小学', '初中', '高中', null],
      ['1', '一中', '完全中学', 0, 900, 600, 300],
    ];
    const merges = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2'];
    const input = read({ name: '学校基础数据', values, merges });
    const f = figures(input.schools[0]);
    expect(input.schools[0].row).toBe(3);
    expect(f.juniorStudents).toEqual({ value: 900, cell: 'E3' });
    expect(f.seniorStudents).toEqual({ value: 600, cell: 'F3' });
    expect(f.primaryStudents).toEqual({ value: 0, cell: 'D3' });
    expect(f.equipmentValue.value).toBe(3000000);
  });

  it('reads a header cell merged over two rows and two columns as one column', () => {
    const values: CellValue[][] = [
      ['学校名称', null, '学校类型', '在校生数', null],
      [null, null, null, '小学', '初中'],
      ['一校', null, '九年一贯制', 600, 400],
    ];
    const input = read({ name: '学校基础数据', values, merges: ['A1:B2', 'C1:C2', 'D1:E1'] });
    expect(withCode(input, 'duplicate-column')).toEqual([]);
    expect(input.schools[0].name).toBe('一校');
    expect(figure(input.schools[0], 'juniorStudents')).toEqual({ value: 400, cell: 'E3' });
  });

  it('reads a two-row header without merge information by carrying the group text rightwards', () => {
    const values: CellValue[][] = [
      ['学校名称', '学校类型', '在校生数', null, '骨干教师数', null],
      [null, null, '小学', '初中', '小学', '初中'],
      ['一校', '九年一贯制', 600, 400, 8, 5],
    ];
    const input = read({ name: '学校基础数据', values });
    const f = figures(input.schools[0]);
    expect(f.primaryStudents).toEqual({ value: 600, cell: 'C3' });
    expect(f.juniorStudents).toEqual({ value: 400, cell: 'D3' });
    expect(f.primaryBackbone).toEqual({ value: 8, cell: 'E3' });
    expect(f.juniorBackbone).toEqual({ value: 5, cell: 'F3' });
  });

  it('does not take a title row for the group row of a two-row header', () => {
    const values: CellValue[][] = [
      ['学校基础数据'],
      ['学校代码', '学校名称', '学校类型', '小学在校生数'],
      ['1', '一小', '小学', 300],
    ];
    const input = read({ name: '学校基础数据', values, merges: ['A1:D1'] });
    expect(input.schools.map((s) => [s.row, s.fields.primaryStudents])).toEqual([[3, 300]]);
  });

  it('sums 体育/音乐/美术 columns, with a blank in any of them making the sum missing', () => {
    const headers = ['学校代码', '学校名称', '学校类型', '小学在校生数'];
    const split = { 小学体育专任教师数: 3, 小学音乐专任教师数: 2, 小学美术专任教师数: 1 };
    const g = schoolGrid(
      [
        { 学校代码: '1', 学校名称: '一小', 学校类型: '小学', 小学在校生数: 600, ...split },
        { 学校代码: '2', 学校名称: '二小', 学校类型: '小学', 小学在校生数: 600, ...split, 小学音乐专任教师数: null },
      ],
      { headers },
    );
    const input = read(g);
    // 3 + 2 + 1 = 6
    expect(figure(input.schools[0], 'primaryPeArt')).toEqual({ value: 6, cell: cellOf(g, 0, '小学体育专任教师数') });
    expect(figure(input.schools[1], 'primaryPeArt')).toEqual({ value: null, cell: cellOf(g, 1, '小学音乐专任教师数') });
    expect(withCode(input, 'blank-required').map((i) => i.cell)).toEqual([cellOf(g, 1, '小学音乐专任教师数')]);
  });

  it('names the sheet and the column of a missing required column; absent optional columns are empty', () => {
    const g = schoolGrid([{ 学校代码: '1', 学校名称: '一小', 学校类型: '小学', 小学在校生数: 600 }], {
      headers: ['学校代码', '学校名称', '学校类型', '小学在校生数', '初中在校生数'],
    });
    const input = read(g);
    const missing = withCode(input, 'missing-column');
    const labels = missing.map((i) => i.message);
    expect(missing.every((i) => i.cell === null && i.sheet === '学校基础数据' && i.severity === 'error')).toBe(true);
    expect(labels.some((m) => m.includes('小学县级及以上骨干教师数'))).toBe(true);
    expect(labels.some((m) => m.includes('教学仪器设备值'))).toBe(true);
    // Only junior and senior schools need these; this county has none.
    expect(labels.some((m) => m.includes('初中本科及以上学历专任教师数'))).toBe(false);
    expect(labels.some((m) => m.includes('高中在校生数'))).toBe(false);
    expect(labels.some((m) => m.includes('小学班级数'))).toBe(false);
    const f = figures(input.schools[0]);
    expect(f.primaryClasses).toEqual({ value: null, cell: null });
    expect(f.primaryBackbone).toEqual({ value: null, cell: null });
    expect(f.rentedSportsArea).toEqual({ value: 0, cell: null });
  });

  it('warns about a repeated column and reads the first', () => {
    const values: CellValue[][] = [
      ['学校名称', '学校类型', '小学在校生数', '教学仪器设备值（万元）', '小学在校学生数'],
      ['一小', '小学', 500, 100, 999],
    ];
    const input = read({ name: '学校基础数据', values });
    expect(input.schools[0].fields.primaryStudents).toBe(500);
    expect(withCode(input, 'duplicate-column').map((i) => i.cell)).toEqual([a1(0, 4)]);
  });
});

describe('school sheet: consistency checks', () => {
  it('reports a duplicate 学校代码 on both rows and keeps both schools', () => {
    const g = schoolGrid([primary(), primary({ 学校名称: '城南小学分校' }), primary({ 学校代码: '5002' })]);
    const input = read(g);
    expect(input.schools).toHaveLength(3);
    const dup = withCode(input, 'duplicate-code');
    expect(dup.map((i) => [i.cell, i.severity])).toEqual([
      [cellOf(g, 0, '学校代码'), 'error'],
      [cellOf(g, 1, '学校代码'), 'error'],
    ]);
    expect(dup[0].message).toContain(`第 ${rowOf(g, 1)} 行`);
  });

  it('lists issues in sheet order: by row, then column', () => {
    const g = schoolGrid([primary(), primary({ 学校代码: '7', 网络多媒体教室数: null }), primary()]);
    const input = read(g);
    expect(onSheet(input).map((i) => [i.code, i.cell])).toEqual([
      ['duplicate-code', cellOf(g, 0, '学校代码')],
      ['blank-required', cellOf(g, 1, '网络多媒体教室数')],
      ['duplicate-code', cellOf(g, 2, '学校代码')],
    ]);
  });

  it('warns about a combined school with students in only one 学段', () => {
    const g = schoolGrid([
      primary({ 学校类型: '九年一贯制', 小学在校生数: 400, 初中在校生数: 0, 初中本科及以上学历专任教师数: 0 }),
      primary({ 学校代码: '2', 学校类型: '九年一贯制', 初中在校生数: 300 }),
    ]);
    const input = read(g);
    expect(withCode(input, 'combined-one-stage').map((i) => [i.cell, i.severity])).toEqual([
      [cellOf(g, 0, '初中在校生数'), 'warning'],
    ]);
  });

  it('warns about teachers of a stage more than its students', () => {
    // 40 students, 41 teachers above the degree standard: implausible; 40 backbone teachers would not be.
    const g = schoolGrid([
      primary({ 小学在校生数: 40, 小学专科及以上学历专任教师数: 41, 小学县级及以上骨干教师数: 40 }),
    ]);
    const input = read(g);
    expect(withCode(input, 'implausible-teachers').map((i) => i.cell)).toEqual([
      cellOf(g, 0, '小学专科及以上学历专任教师数'),
    ]);
  });

  it('warns when 室内体育用房面积 exceeds 教学及辅助用房面积', () => {
    const g = schoolGrid([primary({ 教学及辅助用房面积: 2600, 室内体育用房面积: 2601 })]);
    const found = withCode(read(g), 'indoor-exceeds-teaching');
    expect(found.map((i) => i.cell)).toEqual([cellOf(g, 0, '室内体育用房面积')]);
    // The message says what follows: L4 is not computed until one of the two figures is corrected.
    expect(found[0].message).toContain('2601');
    expect(found[0].message).toContain('2600');
    expect(found[0].message).toContain('L4');
    expect(found[0].message).toContain('待填报');
  });

  it('warns when the per-student equipment value is above 100,000 元', () => {
    // 5000 万元 / 500 students = 10 万元 = 100,000 元 exactly: not above. 5000.1 万元 / 500 = 100,002 元: above.
    const g = schoolGrid([primary({ 教学仪器设备值: 5000 }), primary({ 学校代码: '2', 教学仪器设备值: 5000.1 })]);
    const found = withCode(read(g), 'equipment-per-student-high');
    expect(found.map((i) => i.cell)).toEqual([cellOf(g, 1, '教学仪器设备值')]);
    // Grouped in threes by the catalog itself, not by the host's locale data.
    expect(found[0].message).toContain('生均教学仪器设备值约 100,002 元');
  });
});

describe('school sheet: rows under the header', () => {
  it('skips a units row and a 栏次 row between the header and the data', () => {
    const values: CellValue[][] = [
      ['学校代码', '学校名称', '学校类型', '小学在校生数', '教学仪器设备值'],
      [null, null, null, '（人）', '万元'],
      ['甲', '乙', '丙', 1, 2],
      ['1', '一小', '小学', 480, 96],
    ];
    const input = read({ name: '学校基础数据', values });
    expect(input.schools.map((s) => [s.row, s.fields.primaryStudents])).toEqual([[4, 480]]);
  });

  it('keeps a school row that has figures but no name (and reports the blank name)', () => {
    const values: CellValue[][] = [
      ['学校代码', '学校名称', '学校类型', '小学在校生数', '教学仪器设备值'],
      [null, null, null, 480, 96],
    ];
    const input = read({ name: '学校基础数据', values });
    expect(input.schools).toHaveLength(1);
    expect(withCode(input, 'blank-required').map((i) => i.cell)).toEqual(['A2', 'B2', 'C2']);
  });
});

describe('school sheet: parts without students', () => {
  it('does not ask for the teachers of a 学段 with 0 students', () => {
    // 九年一贯制 with 400 primary and 0 junior pupils: its junior teacher cells may stay blank.
    const g = schoolGrid([primary({ 学校类型: '九年一贯制', 初中在校生数: 0 })]);
    const input = read(g);
    expect(withCode(input, 'blank-required')).toEqual([]);
    expect(figure(input.schools[0], 'juniorDegreeTeachers')).toEqual({
      value: null,
      cell: cellOf(g, 0, '初中本科及以上学历专任教师数'),
    });
    expect(withCode(input, 'combined-one-stage').map((i) => i.cell)).toEqual([cellOf(g, 0, '初中在校生数')]);
  });
});

describe('fieldsRecord', () => {
  it('lists the fields in SCHOOL_NUMERIC_FIELDS order', () => {
    const record = fieldsRecord(SCHOOL_NUMERIC_FIELDS.map((_, i) => i));
    expect(Object.keys(record)).toEqual([...SCHOOL_NUMERIC_FIELDS]);
    SCHOOL_NUMERIC_FIELDS.forEach((key, i) => expect(record[key]).toBe(i));
  });
});
