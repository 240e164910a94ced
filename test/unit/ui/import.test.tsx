// The import panel of the progress view, over the Office JS adapter on the workbook double: pick
// the agency's file, see the conflict side by side (default: keep the master), take the agency's
// side, write; the imported figures and their source are listed; an interrupted write says that
// nothing is lost and the second press finishes it without logging it twice.
import './text-encoder';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { parseImportLog } from '../../../src/collect';
import { NAMES } from '../../../src/plan';
import { I18nProvider } from '../../../src/ui/i18n';
import ImportPanel from '../../../src/ui/progress/ImportPanel';
import type { SettingsStore } from '../../../src/ui/settings';
import type { WorkbookPort } from '../../../src/excel/port';
import { AGENCY_FIGURES, agencyFile, catalog2025, masterBook, valueOf } from '../excel/import-support';

afterEach(cleanup);

const NOW = new Date('2025-03-02T09:00:00.000Z');

function renderPanel(port: WorkbookPort, onImported = jest.fn(), lang: 'vi' | 'en' = 'vi') {
  const data = new Map<string, string>([['pii.lang', lang]]);
  const settings: SettingsStore = { get: (k) => data.get(k), set: (k, v) => void data.set(k, v) };
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider settings={settings}>
        <ImportPanel port={port} catalog={catalog2025} onImported={onImported} now={() => NOW} />
      </I18nProvider>
    </FluentProvider>,
  );
  return onImported;
}

async function pick(files: File[]) {
  const input = await screen.findByTestId('import-files');
  await act(async () => {
    fireEvent.change(input, { target: { files } });
  });
  return screen.findByTestId('import-preview', {}, { timeout: 20000 });
}

const OCOP = NAMES.input('ocop_products_4star');

/** The log sheet's rows as the double holds them (A1 on, 9 columns). */
function logRows(book: Awaited<ReturnType<typeof masterBook>>['book']): unknown[][] {
  const sheet = 'Nhật ký nhập';
  if (!book.sheetNames().includes(sheet)) return [];
  return Array.from({ length: 20 }, (_r, r) =>
    Array.from({ length: 9 }, (_c, c) => book.getCell(sheet, `${String.fromCharCode(65 + c)}${r + 1}`).value),
  );
}

test('pick a file, see the conflict, take the agency side, write; the import and the sources are listed', async () => {
  const { book, port } = await masterBook();
  const bytes = await agencyFile(book, AGENCY_FIGURES);
  const onImported = renderPanel(port);
  expect((await screen.findByTestId('import-sources')).textContent).toContain(
    'Chưa có số liệu nào được nhập',
  );

  const preview = await pick([
    new File([new Uint8Array(bytes)], 'Sở NN&PTNT.xlsx'),
    new File(['not a workbook'], 'ghi chú.xlsx'),
  ]);
  expect(within(preview).getByTestId('import-refused').textContent).toContain(
    'Từ chối tệp "ghi chú.xlsx": không đọc được như một tệp .xlsx (',
  );
  expect(screen.getByTestId('import-summary').textContent).toBe(
    'Tệp được nhận: 1. Số liệu sẽ nhập: 2; xung đột cần quyết định: 1; bỏ qua (không do cơ quan đó chủ trì): 1; trùng với sổ: 0.',
  );
  const row = screen.getByTestId('import-conflicts').querySelector(`tr[data-name="${OCOP}"]`) as HTMLElement;
  const cells = within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
  expect(cells.slice(0, 4)).toEqual([
    'Số sản phẩm OCOP đạt từ 4 sao trở lên (năm nay)',
    '250',
    '260',
    'Sở NN&PTNT.xlsx',
  ]);
  // Default: keep the master. Nothing is written before the button.
  expect((within(row).getByLabelText('Giữ số tổng hợp') as HTMLInputElement).checked).toBe(true);
  expect(valueOf(book, OCOP)).toBe(250);
  expect(book.sheetNames()).not.toContain('Nhật ký nhập');

  fireEvent.click(within(row).getByLabelText('Lấy số của cơ quan'));
  await act(async () => {
    fireEvent.click(screen.getByTestId('import-apply'));
  });
  await screen.findByTestId('import-done');
  expect(screen.getByTestId('import-done').textContent).toContain(
    'Đã ghi 3 số liệu vào sổ; nguồn gốc được ghi ở trang "Nhật ký nhập".',
  );
  expect(valueOf(book, OCOP)).toBe(260);
  expect(valueOf(book, NAMES.previous('ocop_products_4star'))).toBe(240);
  expect(valueOf(book, NAMES.input('communes'))).toBe(99);
  expect(onImported).toHaveBeenCalledTimes(1);

  const imported = screen.getByTestId('import-imported');
  const ocop = imported.querySelector(`tr[data-name="${OCOP}"]`) as HTMLElement;
  expect(within(ocop).getAllByRole('cell')[1].textContent).toBe('250 → 260');
  expect(within(ocop).getAllByRole('cell')[2].textContent).toBe('Sở NN&PTNT.xlsx');
  // The sources come from the log sheet, read back.
  await waitFor(() =>
    expect(screen.getByTestId('import-sources').querySelectorAll('tbody tr')).toHaveLength(3),
  );
  const source = screen.getByTestId('import-sources').querySelector(`tr[data-name="${OCOP}"]`)!;
  expect(source.textContent).toContain('Sở NN&PTNT.xlsx');
  expect(screen.queryByTestId('import-preview')).toBeNull();
}, 60000);

