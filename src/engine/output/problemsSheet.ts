/**
 * The `问题清单` sheet (MONITORING.md §2.4 item 9): the latest year's open problems, one row each, in the seeds'
 * order, with the columns a county hands to its 责任单位: 序号, 类别, 问题, 涉及学校, 整改目标, 责任单位, 整改时限.
 * Printed A4 landscape, one page wide, the header repeated on every page.
 */
import { compareMessages as m } from '../messages';
import type { Comparison } from '../monitoring/compareTypes';
import type { SheetSpec } from '../sheetSpec';
import { SheetBuilder } from './sheetBuilder';

const P = m.problems;

/** Widths in characters: the problem and the target wrap within theirs. */
const WIDTHS = [6, 10, 46, 22, 40, 16, 14];

/** The 问题清单 of a comparison's latest year. */
export function buildProblemsSheet(c: Comparison): SheetSpec {
  const cols = P.header.length;
  const b = new SheetBuilder(P.sheet);
  b.title(P.title(c.county, c.years[c.years.length - 1]), cols);
  b.set(1, 0, P.note(c.files[c.files.length - 1]));
  b.merge(1, 0, 1, cols);
  b.header(2, P.header);
  // The header, not the title, is what a reader of page two needs.
  b.repeatRows(2, 2);
  if (c.problems.length === 0) {
    b.set(3, 0, P.none);
    b.merge(3, 0, 1, cols);
    b.box(2, 0, 2, cols);
    return b.build(WIDTHS);
  }
  c.problems.forEach((p, i) => {
    const row = [i + 1, P.categories[p.category], p.problem, p.schools || null, p.target || null];
    b.row(3 + i, [...row, p.owner || null, p.deadline || null]);
  });
  b.box(2, 0, c.problems.length + 1, cols);
  return b.build(WIDTHS, { freeze: { rows: 3, cols: 0 } });
}
