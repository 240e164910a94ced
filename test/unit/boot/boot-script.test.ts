// The task pane's boot script (src/boot) must parse in Internet Explorer 11, i.e. as ES5, and must
// speak both languages with the advice issue 8 asks for. Its behaviour in a page is tested in
// Chromium: test/browser/boot-message.test.ts.
import * as fs from 'fs';
import { parse } from 'acorn';
import { STRINGS } from '../../../src/messages/pane';
import MESSAGES from '../../../src/messages/boot.json';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bootScript, BOOT_FILE } = require('../../../src/boot/assemble.js');

const es5 = (source: string) => parse(source, { ecmaVersion: 5, sourceType: 'script' });
const bootSource = () => fs.readFileSync(BOOT_FILE, 'utf8');
type Key = keyof typeof MESSAGES;

test('the boot script, as inlined into taskpane.html, parses as ES5', () => {
  expect(() => es5(bootScript())).not.toThrow();
  expect(() => es5(bootSource())).not.toThrow();
});

test('the ES5 check rejects what Internet Explorer 11 cannot parse', () => {
  const script: string = bootScript();
  for (const newer of [
    'const a = 1;',
    'var f = () => 1;',
    'f(1, 2,);', // a trailing comma in a call (ES2017), what Prettier adds by default
    'var s = `x`;',
    'var v = a?.b;',
  ]) {
    expect(() => es5(script + newer)).toThrow(SyntaxError);
  }
});

test('the inlined script carries the messages, escaped for an inline <script>', () => {
  const script: string = bootScript();
  expect(script).toContain(MESSAGES.bootOldTitle.vi);
  expect(script).not.toMatch(/<\/script|<!--/i);
});

test('every text the boot script names is in messages.json, and every boot text is used', () => {
  const named = new Set(
    bootSource()
      .match(/'boot[A-Z]\w*'/g)
      ?.map((quoted) => quoted.slice(1, -1)),
  );
  expect([...named].sort()).toEqual(Object.keys(MESSAGES).sort());
});

test('the boot texts live in the message catalog once: the bundle, which never shows them, does not carry them again', () => {
  for (const key of Object.keys(MESSAGES) as Key[]) expect(key in STRINGS).toBe(false);
});

test('every boot text is in Vietnamese and in English', () => {
  for (const [key, entry] of Object.entries(MESSAGES)) {
    expect([key, entry.vi.trim().length > 0, entry.en.trim().length > 0]).toEqual([key, true, true]);
    expect([key, entry.vi === entry.en]).toEqual([key, false]);
  }
  const vietnamese = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i;
  for (const key of [
    'bootOldTitle',
    'bootOldWhy',
    'bootOfficeTitle',
    'bootOfficeWhy',
    'bootFailedTitle',
  ] as Key[]) {
    expect([key, vietnamese.test(MESSAGES[key].vi), vietnamese.test(MESSAGES[key].en)]).toEqual([
      key,
      true,
      false,
    ]);
  }
});

test('the messages say why and what to do, in both languages', () => {
  const both = (key: Key, vi: string, en: string) => {
    expect(MESSAGES[key].vi).toContain(vi);
    expect(MESSAGES[key].en).toContain(en);
  };
  both('bootOldWhy', 'Internet Explorer 11', 'Internet Explorer 11');
  both('bootOldWhy', 'Office 2016', 'Office 2016');
  both('bootUpdateOffice', 'Microsoft 365', 'Microsoft 365');
  both('bootUpdateOffice', 'Excel 2021', 'Excel 2021');
  both('bootUseWeb', 'Excel trên web', 'Excel on the web');
  both('bootAllowOffice', 'appsforoffice.microsoft.com', 'appsforoffice.microsoft.com');
  both('bootOfficeWhy', 'office.js', 'office.js');
});
