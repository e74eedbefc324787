/** The sizing and address helpers behind the adapter's request splitting. */
import { areaAddresses } from '../../../src/workbook/office';
import {
  chunkRows,
  coalesceRects,
  joinAddresses,
  parseRange,
  unionAddresses,
  utf8Length,
} from '../../../src/workbook/office/requestBudget';
import { a1 } from '../../../src/engine/a1';

describe('request budget helpers', () => {
  test('UTF-8 length: ASCII 1 byte, é 2, ≥ and Chinese 3, an emoji (surrogate pair) 4', () => {
    expect(utf8Length('A1')).toBe(2);
    expect(utf8Length('≥')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('未达标')).toBe(9);
    expect(utf8Length('😀')).toBe(4);
  });

  test('rows are chunked so that each chunk stays within the budget', () => {
    // Rows of 30 bytes, budget 100: three rows (90) fit, a fourth would not.
    expect(chunkRows(10, () => 30, 100)).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
      [9, 1],
    ]);
    // A row larger than the budget stands alone rather than being lost.
    expect(chunkRows(3, (r) => (r === 1 ? 500 : 10), 100)).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
    expect(chunkRows(0, () => 1, 100)).toEqual([]);
  });

  test('cells of one column coalesce into runs; other columns stay apart', () => {
    const cells = ['C5', 'C3', 'C4', 'F4', 'C9', 'D3:E3'].map((a) => parseRange(a)!);
    const runs = coalesceRects(cells).map((r) => `${a1(r.r0, r.c0)}:${a1(r.r1, r.c1)}`);
    expect(runs).toEqual(['C3:C5', 'C9:C9', 'D3:E3', 'F4:F4']);
  });

  test('union addresses never pass the length limit, and keep every cell', () => {
    // 300 cells in every other row of column B: no runs, each address 3–4 characters.
    const cells = Array.from({ length: 300 }, (_, i) => a1(2 * i, 1));
    const { groups, invalid } = unionAddresses(cells, 255);
    expect(invalid).toEqual([]);
    for (const g of groups) expect(g.length).toBeLessThanOrEqual(255);
    expect(groups.flatMap((g) => g.split(','))).toEqual(cells);
    // About 300 × 4.6 characters ÷ 255 per call: at least 6 calls, far fewer than 300.
    expect(groups.length).toBeGreaterThanOrEqual(6);
    expect(groups.length).toBeLessThan(10);
    expect(joinAddresses(['A1:B2'], 3)).toEqual(['A1:B2']);
    expect(unionAddresses(['A1', 'oops'], 255)).toEqual({ groups: ['A1'], invalid: ['oops'] });
  });

  test('merged-area addresses lose their sheet prefix, quoted names included', () => {
    expect(areaAddresses('学校基础数据!A1:D1,学校基础数据!C2:D2')).toEqual(['A1:D1', 'C2:D2']);
    expect(areaAddresses("'My, sheet''s'!$A$1:$B$2, 'My, sheet''s'!C3")).toEqual(['A1:B2', 'C3']);
  });
});
