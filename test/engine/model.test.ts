import {
  fieldCell,
  FIGURE_COUNT,
  figureRow,
  figuresOf,
  identityCell,
  SCHOOL_NUMERIC_FIELDS,
} from '../../src/engine/model';
import { cellOf, makeSchool, resetRows } from '../support/schools';

beforeEach(() => resetRows());

describe('school figures', () => {
  it('read a row of a shared block by field, null where the block holds NaN', () => {
    const block = new Float64Array(2 * FIGURE_COUNT).fill(NaN);
    const students = SCHOOL_NUMERIC_FIELDS.indexOf('primaryStudents');
    const area = SCHOOL_NUMERIC_FIELDS.indexOf('teachingArea');
    block[FIGURE_COUNT + students] = 480;
    block[FIGURE_COUNT + area] = 2345.5;
    block[students] = 0;
    const first = figureRow(block, 0);
    const second = figureRow(block, 1);
    expect(first.primaryStudents).toBe(0);
    expect(first.teachingArea).toBeNull();
    expect(second.primaryStudents).toBe(480);
    expect(second.teachingArea).toBe(2345.5);
    expect(second.juniorStudents).toBeNull();
    // The block and the row's start, for loops that read by position.
    expect(second.values).toBe(block);
    expect(second.values[second.base + area]).toBe(2345.5);
  });

  it('are listed by key like a plain record', () => {
    const f = figuresOf(SCHOOL_NUMERIC_FIELDS.map((_, k) => (k % 2 === 0 ? k : null)));
    const plain = Object.fromEntries(SCHOOL_NUMERIC_FIELDS.map((key) => [key, f[key]]));
    expect(Object.values(plain)).toEqual(SCHOOL_NUMERIC_FIELDS.map((_, k) => (k % 2 === 0 ? k : null)));
  });
});

describe('cells of a school', () => {
  it('come from the sheet layout and the school row', () => {
    const s = makeSchool({ row: 7, primaryStudents: 300 });
    expect(fieldCell(s, 'primaryStudents')).toBe(cellOf('primaryStudents', 7));
    expect(identityCell(s, 'name')).toBe(cellOf('name', 7));
  });

  it('point at a moved cell where the school has one, and are null for an absent column', () => {
    const s = makeSchool({ row: 3 });
    const moved = { ...s, moved: { primaryPeArt: 'Z3' } };
    expect(fieldCell(moved, 'primaryPeArt')).toBe('Z3');
    expect(fieldCell(moved, 'juniorPeArt')).toBe(cellOf('juniorPeArt', 3));
    const noColumn = { ...s, layout: { ...s.layout, fields: { ...s.layout.fields, mediaRooms: null }, name: null } };
    expect(fieldCell(noColumn, 'mediaRooms')).toBeNull();
    expect(identityCell(noColumn, 'name')).toBeNull();
  });
});
