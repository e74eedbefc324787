import { readWorkbookInput } from '../../../src/engine/read';
import type { CellValue, SheetGrid } from '../../../src/engine/types';
import { countyGrid, schoolGrid, workbook } from '../../support/grid';

const rows = [{ 学校代码: '1', 学校名称: '一小', 学校类型: '小学', 小学在校生数: 500 }];

describe('readWorkbookInput: finding sheets', () => {
  it('finds the school sheet by its name after normalisation', () => {
    const out = readWorkbookInput(workbook(countyGrid({}), schoolGrid(rows, { name: ' 学校基础数据（2024）' })));
    expect(out.ok && out.input.schoolSheet).toBe(' 学校基础数据（2024）');
  });

  it('finds a school sheet with another name by its header, skipping sheets that do not match', () => {
    const notes: SheetGrid = { name: '说明', values: [['本表由教育局填写'], ['学校名称', '备注']] };
    const out = readWorkbookInput(workbook(notes, schoolGrid(rows, { name: 'Sheet1', title: ['2024年学校情况'] })));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.input.schoolSheet).toBe('Sheet1');
    expect(out.input.schools.map((s) => [s.name, s.row])).toEqual([['一小', 3]]);
  });

  it('recognises renamed quality and settings sheets by their headers', () => {
    const quality: SheetGrid = {
      name: '监测',
      values: [
        ['科目', '学段', '学业水平等级', '校际差异率'],
        ['数学', '八年级', 3, 0.1],
      ],
    };
    const settings: SheetGrid = {
      name: '标准',
      values: [
        ['设置项', '值'],
        ['特殊教育学校生均公用经费标准', 8000],
      ],
    };
    const out = readWorkbookInput(workbook(schoolGrid(rows), countyGrid({}), quality, settings));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.input.qualitySheet).toBe('监测');
    expect(out.input.quality).toHaveLength(1);
    expect(out.settings.G7).toBe(8000);
  });

  it('takes a renamed 项目 | 数值 sheet for the county sheet, not the settings sheet', () => {
    const county: SheetGrid = {
      name: '县级数据',
      values: [
        ['项目', '数值'],
        ['专任教师总数', 1500],
        ['社会认可度', 90],
        ['违规择校', '否'],
      ],
    };
    const out = readWorkbookInput(workbook(schoolGrid(rows), county));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.input.county.sheet).toBe('县级数据');
    expect(out.input.county.numbers.fullTimeTeachers.value).toBe(1500);
    expect(out.input.issues.filter((i) => i.sheet === '县级数据' && i.code.startsWith('setting'))).toEqual([]);
  });

  it('does not read an output sheet as input', () => {
    const old = schoolGrid(rows, { name: '指标结果' });
    const out = readWorkbookInput(workbook(old));
    expect(out).toEqual({ ok: false, code: 'no-school-sheet', reason: expect.stringContaining('学校基础数据') });
  });
});

describe('readWorkbookInput: fatal outcomes', () => {
  it('fails with no-school-sheet when no sheet has the name or a school header', () => {
    const out = readWorkbookInput(workbook(countyGrid({ 区县名称: '示例县' }), { name: 'Sheet2', values: [] }));
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.code).toBe('no-school-sheet');
    expect(out.reason).not.toContain('\n');
  });

  it('fails with no-header, naming the sheet, when the school sheet has no header in its first 10 rows', () => {
    const values: CellValue[][] = Array.from({ length: 10 }, (_, i) => [`说明第${i + 1}行`]);
    // A valid header on row 11 is too low.
    values.push(['学校代码', '学校名称', '学校类型', '小学在校生数', '初中在校生数']);
    const out = readWorkbookInput(workbook({ name: '学校基础数据', values }));
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.code).toBe('no-header');
    expect(out.reason).toContain('学校基础数据');
  });

  it('needs 学校名称 or 学校代码, 学校类型 and two more columns in the header', () => {
    const three: SheetGrid = {
      name: '学校基础数据',
      values: [
        ['学校名称', '学校类型', '小学在校生数'],
        ['一小', '小学', 5],
      ],
    };
    expect(readWorkbookInput(workbook(three))).toMatchObject({ ok: false, code: 'no-header' });
    const noType: SheetGrid = {
      name: '学校基础数据',
      values: [
        ['学校名称', '学校代码', '小学在校生数', '初中在校生数'],
        ['一小', '1', 5, 0],
      ],
    };
    expect(readWorkbookInput(workbook(noType))).toMatchObject({ ok: false, code: 'no-header' });
    const enough: SheetGrid = {
      name: '学校基础数据',
      values: [
        ['学校代码', '学校类型', '小学在校生数', '初中在校生数'],
        ['1', '小学', 5, null],
      ],
    };
    expect(readWorkbookInput(workbook(enough)).ok).toBe(true);
  });
});

describe('readWorkbookInput: size', () => {
  it('reads all 100,000 rows of a large county (speed is measured in bench/, not here)', () => {
    const row: CellValue[] = [];
    const g = schoolGrid([
      {
        学校代码: '0',
        学校名称: '学校',
        学校类型: '九年一贯制',
        小学在校生数: 600,
        初中在校生数: '1,200',
        小学专科及以上学历专任教师数: 30,
        初中本科及以上学历专任教师数: 60,
        小学县级及以上骨干教师数: 6,
        初中县级及以上骨干教师数: 12,
        小学体育艺术专任教师数: 6,
        初中体育艺术专任教师数: 11,
        教学及辅助用房面积: 9000,
        体育运动场馆面积: 15000,
        教学仪器设备值: 450,
        网络多媒体教室数: 40,
      },
    ]);
    row.push(...g.values[1]);
    for (let i = 1; i < 100000; i++) {
      const r = [...row];
      r[0] = String(i);
      g.values.push(r);
    }
    const out = readWorkbookInput(workbook(g, countyGrid({})));
    expect(out.ok && out.input.schools.length).toBe(100000);
    if (out.ok) expect(out.input.schools[99999].fields.juniorStudents).toBe(1200);
  });
});
