/**
 * What a browser test of the pane needs around chromium: dist/ built when older than src/, served on 127.0.0.1 at a
 * free port; shared by the pane's browser tests and the delivery tests.
 */
import { execFile } from 'child_process';
import { existsSync, promises as fs, statSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for `root` on 127.0.0.1 and a free port; anything outside root, or a directory, is a 404. */
export async function serveDirectory(root: string): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(root, path.normalize(urlPath));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(404).end();
      return;
    }
    fs.readFile(file).then(
      (body) => {
        res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Newest modification time of the files under `dir`. */
async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/ with the production configuration (as `npm run build:addin`) when it is missing or older than src/. */
export async function ensurePaneBuilt(): Promise<void> {
  const bundle = path.join(DIST, 'taskpane.js');
  const fresh =
    existsSync(path.join(DIST, 'taskpane.html')) &&
    existsSync(bundle) &&
    (await newestMtime(path.join(ROOT, 'src'))) <= statSync(bundle).mtimeMs;
  if (fresh) return;
  await new Promise<void>((resolve, reject) => {
    execFile(
      'npx',
      ['webpack', '--mode', 'production'],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (err, _stdout, stderr) => (err ? reject(new Error(`webpack failed: ${err.message}\n${stderr}`)) : resolve()),
    );
  });
}
