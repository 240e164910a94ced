// "Xuất hồ sơ nộp Bộ / Export the submission" in the Versions tab, driven on the fake port: a
import { EVIDENCE_PARTS } from '../../../src/catalog/evidence';
// complete workbook exports at once; errors or missing evidence refuse it with the list of
// problems until the officer asks for an export marked INCOMPLETE; the downloaded bytes are read
// back with exceljs (a figure, the lead agency, the INCOMPLETE mark).
import { readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { builtinCatalog, type ProvinceInput } from '../../../src/catalog';
import { PACKAGE_TEXT } from '../../../src/messages/collect';
import { STRINGS } from '../../../src/messages/pane';
import { FakePort, STAMP } from './fixtures';
import { renderApp } from './render-app';

const COMPLETE = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'complete-2025.data.json'), 'utf8'),
) as ProvinceInput;
const catalog = builtinCatalog('2025');

function port2025(change?: (input: ProvinceInput) => void): FakePort {
  const port = new FakePort();
  port.state = { kind: 'current', stamp: { ...STAMP, edition: '2025', province: 'Bắc Ninh', year: 2025 } };
  const input = JSON.parse(JSON.stringify(COMPLETE)) as ProvinceInput;
  change?.(input);
  port.input = { ...input, cover: { province: 'Bắc Ninh', year: 2025 } };
  return port;
}

/** The blobs the pane handed to the browser as downloads (jsdom has no object URLs). */
const downloads: Blob[] = [];
beforeAll(() => {
  URL.createObjectURL = (blob: Blob) => {
    downloads.push(blob);
    return `blob:${downloads.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  // jsdom cannot navigate to a download link: the click is recorded, not followed.
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  downloads.length = 0;
});

function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** Every cell's text of the package's sheet, and its page header. */
async function readBack(blob: Blob): Promise<{ cells: string[]; header: string; names: string[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await bytesOf(blob));
  const sheet = book.worksheets[0];
  const cells: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
  const names = (book.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name);
  return { cells, header: sheet.headerFooter.oddHeader ?? '', names };
}

async function openVersions(port: FakePort) {
  renderApp(port);
  fireEvent.click(await screen.findByRole('tab', { name: STRINGS.tabVersions.vi }));
  return screen.findByTestId('export-package', {}, { timeout: 10000 });
}

async function download(): Promise<{ cells: string[]; header: string; names: string[] }> {
  fireEvent.click(screen.getByTestId('package-download'));
  await waitFor(() => expect(downloads).toHaveLength(1));
  return readBack(downloads[0]);
}

describe('export the submission', () => {
  test('a complete workbook: exported at once, figures and agency in the file, marked complete', async () => {
    const port = port2025();
    await port.lockVersion(catalog, 'Bản nộp lần 1');
    fireEvent.click(await openVersions(port));
    const made = await screen.findByTestId('package-made', {}, { timeout: 20000 });
    expect(made.textContent).toMatch(
      /Đã tạo hồ sơ "Hồ sơ nộp Bộ - PII 2025 - Bắc Ninh - 2025\.xlsx" với \d+ chỉ số\./,
    );
    expect(made.textContent).not.toContain('CHƯA HOÀN CHỈNH');
    expect(screen.queryByTestId('package-refused')).toBeNull();

    const { cells, header, names } = await download();
    // 5.2.2's numerator, its lead agency, the locked version; no INCOMPLETE anywhere.
    expect(cells).toContain(String(COMPLETE.values.ip_projects));
    expect(cells).toContain('Ban Quản lý các khu công nghiệp tỉnh');
    expect(cells.some((c) => c.includes('Bản nộp lần 1'))).toBe(true);
    expect(cells.some((c) => c.includes(PACKAGE_TEXT.complete.vi))).toBe(true);
    expect(cells.some((c) => c.includes(PACKAGE_TEXT.incomplete.vi))).toBe(false);
    expect(header).not.toContain(PACKAGE_TEXT.incomplete.vi);
    expect(names).toContain('PII_in_ip_projects');
  }, 60000);

  test('an error and a missing evidence: refused with both listed; forced, the file says INCOMPLETE', async () => {
    const port = port2025((input) => {
      input.values.st_orgs = -3;
      for (const p of EVIDENCE_PARTS) input[p]!.ip_projects = '';
    });
    fireEvent.click(await openVersions(port));
    const refused = await screen.findByTestId('package-refused', {}, { timeout: 20000 });
    expect(refused.textContent).toContain(
      'Chưa xuất hồ sơ: còn 1 lỗi chưa xử lý và 1 số liệu thiếu hoặc chưa đủ minh chứng.',
    );
    const problems = within(screen.getByTestId('package-problems')).getAllByRole('listitem');
    expect(problems.map((p) => p.textContent)).toEqual([
      expect.stringMatching(/^Lỗi \(PII_in_st_orgs\): /),
      expect.stringMatching(/^Minh chứng thiếu hoặc chưa đủ \(PII_ev_ip_projects\): /),
    ]);
    // Nothing was offered or downloaded.
    expect(screen.queryByTestId('package-made')).toBeNull();
    expect(screen.queryByTestId('package-download')).toBeNull();
    expect(downloads).toHaveLength(0);

    // The officer insists: exported, marked INCOMPLETE in the pane and in the file.
    fireEvent.click(screen.getByTestId('export-package-force'));
    const made = await screen.findByTestId('package-made', {}, { timeout: 20000 });
    expect(made.textContent).toContain('CHƯA HOÀN CHỈNH');
    expect(screen.queryByTestId('package-refused')).toBeNull();
    const { cells, header } = await download();
    expect(cells.some((c) => c.includes(PACKAGE_TEXT.incomplete.vi))).toBe(true);
    expect(header).toContain(PACKAGE_TEXT.incomplete.vi);
    expect(cells).toContain('-3');
    expect(cells).toContain('Ban Quản lý các khu công nghiệp tỉnh');
    expect(cells.some((c) => c.includes(PACKAGE_TEXT.noEvidence.vi))).toBe(true);

    // Fixed in the workbook: the next press reads it again and exports without asking.
    port.input = port2025().input;
    fireEvent.click(screen.getByTestId('export-package'));
    await waitFor(() =>
      expect(screen.getByTestId('package-made').textContent).not.toContain('CHƯA HOÀN CHỈNH'),
    );
  }, 60000);

  test('in English: the refusal counts in English plurals', async () => {
    const port = port2025((input) => {
      for (const p of EVIDENCE_PARTS) input[p]!.ip_projects = '';
    });
    await openVersions(port);
    fireEvent.click(screen.getByTestId('lang-switch'));
    fireEvent.click(screen.getByTestId('export-package'));
    const refused = await screen.findByTestId('package-refused', {}, { timeout: 20000 });
    expect(refused.textContent).toContain(
      'Not exported: 0 unresolved errors and 1 figure without complete evidence remain.',
    );
    expect(screen.getByTestId('export-package-force').textContent).toBe('Export marked INCOMPLETE');
  }, 60000);
});
