/**
 * Every command on the one file layer (src/cli/files.ts): an output that is a hard link to an input (named, or
 * found in a folder) is refused with exit 2 before any work and the input is unchanged; a failure while writing
 * (a full disk when the file is flushed) leaves no partial output and no temporary file.
 */
import { promises as fs, linkSync, mkdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { newWorkbookBytes } from '../../src/cli/newWorkbook';
import type { OutputValue } from '../../src/engine/sheetSpec';
import { cityForm } from '../monitoring/cityForm';
import { FORM_A, PRIMARY } from '../monitoring/collectForms';
import { capture, expectRefusedLeavingAll, failNextFlush, NOW } from '../support/cliFiles';
import { spec } from '../support/sheets';

const IS_INPUT = '不能是输入文件本身';
const DISK_FULL = '磁盘空间不足（原有文件未改动）';

let dir: string;
/** A filled county workbook (the sample template). */
let county: string;
/** A second county workbook, the same bytes under another name. */
let county2: string;
/** A folder holding one school form of the city's layout. */
let forms: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-safety-'));
  county = path.join(dir, '县.xlsx');
  county2 = path.join(dir, '县2.xlsx');
  expect(await main(['template', county, '--sample'], capture().io)).toBe(0);
  await fs.copyFile(county, county2);
  forms = path.join(dir, '填报表');
  mkdirSync(forms);
  const grid = cityForm(PRIMARY, FORM_A);
  const values = grid.values.map((r) =>
    r.map((v): OutputValue => (typeof v === 'string' || typeof v === 'number' ? v : null)),
  );
  await fs.writeFile(
    path.join(forms, '城南小学.xlsx'),
    await newWorkbookBytes([spec(grid.name, values)], new Date(NOW)),
  );
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Each command with its input and where its output goes (`{out}` is replaced by the output path). */
const COMMANDS: [string, (out: string) => string[], () => string][] = [
  ['evaluate', (out) => ['evaluate', county, '--out', out], () => county],
  ['evaluate --json', (out) => ['evaluate', county, '--json', out], () => county],
  ['rollup', (out) => ['rollup', county, county2, '--out', out], () => county2],
  ['rollup --json', (out) => ['rollup', county, '--json', out], () => county],
  ['compare', (out) => ['compare', county, county2, '--force', '--out', out], () => county],
  ['compare --json', (out) => ['compare', county, county2, '--force', '--json', out], () => county2],
  ['collect', (out) => ['collect', forms, '--out', out], () => path.join(forms, '城南小学.xlsx')],
  ['report', (out) => ['report', county, '--out', out], () => county],
];

describe('an output that is a hard link to an input is refused, the input unchanged', () => {
  it.each(COMMANDS)('%s', async (_name, args, input) => {
    const link = path.join(dir, 'link.xlsx');
    linkSync(input(), link);
    try {
      await expectRefusedLeavingAll(dir, args(link), IS_INPUT);
    } finally {
      await fs.rm(link);
    }
  });
});

describe('a failure while writing leaves no partial file', () => {
  it.each(COMMANDS)('%s', async (_name, args) => {
    const out = path.join(dir, 'written.out');
    const spy = failNextFlush();
    try {
      await expectRefusedLeavingAll(dir, args(out), DISK_FULL);
    } finally {
      spy.mockRestore();
    }
  });
});
