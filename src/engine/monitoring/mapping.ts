/**
 * The user's `字段对照` sheet: a province's own item names (表中项目) mapped to an item the product knows (对应项目:
 * a header of `学校基础数据`, one of its aliases, or an item of the city form such as 学校体育馆面积).
 */
import { a1 } from '../a1';
import { COLLECT_SHEETS, collectMessages as M } from '../messages';
import { HEADER_SEARCH_ROWS } from '../read/header';
import { cellText, labelValueHeader, normalizeHeader } from '../read/normalize';
import type { SheetGrid } from '../types';
import type { CollectProblem } from './collectProblem';
import { UNUSED, formLexicon, type FormTarget } from './formItems';

const FROM_HEADERS = new Set(['表中项目', '表中名称', '填报项目', '项目'].map(normalizeHeader));
const TO_HEADERS = new Set(['对应项目', '对应模板列', '模板列', '对应'].map(normalizeHeader));

/** Reads `字段对照`: the user's names with their targets, and a problem for each row that cannot be used. */
export function readMapping(grid: SheetGrid): { items: [string, FormTarget][]; problems: CollectProblem[] } {
  const items: [string, FormTarget][] = [];
  const problems: CollectProblem[] = [];
  const builtIn = formLexicon();
  const at = (cell: string | null, item: string | null, message: string, code: string): void => {
    problems.push({ severity: 'warning', form: COLLECT_SHEETS.mapping, sheet: grid.name, cell, item, message, code });
  };
  const last = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  let header: { row: number; labelCol: number; valueCol: number } | null = null;
  for (let r = 0; r < last && !header; r++) {
    const found = labelValueHeader(grid.values[r] ?? [], FROM_HEADERS, TO_HEADERS);
    if (found.labelCol >= 0 && found.valueCol >= 0) header = { row: r, ...found };
  }
  if (!header) {
    at(null, null, M.mappingNoHeader, 'mapping-no-header');
    return { items, problems };
  }
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    const from = cellText(line[header.labelCol]);
    const to = cellText(line[header.valueCol]);
    if (from === '' && to === '') continue;
    const hit = to === '' ? null : builtIn.lookup(to);
    if (from === '' || !hit || hit.target === UNUSED) {
      at(a1(r, header.valueCol), from || null, M.mappingUnknownTarget(from, to), 'mapping-unknown-target');
      continue;
    }
    items.push([from, hit.target]);
  }
  return { items, problems };
}
