import type { Browser } from 'playwright-core';
import {
  artifactPath,
  launchChromium,
  PROD_DIST,
  serveFolder,
  serveOfficeJsOffline,
  type StaticServer,
} from '../support/browser';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveFolder(PROD_DIST);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the built task pane page loads office.js and renders its root element', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await serveOfficeJsOffline(page);
  await page.goto(`${server.url}/taskpane.html`);
  const pane = page.getByTestId('pii-pane');
  await pane.waitFor({ state: 'visible' });
  expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('object');
  expect(await pane.textContent()).toContain('PII');
  await page.screenshot({ path: artifactPath('taskpane-smoke.png') });
  expect(errors).toEqual([]);
});
