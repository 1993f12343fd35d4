// What the browser tests need: the built app served on loopback, Debian's Chromium driven by
// playwright-core, and a wallet test double injected as window.injectedWeb3['polkadot-js'] whose
// signer signs in this process with a dev key — so the app's real wallet code path runs.
import http from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.join(here, '..', 'dist');
export const ARTIFACTS = process.env.LINEAGE_UI_ARTIFACTS ?? path.join(here, '..', '..', 'tests', 'artifacts', 'ui');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** Serve `dist/` on a free loopback port; resolves with `{ url, close }`. */
export async function serveApp() {
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(DIST, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(DIST)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Headless Debian Chromium, never a downloaded browser. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A browser context whose pages see a polkadot-js wallet holding `pairs`; signing requests are
 * signed here with the matching dev key. `signed` counts the signatures made.
 */
export async function contextWithWallet(browser, api, pairs) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const byAddress = new Map(pairs.map((p) => [p.address, p]));
  const stats = { signed: 0 };
  await context.exposeFunction('__walletAccounts', () =>
    pairs.map((p) => ({ address: p.address, name: p.meta.name, type: 'sr25519' })));
  await context.exposeFunction('__walletSign', (payload) => {
    const pair = byAddress.get(payload.address);
    if (!pair) throw new Error(`the test wallet holds no key for ${payload.address}`);
    const extrinsicPayload = api.registry.createType('ExtrinsicPayload', payload, { version: payload.version });
    stats.signed += 1;
    return { id: stats.signed, signature: extrinsicPayload.sign(pair).signature };
  });
  await context.addInitScript(() => {
    window.injectedWeb3 = {
      'polkadot-js': {
        version: '0.63.1-test-double',
        enable: async () => ({
          accounts: {
            get: () => window.__walletAccounts(),
            subscribe: (cb) => {
              window.__walletAccounts().then(cb);
              return () => {};
            },
          },
          signer: { signPayload: (payload) => window.__walletSign(payload) },
        }),
      },
    };
  });
  return { context, stats };
}

/** Save a screenshot of `page` as an artefact named `name`.png. */
export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}
