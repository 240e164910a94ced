// Node side of the boot script (build time only): the ES5 text webpack inlines into taskpane.html,
// boot.js wrapped in a function that receives the bilingual texts of src/messages/boot.json. The texts are
// spelled once, in src/messages/boot.json, which src/messages/pane.ts also spreads into the pane's catalog.
const fs = require('fs');
const path = require('path');

const BOOT_FILE = path.join(__dirname, 'boot.js');
const MESSAGES_FILE = path.join(__dirname, '..', 'messages', 'boot.json');

/** JSON that is safe inside an inline <script> and inside an ES5 program. */
function scriptJson(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The boot script as taskpane.html inlines it. */
function bootScript() {
  const messages = JSON.parse(fs.readFileSync(MESSAGES_FILE, 'utf8'));
  const source = fs.readFileSync(BOOT_FILE, 'utf8');
  const script = `(function (MESSAGES) {\n${source}\n})(${scriptJson(messages)});\n`;
  // An HTML parser would end or derail an inline script at these.
  if (/<\/script|<!--/i.test(script)) throw new Error('boot script: </script or <!-- cannot be inlined');
  return script;
}

module.exports = { bootScript, BOOT_FILE, MESSAGES_FILE };
