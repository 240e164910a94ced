// Writing a file must never cost the officer a file they had. Every file the project writes goes
// through writeFileAtomic: the bytes go to a temporary file beside the target (same folder, so
// same disk), are flushed to the disk (fsync), and only then renamed over the target, which
// replaces it in one step. A failure at any point (disk full, a generator that throws, Excel
// holding the file open) removes the temporary file and leaves the old target as it was.
import { randomBytes } from 'crypto';
import * as fsp from 'fs/promises';
import { basename, dirname, join } from 'path';
import type { Text } from '../catalog';
import { message, type MessageKey } from './messages';

/** What to write: bytes, text (UTF-8), or chunks of either, possibly produced asynchronously. */
export type FileContent =
  string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** The file-system calls writeFileAtomic makes (fs/promises by default; tests inject failures). */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<AtomicHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
  realpath(path: string): Promise<string>;
}

export interface AtomicHandle {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** A failed write: `code` is the system error code (ENOSPC...), `text` the bilingual message. */
export class AtomicWriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    readonly text: Text,
  ) {
    super(`${text.vi} / ${text.en}`);
    this.name = 'AtomicWriteError';
  }
}

const REASONS: Record<string, MessageKey> = {
  ENOSPC: 'writeReasonENOSPC',
  EACCES: 'writeReasonEACCES',
  EPERM: 'writeReasonEPERM',
  EBUSY: 'writeReasonEBUSY',
  ENOENT: 'writeReasonENOENT',
  ENOTDIR: 'writeReasonENOTDIR',
  EISDIR: 'writeReasonEISDIR',
  EROFS: 'writeReasonEROFS',
  EDQUOT: 'writeReasonEDQUOT',
};

/** The bilingual "cannot write PATH (CODE: what it means); the old file is untouched" message. */
export function writeFailedText(path: string, code: string): Text {
  const reason = REASONS[code];
  return message('writeFailed', { path, code, reason: reason ? message(reason) : '' });
}

function chunksOf(content: FileContent): Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> {
  return typeof content === 'string' || content instanceof Uint8Array ? [content] : content;
}

async function writeAll(handle: AtomicHandle, content: FileContent): Promise<void> {
  for await (const chunk of chunksOf(content)) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
      if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
      offset += bytesWritten;
    }
  }
}

/** A name no other writer uses: hidden, beside the target, with the process id and 8 random hex digits. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `content` to `target` atomically: either the whole new content is there afterwards, or
 * the previous file (if any) is, byte for byte; no temporary file is left behind either way. A
 * symbolic link is followed (the file it points to is replaced). An existing file's permission bits
 * are kept. Throws AtomicWriteError (with the system error code and a bilingual message) on failure.
 */
export async function writeFileAtomic(
  target: string,
  content: FileContent,
  fs: AtomicFs = fsp as unknown as AtomicFs,
): Promise<void> {
  const real = await fs.realpath(target).catch(() => target);
  const mode = await fs.stat(real).then(
    (s) => s.mode & 0o777,
    () => 0o666,
  );
  const temp = tempPathFor(real);
  let handle: AtomicHandle | undefined;
  let created = false;
  try {
    handle = await fs.open(temp, 'wx', mode);
    created = true;
    await writeAll(handle, content);
    await handle.sync();
    const h = handle;
    handle = undefined;
    await h.close();
    await fs.rename(temp, real);
    created = false;
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    const code =
      (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new AtomicWriteError(target, code, writeFailedText(target, code));
  }
  await syncFolder(fs, dirname(real));
}

/** Makes the rename itself durable (POSIX); folders cannot be opened on Windows, so best effort. */
async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  try {
    const dir = await fs.open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // Not fatal: the file is complete and in place.
  }
}
