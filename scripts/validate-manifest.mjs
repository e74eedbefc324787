/**
 * Checks manifest.xml offline, then online with Microsoft's validation service when it is reachable.
 *
 *   node scripts/validate-manifest.mjs [--manifest <file>] [--dist <dir>] [--url <address>] [--offline]
 *
 * The repo's manifest.xml names the dev server (https://localhost:3000/) and its files are in dist/. A packaged
 * manifest (`npm run package:addin`) names the address it was packaged for: give its file with `--manifest` and
 * its folder is taken as `--dist`, its address as the folder of its SourceLocation (or `--url`).
 *
 * Offline checks: the XML parses; the elements Office needs are there; Id is a GUID; the default locale
 * is zh-CN and every displayed string has an en-US override; the manifest requires the ExcelApi version the
 * code needs (REQUIRED_EXCEL_API in src/workbook/office/requirements.ts), so that Excel versions without it
 * do not offer the add-in; the ribbon button on the Home tab opens the pane; every resource id it uses is
 * defined; every URL points at the dev server and names a file the build serves (in dist/ after
 * `npm run build:addin`, or in assets/); every icon is a PNG of its size.
 * Exit status 1 on any offline failure; the online check runs only when its host answers within a few
 * seconds, so an offline machine never waits on it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from 'node:tls';
import { spawnSync } from 'node:child_process';
import { clearTimeout, setTimeout } from 'node:timers';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The address the repo's manifest.xml names: the dev server of `npm start`. */
export const DEV_SERVER = 'https://localhost:3000/';
const ONLINE_HOST = 'validationgateway.omex.office.net';
const PROBE_MS = 4000;
const ONLINE_TIMEOUT_MS = 90000;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const REQUIREMENTS_SOURCE = join(ROOT, 'src', 'workbook', 'office', 'requirements.ts');
/** Children of OfficeApp in the order the schema requires, around Requirements. */
const BEFORE_REQUIREMENTS = 'Hosts';
const AFTER_REQUIREMENTS = 'DefaultSettings';
const MAX_SHORT = 125;
const MAX_LONG = 250;

function parseArgs(argv) {
  const args = { manifest: join(ROOT, 'manifest.xml'), dist: null, url: undefined, offline: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--manifest') args.manifest = resolve(argv[++i]);
    else if (a === '--dist') args.dist = resolve(argv[++i]);
    else if (a === '--url') args.url = argv[++i];
    else if (a === '--offline') args.offline = true;
    else throw new Error(`unknown argument ${a}`);
  }
  // A packaged manifest sits in the folder it describes; the repo's describes dist/.
  const repoManifest = args.manifest === join(ROOT, 'manifest.xml');
  if (args.dist === null) args.dist = repoManifest ? join(ROOT, 'dist') : dirname(args.manifest);
  return args;
}

/** Every element, as [name, node, path] in document order; attributes live under `@_name`. */
function* walk(node, name = '', path = '') {
  if (node === null || node === undefined) return;
  if (typeof node !== 'object') {
    // A text-only element parses to its text; it is still an element.
    if (name) yield [name, { '#text': String(node) }, path];
    return;
  }
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item, name, path);
    return;
  }
  if (name) yield [name, node, path];
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text') continue;
    yield* walk(child, key, path ? `${path}/${key}` : key);
  }
}

const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const text = (v) => (typeof v === 'object' && v !== null ? String(v['#text'] ?? '') : String(v ?? '')).trim();

