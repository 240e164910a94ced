// No blank pane, anywhere (issue 8): the built task pane in headless Chromium, posing as the web
// views Office uses, with office.js or the bundle taken away. The boot script (src/boot/boot.js)
// must show its bilingual message, Vietnamese first; with a modern web view and a working bundle
// it must stay silent.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import type { Browser, Page } from 'playwright-core';
import MESSAGES from '../../src/messages/boot.json';
import {
  artifactPath,
  launchChromium,
  PROD_DIST,
  serveFolder,
  serveOfficeJsOffline,
  type StaticServer,
} from '../support/browser';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGE_HTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
const WEBVIEW2 =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const BUNDLE = /\/taskpane\.[0-9a-f]+\.js$/;

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

interface Scenario {
  userAgent?: string;
  /** office.js: served from npm, unreachable, or a stand-in whose onReady comes late or never. */
  office?: 'served' | 'unreachable' | 'never-ready' | 'late';
  /** The pane's bundle: as built, unparsable (what IE11 makes of ES2020), missing, or throwing. */
  bundle?: 'built' | 'syntax-error' | 'missing' | 'throws';
  /** Lowers the boot script's wait for the pane to render (window.__piiBootWaitMs). */
  waitMs?: number;
  initScript?: string;
  /** Collects the page's uncaught errors from the start. */
  errors?: string[];
}

const OFFICE_STANDIN = {
  'never-ready': 'window.Office = { HostType: { Excel: "Excel" }, onReady: function () {} };',
  late:
    'window.Office = { HostType: { Excel: "Excel" }, onReady: function (done) {' +
    ' setTimeout(function () { done({ host: null }); }, 1500); } };',
};

async function openPane(scenario: Scenario): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 320, height: 640 },
    ...(scenario.userAgent ? { userAgent: scenario.userAgent } : {}),
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => scenario.errors?.push(error.message));
  if (scenario.waitMs !== undefined) await page.addInitScript(`window.__piiBootWaitMs = ${scenario.waitMs};`);
  if (scenario.initScript) await page.addInitScript(scenario.initScript);
  const office = scenario.office ?? 'served';
  if (office === 'served') await serveOfficeJsOffline(page);
  else if (office === 'unreachable')
    await page.route(`${OFFICE_CDN}**`, (route) => route.abort('addressunreachable'));
  else {
    const body = OFFICE_STANDIN[office];
    await page.route(`${OFFICE_CDN}**`, (route) => route.fulfill({ contentType: 'text/javascript', body }));
  }
  const bundle = scenario.bundle ?? 'built';
  if (bundle === 'syntax-error')
    await page.route(BUNDLE, (route) => route.fulfill({ contentType: 'text/javascript', body: 'var a = ;' }));
  else if (bundle === 'missing')
    await page.route(BUNDLE, (route) => route.fulfill({ status: 404, body: '' }));
  else if (bundle === 'throws')
    await page.route(BUNDLE, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("bundle exploded");' }),
    );
  await page.goto(`${server.url}/taskpane.html`);
  return page;
}

const message = (page: Page) => page.locator('#pii-boot-message');

/** The message is visible, for `reason`, in both languages (Vietnamese first), and the pane is not. */
async function expectMessage(page: Page, reason: string, titleKey: keyof typeof MESSAGES): Promise<void> {
  await message(page).waitFor({ state: 'visible' });
  expect(await message(page).getAttribute('data-reason')).toBe(reason);
  const langs = await message(page)
    .locator('[lang]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang')));
  expect(langs).toEqual(['vi', 'en']);
  expect(await message(page).locator('[lang="vi"] h1').innerText()).toBe(MESSAGES[titleKey].vi);
  expect(await message(page).locator('[lang="en"] h1').innerText()).toBe(MESSAGES[titleKey].en);
  expect(await page.locator('#root').isVisible()).toBe(false);
  expect(await page.getByTestId('pii-pane').count()).toBe(0);
}

/** The bundle has run and stood down: nothing was mounted, a second after the page loaded. */
async function expectNoPane(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1000);
  expect(await page.locator('#root').innerHTML()).toBe('');
  expect(await message(page).isVisible()).toBe(true);
}

const section = (page: Page, lang: 'vi' | 'en') => message(page).locator(`[lang="${lang}"]`).innerText();

