// Writing a file never costs the file that was there: failures injected at every stage leave the
// previous bytes intact and no temporary file behind; success replaces the file.
import { chmodSync, mkdtempSync, promises, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as fsp from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  AtomicWriteError,
  writeFileAtomic,
  type AtomicFs,
  type AtomicHandle,
} from '../../../src/cli/atomic-write';
import { run } from './helpers';

const OLD = Buffer.from("PK\u0003\u0004 the officer's workbook, filled in over three weeks");

function folderWithTarget(): { dir: string; target: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pii-atomic-'));
  const target = join(dir, 'PII-2023.xlsx');
  writeFileSync(target, OLD);
  return { dir, target };
}

const realFs = fsp as unknown as AtomicFs;

/** The real file system, except that the temporary file's handle fails with `code` after writing half. */
function failingHalfway(code: string): AtomicFs & { tempPaths: string[] } {
  const tempPaths: string[] = [];
  return {
    tempPaths,
    realpath: (p) => fsp.realpath(p),
    stat: (p) => fsp.stat(p),
    rename: (a, b) => fsp.rename(a, b),
    unlink: (p) => fsp.unlink(p),
    async open(path, flags, mode) {
      const handle = await fsp.open(path, flags, mode);
      if (flags !== 'wx') return handle;
      tempPaths.push(path);
      const failing: AtomicHandle = {
        async write(buffer, offset, length) {
          const half = Math.max(1, Math.floor(length / 2));
          await handle.write(buffer, offset, half); // the disk takes half, then is full
          throw Object.assign(new Error(`${code}: no space left on device, write`), { code });
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
      return failing;
    },
  };
}

function expectUntouched(dir: string, target: string): void {
  expect(readFileSync(target)).toEqual(OLD);
  expect(readdirSync(dir)).toEqual(['PII-2023.xlsx']); // no temporary file left
}

test('success replaces the file, leaves no temporary file, keeps its permission bits', async () => {
  const { dir, target } = folderWithTarget();
  chmodSync(target, 0o640);
  const next = Buffer.alloc(300_000, 7);
  await writeFileAtomic(target, next);
  expect(readFileSync(target)).toEqual(next);
  expect(readdirSync(dir)).toEqual(['PII-2023.xlsx']);
  expect(statSync(target).mode & 0o777).toBe(0o640);
});

test('success creates a file that did not exist; chunks and text are written in order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pii-atomic-'));
  const target = join(dir, 'new.txt');
  async function* parts() {
    yield 'Hà Nội, ';
    yield Buffer.from('Hưng Yên');
  }
  await writeFileAtomic(target, parts());
  expect(readFileSync(target, 'utf8')).toBe('Hà Nội, Hưng Yên');
  expect(readdirSync(dir)).toEqual(['new.txt']);
});

test('disk full half-way (ENOSPC): old bytes intact, temporary file removed, bilingual error', async () => {
  const { dir, target } = folderWithTarget();
  const fs = failingHalfway('ENOSPC');
  const error = await writeFileAtomic(target, Buffer.alloc(100_000, 1), fs).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AtomicWriteError);
  expect(fs.tempPaths).toHaveLength(1); // the failure really happened in the temporary file
  expect((error as AtomicWriteError).code).toBe('ENOSPC');
  expect((error as AtomicWriteError).text.vi).toContain('ổ đĩa đã đầy');
  expect((error as AtomicWriteError).text.vi).toContain('Tệp cũ (nếu có) vẫn nguyên vẹn');
  expect((error as AtomicWriteError).text.en).toContain('the disk is full');
  expectUntouched(dir, target);
});

test('a producer that throws half-way: old bytes intact, temporary file removed', async () => {
  const { dir, target } = folderWithTarget();
  async function* broken() {
    yield Buffer.alloc(70_000, 2);
    throw new Error('exceljs ran out of memory');
  }
  const error = await writeFileAtomic(target, broken()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AtomicWriteError);
  expect((error as AtomicWriteError).text.en).toContain('exceljs ran out of memory');
  expectUntouched(dir, target);
});

test('the rename fails (Excel holds the file open on Windows: EPERM): old bytes intact, no temporary file', async () => {
  const { dir, target } = folderWithTarget();
  const fs: AtomicFs = {
    ...realFs,
    open: (p, f, m) => fsp.open(p, f, m),
    realpath: (p) => fsp.realpath(p),
    stat: (p) => fsp.stat(p),
    unlink: (p) => fsp.unlink(p),
    rename: async () => {
      throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
    },
  };
  const error = await writeFileAtomic(target, Buffer.alloc(10, 3), fs).catch((e: unknown) => e);
  expect((error as AtomicWriteError).text.en).toContain('the file may be open in Excel');
  expectUntouched(dir, target);
});

test('fsync fails: the rename never happens', async () => {
  const { dir, target } = folderWithTarget();
  const fs: AtomicFs = {
    ...realFs,
    realpath: (p) => fsp.realpath(p),
    stat: (p) => fsp.stat(p),
    unlink: (p) => fsp.unlink(p),
    rename: (a, b) => fsp.rename(a, b),
    async open(p, f, m) {
      const h = await fsp.open(p, f, m);
      if (f !== 'wx') return h;
      return {
        write: (b, o, l) => h.write(b, o, l),
        close: () => h.close(),
        sync: async () => {
          throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
        },
      };
    },
  };
  await expect(writeFileAtomic(target, Buffer.alloc(10, 4), fs)).rejects.toBeInstanceOf(AtomicWriteError);
  expectUntouched(dir, target);
});

describe('pii template --out', () => {
  afterEach(() => jest.restoreAllMocks());

  test('replaces an existing file', async () => {
    const { dir, target } = folderWithTarget();
    const r = await run('template', '--out', target);
    expect(r.code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(target).length).toBeGreaterThan(10_000);
    expect(readdirSync(dir)).toEqual(['PII-2023.xlsx']);
  });

  test('a failed write keeps the previous workbook and says so in both languages', async () => {
    const { dir, target } = folderWithTarget();
    // The CLI goes through fs/promises: make the final rename fail as it does when Excel has the file open.
    jest.spyOn(promises, 'rename').mockRejectedValue(Object.assign(new Error('EBUSY'), { code: 'EBUSY' }));
    const r = await run('template', '--out', target);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `pii template: Không ghi được tệp "${target}" (EBUSY: tệp đang được chương trình khác dùng`,
    );
    expect(r.err).toContain(`pii template: Cannot write the file "${target}" (EBUSY: the file is in use`);
    expect(r.err).not.toMatch(/\n\s+at /);
    expectUntouched(dir, target);
  });

  test('a folder that does not exist: bilingual message, exit 1', async () => {
    const r = await run('template', '--out', join(tmpdir(), 'no-such-folder-pii', 'x.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('thư mục không tồn tại');
    expect(r.err).toContain('the folder does not exist');
  });
});
