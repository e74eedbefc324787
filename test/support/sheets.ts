/** Sheet specs for the writing tests of both file adapters. */
import { a1Range } from '../../src/engine/a1';
import { STATUS_FILLS, type SheetSpec } from '../../src/engine/sheetSpec';

/** A sheet spec with no formatting unless `extra` gives some. */
export function spec(name: string, values: SheetSpec['values'], extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name, values, numberFormats: [], fills: [], bold: [], merges: [], columnWidths: [], ...extra };
}

/**
 * An output-like sheet with every kind of formatting: number formats, status fills, bold, a merged title, widths,
 * frozen panes and a drop-down. `failFills` are the cells filled as 未达标 (one may lie outside the values).
 */
export function outputLikeSheet(failFills: string[]): SheetSpec {
  return spec(
    '评估汇总',
    [
      ['标题', null, null],
      ['数值', 0.123456, 0.9],
      ['结论', '达标', '未达标'],
    ],
    {
      numberFormats: [
        { range: 'B2', format: '0.000' },
        { range: 'C2', format: '0.00%' },
      ],
      fills: [
        { color: STATUS_FILLS.pass, ranges: ['B3'] },
        { color: STATUS_FILLS.fail, ranges: failFills },
      ],
      bold: ['A1:A3'],
      merges: ['A1:C1'],
      columnWidths: [20, 12, 12],
      freeze: { rows: 1, cols: 1 },
      validations: [{ range: a1Range(1, 2, 2, 1), list: ['是', '否'] }],
    },
  );
}
