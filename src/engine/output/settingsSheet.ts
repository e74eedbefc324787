/**
 * The `评估标准` sheet, written from SETTING_DEFS with the defaults of RULES.md.
 * The reader reads it back on every run, so labels here must stay exactly the table's labels.
 */
import { SHEETS } from '../columns';
import { outputMessages as M } from '../messages';
import { SETTING_DEFS } from '../settings';
import type { SheetSpec } from '../sheetSpec';
import { FORMATS, SheetBuilder } from './sheetBuilder';

/** 评估标准: 设置项 | 值 | 说明, percentages formatted as %, 是/否 and choices as drop-down lists. */
export function buildSettingsSheet(): SheetSpec {
  const b = new SheetBuilder(SHEETS.settings);
  b.row(0, [...M.settingsHeader], { bold: true });
  SETTING_DEFS.forEach((d, i) => {
    const r = i + 1;
    b.set(r, 0, d.label);
    b.set(r, 2, d.note || null);
    switch (d.kind) {
      case 'percent':
        b.set(r, 1, d.default as number, { format: FORMATS.percent });
        break;
      case 'boolean':
        b.set(r, 1, d.default ? M.yes : M.no);
        b.validate(r, 1, 1, 1, [M.yes, M.no]);
        break;
      case 'choice':
        b.set(r, 1, String(d.default));
        b.validate(r, 1, 1, 1, 'choices' in d && d.choices ? d.choices : [String(d.default)]);
        break;
      case 'number':
        b.set(r, 1, d.default as number);
        break;
    }
  });
  return b.build([52, 14, 90], { freeze: { rows: 1, cols: 1 } });
}
