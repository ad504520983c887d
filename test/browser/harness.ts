import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/graphql/createApp.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { buildExplorer } from '../../scripts/buildExplorer.js';
import { seededStore } from '../fixtures/seededStore.js';

// End-to-end in Debian's Chromium (never a downloaded browser): the app in-process
// on a random port with the seed articles, the explorer freshly built.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
/** Generous: the machine is shared and the first GraphiQL load parses 9 MB of script. */
export const WAIT = { timeout: 45_000 };

export interface Harness {
  base: string;
  browser: Browser;
  /** Every request the pages made to a host other than this server. */
  outside: string[];
  /** Uncaught errors and console errors of the pages. */
  errors: string[];
  page(viewport?: { width: number; height: number }): Promise<Page>;
  shot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export const chromiumAvailable = existsSync(CHROMIUM);

export async function startHarness(): Promise<Harness> {
  await buildExplorer();
  const store: GraphStore = await seededStore();
  // The configuration a user gets from `npm start` (production defaults), as test/e2e does.
  const server: Server = createServer(createApp({ store, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), logging: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  mkdirSync(ARTIFACTS, { recursive: true });
  const outside: string[] = [];
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  const local = new URL(base);
  return {
    base,
    browser,
    outside,
    errors,
    async page(viewport = { width: 1280, height: 900 }) {
      const context = await browser.newContext({ viewport, locale: 'vi-VN' });
      contexts.push(context);
      // Anything not for this server is recorded and refused, so a CDN dependency fails the test instead of hanging it.
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === local.host) return route.continue();
        outside.push(url.href);
        return route.abort();
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.setDefaultTimeout(WAIT.timeout);
      return page;
    },
    async shot(page, name, fullPage = false) {
      await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage });
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
    },
  };
}
