#!/usr/bin/env node
// Thin runner: `npm run bench` compiles, then this runs every compiled bench module in
// lib/scripts/bench/*.js (helpers live in support/ and are not run). A bench module exports
// `run(): unknown | Promise<unknown>` and prints its own figures; if it returns a string or an
// array of strings instead, they are printed here.
const fs = require('fs');
const path = require('path');

async function main() {
  const dir = path.join(__dirname, '..', 'lib', 'scripts', 'bench');
  if (!fs.existsSync(dir)) {
    console.error('bench: chưa biên dịch / not compiled: run `npm run build:node` first.');
    return 2;
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort();
  let failed = 0;
  for (const file of files) {
    const mod = require(path.join(dir, file));
    if (typeof mod.run !== 'function') continue;
    console.log(`\n== ${path.basename(file, '.js')} ==`);
    try {
      const result = await mod.run();
      if (typeof result === 'string') console.log(result);
      else if (Array.isArray(result) && result.every((x) => typeof x === 'string'))
        console.log(result.join('\n'));
    } catch (error) {
      failed += 1;
      console.error(`bench ${file} failed:`, error);
    }
  }
  return failed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
