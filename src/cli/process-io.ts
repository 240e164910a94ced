// The CLI's real streams. stdout is buffered (one write per 64 KiB, not one per line: printing
// 32,000 provinces' results is then one syscall per chunk) and a closed reader ends output
// quietly: `pii catalog | head -1` closes the pipe after one line, and the next write fails with
// EPIPE, which Node would otherwise raise as an unhandled 'error' event with a stack trace.
import type { Io, Sink } from './io';

/** The subset of a Node writable stream the sinks use (process.stdout in production, fakes in tests). */
export interface OutStream {
  write(chunk: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/** Codes that mean "nobody reads any more": stop writing, not an error of the command. */
const READER_GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

export const CHUNK_CHARS = 64 * 1024;

/** A sink over one stream: buffered up to `chunkChars` characters (0 = write through). */
export class StreamSink implements Sink {
  private parts: string[] = [];
  private size = 0;
  /** The reader closed the stream (EPIPE): further output is dropped. */
  closed = false;
  /** A write failed for another reason (disk full behind `> file`...): its code. */
  failure: string | undefined;

  constructor(
    private readonly stream: OutStream,
    private readonly chunkChars: number,
  ) {
    // Attached before the first write: a stream error must never go unhandled.
    stream.on('error', (error) => this.fail(error));
  }

  write(chunk: string): void {
    if (this.closed) return;
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= this.chunkChars) this.flush();
  }

  /** Writes out whatever is buffered. Safe to call after the stream closed. */
  flush(): void {
    if (this.size === 0 || this.closed) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    try {
      this.stream.write(text);
    } catch (error) {
      this.fail(error as NodeJS.ErrnoException); // some streams throw instead of emitting
    }
  }

  private fail(error: NodeJS.ErrnoException): void {
    this.closed = true;
    this.parts = [];
    this.size = 0;
    if (!READER_GONE.has(error.code ?? '')) this.failure ??= error.code ?? error.message;
  }
}

export interface ProcessIo extends Io {
  stdout: StreamSink;
  stderr: StreamSink;
  /** Writes out buffered output; call once the command is done. */
  flush(): void;
}

/** Io over two streams (the process's own by default); stderr is written through, unbuffered. */
export function processIo(
  stdout: OutStream = process.stdout,
  stderr: OutStream = process.stderr,
  chunkChars = CHUNK_CHARS,
): ProcessIo {
  const out = new StreamSink(stdout, chunkChars);
  const err = new StreamSink(stderr, 0);
  return {
    stdout: out,
    stderr: err,
    flush: () => {
      out.flush();
      err.flush();
    },
  };
}
