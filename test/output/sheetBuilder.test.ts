/** The builder's row heights: a wrapped cell grows its row, up to the tallest row Excel accepts. */
import { SheetBuilder } from '../../src/engine/output';
import { MAX_ROW_HEIGHT } from '../../src/engine/sheetSpec';

function heightsOf(text: string): { row: number; height: number }[] {
  const b = new SheetBuilder('表');
  b.header(0, ['学校', '说明']);
  b.row(1, ['甲小学', text]);
  return b.build([12, 20]).look?.rowHeights ?? [];
}

describe('SheetBuilder row heights', () => {
  it('a text of a few lines makes its row a few lines tall', () => {
    const [row] = heightsOf('示例县青石小学、示例县长滩小学、示例县黄桷小学');
    expect(row.row).toBe(1);
    expect(row.height).toBeGreaterThan(20);
    expect(row.height).toBeLessThan(MAX_ROW_HEIGHT);
  });

  it('a row taller than Excel allows is capped at 409 points (履职评价 listing 137 schools)', () => {
    const schools = Array.from({ length: 137 }, (_, i) => `示例县第${i + 1}小学`).join('、');
    expect(heightsOf(schools)).toEqual([{ row: 1, height: 409 }]);
    expect(MAX_ROW_HEIGHT).toBe(409);
  });
});