describe('the built page', () => {
  const html = () => fs.readFileSync(path.join(PROD_DIST, 'taskpane.html'), 'utf8');
  const inlineScripts = () =>
    [...html().matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

  test('runs the boot script before office.js and the bundle, and every inline script parses as ES5', () => {
    const page = html();
    const boot = page.indexOf('__piiBoot=');
    expect(boot).toBeGreaterThan(0);
    expect(boot).toBeLessThan(page.indexOf('appsforoffice.microsoft.com/lib/1/hosted/office.js'));
    expect(page.indexOf('officeLoaded()')).toBeGreaterThan(page.indexOf('hosted/office.js'));
    expect(page.indexOf('officeLoaded()')).toBeLessThan(page.search(/taskpane\.[0-9a-f]+\.js/));
    expect(page).toContain('content="IE=edge"');
    const scripts = inlineScripts();
    expect(scripts.length).toBe(2);
    for (const script of scripts) expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
  });

  test('the JavaScript it loads is ES2020, as package.json declares: never ES5, never newer than ES2020', () => {
    const files = fs.readdirSync(PROD_DIST).filter((f) => /^(taskpane|scores)\..*\.js$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const source = fs.readFileSync(path.join(PROD_DIST, file), 'utf8');
      expect(() => parse(source, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
    }
    const pane = fs.readFileSync(
      path.join(
        PROD_DIST,
        files.find((f) => f.startsWith('taskpane.'))!,
      ),
      'utf8',
    );
    expect(() => parse(pane, { ecmaVersion: 5 })).toThrow(); // why old web views need the boot script
  });
});

describe('an old web view (volume-licensed Office 2016/2019)', () => {
  test('Internet Explorer 11, the bundle unparsable: the message, not a blank pane', async () => {
    const page = await openPane({ userAgent: IE11, bundle: 'syntax-error' });
    await expectMessage(page, 'old-webview', 'bootOldTitle');
    const vi = await section(page, 'vi');
    for (const words of ['Internet Explorer 11', 'Microsoft 365', 'Excel 2021', 'Excel trên web'])
      expect(vi).toContain(words);
    const en = await section(page, 'en');
    for (const words of ['Internet Explorer 11', 'Microsoft 365', 'Excel 2021', 'Excel on the web'])
      expect(en).toContain(words);
    await page.screenshot({ path: artifactPath('boot-message-ie11.png') });
    await page.context().close();
  });

  test('Internet Explorer 11 with a bundle that would run: the bundle stands down', async () => {
    const page = await openPane({ userAgent: IE11 });
    await expectMessage(page, 'old-webview', 'bootOldTitle');
    await expectNoPane(page);
    await page.context().close();
  });

  test('Edge Legacy (EdgeHTML): the message', async () => {
    const page = await openPane({ userAgent: EDGE_HTML, bundle: 'syntax-error' });
    await expectMessage(page, 'old-webview', 'bootOldTitle');
    await page.context().close();
  });

  test('Internet Explorer by document mode, whatever its user agent says: the message', async () => {
    const page = await openPane({
      initScript: 'Object.defineProperty(document, "documentMode", { value: 11 });',
    });
    await expectMessage(page, 'old-webview', 'bootOldTitle');
    await expectNoPane(page);
    await page.context().close();
  });
});

describe('a modern web view', () => {
  test('office.js unreachable (a closed network): the message names the address to allow', async () => {
    const page = await openPane({ userAgent: WEBVIEW2, office: 'unreachable' });
    await expectMessage(page, 'office-unreachable', 'bootOfficeTitle');
    expect(await section(page, 'vi')).toContain('https://appsforoffice.microsoft.com');
    expect(await section(page, 'en')).toContain('https://appsforoffice.microsoft.com');
    await expectNoPane(page);
    await page.screenshot({ path: artifactPath('boot-message-office-unreachable.png') });
    await page.context().close();
  });

  test('the bundle missing: the "could not start" message at the page load, with the detail', async () => {
    const page = await openPane({ userAgent: WEBVIEW2, bundle: 'missing' });
    await expectMessage(page, 'failed', 'bootFailedTitle');
    expect(await message(page).innerText()).toMatch(
      /Chi tiết \/ Details: script not loaded: taskpane\.[0-9a-f]+\.js/,
    );
    await page.context().close();
  });

  test('the bundle throwing before it starts: the "could not start" message with the error', async () => {
    const page = await openPane({ userAgent: WEBVIEW2, bundle: 'throws' });
    await expectMessage(page, 'failed', 'bootFailedTitle');
    expect(await message(page).innerText()).toContain('bundle exploded');
    await page.context().close();
  });

  test('the pane crashing after it started: the message instead of an empty pane', async () => {
    // The pane sets <html lang> in an effect once it renders: make that throw.
    const page = await openPane({
      userAgent: WEBVIEW2,
      initScript: `(function () {
        var lang = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'lang');
        Object.defineProperty(HTMLElement.prototype, 'lang', {
          configurable: true,
          get: lang.get,
          set: function (value) {
            if (this === document.documentElement) throw new Error('crash test');
            lang.set.call(this, value);
          },
        });
      })();`,
    });
    await expectMessage(page, 'failed', 'bootFailedTitle');
    expect(await message(page).innerText()).toContain('crash test');
    await page.context().close();
  });

  test('Office never ready: the office.js message once the wait is over', async () => {
    const page = await openPane({ userAgent: WEBVIEW2, office: 'never-ready', waitMs: 300 });
    // Before the bundle starts, a "not started yet" message may show; the office.js one follows.
    await page.locator('#pii-boot-message[data-reason="office-unreachable"]').waitFor();
    await expectMessage(page, 'office-unreachable', 'bootOfficeTitle');
    await page.context().close();
  });

  test('Office ready late: the message is withdrawn once the pane renders', async () => {
    const page = await openPane({ userAgent: WEBVIEW2, office: 'late', waitMs: 300 });
    await message(page).waitFor({ state: 'visible' });
    await page.getByTestId('pii-pane').waitFor({ state: 'visible' });
    expect(await message(page).count()).toBe(0);
    expect(await page.locator('#root').isVisible()).toBe(true);
    await page.context().close();
  });

  test('everything working: the pane, and no message, also after the wait', async () => {
    const errors: string[] = [];
    const page = await openPane({ userAgent: WEBVIEW2, waitMs: 1500, errors });
    await page.getByTestId('pii-pane').waitFor({ state: 'visible' });
    await page.waitForLoadState('load');
    await page.waitForTimeout(2000);
    expect(await message(page).count()).toBe(0);
    expect(
      await page.evaluate(() =>
        (window as unknown as { __piiBoot: { reason(): unknown } }).__piiBoot.reason(),
      ),
    ).toBe(null);
    expect(await page.getByTestId('pii-pane').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