/** Width and height of a PNG file, or null when the file is not a PNG. */
function pngSize(file) {
  const bytes = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The folder of the manifest's SourceLocation (`https://host/path/` for `…/path/taskpane.html`), if it has one. */
function sourceFolder(app) {
  const source = text(app.DefaultSettings?.SourceLocation?.['@_DefaultValue']);
  try {
    return new URL('.', source).href;
  } catch {
    // No usable SourceLocation: the checks below report it; the dev server stands in.
    return undefined;
  }
}

/**
 * Runs every offline check; returns the list of failures (empty when the manifest is sound). `base` is the address
 * every URL must be under; by default the folder of the manifest's SourceLocation.
 */
export function checkManifest(manifestFile, distDir, base) {
  const failures = [];
  const fail = (msg) => failures.push(msg);
  if (!existsSync(manifestFile)) return [`${manifestFile} does not exist`];
  const xml = readFileSync(manifestFile, 'utf8');
  const syntax = XMLValidator.validate(xml);
  if (syntax !== true) {
    return [`XML does not parse: ${syntax.err.msg} (line ${syntax.err.line}, column ${syntax.err.col})`];
  }
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false }).parse(xml);
  const app = doc.OfficeApp;
  if (!app) return ['the root element is not OfficeApp'];

  if (app['@_xsi:type'] !== 'TaskPaneApp') fail('OfficeApp xsi:type must be TaskPaneApp');
  for (const name of [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'Hosts',
    'DefaultSettings',
    'Permissions',
    'VersionOverrides',
  ]) {
    if (app[name] === undefined) fail(`required element <${name}> is missing`);
  }
  const id = text(app.Id);
  if (app.Id !== undefined && !GUID.test(id)) fail(`Id "${id}" is not a GUID`);
  if (app.Version !== undefined && !VERSION.test(text(app.Version)))
    fail(`Version "${text(app.Version)}" is not n.n.n.n`);
  if (app.DefaultLocale !== undefined && text(app.DefaultLocale) !== 'zh-CN') {
    fail(`DefaultLocale is "${text(app.DefaultLocale)}", expected zh-CN`);
  }
  if (app.Permissions !== undefined && text(app.Permissions) !== 'ReadWriteDocument') {
    fail(`Permissions is "${text(app.Permissions)}", expected ReadWriteDocument`);
  }
  const hosts = list(app.Hosts?.Host).map((h) => h['@_Name']);
  if (app.Hosts !== undefined && !hosts.includes('Workbook')) fail('Hosts does not name Workbook');
  if (app.DefaultSettings !== undefined && app.DefaultSettings.SourceLocation === undefined) {
    fail('DefaultSettings has no SourceLocation');
  }
  for (const name of ['DisplayName', 'Description']) {
    const el = app[name];
    if (el === undefined) continue;
    if (!el['@_DefaultValue']) fail(`<${name}> has no DefaultValue`);
    if (!list(el.Override).some((o) => o['@_Locale'] === 'en-US')) fail(`<${name}> has no en-US override`);
  }
  checkRequirements(app, xml, readRequiredExcelApi(), fail);
  const server = base ?? sourceFolder(app) ?? DEV_SERVER;
  const origin = new URL(server).origin;
  const domains = list(app.AppDomains?.AppDomain).map(text);
  if (!domains.includes(origin)) fail(`AppDomains does not list ${origin}`);

  const iconSizes = new Map([
    [text(app.IconUrl?.['@_DefaultValue']), 32],
    [text(app.HighResolutionIconUrl?.['@_DefaultValue']), 64],
  ]);
  if (app.VersionOverrides !== undefined) {
    for (const [url, size] of checkOverrides(app.VersionOverrides, fail)) iconSizes.set(url, size);
  }
  checkUrls(doc, { distDir, server, origin }, iconSizes, fail);
  return failures;
}

/** The ExcelApi version the code declares it needs, read from its source (the script runs without a build). */
export function readRequiredExcelApi(file = REQUIREMENTS_SOURCE) {
  const m = /REQUIRED_EXCEL_API\s*=\s*'(\d+\.\d+)'/.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`${file} does not declare REQUIRED_EXCEL_API`);
  return m[1];
}

/** Compares two requirement-set versions such as 1.9 and 1.13 (numerically, part by part). */
function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The base manifest's Requirements: ExcelApi at exactly the version the code needs (lower lets Excel versions
 * that cannot run the add-in install it; higher turns away versions that could), placed where the schema wants
 * it (after Hosts, before DefaultSettings; Office rejects a manifest whose elements are out of order).
 */
