/**
 * @jest-environment jsdom
 */
// Offline check of manifest.xml: `office-addin-manifest validate` calls an online service.
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const BASE = 'https://localhost:3000';
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const root = doc.documentElement;

// The order the TaskPaneApp schema requires of OfficeApp's children (optional ones may be absent).
const SCHEMA_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
];

const all = (name: string) => Array.from(doc.getElementsByTagName(name));
const attr = (el: Element, name: string) => el.getAttribute(name) ?? '';

function shortString(resid: string): { vi: string; en: string } {
  const el = all('bt:String').find((s) => attr(s, 'id') === resid);
  if (!el) throw new Error(`no string ${resid}`);
  const override = Array.from(el.getElementsByTagName('bt:Override')).find(
    (o) => attr(o, 'Locale') === 'en-US',
  );
  return { vi: attr(el, 'DefaultValue'), en: override ? attr(override, 'Value') : '' };
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('is well-formed XML of a TaskPaneApp', () => {
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(root.tagName).toBe('OfficeApp');
  expect(attr(root, 'xsi:type')).toBe('TaskPaneApp');
});

test('keeps OfficeApp children in the order Office requires', () => {
  const children = Array.from(root.children).map((c) => c.tagName);
  const positions = children.map((c) => SCHEMA_ORDER.indexOf(c));
  expect(positions).not.toContain(-1);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});

test('targets Excel workbooks on ExcelApi 1.8 with ReadWriteDocument', () => {
  expect(all('Host').map((h) => attr(h, 'Name'))).toContain('Workbook');
  const excelApi = all('Set').find((s) => attr(s, 'Name') === 'ExcelApi');
  expect(excelApi && attr(excelApi, 'MinVersion')).toBe('1.8');
  expect(all('Permissions')[0].textContent).toBe('ReadWriteDocument');
  expect(all('Id')[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(all('DefaultLocale')[0].textContent).toBe('vi-VN');
});

test('has the two Home-tab buttons with Vietnamese and English labels', () => {
  const tab = all('OfficeTab')[0];
  expect(attr(tab, 'id')).toBe('TabHome');
  const buttons = Array.from(tab.getElementsByTagName('Control')).filter(
    (c) => attr(c, 'xsi:type') === 'Button',
  );
  const labels = buttons.map((b) => shortString(attr(b.getElementsByTagName('Label')[0], 'resid')));
  expect(labels).toEqual([
    { vi: 'Mở PII', en: 'Open PII' },
    { vi: 'Tính điểm', en: 'Score' },
  ]);
  const actions = buttons.map((b) => b.getElementsByTagName('Action')[0]);
  for (const action of actions) expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
  // "Tính điểm" needs a pane of its own: Office does not reload an open pane with a new URL.
  const paneIds = actions.map((a) => a.getElementsByTagName('TaskpaneId')[0].textContent);
  expect(new Set(paneIds).size).toBe(2);
  const scoreUrl = all('bt:Url').find(
    (u) => attr(u, 'id') === attr(actions[1].getElementsByTagName('SourceLocation')[0], 'resid'),
  );
  expect(scoreUrl && attr(scoreUrl, 'DefaultValue')).toBe(`${BASE}/taskpane.html?action=score`);
});

test('every referenced icon exists with the declared pixel size', () => {
  const images = all('bt:Image').filter((i) => i.hasAttribute('DefaultValue'));
  const declared = new Map<string, number>();
  for (const use of all('bt:Image').filter((i) => i.hasAttribute('size'))) {
    const image = images.find((i) => attr(i, 'id') === attr(use, 'resid'));
    expect(image).toBeDefined();
    declared.set(attr(image!, 'DefaultValue'), Number(attr(use, 'size')));
  }
  declared.set(attr(all('IconUrl')[0], 'DefaultValue'), 32);
  declared.set(attr(all('HighResolutionIconUrl')[0], 'DefaultValue'), 64);
  expect([...declared.values()].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  for (const [url, size] of declared) {
    expect(url.startsWith(`${BASE}/assets/`)).toBe(true);
    expect(pngSize(path.join(ROOT, url.slice(BASE.length + 1)))).toEqual({ width: size, height: size });
  }
});

test('every URL is on the one base URL and every page it names exists in src', () => {
  const urls = [...xml.matchAll(/"(https?:\/\/[^"]+)"|>(https?:\/\/[^<]+)</g)].map((m) => m[1] ?? m[2]);
  const own = urls.filter((u) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(u));
  expect(own.length).toBeGreaterThan(8);
  for (const url of own) expect(url.startsWith(BASE)).toBe(true);
  const pages = new Set(
    own.map((u) => u.slice(BASE.length + 1).split('?')[0]).filter((p) => p.endsWith('.html')),
  );
  expect([...pages].sort()).toEqual(['commands.html', 'help.html', 'taskpane.html']);
});
