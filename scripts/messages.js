// The Node-side tools' message table (src/cli/messages.json, shared with the pii command) for
// plain-Node scripts: npm start and the webpack build, which run without compiling TypeScript.
const TABLE = require('../src/messages/cli.json');

const LOCALE = { vi: 'vi-VN', en: 'en' };

/** The message `key` as {vi, en}, placeholders filled; numbers formatted per language. */
function message(key, params = {}) {
  const entry = TABLE[key];
  if (!entry || key.startsWith('$')) throw new Error(`no message ${key}`);
  const fill = (lang) =>
    entry[lang].replace(/\{(\w+)\}/g, (whole, name) => {
      const v = params[name];
      if (v === undefined) return whole;
      if (typeof v === 'number') return new Intl.NumberFormat(LOCALE[lang]).format(v);
      return typeof v === 'string' ? v : v[lang];
    });
  return { vi: fill('vi'), en: fill('en') };
}

/** Vietnamese line, then English line. */
function bilingual(key, params) {
  const m = message(key, params);
  return `${m.vi}\n${m.en}`;
}

module.exports = { message, bilingual };
