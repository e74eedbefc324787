/**
 * The add-in as a bureau's IT deploys it: `npm run package:addin -- --url` for an address that is not localhost
 * (https://127.0.0.2:<port>/junheng/, with a certificate made here), the folder served as static files from there,
 * every URL of the packaged manifest fetched, `npm run validate` on the packaged manifest, and the pane opened
 * from that address in chromium over the Excel fake with every request to another origin refused.
 */
import { execFileSync } from 'child_process';
import { promises as fs, readFileSync } from 'fs';
import https from 'https';
import os from 'os';
import path from 'path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { buildFakeHost } from '../browser/fakeHostBundle';
import { stringsFor } from '../../src/taskpane/strings';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  describeInChromium,
  makeCertificate,
  OFFICE_JS,
  ROOT,
  run,
  serveStatic,
} from './support';
import type { StaticServer, TestCertificate } from './support';

const HOST = '127.0.0.2';
const PREFIX = '/junheng/';
const SCRIPT = path.join(ROOT, 'scripts', 'package-addin.mjs');
const VALIDATE = path.join(ROOT, 'scripts', 'validate-manifest.mjs');
const SCREENSHOT = path.join(ROOT, 'test-results', 'addin-deployed.png');
const s = stringsFor('zh');

/** Every https URL in a manifest, attribute values and element text alike (the http ones are XML namespaces). */
function manifestUrls(xml: string): string[] {
  return [...new Set(xml.match(/https:\/\/[^"<\s]+/g) ?? [])];
}

/** GET over HTTPS trusting only the test's certificate: status, content type and body. */
function fetchTrusted(url: string, ca: string): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

/** The packaging script's manifest rewriting, run in Node as the script runs it. */
function rewrite(xml: string, base: string, id: string | null): string {
  const code = `import('${SCRIPT}').then((m) => process.stdout.write(m.rewriteManifest(process.argv[1], process.argv[2], process.argv[3] || null)))`;
  return execFileSync(process.execPath, ['-e', code, xml, base, id ?? ''], { encoding: 'utf8' });
}

describe('package:addin', () => {
  const repoManifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const repoId = /<Id>([^<]+)<\/Id>/.exec(repoManifest)?.[1];

  it('moves every URL under the address, the AppDomain to its origin, and keeps the Id unless asked', () => {
    const xml = rewrite(repoManifest, 'https://jyj.example.gov.cn:8443/apps/均衡/', null);
    const urls = manifestUrls(xml);
    expect(urls.filter((u) => u.includes('localhost'))).toEqual([]);
    expect(urls).toContain('https://jyj.example.gov.cn:8443');
    for (const u of urls.filter((x) => x !== 'https://jyj.example.gov.cn:8443')) {
      expect(u.startsWith('https://jyj.example.gov.cn:8443/apps/')).toBe(true);
    }
    expect(xml).toContain('DefaultValue="https://jyj.example.gov.cn:8443/apps/%E5%9D%87%E8%A1%A1/taskpane.html"');
    expect(/<Id>([^<]+)<\/Id>/.exec(xml)?.[1]).toBe(repoId);
    const fresh = rewrite(repoManifest, 'https://a.example/', '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0');
    expect(/<Id>([^<]+)<\/Id>/.exec(fresh)?.[1]).toBe('0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0');
  });

  it('refuses an address that is not HTTPS, and a malformed --id', () => {
    const fail = (args: string[]): string => {
      try {
        execFileSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', stdio: 'pipe' });
        return 'exit 0';
      } catch (e) {
        return String((e as { stderr?: string }).stderr);
      }
    };
    expect(fail(['--url', 'http://jyj.example/junheng/'])).toContain('--url must start with https://');
    expect(fail(['--url', 'https://jyj.example/', '--id', 'abc'])).toContain('--id abc is not a GUID');
    expect(fail([])).toContain('--url is required');
  });
});

describeInChromium('the packaged add-in')('the packaged add-in served from 127.0.0.2 over HTTPS', () => {
  let dir = '';
  let folder = '';
  let cert: TestCertificate;
  let server: StaticServer | null = null;
  let base = '';
  let manifest = '';
  let context: BrowserContext | null = null;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-addin-'));
    folder = path.join(dir, 'addin');
    cert = await makeCertificate(dir, HOST);
    // The server starts first: its port is part of the address the folder is packaged for.
    server = await serveStatic(folder, { host: HOST, prefix: PREFIX, tls: cert });
    base = `${server.origin}${PREFIX}`;
    await run(process.execPath, [SCRIPT, '--url', base, '--out', folder]);
    manifest = await fs.readFile(path.join(folder, 'manifest.xml'), 'utf8');
  }, 600_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await server?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('holds static files only: the pane, its script, the icons and the manifest', async () => {
    const files = (await fs.readdir(folder, { recursive: true })).map(String).sort();
    expect(files).toEqual(
      [
        'assets',
        'assets/icon-16.png',
        'assets/icon-32.png',
        'assets/icon-64.png',
        'assets/icon-80.png',
        'manifest.xml',
        'taskpane.html',
        'taskpane.js',
        'taskpane.js.LICENSE.txt',
      ].sort(),
    );
  });

  it('serves every URL of the manifest from the address, and nothing in it names localhost', async () => {
    const urls = manifestUrls(manifest);
    expect(urls.some((u) => u.includes('localhost'))).toBe(false);
    const files = urls.filter((u) => u !== server?.origin);
    expect(urls).toContain(server?.origin);
    expect(files.map((u) => u.slice(base.length)).sort()).toEqual(
      ['assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png', 'taskpane.html'].sort(),
    );
    for (const url of files) {
      expect(url.startsWith(base)).toBe(true);
      const got = await fetchTrusted(url, cert.cert);
      expect([url, got.status]).toEqual([url, 200]);
      const want = url.endsWith('.png') ? 'image/png' : 'text/html; charset=utf-8';
      expect([url, got.type]).toEqual([url, want]);
      if (url.endsWith('.html')) expect(got.body.toString('utf8')).toContain('<script defer src=taskpane.js>');
    }
  });

  it('passes npm run validate against the files it names, and fails once a file is missing', async () => {
    const ok = execFileSync(
      process.execPath,
      [VALIDATE, '--manifest', path.join(folder, 'manifest.xml'), '--offline'],
      {
        encoding: 'utf8',
      },
    );
    expect(ok).toContain('manifest offline checks passed');
    const copy = path.join(dir, 'copy');
    await fs.cp(folder, copy, { recursive: true });
    await fs.rm(path.join(copy, 'assets', 'icon-80.png'));
    let out = '';
    try {
      execFileSync(process.execPath, [VALIDATE, '--manifest', path.join(copy, 'manifest.xml'), '--offline'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      out = String((e as { stderr?: string }).stderr);
    }
    expect(out).toContain(`${base}assets/icon-80.png is not served`);
  });

  it('opens the pane from the address in chromium, evaluates the sample county, and asks nothing of other origins', async () => {
    const hostScript = await buildFakeHost(path.join(dir, 'host'));
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      // The certificate is trusted by its key alone, as an intranet's own certificate would be.
      args: [...CHROMIUM_ARGS, `--ignore-certificate-errors-spki-list=${cert.spki}`],
      viewport: { width: 360, height: 900 },
      locale: 'zh-CN',
    });
    context.setDefaultTimeout(30_000);
    const page: Page = context.pages()[0] ?? (await context.newPage());
    const origin = server?.origin ?? '';
    const refused: string[] = [];
    const errors: string[] = [];
    await page.route(
      (url) => url.origin !== origin,
      async (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) await route.fulfill({ status: 200, contentType: 'application/javascript', body: '' });
        else {
          refused.push(url);
          await route.abort('blockedbyclient');
        }
      },
    );
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript({ content: hostScript });
    await page.goto(`${base}taskpane.html`);
    await page.getByRole('heading', { name: s.title, level: 1 }).waitFor();
    await page.getByRole('checkbox', { name: s.includeSample }).check();
    await page.getByRole('button', { name: s.insertTemplate }).click();
    await page.getByRole('status').getByText(s.templateInserted).waitFor();
    await page.getByRole('button', { name: s.evaluate }).click();
    const verdict = page.getByRole('region', { name: s.verdictHeading }).getByTestId('verdict');
    await verdict.waitFor();
    expect(await verdict.innerText()).toMatch(/^示例县（\d{4}）：未达到优质均衡发展标准$/);
    await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    // The page, its script and its icon came from the deployed folder.
    expect(server?.requested).toEqual(
      expect.arrayContaining([`${PREFIX}taskpane.html`, `${PREFIX}taskpane.js`, `${PREFIX}assets/icon-32.png`]),
    );
  });
});
