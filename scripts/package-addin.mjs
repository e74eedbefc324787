/**
 * `npm run package:addin -- --url https://host/path/ [--id [<guid>]] [--out <folder>]`: the add-in as a folder of
 * static files for a bureau's own HTTPS server, written to dist/addin/ unless `--out` names another folder.
 *
 * The folder holds the production pane (taskpane.html, taskpane.js), the icons under assets/ and a manifest.xml
 * whose every URL (source, icons, support, the ribbon's resources) is under `--url` and whose AppDomain is that
 * URL's origin. The manifest keeps the project's add-in Id, so that a new version deployed at the same address
 * replaces the old one in users' Excel; `--id` gives it a fresh random Id (or `--id <guid>` a chosen one), for a
 * second, separate deployment. The packaged manifest is checked with `npm run validate`'s offline checks against
 * the files in the folder before the script ends; it exits 1 when any check fails.
 */
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { checkManifest, DEV_SERVER } from './validate-manifest.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const USAGE = 'usage: npm run package:addin -- --url https://host/path/ [--id [<guid>]] [--out <folder>]';

function fail(message) {
  console.error(`package:addin: ${message}`);
  process.exit(1);
}

/** The options; the URL always ends with a slash so that file names can be appended to it. */
export function parseArgs(argv) {
  const args = { url: null, id: null, out: join(ROOT, 'dist', 'addin') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') args.url = argv[++i];
    else if (a === '--out') args.out = resolve(argv[++i] ?? '');
    else if (a === '--id') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        if (!GUID.test(next)) throw new Error(`--id ${next} is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
        args.id = next.toLowerCase();
        i++;
      } else args.id = randomUUID();
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (!args.url) throw new Error(`--url is required\n${USAGE}`);
  let url;
  try {
    url = new URL(args.url);
  } catch {
    throw new Error(`--url ${args.url} is not a URL`);
  }
  // Office loads add-ins over HTTPS only; a query or fragment could not be followed by file names.
  if (url.protocol !== 'https:')
    throw new Error(`--url must start with https:// (Office loads add-ins over HTTPS only)`);
  if (url.search || url.hash) throw new Error('--url must not have a query (?…) or a fragment (#…)');
  args.url = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return args;
}

/** The project's manifest with every dev-server URL moved under `base`, and the Id replaced when asked. */
export function rewriteManifest(xml, address, id) {
  // Written as a browser sends it: non-ASCII path segments percent-encoded.
  const base = new URL(address).href;
  const origin = new URL(base).origin;
  const devOrigin = DEV_SERVER.replace(/\/$/, '');
  let out = xml.split(DEV_SERVER).join(base);
  // The AppDomain is an origin, without a path.
  out = out.split(`<AppDomain>${devOrigin}</AppDomain>`).join(`<AppDomain>${origin}</AppDomain>`);
  if (out.includes(devOrigin)) throw new Error(`manifest.xml names ${devOrigin} in a form this script does not move`);
  if (id) out = out.replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`);
  return out;
}

/** Builds the production pane into `out` (the project's webpack configuration, without source maps). */
async function buildPane(out) {
  const webpack = require('webpack');
  const config = await require(join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
  config.output = { ...config.output, path: out, clean: true };
  config.devtool = false;
  config.infrastructureLogging = { level: 'error' };
  const stats = await new Promise((done, reject) => {
    const compiler = webpack(config);
    compiler.run((err, result) => compiler.close(() => (err ? reject(err) : done(result))));
  });
  if (stats.hasErrors()) throw new Error(`webpack failed:\n${stats.toString('errors-only')}`);
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    fail(e.message);
  }
  if (existsSync(args.out)) rmSync(args.out, { recursive: true, force: true });
  await buildPane(args.out);
  const manifestFile = join(args.out, 'manifest.xml');
  const xml = rewriteManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), args.url, args.id);
  writeFileSync(manifestFile, xml);
  const failures = checkManifest(manifestFile, args.out, args.url);
  if (failures.length > 0) fail(`the packaged manifest fails its checks:\n  - ${failures.join('\n  - ')}`);
  const id = /<Id>([^<]*)<\/Id>/.exec(xml)[1];
  console.log(`add-in packaged: ${args.out}`);
  console.log(`  address:  ${args.url}  (copy the folder's contents there; HTTPS)`);
  console.log(`  manifest: ${manifestFile}  (Id ${id}${args.id ? ', new' : ', unchanged'})`);
  console.log('  checked:  every URL in the manifest names a file in the folder');
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) {
  main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
}