function checkRequirements(app, xml, required, fail) {
  if (app.Requirements === undefined) {
    fail(`<Requirements> is missing: the add-in needs ExcelApi ${required}`);
    return;
  }
  const sets = app.Requirements.Sets;
  const excel = list(sets?.Set).filter((set) => set['@_Name'] === 'ExcelApi');
  if (excel.length !== 1) {
    fail('<Requirements><Sets> must name the ExcelApi set exactly once');
    return;
  }
  const declared = excel[0]['@_MinVersion'] ?? sets['@_DefaultMinVersion'] ?? '1.1';
  const order = compareVersions(String(declared), required);
  if (order < 0) fail(`the manifest requires ExcelApi ${declared}, but the code needs ${required}`);
  if (order > 0) fail(`the manifest requires ExcelApi ${declared}, more than the ${required} the code needs`);
  // First occurrences: the base manifest's elements all come before VersionOverrides, which repeats some names.
  const top = (name) => xml.search(new RegExp(`<${name}[\\s>]`));
  const at = top('Requirements');
  if (!(top(BEFORE_REQUIREMENTS) < at && at < top(AFTER_REQUIREMENTS))) {
    fail(`<Requirements> must come after <${BEFORE_REQUIREMENTS}> and before <${AFTER_REQUIREMENTS}>`);
  }
}

/**
 * The ribbon: a ShowTaskpane button on the Home tab, and resources that every resid can find.
 * Returns the size each ribbon icon URL must have.
 */
function checkOverrides(overrides, fail) {
  const resources = overrides.Resources ?? {};
  const defined = new Map();
  for (const [group, child] of [
    ['bt:Images', 'bt:Image'],
    ['bt:Urls', 'bt:Url'],
    ['bt:ShortStrings', 'bt:String'],
    ['bt:LongStrings', 'bt:String'],
  ]) {
    for (const el of list(resources[group]?.[child])) {
      const rid = el['@_id'];
      if (defined.has(rid)) fail(`resource id "${rid}" is defined twice`);
      defined.set(rid, { group, el });
      if (!el['@_DefaultValue']) fail(`resource "${rid}" has no DefaultValue`);
      if (group.endsWith('Strings')) {
        const max = group === 'bt:ShortStrings' ? MAX_SHORT : MAX_LONG;
        const values = [el['@_DefaultValue'], ...list(el['bt:Override']).map((o) => o['@_Value'])];
        if (values.some((v) => String(v ?? '').length > max)) fail(`string "${rid}" is longer than ${max} characters`);
        if (!list(el['bt:Override']).some((o) => o['@_Locale'] === 'en-US'))
          fail(`string "${rid}" has no en-US override`);
      }
    }
  }

  let button = null;
  for (const [name, node] of walk(overrides, 'VersionOverrides')) {
    const rid = node['@_resid'];
    if (rid !== undefined && !defined.has(rid)) fail(`<${name}> refers to resid "${rid}", which is not defined`);
    if (name === 'OfficeTab' && node['@_id'] === 'TabHome') {
      for (const [childName, child] of walk(node, 'OfficeTab')) {
        if (childName === 'Control' && child['@_xsi:type'] === 'Button') button = button ?? child;
      }
    }
  }
  const iconSizes = new Map();
  if (!button) {
    fail('no button on the Home tab (OfficeTab id="TabHome")');
    return iconSizes;
  }
  const action = button.Action;
  if (!action || action['@_xsi:type'] !== 'ShowTaskpane')
    fail('the Home tab button does not open the pane (ShowTaskpane)');
  else if (!action.SourceLocation?.['@_resid']) fail('the ShowTaskpane action has no SourceLocation');
  if (!button.Label?.['@_resid']) fail('the Home tab button has no label');
  const sizes = list(button.Icon?.['bt:Image']).map((i) => i['@_size']);
  for (const size of ['16', '32', '80']) {
    if (!sizes.includes(size)) fail(`the Home tab button has no ${size}px icon`);
  }
  for (const image of list(button.Icon?.['bt:Image'])) {
    const res = defined.get(image['@_resid']);
    if (res) iconSizes.set(res.el['@_DefaultValue'], Number(image['@_size']));
  }
  return iconSizes;
}

