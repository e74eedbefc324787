/**
 * `npm run install:command` puts a `junheng` command on the PATH that works from any folder, as the README says.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');
const script = path.join(root, 'scripts', 'install-command.mjs');
let dir: string;
let binDir: string;
let install: { status: number | null; stdout: string; stderr: string };

/** A PATH with the install folder and the folder of this Node only: nothing else named junheng can answer. */
const pathWith = (folder: string): string => [folder, path.dirname(process.execPath), '/usr/bin', '/bin'].join(':');

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'junheng install '));
  binDir = path.join(dir, 'bin $HOME');
  const r = spawnSync(process.execPath, [script, '--dir', binDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: pathWith(path.join(dir, 'elsewhere')) },
  });
  install = { status: r.status, stdout: r.stdout, stderr: r.stderr };
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function junheng(args: string[], cwd: string) {
  return spawnSync('junheng', args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: pathWith(binDir), JUNHENG_NOW: '2024-06-01T08:00:00Z', HOME: dir },
  });
}

const linux = process.platform !== 'win32';
(linux ? describe : describe.skip)('junheng on the PATH', () => {
  it('writes an executable launcher into the folder given, and says when that folder is not on PATH', () => {
    expect([install.status, install.stderr]).toEqual([0, '']);
    const file = path.join(binDir, 'junheng');
    expect(install.stdout).toContain(`已安装 junheng 命令：${file}`);
    expect(install.stdout).toContain('不在 PATH 中');
    expect(statSync(file).mode & 0o111).not.toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(path.join(root, 'bin', 'junheng.js'));
  });

  it('runs from any folder by its name: --help, template --sample, then evaluate with the summary', () => {
    const help = junheng(['--help'], dir);
    expect([help.status, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toContain('junheng evaluate <输入.xlsx>');
    const t = junheng(['template', '示例县.xlsx', '--sample'], dir);
    expect([t.status, t.stderr]).toEqual([0, '']);
    const e = junheng(['evaluate', '示例县.xlsx'], dir);
    expect([e.status, e.stderr]).toEqual([0, '']);
    expect(e.stdout).toContain('总体结论：未达标');
    expect(existsSync(path.join(dir, '示例县.result.xlsx'))).toBe(true);
  });
});
