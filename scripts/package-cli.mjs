/**
 * `npm run package:cli [-- --out <folder>] [--no-build]`: the `junheng` command as one tarball,
 * dist/junheng-<version>.tgz, that installs with no network and an empty npm cache:
 *
 *   npm install -g junheng-0.1.0.tgz --offline
 *
 * The tarball holds the compiled command exactly as `npm run build:cli` leaves it (bin/, build/ with the one-file
 * bundle and its code cache) and, as bundled dependencies, every package the compiled code loads (docx, exceljs,
 * fflate, jszip, … with all of theirs), copied from this project's node_modules; nothing else. The packages are
 * found by reading the compiled files for the package names they require, then following each package's own
 * dependencies, so a package the command starts to load is packed without editing this script.
 * `--no-build` packs the current build/ without compiling first (the tests compile once for the whole run).
 */
import { builtinModules } from 'node:module';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** What the command runs from: its launcher and tsc's output of src/ (tsconfig.cli.json) with the bundle beside it. */
const COMMAND_DIRS = ['bin', 'build/cli', 'build/engine', 'build/workbook'];

function parseArgs(argv) {
  const args = { out: join(ROOT, 'dist'), build: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') args.out = resolve(argv[++i] ?? '');
    else if (argv[i] === '--no-build') args.build = false;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

/** Every .js file under `dir`. */
function jsFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

/** The package name of a bare module request (`docx`, `@scope/pkg/sub` → `@scope/pkg`), or null. */
function packageOf(request) {
  if (request.startsWith('.') || request.startsWith('/') || BUILTINS.has(request)) return null;
  const parts = request.split('/');
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The packages the compiled command requires by name. */
function requiredPackages(files) {
  const names = new Set();
  const pattern = /\brequire\(\s*["']([^"']+)["']\s*\)/g;
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(pattern)) {
      const name = packageOf(m[1]);
      if (name) names.add(name);
    }
  }
  return names;
}

/** Where Node would find package `name` from a package in `fromDir`: its own node_modules, then each parent's. */
function locate(name, fromDir) {
  for (let dir = fromDir; dir.startsWith(ROOT); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === ROOT) break;
  }
  return null;
}

/**
 * The top-level folders of node_modules the packages `roots` need, with all their dependencies (a package nested
 * inside another's node_modules comes with its parent's folder). Throws when a required package is missing.
 */
function dependencyClosure(roots) {
  const seen = new Set();
  const topLevel = new Map();
  const visit = (name, fromDir, optional) => {
    const dir = locate(name, fromDir);
    if (!dir) {
      if (optional) return;
      throw new Error(`package ${name} (needed from ${fromDir}) is not installed: run npm ci first`);
    }
    if (seen.has(dir)) return;
    seen.add(dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const rel = dir.slice(join(ROOT, 'node_modules').length + 1).split(/[\\/]node_modules[\\/]/)[0];
    if (!topLevel.has(rel)) topLevel.set(rel, rel === pkg.name ? pkg.version : null);
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir, false);
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep, dir, true);
  };
  for (const name of roots) visit(name, ROOT, false);
  return topLevel;
}

/** The package.json of the tarball: the command, and every packed package as a bundled dependency. */
function manifestOf(project, closure) {
  const dependencies = Object.fromEntries([...closure].sort().map(([name, version]) => [name, version]));
  return {
    name: project.name,
    version: project.version,
    description: project.description,
    license: project.license,
    bin: project.bin,
    engines: project.engines,
    files: COMMAND_DIRS.map((d) => `${d}/`),
    dependencies,
    bundleDependencies: Object.keys(dependencies),
  };
}

function runOrExit(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stdout ?? '');
    throw new Error(`${command} ${args.join(' ')} failed (status ${r.status})`);
  }
  return r.stdout;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const project = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  if (args.build) runOrExit(npm, ['run', 'build:cli'], ROOT);
  const build = join(ROOT, 'build');
  if (!existsSync(join(build, 'cli', 'junheng.js')))
    throw new Error('build/cli/junheng.js is missing: run npm run build:cli');
  const closure = dependencyClosure(requiredPackages(COMMAND_DIRS.slice(1).flatMap((d) => jsFiles(join(ROOT, d)))));
  for (const [name, version] of closure) {
    if (version === null) throw new Error(`node_modules/${name} is not the package its folder names`);
  }

  const stage = mkdtempSync(join(tmpdir(), 'junheng-package-'));
  try {
    for (const dir of COMMAND_DIRS) cpSync(join(ROOT, dir), join(stage, dir), { recursive: true });
    for (const name of closure.keys()) {
      cpSync(join(ROOT, 'node_modules', name), join(stage, 'node_modules', name), { recursive: true });
    }
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifestOf(project, closure), null, 2)}\n`);
    mkdirSync(args.out, { recursive: true });
    const packed = JSON.parse(runOrExit(npm, ['pack', '--json', '--pack-destination', stage], stage))[0];
    const target = join(args.out, `${project.name}-${project.version}.tgz`);
    copyFileSync(join(stage, packed.filename), target);
    const mb = (packed.size / 1e6).toFixed(1);
    console.log(`command packaged: ${target} (${mb} MB, ${packed.entryCount} files, ${closure.size} packages bundled)`);
    console.log(`install: npm install -g ${target} --offline`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  console.error(`package:cli: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
