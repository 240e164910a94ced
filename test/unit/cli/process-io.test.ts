// The process streams' sink: output buffered in chunks, a closed reader silences it, other write
// failures are kept for runCli to report.
import { EventEmitter } from 'events';
import { processIo, StreamSink } from '../../../src/cli/process-io';
import { runCli } from '../../../src/cli/run';

class FakeStream extends EventEmitter {
  writes: string[] = [];
  constructor(private readonly failWith?: string) {
    super();
  }
  write(chunk: string): boolean {
    if (this.failWith) {
      const error = Object.assign(new Error(`write ${this.failWith}`), { code: this.failWith });
      process.nextTick(() => this.emit('error', error)); // as a net.Socket reports it
      return false;
    }
    this.writes.push(chunk);
    return true;
  }
}

test('lines are written in chunks, not one write per line, and nothing is lost', () => {
  const stream = new FakeStream();
  const sink = new StreamSink(stream, 1000);
  for (let i = 0; i < 500; i++) sink.write(`line ${i}\n`);
  sink.flush();
  expect(stream.writes.length).toBeLessThan(10);
  expect(stream.writes.join('')).toBe(Array.from({ length: 500 }, (_, i) => `line ${i}\n`).join(''));
});

test('EPIPE closes the sink quietly: no throw, later output dropped, no failure recorded', async () => {
  const stream = new FakeStream('EPIPE');
  const sink = new StreamSink(stream, 0);
  sink.write('a\n');
  await new Promise((r) => setImmediate(r));
  expect(sink.closed).toBe(true);
  expect(() => sink.write('b\n')).not.toThrow();
  expect(sink.failure).toBeUndefined();
});

test('runCli: stdout closed by the reader -> the command still exits 0, stderr untouched', async () => {
  const out = new FakeStream('EPIPE');
  const err = new FakeStream();
  const code = await runCli(['catalog'], processIo(out, err, 0));
  expect(code).toBe(0);
  expect(err.writes).toEqual([]);
});

test('runCli: another write failure (ENOSPC) -> exit 1 and a bilingual message on stderr', async () => {
  const out = new FakeStream('ENOSPC');
  const err = new FakeStream();
  const code = await runCli(['catalog'], processIo(out, err));
  expect(code).toBe(1);
  expect(err.writes.join('')).toContain('pii: không ghi được kết quả ra đầu ra chuẩn (ENOSPC)');
  expect(err.writes.join('')).toContain('pii: cannot write the output to standard output (ENOSPC)');
});
