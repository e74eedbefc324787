/**
 * `npm run install:command`: puts a `junheng` command on the user's PATH, so that a statistician types
 * `junheng evaluate 县.xlsx` from any folder instead of `npx junheng …` inside the project (npx itself adds
 * seconds to every run).
 *
 *   node scripts/install-command.mjs [--dir <folder on PATH>]
 *
 * It compiles the command when it has not been compiled, then writes a small launcher that runs this project's
 * bin/junheng.js with the same Node: `junheng` (a shell script) on Linux and macOS, `junheng.cmd` on Windows.
 * The default folder is ~/.local/bin (Linux, macOS) or the npm global folder %APPDATA%\npm (Windows), both on PATH
 * in a usual setup; it says so when the folder is not on PATH. Nothing is downloaded and node_modules is not touched.
 * To remove the command, delete the launcher it names.
 */
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'bin', 'junheng.js');
const windows = process.platform === 'win32';

function defaultDir() {
  if (windows) return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'npm');
  return join(homedir(), '.local', 'bin');
}

function parseDir(argv) {
  const i = argv.indexOf('--dir');
  if (i < 0) return defaultDir();
  const dir = argv[i + 1];
  if (!dir) {
    process.stderr.write('install-command: --dir 后面要写一个文件夹\n');
    process.exit(2);
  }
  return resolve(dir);
}

/** Compiles the command once, when build/cli is missing (a fresh clone after npm install). */
function ensureBuilt() {
  if (existsSync(join(ROOT, 'build', 'cli', 'junheng.js'))) return;
  process.stdout.write('正在编译命令行（npm run build:cli）…\n');
  const npm = windows ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit', shell: windows });
  if (r.status !== 0) process.exit(r.status ?? 2);
}

/** The launcher's text: the Node that ran this script, then the project's entry, then the user's arguments. */
function launcher() {
  if (windows) return `@echo off\r\n"${process.execPath}" "${ENTRY}" %*\r\n`;
  // Single quotes keep a path with spaces or $ as it is; a single quote inside is closed, escaped and reopened.
  const quote = (p) => `'${p.replace(/'/g, `'\\''`)}'`;
  return `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(ENTRY)} "$@"\n`;
}

const dir = parseDir(process.argv.slice(2));
ensureBuilt();
mkdirSync(dir, { recursive: true });
const file = join(dir, windows ? 'junheng.cmd' : 'junheng');
writeFileSync(file, launcher());
if (!windows) chmodSync(file, 0o755);
process.stdout.write(`已安装 junheng 命令：${file}\n`);
const onPath = (process.env.PATH ?? '').split(delimiter).some((p) => p !== '' && resolve(p) === dir);
if (!onPath) {
  process.stdout.write(
    windows
      ? `注意：${dir} 不在 PATH 中，请把它加入“环境变量 → Path”后重新打开命令行窗口。\n`
      : `注意：${dir} 不在 PATH 中，请在 ~/.profile 中加入一行 export PATH="${dir}:$PATH" 后重新登录。\n`,
  );
}
process.stdout.write('试一试：junheng --help\n');
