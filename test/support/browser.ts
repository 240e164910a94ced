// The browser suites' paths and helpers; the Chromium plumbing itself is src/dev/headless.ts,
// shared with the pane benchmark.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { serveOfficeJsOffline as routeOfficeJs } from '../../src/dev/headless';

export { launchChromium, serveFolder, type StaticServer } from '../../src/dev/headless';

export const ROOT = path.resolve(__dirname, '../..');
export const PROD_DIST = path.join(ROOT, 'test-artifacts/dist-prod');
export const DEV_DIST = path.join(ROOT, 'test-artifacts/dist-dev');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

export const serveOfficeJsOffline = (page: Page): Promise<void> => routeOfficeJs(page, ROOT);

export function artifactPath(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
