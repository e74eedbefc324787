/**
 * No command replaces an existing file it was not asked to replace (issue: `junheng template 我县2024.xlsx` on a
 * filled workbook replaced its schools with a blank template). A typed output name that exists is refused with
 * exit 2, one line and the file untouched, unless it is the command's own earlier result or `--force` is given.
 */
import { promises as fs, mkdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isOwnResult, markedZip, ownMark } from '../../src/cli/files';
import { main } from '../../src/cli/main';
import { newWorkbookBytes } from '../../src/cli/newWorkbook';
import type { OutputValue } from '../../src/engine/sheetSpec';
import type { WorkbookInput } from '../../src/engine/types';
import { goldenPair } from '../monitoring/compareFixtures';
import { readZip } from '../../src/workbook/xlsxPackage/zip';
import { cityForm } from '../monitoring/cityForm';
import { FORM_A, PRIMARY } from '../monitoring/collectForms';
import { capture, expectRefusedLeavingAll, NOW } from '../support/cliFiles';
import { spec } from '../support/sheets';

const EXISTS = '已存在，且不是本命令先前写出的结果，未改动';

let dir: string;
/** The user's filled county workbook. */
let county: string;
/** Another filled workbook of theirs (the same county a year later). */
let other: string;
let forms: string;
/** Two years of one county, for `compare`. */
let year1: string;
let year2: string;

async function writeBook(file: string, book: WorkbookInput): Promise<string> {
  const sheets = book.sheets.map((s) =>
    spec(
      s.name,
      s.values.map((row) => row.map((v): OutputValue => (typeof v === 'string' || typeof v === 'number' ? v : null))),
    ),
  );
  const target = path.join(dir, file);
  await fs.writeFile(target, await newWorkbookBytes(sheets, new Date(NOW)));
  return target;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-overwrite-'));
  county = path.join(dir, '我县2024.xlsx');
  other = path.join(dir, '我县2025.xlsx');
  expect(await main(['template', county, '--sample'], capture().io)).toBe(0);
  await fs.copyFile(county, other);
  const pair = goldenPair();
  year1 = await writeBook('对比2023.xlsx', pair.earlier);
  year2 = await writeBook('对比2024.xlsx', pair.later);
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

async function run(args: string[]): Promise<number> {
  return main(args, capture().io);
}

describe('template refuses an existing file unless --force', () => {
  it('keeps a filled workbook: exit 2, one line, the same bytes', async () => {
    await expectRefusedLeavingAll(dir, ['template', county], EXISTS);
    await expectRefusedLeavingAll(dir, ['template', county, '--sample'], EXISTS);
  });

  it('replaces it with --force', async () => {
    const file = path.join(dir, '作废.xlsx');
    await fs.copyFile(county, file);
    const before = await fs.readFile(file);
    expect(await run(['template', file, '--force'])).toBe(0);
    expect((await fs.readFile(file)).equals(before)).toBe(false);
    await fs.rm(file);
  });
});

/** Each command with an output name the user typed. */
const TYPED: [string, (out: string) => string[]][] = [
  ['evaluate --out', (out) => ['evaluate', county, '--out', out]],
  ['evaluate --json', (out) => ['evaluate', county, '--json', out]],
  ['report --out', (out) => ['report', county, '--out', out]],
  ['compare --out', (out) => ['compare', year1, year2, '--out', out]],
  ['compare --json', (out) => ['compare', year1, year2, '--json', out]],
  ['rollup --out', (out) => ['rollup', county, '--out', out]],
  ['rollup --json', (out) => ['rollup', county, '--json', out]],
  ['collect --out', (out) => ['collect', forms, '--out', out]],
];

describe('a typed output name that is someone else’s file is refused', () => {
  it.each(TYPED)('%s', async (_name, args) => {
    // The year-later workbook is the user's work: never written over by a mistyped name.
    const victim = path.join(dir, '我县2023.xlsx');
    await fs.copyFile(county, victim);
    try {
      await expectRefusedLeavingAll(dir, args(victim), EXISTS);
    } finally {
      await fs.rm(victim);
    }
  });
});

describe('the command’s own earlier result is replaced without --force; --force replaces anything', () => {
  it.each(TYPED)(
    '%s',
    async (name, args) => {
      const out = path.join(dir, `结果-${name.replace(/\W+/g, '')}.out`);
      expect(await run(args(out))).toBe(0);
      expect(await run(args(out))).toBe(0);
      // With --force, even a file the command did not write.
      await fs.writeFile(out, '用户的笔记');
      expect(await run([...args(out), '--force'])).toBe(0);
      expect((await fs.readFile(out, 'utf8')).startsWith('用户的笔记')).toBe(false);
      await fs.rm(out);
    },
    60_000,
  );
});

describe('the name a command chooses itself may be replaced', () => {
  it('evaluate writes over <input>.result.xlsx without --force', async () => {
    const result = path.join(dir, '我县2024.result.xlsx');
    await fs.writeFile(result, 'an older copy');
    expect(await run(['evaluate', county])).toBe(0);
    expect(isOwnResult(result, { zip: ownMark('evaluate') })).toBe(true);
    await fs.rm(result);
  });
});

describe('collect updates a workbook it collected into before', () => {
  it('keeps the rule after the workbook was saved again without the mark', async () => {
    const out = path.join(dir, '采集.xlsx');
    expect(await run(['collect', forms, '--out', out])).toBe(0);
    // Saved again by Excel: the zip comment is gone, the 采集问题 sheet is still there.
    const bytes = new Uint8Array(await fs.readFile(out));
    const unmarked = markedZip(bytes, '');
    expect(isOwnResult(out, { zip: ownMark('collect') })).toBe(true);
    await fs.writeFile(out, unmarked);
    expect(isOwnResult(out, { zip: ownMark('collect') })).toBe(false);
    expect(await run(['collect', forms, '--out', out])).toBe(0);
    await fs.rm(out);
  }, 60_000);
});

describe('markedZip', () => {
  it('adds the archive comment and the zip still reads entry by entry', async () => {
    const bytes = new Uint8Array(await fs.readFile(county));
    const marked = markedZip(bytes, ownMark('evaluate'));
    expect(marked.length).toBe(bytes.length + 'junheng evaluate'.length);
    expect(readZip(marked).map((e) => e.name)).toEqual(readZip(bytes).map((e) => e.name));
  });
});
