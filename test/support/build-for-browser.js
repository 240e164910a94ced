// Global setup of the browser suites: Chromium must be there (fail loudly, never skip), then one
// production build (with a non-default ADDIN_BASE_URL, so the manifest rewrite is tested too) and
// one development build (which adds the preview page), into test-artifacts/.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const makeConfig = require('../../webpack.config.js');

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const TEST_BASE_URL = 'https://pii.example.gov.vn/addin';

function build(mode, outDir) {
  const config = makeConfig({}, { mode });
  config.mode = mode;
  config.output.path = outDir;
  config.infrastructureLogging = { level: 'error' };
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

module.exports = async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}. Install it: apt-get update && apt-get install -y --no-install-recommends chromium`,
    );
  }
  const saved = process.env.ADDIN_BASE_URL;
  process.env.ADDIN_BASE_URL = TEST_BASE_URL;
  try {
    await build('production', path.join(ROOT, 'test-artifacts/dist-prod'));
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
  await build('development', path.join(ROOT, 'test-artifacts/dist-dev'));
};
module.exports.TEST_BASE_URL = TEST_BASE_URL;
