/**
 * What the delivery tests share: a certificate made for the test, a static file server (HTTPS or HTTP) that
 * records what it served, child processes run to completion, and Debian's chromium.
 */
import { execFile, execFileSync } from 'child_process';
import { createHash, X509Certificate } from 'crypto';
import { existsSync, promises as fs } from 'fs';
import http from 'http';
import https from 'https';
import type { AddressInfo } from 'net';
import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export { CHROMIUM, CHROMIUM_ARGS, OFFICE_JS } from '../browser/paneServer';
import { CHROMIUM } from '../browser/paneServer';

const haveChromium = existsSync(CHROMIUM);
/** `describe` when chromium is here or under CI (where its absence must fail), else `describe.skip`. */
export function describeInChromium(what: string): jest.Describe {
  if (!haveChromium && !process.env.CI) {
    console.warn(`${what}: skipped, ${CHROMIUM} is missing (apt-get install chromium).`);
    return describe.skip;
  }
  return describe;
}

/** A key and a self-signed certificate for `ip`, and the base64 SHA-256 of its public key (Chromium's pin). */
export interface TestCertificate {
  key: string;
  cert: string;
  spki: string;
}

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** node-forge (a dependency of office-addin-dev-certs) where the openssl command is missing. */
function forgeCertificate(ip: string): { key: string; cert: string } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- untyped package, loaded only without openssl
  const forge = require('node-forge');
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 2 * 86_400_000);
  const subject = [{ name: 'commonName', value: ip }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([{ name: 'subjectAltName', altNames: [{ type: 7, ip }] }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { key: forge.pki.privateKeyToPem(keys.privateKey), cert: forge.pki.certificateToPem(cert) };
}

/** Makes a certificate for `ip` in `dir`: with the openssl command when there is one, else with node-forge. */
export async function makeCertificate(dir: string, ip: string): Promise<TestCertificate> {
  let pair: { key: string; cert: string };
  if (hasOpenssl()) {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '2'].concat([
        '-subj',
        `/CN=${ip}`,
        '-addext',
        `subjectAltName=IP:${ip}`,
      ]),
      { stdio: 'ignore' },
    );
    pair = { key: await fs.readFile(keyFile, 'utf8'), cert: await fs.readFile(certFile, 'utf8') };
  } else pair = forgeCertificate(ip);
  const der = new X509Certificate(pair.cert).publicKey.export({ type: 'spki', format: 'der' });
  return { ...pair, spki: createHash('sha256').update(der).digest('base64') };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running static server: its origin, every path it was asked for, and how to stop it. */
export interface StaticServer {
  origin: string;
  requested: string[];
  close(): Promise<void>;
}

/**
 * Serves the files under `root` at `prefix` (`/junheng/`) on `host` and a free port; anything else is a 404, as is
 * a folder. HTTPS when `tls` is given. `root` may be filled after the server starts.
 */
export async function serveStatic(
  root: string,
  options: { host: string; prefix: string; tls?: { key: string; cert: string } },
): Promise<StaticServer> {
  const requested: string[] = [];
  const handler: http.RequestListener = (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requested.push(urlPath);
    const file = path.join(root, path.normalize(urlPath.slice(options.prefix.length)));
    if (!urlPath.startsWith(options.prefix) || !file.startsWith(root + path.sep)) {
      res.writeHead(404).end();
      return;
    }
    fs.readFile(file).then(
      (body) =>
        res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  };
  const server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${options.tls ? 'https' : 'http'}://${options.host}:${port}`,
    requested,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Runs a command to its end; rejects with its output when it exits with a status other than 0. */
export function run(
  file: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${file} ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`));
        else resolve({ stdout, stderr });
      },
    );
  });
}
