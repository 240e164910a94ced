// npm start on a port it cannot have (issue 9 C.12): both languages, how to pick another, exit 1,
// no EADDRINUSE stack. The probe answers before webpack loads, so these run in a moment.
import { spawn } from 'child_process';
import * as net from 'net';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

function start(port: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/start.js'], {
      cwd: ROOT,
      env: { ...process.env, PORT: port },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

test('the port is taken: a bilingual message with PORT=3100 npm start, exit 1, no stack', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, resolve)); // all interfaces, as the dev server listens
  const { port } = blocker.address() as net.AddressInfo;
  try {
    const r = await start(String(port));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`npm start: cổng ${port} đang được một chương trình khác dùng`);
    expect(r.err).toContain(`npm start: port ${port} is already in use by another program`);
    expect(r.err).toContain('PORT=3100 npm start');
    expect(r.err).not.toMatch(/EADDRINUSE|\n\s+at |Error:/);
    expect(r.out).toBe('');
  } finally {
    blocker.close();
  }
});

test.each(['abc', '70000', '30.5'])(
  'PORT=%s is not a port: said in both languages, exit 1',
  async (value) => {
    const r = await start(value);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`PORT="${value}" không phải một cổng (1-65535)`);
    expect(r.err).toContain(`PORT="${value}" is not a port (1-65535)`);
  },
);
