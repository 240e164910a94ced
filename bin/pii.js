#!/usr/bin/env node
// The command-line tool runs the compiled core (npm run build:node writes lib/).
let main;
try {
  ({ main } = require('../lib/src/cli/main.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    console.error('pii: the core is not compiled yet / chưa biên dịch: run `npm run build:node` first.');
    process.exit(2);
  }
  throw error;
}
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