test('an interrupted write: nothing lost, said in words; the second press finishes and logs once', async () => {
  const { book, port } = await masterBook();
  const bytes = await agencyFile(book, AGENCY_FIGURES);
  renderPanel(port);
  await pick([new File([new Uint8Array(bytes)], 'dard.xlsx')]);
  // Writes: the log's header, its rows, then the two imported figures: the second figure fails,
  // the log rows and the first figure stay applied (no rollback), the rest is dropped.
  book.failCommand('Range.formulas', 4, 'GeneralException');
  await act(async () => {
    fireEvent.click(screen.getByTestId('import-apply'));
  });
  const error = await screen.findByTestId('import-error');
  expect(error.textContent).toMatch(/Chưa ghi xong: .+\. Không mất số liệu nào/);
  const entries = () => parseImportLog(logRows(book)).filter((e) => e.importedAt === NOW.toISOString());
  expect(entries()).toHaveLength(4);
  expect(valueOf(book, NAMES.previous('ocop_products_4star'))).toBe(240);
  expect(valueOf(book, NAMES.evidence('ocop_products_4star'))).toBe('');
  // The choice is locked while the same import is retried.
  const row = screen.getByTestId('import-conflicts').querySelector(`tr[data-name="${OCOP}"]`) as HTMLElement;
  expect((within(row).getByLabelText('Lấy số của cơ quan') as HTMLInputElement).disabled).toBe(true);

  book.clearFaults();
  await act(async () => {
    fireEvent.click(screen.getByTestId('import-apply'));
  });
  await screen.findByTestId('import-done');
  expect(entries()).toHaveLength(4);
  expect(valueOf(book, NAMES.previous('ocop_products_4star'))).toBe(240);
  expect(valueOf(book, NAMES.evidence('ocop_products_4star'))).toBe('QĐ 15/QĐ-UBND');
  expect(valueOf(book, OCOP)).toBe(250);
}, 60000);

test('in English: the summary and the conflict columns', async () => {
  const { book, port } = await masterBook();
  const bytes = await agencyFile(book, AGENCY_FIGURES);
  renderPanel(port, jest.fn(), 'en');
  await pick([new File([new Uint8Array(bytes)], 'dard.xlsx')]);
  expect(screen.getByTestId('import-summary').textContent).toBe(
    "Files accepted: 1. Figures to import: 2; conflicts to decide: 1; ignored (not the agency's): 1; equal to the master: 0.",
  );
  expect(screen.getByRole('columnheader', { name: 'Agency sent' })).toBeTruthy();
  expect(screen.getByLabelText("Keep the master's")).toBeTruthy();
}, 60000);
