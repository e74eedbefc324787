/**
 * The school sheet is read by its declared table (SCHOOL_COLUMNS): adding an alias, a unit, a check, or making a
 * column required is one entry's change, and the reader follows with no other edit. Each case reads the same grid
 * by the template's table and by the table with that one entry changed.
 */
import { SCHOOL_COLUMNS } from '../../../src/engine/columns';
import type { SchoolColumn } from '../../../src/engine/columns';
import { readingMessages } from '../../../src/engine/messages';
import { FIELD_AT } from '../../../src/engine/model';
import { findSchoolHeader, readSchoolSheet } from '../../../src/engine/read/schools';
import { SCHOOL_TABLE, schoolTable } from '../../../src/engine/read/schoolTable';
import type { SchoolTable } from '../../../src/engine/read/schoolTable';
import type { CellValue, SheetGrid } from '../../../src/engine/types';
import { cellOf, schoolGrid } from '../../support/grid';

/** The template's table with the entry of `key` changed by `change`: the one-entry edit under test. */
function withEntry(key: SchoolColumn['key'], change: (c: SchoolColumn) => SchoolColumn): SchoolTable {
  const columns = SCHOOL_COLUMNS.map((c) => (c.key === key ? change(c) : c));
  expect(columns.filter((c, i) => c !== SCHOOL_COLUMNS[i])).toHaveLength(1);
  return schoolTable(columns);
}

function read(grid: SheetGrid, table: SchoolTable) {
  const header = findSchoolHeader(grid, table);
  if (!header) throw new Error('no header');
  return readSchoolSheet(grid, header, table);
}

/** A complete 小学 row (500 pupils); tests override single cells. */
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

const headersWithout = (...drop: string[]): string[] =>
  SCHOOL_COLUMNS.map((c) => c.header).filter((h) => !drop.includes(h));

const valueOf = (sheet: ReturnType<typeof read>, field: keyof typeof FIELD_AT): number => {
  const f = sheet.schools[0].fields;
  return f.values[f.base + FIELD_AT[field]];
};

describe('the school sheet as a declared table', () => {
  it('reads the template by default exactly as by SCHOOL_TABLE', () => {
    const grid = schoolGrid([primary()]);
    expect(readSchoolSheet(grid, findSchoolHeader(grid)!)).toEqual(read(grid, SCHOOL_TABLE));
  });

  it('an alias is one entry: a column headed 多媒体教室 is read once the alias is declared', () => {
    const { 网络多媒体教室数: rooms, ...rest } = primary();
    const grid = schoolGrid([{ ...rest, 多媒体教室: rooms }], { headers: headersWithout('网络多媒体教室数') });
    const before = read(grid, SCHOOL_TABLE);
    expect(before.issues.map((i) => i.message)).toEqual([
      readingMessages.missingColumn('学校基础数据', '网络多媒体教室数'),
    ]);
    expect(valueOf(before, 'mediaRooms')).toBeNaN();

    const table = withEntry('mediaRooms', (c) => ({ ...c, aliases: [...c.aliases, '多媒体教室'] }));
    const after = read(grid, table);
    expect(after.issues).toEqual([]);
    expect(valueOf(after, 'mediaRooms')).toBe(14);
  });

  it('a unit is one entry: 教学仪器设备值（亿元） is scaled once 亿元 is declared', () => {
    const rest = primary();
    delete rest.教学仪器设备值;
    const grid = schoolGrid([{ ...rest, '教学仪器设备值（亿元）': 0.012 }], {
      headers: headersWithout('教学仪器设备值'),
    });
    const before = read(grid, SCHOOL_TABLE);
    // Not a unit the template knows: read as 万元, and said so.
    expect(before.issues.map((i) => i.code)).toEqual(['equipment-unit-assumed']);
    expect(valueOf(before, 'equipmentValue')).toBe(120);

    const table = withEntry('equipmentValue', (c) => ({
      ...c,
      scale: { ...c.scale!, byUnit: { ...c.scale!.byUnit, 亿元: 100000000 } },
    }));
    const after = read(grid, table);
    expect(after.issues).toEqual([]);
    // 0.012 亿元 = 1,200,000 元.
    expect(valueOf(after, 'equipmentValue')).toBe(1200000);
  });

  it('a check is one entry: more 走教 teachers than pupils is warned of once the check is declared', () => {
    const grid = schoolGrid([primary({ 小学交流轮岗走教体育艺术教师数: 600 })]);
    expect(read(grid, SCHOOL_TABLE).issues).toEqual([]);

    const table = withEntry('primaryRotatingPeArt', (c) => ({
      ...c,
      checks: [{ code: 'implausible-teachers', students: 'primaryStudents' }],
    }));
    const after = read(grid, table);
    const cell = cellOf(grid, 0, '小学交流轮岗走教体育艺术教师数');
    expect(after.issues).toEqual([
      {
        severity: 'warning',
        sheet: '学校基础数据',
        cell,
        code: 'implausible-teachers',
        message: readingMessages.implausibleTeachers(
          '学校基础数据',
          cell,
          '城南小学',
          '小学交流轮岗走教体育艺术教师数',
          600,
          500,
        ),
      },
    ]);
  });

  it('whether a column may be blank is one entry: a blank 小学班级数 is an error once the column is needed', () => {
    const grid = schoolGrid([primary()]);
    expect(read(grid, SCHOOL_TABLE).issues).toEqual([]);

    const after = read(
      grid,
      withEntry('primaryClasses', (c) => ({ ...c, need: 'P' })),
    );
    const cell = cellOf(grid, 0, '小学班级数');
    expect(after.issues.map((i) => [i.code, i.cell])).toEqual([['blank-required', cell]]);
  });
});
