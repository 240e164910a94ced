// npm start: a development build served on port 3000 (or PORT). HTTPS with office-addin-dev-certs'
// certificate when it is installed (Office requires HTTPS to sideload); otherwise plain HTTP with
// a warning, because installing that CA needs sudo, which some machines do not allow. The served
// manifest.xml points at the port and scheme actually served. A port already taken, or not
// allowed, is said in both languages with how to choose another; never a stack trace.
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { bilingual } = require('./messages');

const DEFAULT_PORT = 3000;

function devCertificate() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { cert: 'localhost.crt', key: 'localhost.key', ca: 'ca.crt' };
  const found = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  return Object.values(found).every((f) => fs.existsSync(f))
    ? Object.fromEntries(Object.entries(found).map(([k, f]) => [k, fs.readFileSync(f)]))
    : null;
}

/** PORT from the environment: an integer 1-65535, or null when it is not one. */
function portFromEnv(raw) {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  return Number.isInteger(port) && port >= 1 && port <= 65535 && /^\d+$/.test(raw.trim()) ? port : null;
}

const suggestion = (port) => String(port === 3100 ? 3200 : 3100);

/** Fails fast, before a first compilation, when the port cannot be listened on (as the server will: all interfaces). */
function probe(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error) => resolve(error));
    server.listen(port, () => server.close(() => resolve(null)));
  });
}

/** The bilingual message for a listen error, or null when it is not one we can explain. */
function listenProblem(error, port) {
  const params = { port: String(port), suggestion: suggestion(port) };
  if (error && error.code === 'EADDRINUSE') return bilingual('devPortInUse', params);
  if (error && error.code === 'EACCES') return bilingual('devPortDenied', params);
  return null;
}

function fail(text) {
  console.error(text);
  process.exit(1);
}

async function main() {
  const port = portFromEnv(process.env.PORT);
  if (port === null)
    return fail(
      bilingual('devPortInvalid', { port: process.env.PORT, suggestion: suggestion(DEFAULT_PORT) }),
    );
  const taken = await probe(port);
  if (taken)
    return fail(listenProblem(taken, port) ?? bilingual('devStartFailed', { detail: String(taken.message) }));

  const cert = devCertificate();
  const scheme = cert ? 'https' : 'http';
  const base = `${scheme}://localhost:${port}`;
  // Loaded only now: a port problem is reported in a moment, not after webpack has loaded.
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const makeConfig = require('../webpack.config.js');
  const config = makeConfig({ devBaseUrl: base }, { mode: 'development' });
  config.mode = 'development';
  const server = cert ? { type: 'https', options: cert } : { type: 'http' };
  const devServer = new WebpackDevServer({ ...config.devServer, port, server }, webpack(config));
  try {
    await devServer.start();
  } catch (error) {
    // Taken between the probe and now, or refused: same message, and stop the compiler's watcher.
    return fail(
      listenProblem(error, port) ?? bilingual('devStartFailed', { detail: String(error && error.message) }),
    );
  }
  if (!cert) console.warn(bilingual('devCertMissing'));
  console.log(`\n${bilingual('devServing', { base })}`);
  if (base !== 'https://localhost:3000') console.log(`\n${bilingual('devManifestNote', { base })}`);
}

main().catch((error) => fail(bilingual('devStartFailed', { detail: String(error && error.message) })));
