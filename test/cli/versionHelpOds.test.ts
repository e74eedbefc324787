/**
 * The command line's own words: `--version` prints package.json's version, `--help` lists commands (not itself
 * among them), and an OpenDocument spreadsheet is told what it is instead of "未找到学校基础数据".
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { capture } from '../support/cliFiles';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-words-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('--version', () => {
  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    const c = capture();
    expect(await main(['--version'], c.io)).toBe(0);
    expect(c.out).toEqual([`junheng ${pkg.version}`]);
  });
});

describe('--help', () => {
  it('names --help and --version as options, not as commands, and says what --force is for', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    const lines = c.out.join('\n').split('\n');
    expect(lines.filter((l) => /^\s+junheng --help/.test(l))).toEqual([]);
    expect(lines[0]).toContain('junheng --version 显示版本');
    expect(lines.some((l) => l.includes('确需替换时加 --force'))).toBe(true);
  });
});

describe('an .ods file', () => {
  /** The start of an OpenDocument package: its first entry `mimetype`, stored. */
  function odsBytes(): Uint8Array {
    return zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    });
  }

  it.each([['县.ods'], ['县（另存）.xlsx']])('%s gets its own message, whatever its name', async (name) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, odsBytes());
    const c = capture();
    expect(await main(['evaluate', file], c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toContain('是 OpenDocument 表格（.ods');
    expect(c.err[0]).not.toContain('学校基础数据');
  });
});
