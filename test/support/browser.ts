// A real browser for the browser tests: Debian's Chromium driven by playwright-core (no browser can be
// downloaded here), against the real API serving the built web app on a free local port.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestSystem, type TestSystem, type TestSystemOptions } from './test-system';

const ROOT = join(__dirname, '..', '..');
export const WEB_ROOT = join(ROOT, 'dist', 'web');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserSystem {
  system: TestSystem;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Builds the web app once when it is missing, so `npm test` works on a fresh clone. */
function ensureWebBuilt(): void {
  if (existsSync(join(WEB_ROOT, 'index.html'))) return;
  const result = spawnSync('npm', ['run', 'web:build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run web:build failed');
}

export async function startBrowserSystem(options: TestSystemOptions = {}): Promise<BrowserSystem> {
  ensureWebBuilt();
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const system = await startTestSystem({
    ...options,
    webRoot: WEB_ROOT,
    env: { PUBLIC_URL: baseUrl, ...options.env },
  });
  await system.api.listen(port, '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    system,
    baseUrl,
    browser,
    async close() {
      await browser.close();
      await system.close();
    },
  };
}

/** Keeps a screenshot of the page as an artifact of the test run (test-artifacts/, not committed). */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Runs axe-core in the page and returns the serious and critical WCAG 2.1 A/AA violations. */
export async function seriousAccessibilityViolations(
  page: Page,
): Promise<{ id: string; help: string; nodes: number }[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: the app's Content-Security-Policy
  // (default-src 'self') rightly blocks inline scripts, and the test should not switch it off.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  // The page function runs in the browser; it is passed as a string, so no DOM types are needed here.
  const results = (await page.evaluate(`axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  })`)) as AxeResults;
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length }));
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
}
