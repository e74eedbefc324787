import { eachCellOfRange } from '../../src/engine/a1';

/** The cells a range visits, as `row,col` (0-based). */
function cells(range: string): string[] {
  const seen: string[] = [];
  eachCellOfRange(range, (r, c) => seen.push(`${r},${c}`));
  return seen;
}

describe('eachCellOfRange', () => {
  it('visits a block row by row, whichever corner comes first', () => {
    expect(cells('B2:C3')).toEqual(['1,1', '1,2', '2,1', '2,2']);
    expect(cells('C3:B2')).toEqual(['1,1', '1,2', '2,1', '2,2']);
  });

  it('visits one cell for a single address and none for text that is not a range', () => {
    expect(cells('AA10')).toEqual(['9,26']);
    expect(cells('B2:?')).toEqual([]);
    expect(cells('')).toEqual([]);
  });
});
