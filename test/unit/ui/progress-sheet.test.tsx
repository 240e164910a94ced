// "Ghi tiến độ vào sổ / Write progress to a sheet" from the progress view, on the fake port: the
// rows handed to the port are the table the pane shows (same counts, the deadline and days left),
// in the officer's language; a refused write is shown beside the button and the table stays.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { WorkbookRefusal } from '../../../src/excel/refusal';
import { STRINGS } from '../../../src/messages/pane';
import { FakePort, STAMP } from './fixtures';
import { renderApp } from './render-app';

function openProgress(): FakePort {
  const port = new FakePort();
  port.state = { kind: 'current', stamp: STAMP };
  port.input = {
    ...port.input,
    cover: { province: STAMP.province, year: STAMP.year, deadline: '31/12/2099' },
  };
  renderApp(port);
  fireEvent.click(screen.getByRole('tab', { name: new RegExp(STRINGS.tabValidation.vi) }));
  return port;
}

describe('write progress to a sheet', () => {
  test('the rows are the table shown: per agency and per indicator, with the deadline and days left', async () => {
    const port = openProgress();
    fireEvent.click(await screen.findByTestId('toggle-progress', {}, { timeout: 10000 }));
    const agencies = await screen.findByTestId('progress-agencies', {}, { timeout: 10000 });
    fireEvent.click(screen.getByTestId('write-progress'));
    expect((await screen.findByTestId('progress-written', {}, { timeout: 10000 })).textContent).toContain(
      'Đã ghi tiến độ vào trang "Tiến độ".',
    );
    expect(port.progressSheets).toHaveLength(1);
    const { rows, title, sheetName } = port.progressSheets[0];
    expect([sheetName, rows[0][0]]).toEqual(['Tiến độ', title]);
    expect(rows[3]).toEqual([
      'Theo',
      'Tên',
      'Chỉ số / Cơ quan chủ trì',
      'Đã nhập',
      'Bắt buộc',
      'Lỗi',
      'Cảnh báo',
      'Minh chứng đủ',
      'Minh chứng cần',
      'Hạn nộp',
      'Còn (ngày)',
    ]);
    // Every agency row of the pane's table is a row of the sheet, with the same counts.
    const shownRows = within(agencies).getAllByRole('row').slice(1);
    const agencyRows = rows.filter((r) => r[0] === 'Cơ quan chủ trì');
    expect(agencyRows).toHaveLength(shownRows.length);
    shownRows.forEach((tr, i) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent);
      const r = agencyRows[i];
      expect([cells[1], cells[2], cells[3], cells[4]]).toEqual([
        `${r[3]}/${r[4]}`,
        String(r[5]),
        String(r[6]),
        `${r[7]}/${r[8]}`,
      ]);
    });
    const dard = agencyRows.find((r) => String(r[2]).includes('7.1.2'))!;
    const days = /còn ([\d.]+) ngày/.exec(screen.getByTestId('progress-deadline').textContent ?? '')![1];
    expect(dard.slice(9)).toEqual(['31/12/2099', Number(days.replace(/\./g, ''))]);
    // One row per indicator of the catalog, after a blank row.
    expect(rows.filter((r) => r[0] === 'Chỉ số')).toHaveLength(
      within(screen.getByTestId('progress-indicators')).getAllByRole('row').length - 1,
    );
    expect(rows.every((r) => r.length === 11)).toBe(true);
    // Nothing was written when the view opened: only on the button.
    expect(port.loads).toHaveLength(0);
    expect(port.snapshots).toHaveLength(0);
  }, 30000);

  test('in English: the sheet is "Progress"; a refused write says why and the table stays', async () => {
    const port = openProgress();
    fireEvent.click(screen.getByTestId('lang-switch'));
    fireEvent.click(await screen.findByTestId('toggle-progress', {}, { timeout: 10000 }));
    await screen.findByTestId('progress-agencies', {}, { timeout: 10000 });
    const refusal = new WorkbookRefusal('structureProtected', {
      vi: 'Cấu trúc sổ tính đang bị khóa.',
      en: 'The workbook structure is protected.',
    });
    const write = port.writeProgress.bind(port);
    port.writeProgress = () => Promise.reject(refusal);
    fireEvent.click(screen.getByTestId('write-progress'));
    expect((await screen.findByTestId('progress-write-error')).textContent).toContain(
      'The workbook structure is protected.',
    );
    expect(screen.getByTestId('progress-agencies')).toBeTruthy();
    port.writeProgress = write;
    fireEvent.click(screen.getByTestId('write-progress'));
    await waitFor(() =>
      expect(screen.getByTestId('progress-written').textContent).toContain(
        'Progress written to the sheet "Progress".',
      ),
    );
    expect(screen.queryByTestId('progress-write-error')).toBeNull();
    expect(port.progressSheets[0].rows[3][0]).toBe('By');
  }, 30000);
});