/** Every URL: under the add-in's address, served by the build, and (for icons) a PNG of the size it claims. */
function checkUrls(doc, { distDir, server, origin }, iconSizes, fail) {
  const dev = server === DEV_SERVER;
  const urls = new Set();
  for (const [, node] of walk(doc)) {
    for (const key of ['@_DefaultValue', '@_Value']) {
      const v = node[key];
      if (typeof v === 'string' && /^https?:/i.test(v)) urls.add(v);
    }
  }
  for (const [, node] of walk(doc)) {
    const t = text(node);
    if (/^https?:/i.test(t) && !t.includes('\n')) urls.add(t);
  }
  for (const url of urls) {
    if (url === origin) continue; // the AppDomain itself
    if (!url.startsWith(server)) {
      fail(dev ? `${url} is not on the dev server ${server}` : `${url} is not under the add-in's address ${server}`);
      continue;
    }
    const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(server).pathname.length));
    const candidates = [join(distDir, rel)];
    // The dev server also serves the repo's assets/; a packaged folder must hold its own.
    if (dev && rel.startsWith('assets/')) candidates.push(join(ROOT, rel));
    const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
    if (!file) {
      const build = dev ? 'npm run build:addin' : 'npm run package:addin';
      const hint = existsSync(distDir) ? '' : ` (${distDir} does not exist: run ${build} first)`;
      fail(`${url} is not served: ${rel} is neither in dist/ nor in assets/${hint}`);
      continue;
    }
    const size = iconSizes.get(url);
    if (size !== undefined) {
      const dims = pngSize(file);
      if (!dims) fail(`${url} is not a PNG`);
      else if (dims.width !== size || dims.height !== size) {
        fail(`${url} is ${dims.width}×${dims.height}, expected ${size}×${size}`);
      }
    }
  }
}

/** True when the validation service's host accepts a TLS connection within `ms`. */
function reachable(host, ms) {
  return new Promise((done) => {
    const socket = connect({ host, port: 443, servername: host, timeout: ms });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    const timer = setTimeout(() => finish(false), ms);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      finish(true);
    });
    socket.once('error', () => {
      clearTimeout(timer);
      finish(false);
    });
    socket.once('timeout', () => {
      clearTimeout(timer);
      finish(false);
    });
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const failures = checkManifest(args.manifest, args.dist, args.url && new URL(args.url.replace(/\/?$/, '/')).href);
  if (failures.length > 0) {
    console.error(`manifest check failed: ${args.manifest}`);
    for (const f of failures) console.error(`  - ${f}`);
    process.exit(1);
  }
  console.log(`manifest offline checks passed: ${args.manifest}`);
  if (args.offline) {
    console.log('online validation skipped (--offline)');
    return;
  }
  if (!(await reachable(ONLINE_HOST, PROBE_MS))) {
    console.log(`online validation skipped: ${ONLINE_HOST} is not reachable from this machine`);
    return;
  }
  const bin = join(
    ROOT,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'office-addin-manifest.cmd' : 'office-addin-manifest',
  );
  const run = spawnSync(bin, ['validate', args.manifest], {
    stdio: 'inherit',
    timeout: ONLINE_TIMEOUT_MS,
    shell: process.platform === 'win32',
  });
  if (run.error?.code === 'ETIMEDOUT') {
    console.log('online validation skipped: the service did not answer in time');
    return;
  }
  if (run.status !== 0) {
    console.error('online validation reported problems (see above)');
    process.exit(1);
  }
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) {
  main().catch((err) => {
    console.error(`manifest check could not run: ${err.message}`);
    process.exit(1);
  });
}
