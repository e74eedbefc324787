/**
 * LibreOffice opens a written package: `soffice --headless --convert-to csv` exports the first sheet, here one
 * written by writeSheetsIntoPackage, with its number formats applied as shown. Skipped only when LibreOffice is
 * not installed and CI is not set; the structural checks of writeSheets.test.ts run everywhere.
 */
import { spawnSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SheetSpec } from '../../../src/engine/sheetSpec';
import { STATUS_FILLS } from '../../../src/engine/sheetSpec';
import { ExceljsWorkbook } from '../../../src/workbook/exceljsAdapter';
import { writeSheetsIntoPackage } from '../../../src/workbook/xlsxPackage';

const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0) ?? null;
const maybe = soffice || process.env.CI ? it : it.skip;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-package-lo-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const first: SheetSpec = {
  name: '学校基础数据',
  values: [
    ['学校名称', '比例', '数值'],
    ['甲小学', 0.9, 0.123456],
    ['"引号", 逗号', null, 3],
    ['合并', null, null],
  ],
  numberFormats: [
    { range: 'B2', format: '0.00%' },
    { range: 'C2', format: '0.000' },
  ],
  fills: [{ color: STATUS_FILLS.near, ranges: ['A2:C2'] }],
  bold: ['A1:C1'],
  merges: ['A4:C4'],
  columnWidths: [16, 10, 10],
  freeze: { rows: 1, cols: 1 },
  validations: [{ range: 'B3:B9', list: ['是', '否'] }],
};

describe('LibreOffice reads a written package', () => {
  maybe('exports the written first sheet as CSV, formats applied', async () => {
    const book = ExceljsWorkbook.create();
    book.workbook.addWorksheet('学校基础数据').getCell('A1').value = '旧内容';
    book.workbook.addWorksheet('区县数据').getCell('A1').value = '区县名称';
    const input = await book.toBuffer();
    const file = path.join(dir, 'written.xlsx');
    await fs.writeFile(file, writeSheetsIntoPackage(input, [first], 'replace'));
    const r = spawnSync(
      soffice ?? 'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        // UTF-8 text (76), comma separated (44), double quotes (34).
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        dir,
        file,
      ],
      { encoding: 'utf8', timeout: 110_000 },
    );
    const csv = path.join(dir, 'written.csv');
    expect([r.status, existsSync(csv)]).toEqual([0, true]);
    // 0.9 under 0.00% shows as 90.00%; 0.123456 under 0.000 as 0.123; the merged row keeps its empty cells.
    expect((await fs.readFile(csv, 'utf8')).trimEnd().split(/\r?\n/)).toEqual([
      '学校名称,比例,数值',
      '甲小学,90.00%,0.123',
      '"""引号"", 逗号",,3',
      '合并,,',
    ]);
  });
});
