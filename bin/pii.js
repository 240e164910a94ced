#!/usr/bin/env node
// The command-line tool runs the compiled core (npm run build:node writes lib/).
let runCli;
try {
  ({ runCli } = require('../lib/src/cli/run.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    const { notCompiled } = require('../src/cli/messages.json');
    console.error(`${notCompiled.vi}\n${notCompiled.en}`);
    process.exit(2);
  }
  throw error;
}
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
