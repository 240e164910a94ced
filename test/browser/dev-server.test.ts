// `npm start` (scripts/start.js) really serves the pages: spawned on a free port, as a newcomer would run it.
import { spawn, type ChildProcess } from 'child_process';
import * as net from 'net';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
let server: ChildProcess;
let output = '';
let base = '';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  server = spawn(process.execPath, ['scripts/start.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /served at (https?:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearInterval(timer);
        base = match[1];
        resolve();
      } else if (server.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`npm start exited: ${output}`));
      }
    }, 100);
  });
});

afterAll(() => {
  server?.kill();
});

test('prints the next steps: sideloading on the web and on desktop, and the preview URL', () => {
  expect(output).toContain('Upload My Add-in');
  expect(output).toContain('npx office-addin-debugging start manifest.xml');
  expect(output).toContain(`${base}/preview.html`);
});

test.each([
  'taskpane.html',
  'preview.html',
  'commands.html',
  'help.html',
  'manifest.xml',
  'assets/icon-32.png',
])('serves /%s', async (page) => {
  // The dev server answers once its first compilation is done.
  const response = await fetch(`${base.replace('localhost', '127.0.0.1')}/${page}`);
  expect(response.status).toBe(200);
  expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
});

test('the served manifest points at the port and scheme actually served, not https://localhost:3000', async () => {
  const manifest = await (await fetch(`${base.replace('localhost', '127.0.0.1')}/manifest.xml`)).text();
  const own = [...manifest.matchAll(/https?:\/\/localhost[^"<\s;`]*/g)].map((m) => m[0]);
  expect(own.length).toBeGreaterThan(8);
  for (const url of own) expect(url.startsWith(`${base}/`) || url === base).toBe(true);
  expect(base).not.toBe('https://localhost:3000'); // a free port, so the rewrite is really tested
});

test('on another port, the output says to sideload the served manifest', () => {
  expect(output).toContain(`${base}/manifest.xml`);
});
