// Component tests of the task pane against a scriptable port: every state the issue names (no
// template, stale template, tampered formulas, no findings, many findings, missing benchmarks,
// scoring result), the language switch, and the ribbon's ?action=score.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { builtinCatalog, loadCatalog, type ProvinceInput } from '../../../src/catalog';
import { EVIDENCE_PARTS } from '../../../src/catalog/evidence';
import { scoreProvince } from '../../../src/scoring';
import { validate } from '../../../src/validation';
import { buildPlan, cellAddress } from '../../../src/plan';
import { App } from '../../../src/ui/App';
import { STRINGS as FIRST_STRINGS } from '../../../src/messages/pane';
import { MORE_STRINGS } from '../../../src/messages/pane-more';
import { LANG_SETTING, type SettingsStore } from '../../../src/ui/settings';
import { BENCHMARKS, FakePort, STAMP, VALID_VALUES, validInput } from './fixtures';
import bacNinhCatalog from '../../fixtures/bac-ninh-2025.catalog.json';
import bacNinhData from '../../fixtures/bac-ninh-2025.data.json';

const STRINGS = { ...FIRST_STRINGS, ...MORE_STRINGS };

function memorySettings(initial: Record<string, string> = {}): SettingsStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, get: (k) => data.get(k), set: (k, v) => void data.set(k, v) };
}

function renderPane(port: FakePort | null, options: { action?: string; settings?: SettingsStore } = {}) {
  const settings = options.settings ?? memorySettings();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} settings={settings} action={options.action ?? null} debounceMs={5} />
    </FluentProvider>,
  );
  return { ...view, settings };
}

const catalog = builtinCatalog('2023');
const current = (): FakePort => {
  const port = new FakePort();
  port.state = { kind: 'current', stamp: STAMP };
  return port;
};
const openTab = (name: string) => fireEvent.click(screen.getByRole('tab', { name: new RegExp(name) }));
const vi2 = (n: number) => n.toFixed(2).replace('.', ',');

describe('a load that Excel interrupts', () => {
  test('a leftover backup: the template tab says how many figures are safe and where, in each language', async () => {
    const port = current();
    port.state = {
      ...port.state,
      interrupted: { sheets: ['Sao lưu PII (backup)'], figures: 92 },
    } as typeof port.state;
    renderPane(port);
    const notice = await screen.findByTestId('interrupted-load');
    expect(notice.textContent).toContain('92 số liệu vẫn an toàn ở sheet "Sao lưu PII (backup)"');
    fireEvent.click(screen.getByRole('button', { name: STRINGS.switchLanguageLabel.vi }));
    await waitFor(() =>
      expect(screen.getByTestId('interrupted-load').textContent).toContain('92 figures are safe'),
    );
  });

  test('a refused or interrupted load shows the reason in the officer language, then the retry reports the recovery', async () => {
    const { WorkbookRefusal } = await import('../../../src/excel/refusal');
    const { loadInterrupted } = await import('../../../src/excel/refusal');
    const port = current();
    port.loadFailure = new WorkbookRefusal('loadInterrupted', loadInterrupted('GeneralException'));
    renderPane(port);
    fireEvent.click(await screen.findByTestId('load-template'));
    fireEvent.click(await screen.findByTestId('confirm-yes'));
    const outcome = await screen.findByTestId('template-outcome');
    expect(outcome.textContent).toContain('Không mất số liệu nào');
    expect(outcome.textContent).not.toContain('No figure is lost');
    port.recovered = { restored: 92, sheets: ['Sao lưu PII (backup)'] };
    fireEvent.click(screen.getByTestId('load-template'));
    fireEvent.click(await screen.findByTestId('confirm-yes'));
    await waitFor(() =>
      expect(screen.getByTestId('template-outcome').textContent).toContain('đưa lại 92 số liệu'),
    );
  });

  test('after a load the pane subscribes to edits again (re-created sheets are watched)', async () => {
    const port = current();
    renderPane(port);
    await waitFor(() => expect(port.subscriptions).toBe(1));
    fireEvent.click(await screen.findByTestId('load-template'));
    fireEvent.click(await screen.findByTestId('confirm-yes'));
    await screen.findByTestId('template-outcome');
    await waitFor(() => expect(port.subscriptions).toBe(2));
    expect(port.listenerCount).toBe(1);
  });
});

describe('editions', () => {
  test('the most recent edition first; an edition whose list is not public says so, in each language', async () => {
    renderPane(new FakePort());
    const select = (await screen.findByTestId('edition')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['2025', '2024', '2023']);
    expect(select.value).toBe('2025');
    expect(screen.getByTestId('edition-assumption').textContent).toContain('chưa được công bố');
    const provinces = screen.getByTestId('province') as HTMLSelectElement;
    expect(provinces.options).toHaveLength(35); // "choose" + the 34 units of 2025
    fireEvent.change(select, { target: { value: '2023' } });
    expect(screen.queryByTestId('edition-assumption')).toBeNull();
    expect((screen.getByTestId('province') as HTMLSelectElement).options).toHaveLength(64);
    fireEvent.change(select, { target: { value: '2024' } });
    fireEvent.click(screen.getByRole('button', { name: STRINGS.switchLanguageLabel.vi }));
    await waitFor(() => expect(screen.getByTestId('edition-assumption').textContent).toContain('not public'));
  });
});

describe('template section', () => {
  test('a load that moved an officer sheet out of the way says so, with both names', async () => {
    const port = new FakePort();
    port.renamedSheets = [
      { from: 'Kết quả', to: 'Kết quả (của bạn)', reason: { vi: 'trùng tên', en: 'name clash' } },
    ];
    renderPane(port);
    fireEvent.change(await screen.findByTestId('province'), { target: { value: 'Hưng Yên' } });
    fireEvent.click(screen.getByTestId('load-template'));
    const outcome = await screen.findByTestId('template-outcome');
    expect(outcome.textContent).toContain('Trang "Kết quả" của bạn');
    expect(outcome.textContent).toContain('"Kết quả (của bạn)"');
  });

  test('no template: says so, validation and scores ask for it, loading builds it with the chosen options', async () => {
    const port = new FakePort();
    renderPane(port);
    expect(await screen.findByText(STRINGS.noTemplate.vi)).toBeTruthy();
    openTab(STRINGS.tabValidation.vi);
    expect(screen.getAllByText(STRINGS.needsTemplate.vi).length).toBeGreaterThan(0);
    openTab(STRINGS.tabTemplate.vi);

    // Without a province the load is refused with a message, not sent.
    fireEvent.click(screen.getByTestId('load-template'));
    expect(await screen.findByText(STRINGS.provinceMissing.vi)).toBeTruthy();
    expect(port.loads).toHaveLength(0);

    fireEvent.change(screen.getByTestId('edition'), { target: { value: '2023' } });
    const province = screen.getByTestId('province') as HTMLSelectElement;
    expect(province.options.length).toBe(63 + 1);
    fireEvent.change(province, { target: { value: 'Hưng Yên' } });
    fireEvent.change(screen.getByTestId('year'), { target: { value: '2023' } });
    fireEvent.click(screen.getByTestId('load-template'));
    const outcome = await screen.findByTestId('template-outcome');
    expect(outcome.textContent).toContain('Đã tải mẫu');
    expect(port.loads).toEqual([expect.objectContaining({ province: 'Hưng Yên', year: 2023, lang: 'vi' })]);
    expect(port.loads[0].catalog.edition).toBe('2023');
    expect((await screen.findByTestId('template-state')).textContent).toContain('Hưng Yên');
    // The findings now follow the template: the pane subscribed to edits.
    await waitFor(() => expect(port.listenerCount).toBe(1));
  });

  test('stale template: offers the lossless upgrade and asks before running it', async () => {
    const port = new FakePort();
    port.state = { kind: 'stale', stamp: { ...STAMP, templateVersion: '0.9.0' } };
    renderPane(port);
    expect((await screen.findByTestId('template-state')).textContent).toContain('0.9.0');
    const upgrade = screen.getByRole('button', { name: STRINGS.upgradeTemplate.vi });
    fireEvent.click(upgrade);
    const confirm = await screen.findByTestId('confirm');
    expect(confirm.textContent).toContain(STRINGS.confirmUpgrade.vi);
    expect(port.loads).toHaveLength(0);
    // Cancel leaves everything alone.
    fireEvent.click(within(confirm).getByRole('button', { name: STRINGS.cancel.vi }));
    expect(screen.queryByTestId('confirm')).toBeNull();
    fireEvent.click(upgrade);
    fireEvent.click(await screen.findByTestId('confirm-yes'));
    await screen.findByTestId('template-outcome');
    expect(port.loads).toHaveLength(1);
    expect(port.loads[0].province).toBe(STAMP.province);
  });

  test('tampered formulas: the check lists them, repair asks first and restores', async () => {
    const port = current();
    port.integrity = {
      missingSheets: [],
      tampered: [
        { sheet: 'Kết quả', address: 'D5', name: 'PII_score_2_1_3', expected: '=IF(...)', found: '42' },
        { sheet: 'Nhập liệu', address: 'H12', expected: '=IF(ISNUMBER(x),1,0)', found: '' },
      ],
    };
    renderPane(port);
    fireEvent.click(await screen.findByTestId('check-formulas'));
    const outcome = await screen.findByTestId('template-outcome');
    expect(outcome.textContent).toContain('Có 2 ô công thức bị sửa');
    expect(outcome.textContent).toContain('Kết quả!D5');
    fireEvent.click(screen.getByTestId('repair-formulas'));
    expect((await screen.findByTestId('confirm')).textContent).toContain('Khôi phục 2 ô công thức');
    expect(port.repairs).toBe(0);
    fireEvent.click(screen.getByTestId('confirm-yes'));
    await waitFor(() =>
      expect(screen.getByTestId('template-outcome').textContent).toContain('Đã khôi phục công thức'),
    );
    expect(port.repairs).toBe(1);
    expect(screen.queryByTestId('repair-formulas')).toBeNull();
  });

  describe('apply framework', () => {
    /** The Danh mục sheet's values as the template writes them, and where a column of a row is. */
    const frameworkSheet = () => {
      const plan = buildPlan(catalog, { province: STAMP.province, year: STAMP.year, lang: 'vi' });
      const sheet = plan.sheets.find((x) => x.key === 'framework')!;
      const values: (string | number | boolean | null)[][] = [];
      for (const b of sheet.blocks)
        b.cells.forEach((row, i) =>
          row.forEach((c, j) => {
            if (c !== null && 'value' in c) (values[b.row + i] ??= [])[b.col + j] = c.value;
          }),
        );
      const grid = Array.from(values, (r) => Array.from(r ?? [], (v) => v ?? null));
      const head = grid.findIndex((r) => r[0] === 'Chỉ số thành phần') + 1;
      const at = (code: string, header: string) => ({
        row: grid.findIndex((r) => r[0] === code),
        col: grid[head].indexOf(header),
      });
      return { sheet: sheet.name, values: grid, at };
    };

    test('validated first, confirmed, then the reload uses the edited catalog', async () => {
      const port = current();
      const fw = frameworkSheet();
      const { row, col } = fw.at('2.2.2', 'Mẫu số (mã thành phần)');
      fw.values[row][col] = 'grdp';
      port.framework = { sheet: fw.sheet, values: fw.values };
      renderPane(port);
      fireEvent.click(await screen.findByRole('button', { name: STRINGS.applyFramework.vi }));
      const confirm = await screen.findByTestId('confirm');
      expect(confirm.textContent).toContain(`Danh mục hợp lệ: ${catalog.indicators.length} chỉ số`);
      expect(port.frameworkReads).toBe(1);
      expect(port.loads).toHaveLength(0);
      fireEvent.click(screen.getByTestId('confirm-yes'));
      await screen.findByTestId('template-outcome');
      expect(port.loads).toHaveLength(1);
      expect(port.loads[0].catalog.indicators.find((i) => i.code === '2.2.2')!.formula).toMatchObject({
        denominator: ['grdp'],
      });
      expect(port.loads[0].province).toBe(STAMP.province);
    });

    test('a reload over edits not applied says so, offers to apply them, and reports the sheet kept', async () => {
      const port = current();
      const fw = frameworkSheet();
      port.framework = { sheet: fw.sheet, values: fw.values.map((r) => [...r]) };
      renderPane(port);
      // Unedited: the reload's confirm says nothing about the framework.
      fireEvent.click(await screen.findByRole('button', { name: STRINGS.reloadTemplate.vi }));
      expect((await screen.findByTestId('confirm')).textContent).not.toContain('chưa áp dụng');
      expect(screen.queryByTestId('confirm-apply-framework')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: STRINGS.cancel.vi }));

      const row = fw.values.findIndex((r) => r[0] === '1.1' && r[2] === 'Môi trường chính sách');
      port.framework.values[row][2] = 'Thể chế mới';
      fireEvent.click(screen.getByRole('button', { name: STRINGS.reloadTemplate.vi }));
      const confirm = await screen.findByTestId('confirm');
      expect(confirm.textContent).toContain('Sheet "Danh mục" có 1 dòng đã sửa nhưng chưa áp dụng');
      port.renamedSheets = [
        { from: 'Danh mục', to: 'Danh mục (đã sửa)', reason: { vi: '', en: '' }, editedFramework: true },
      ];
      fireEvent.click(screen.getByTestId('confirm-yes'));
      const outcome = await screen.findByTestId('template-outcome');
      expect(outcome.textContent).toContain('giữ nguyên với tên "Danh mục (đã sửa)"');
      expect(port.loads).toHaveLength(1);

      // Offered instead: applying the edits goes through the framework's own check and confirm.
      fireEvent.click(screen.getByRole('button', { name: STRINGS.reloadTemplate.vi }));
      await screen.findByTestId('confirm');
      fireEvent.click(screen.getByTestId('confirm-apply-framework'));
      await waitFor(() => expect(screen.getByTestId('confirm').textContent).toContain('Danh mục hợp lệ'));
      fireEvent.click(screen.getByTestId('confirm-yes'));
      await waitFor(() => expect(port.loads).toHaveLength(2));
      expect(port.loads[1].catalog.subPillars.find((x) => x.code === '1.1')!.name.vi).toBe('Thể chế mới');
    });

    test('a broken sheet: every problem with its cell, nothing offered, nothing loaded; in English too', async () => {
      const port = current();
      const fw = frameworkSheet();
      const { row, col } = fw.at('2.1.3', 'Tử số (mã thành phần)');
      fw.values[row][col] = 'nobody';
      port.framework = { sheet: fw.sheet, values: fw.values };
      renderPane(port);
      fireEvent.click(await screen.findByRole('button', { name: STRINGS.applyFramework.vi }));
      const outcome = await screen.findByTestId('template-outcome');
      expect(outcome.textContent).toContain('Sheet "Danh mục" có 1 lỗi; chưa áp dụng gì');
      expect(outcome.textContent).toContain(`'Danh mục'!${cellAddress(row, col)}`);
      expect(outcome.textContent).toContain('unknown component "nobody"');
      expect(screen.queryByTestId('confirm')).toBeNull();
      expect(port.loads).toHaveLength(0);
      fireEvent.click(screen.getByRole('button', { name: STRINGS.switchLanguageLabel.vi }));
      fireEvent.click(await screen.findByRole('button', { name: STRINGS.applyFramework.en }));
      await waitFor(() =>
        expect(screen.getByTestId('template-outcome').textContent).toContain(
          'has 1 problem; nothing was applied',
        ),
      );
    });

    test('a workbook without the sheet says to reload the template', async () => {
      const port = current();
      renderPane(port);
      fireEvent.click(await screen.findByRole('button', { name: STRINGS.applyFramework.vi }));
      expect((await screen.findByTestId('template-outcome')).textContent).toContain(
        STRINGS.frameworkMissing.vi,
      );
    });
  });

  test('reloading an existing template asks first', async () => {
    const port = current();
    renderPane(port);
    fireEvent.click(await screen.findByRole('button', { name: STRINGS.reloadTemplate.vi }));
    expect((await screen.findByTestId('confirm')).textContent).toContain(STRINGS.confirmReload.vi);
    expect(port.loads).toHaveLength(0);
  });
});

/** A current Hưng Yên 2023 template whose cover the pane can read. */
const withCover = (
  cover: { province: string | number | null; year: string | number | null } = {
    province: 'Hưng Yên',
    year: 2023,
  },
): FakePort => {
  const port = current();
  port.input = { ...validInput(), cover };
  return port;
};
// The fixture's non-blank figures: 22 values, their 22 evidence records of 4 parts, 13 benchmark pairs.
const FIGURES = Object.keys(VALID_VALUES).length * 5 + Object.keys(BENCHMARKS).length * 2;
const dialogText = async () => (await screen.findByTestId('confirm')).textContent ?? '';

describe('new reporting year', () => {
  test("asks naming both years, opens next year's workbook built from this one's figures, offers the file", async () => {
    const port = current();
    renderPane(port);
    fireEvent.click(await screen.findByTestId('new-year'));
    const next = STAMP.year + 1;
    const ask = await screen.findByRole('alertdialog', { name: new RegExp(`Tạo mẫu năm ${next}`) });
    expect(ask.textContent).toContain(`số liệu năm ${STAMP.year} của sổ này thành cột "Năm trước"`);
    expect(ask.textContent).toContain('Sổ tính này không bị thay đổi');
    expect(port.opened).toHaveLength(0);
    fireEvent.click(screen.getByTestId('new-year-yes'));
    const outcome = await screen.findByTestId('new-year-outcome', {}, { timeout: 20000 });
    expect(port.opened).toHaveLength(1);
    expect(port.loads).toHaveLength(0);
    expect(outcome.textContent).toContain(`Đã tạo mẫu năm ${next}`);
    expect(outcome.textContent).toContain('Sổ tính mới đã mở');
    expect(screen.getByTestId('new-year-download').textContent).toContain(`${STAMP.province} - ${next}.xlsx`);
  }, 60000);

  test('where Excel cannot open it, says to download; a province gone from the edition is refused', async () => {
    const port = current();
    port.openAnswer = { outcome: 'unsupported' };
    renderPane(port);
    fireEvent.click(await screen.findByTestId('new-year'));
    fireEvent.click(await screen.findByTestId('new-year-yes'));
    const outcome = await screen.findByTestId('new-year-outcome', {}, { timeout: 20000 });
    expect(outcome.textContent).toContain('hãy tải tệp về rồi mở');

    const gone = new FakePort();
    gone.state = { kind: 'current', stamp: { ...STAMP, province: 'Bắc Giang', edition: '2024', year: 2024 } };
    cleanup();
    renderPane(gone);
    fireEvent.click(await screen.findByTestId('new-year'));
    const refused = await screen.findByTestId('new-year-outcome');
    expect(refused.textContent).toContain('Bắc Ninh');
    expect(refused.textContent).toContain('pii template --previous');
    expect(gone.opened).toHaveLength(0);
  }, 60000);
});

describe('versions section', () => {
  test('locks a version with its label, lists it, and compares it with the workbook now', async () => {
    const port = current();
    renderPane(port);
    fireEvent.click(await screen.findByRole('tab', { name: STRINGS.tabVersions.vi }));
    expect(await screen.findByText(STRINGS.versionsNone.vi)).toBeTruthy();
    fireEvent.change(screen.getByTestId('version-label'), { target: { value: 'Bản nộp lần 1' } });
    fireEvent.click(screen.getByTestId('lock-version'));
    const done = await screen.findByTestId('version-done');
    const count = port.versions[0].figures.size;
    expect(count).toBeGreaterThan(0);
    expect(done.textContent).toContain(`Đã chốt "Bản nộp lần 1": ${count} số liệu.`);
    expect(within(screen.getByTestId('versions')).getByText('Bản nộp lần 1')).toBeTruthy();

    fireEvent.click(screen.getByTestId('compare-1'));
    expect((await screen.findByTestId('version-diff')).textContent).toContain(
      'Không có số liệu nào thay đổi kể từ "Bản nộp lần 1"',
    );
    // An officer changes a figure and clears another: both listed, old and new, not locked yet.
    const [first, second] = Object.keys(port.input.values).filter((id) => port.input.values[id] !== null);
    port.input = { ...port.input, values: { ...port.input.values, [first]: 424242, [second]: null } };
    fireEvent.click(screen.getByTestId('compare-1'));
    await waitFor(() =>
      expect(screen.getByTestId('version-diff').textContent).toContain('2 số liệu đã thay đổi'),
    );
    const diff = screen.getByTestId('version-diff');
    expect(diff.textContent).toContain('424.242');
    expect(diff.textContent).toContain('(trống)');
    expect(diff.textContent).toContain('chưa chốt');

    // Locked again: the new value's source is that version.
    fireEvent.click(screen.getByTestId('lock-version'));
    await waitFor(() => expect(port.versions).toHaveLength(2));
    await screen.findByTestId('compare-2');
    fireEvent.click(screen.getByTestId('compare-1'));
    await waitFor(() =>
      expect(screen.getByTestId('version-diff').textContent).toContain('ghi ở "Bản chốt 2"'),
    );
  });
});

describe('the cover sheet and switching province or year', () => {
  test('a province not in the edition and "abc" as the year are errors in the Validation tab, in both languages', async () => {
    const port = withCover({ province: 'Atlantis', year: 'abc' });
    renderPane(port);
    openTab(STRINGS.tabValidation.vi);
    const notice = await screen.findByTestId('cover-problems');
    expect(notice.textContent).toContain('"Atlantis" không phải tỉnh/thành phố của kỳ 2023 (63 đơn vị)');
    expect(notice.textContent).toContain('năm báo cáo "abc" không phải một năm');
    expect(screen.getByTestId('finding-counts').textContent).toContain('2 lỗi');
    expect(screen.getByRole('tab', { name: /Kiểm tra \(2 lỗi\)/ })).toBeTruthy();
    expect(screen.queryByTestId('no-findings')).toBeNull();
    fireEvent.click(screen.getByTestId('lang-switch'));
    await waitFor(() =>
      expect(screen.getByTestId('cover-problems').textContent).toContain(
        '"Atlantis" is not a province of the 2023 edition',
      ),
    );
    // Typed right, the problems go away on the next read.
    act(() => port.editCover({ province: 'Bắc Ninh', year: 1999 }));
    await waitFor(() =>
      expect(screen.getByTestId('cover-problems').textContent).toContain('1999 is outside 2000–'),
    );
    expect(screen.getByTestId('cover-problems').querySelectorAll('li')).toHaveLength(1);
    act(() => port.editCover({ province: 'Bắc Ninh', year: '2024' }));
    await screen.findByTestId('no-findings');
    expect(screen.queryByTestId('cover-problems')).toBeNull();
  });

  test('a reload names the typed cover and the pane options; the cover values can be taken instead', async () => {
    const port = withCover();
    renderPane(port);
    await screen.findByTestId('template-state');
    act(() => port.editCover({ province: 'Bắc Ninh', year: 2024 }));
    fireEvent.click(screen.getByTestId('load-template'));
    const text = await dialogText();
    expect(text).toContain(
      'Trang bìa ghi tỉnh "Bắc Ninh", năm "2024"; ngăn tác vụ đang chọn Hưng Yên, năm 2023',
    );
    expect(text).toContain(`Bắc Ninh 2024 → Hưng Yên 2023: giữ ${FIGURES} số liệu của Bắc Ninh 2024?`);
    expect(port.loads).toHaveLength(0);
    fireEvent.click(screen.getByTestId('use-cover'));
    expect((screen.getByTestId('province') as HTMLSelectElement).value).toBe('Bắc Ninh');
    expect((screen.getByTestId('year') as HTMLSelectElement).value).toBe('2024');
    // Now the cover and the pane agree: the plain reload question, and the load keeps the cover.
    fireEvent.click(screen.getByTestId('load-template'));
    await waitFor(async () => expect(await dialogText()).toContain(STRINGS.confirmReload.vi));
    expect(await dialogText()).not.toContain('Trang bìa');
    fireEvent.click(screen.getByTestId('confirm-yes'));
    await waitFor(() => expect(port.loads).toHaveLength(1));
    expect(port.loads[0]).toMatchObject({ province: 'Bắc Ninh', year: 2024 });
  });

  test('an invalid cover is named too, with no offer to take it', async () => {
    const port = withCover({ province: 'Hưng Yên', year: 'abc' });
    renderPane(port);
    await screen.findByTestId('template-state');
    fireEvent.click(screen.getByTestId('load-template'));
    expect(await dialogText()).toContain('năm "abc"; ngăn tác vụ đang chọn Hưng Yên, năm 2023');
    expect(screen.queryByTestId('use-cover')).toBeNull();
  });

  test('switching province names the change and the real count of figures, in both languages; blank template writes nothing', async () => {
    const port = withCover();
    port.input.values = { ...port.input.values, grdp: null }; // a blank is not a figure
    for (const p of EVIDENCE_PARTS) port.input[p] = { ...port.input[p], grdp: '  ' };
    renderPane(port);
    await screen.findByTestId('template-state');
    fireEvent.change(screen.getByTestId('province'), { target: { value: 'Bắc Ninh' } });
    fireEvent.click(screen.getByTestId('load-template'));
    const count = FIGURES - 5;
    expect(await dialogText()).toContain(`Hưng Yên → Bắc Ninh: giữ ${count} số liệu của Hưng Yên?`);
    expect(await dialogText()).not.toContain(STRINGS.confirmReload.vi);
    expect(screen.getByTestId('confirm-yes').textContent).toBe(STRINGS.keepFigures.vi);

    // The blank template: nothing is written, the officer is told where the figures are and what to do.
    fireEvent.click(screen.getByTestId('confirm-blank'));
    const outcome = await screen.findByTestId('template-outcome');
    expect(outcome.textContent).toContain(`${count} số liệu của Hưng Yên vẫn ở nguyên chỗ`);
    expect(outcome.textContent).toContain('mẫu trống cho Bắc Ninh');
    expect(port.loads).toHaveLength(0);

    fireEvent.click(screen.getByTestId('lang-switch'));
    fireEvent.click(screen.getByTestId('load-template'));
    await waitFor(async () =>
      expect(await dialogText()).toContain(`Hưng Yên → Bắc Ninh: keep ${count} figures of Hưng Yên?`),
    );
    fireEvent.click(screen.getByTestId('confirm-yes'));
    await waitFor(() => expect(port.loads).toHaveLength(1));
    expect(port.loads[0]).toMatchObject({ province: 'Bắc Ninh', year: 2023 });
  });

  test('switching the year names both years; a workbook without figures gets no keep question', async () => {
    const port = withCover();
    renderPane(port);
    await screen.findByTestId('template-state');
    fireEvent.change(screen.getByTestId('year'), { target: { value: '2024' } });
    fireEvent.click(screen.getByTestId('load-template'));
    expect(await dialogText()).toContain(
      `Hưng Yên 2023 → Hưng Yên 2024: giữ ${FIGURES} số liệu của Hưng Yên 2023?`,
    );
    fireEvent.click(screen.getByText(STRINGS.cancel.vi));

    port.input = { values: {}, previous: {}, evidence: {}, benchmarks: {}, cover: port.input.cover };
    fireEvent.click(screen.getByTestId('load-template'));
    await waitFor(async () => expect(await dialogText()).toContain(STRINGS.confirmReload.vi));
    expect(await dialogText()).toContain('ngăn tác vụ đang chọn Hưng Yên, năm 2024');
    expect(screen.queryByTestId('confirm-blank')).toBeNull();
  });
});

describe('validation section', () => {
  test('no findings: says the data is valid', async () => {
    const port = current();
    renderPane(port);
    openTab(STRINGS.tabValidation.vi);
    expect(await screen.findByTestId('no-findings')).toBeTruthy();
    expect(screen.getByTestId('finding-counts').textContent).toContain('0 lỗi, 0 cảnh báo');
  });

  test('many findings: grouped by severity then indicator, counted, filtered by agency, click selects the cell', async () => {
    const port = current();
    port.input = validInput();
    port.input.values = {
      ...port.input.values,
      contest_students: '1,5', // text
      st_orgs: -4, // negative
      ip_land_built: 6000, // part > whole (planned 5000)
      communes: 0, // zero denominator
      research_collabs: null, // missing
    };
    const expected = validate(catalog, port.input);
    renderPane(port);
    openTab(STRINGS.tabValidation.vi);
    await waitFor(() => expect(screen.getAllByTestId('finding')).toHaveLength(expected.length));
    const errors = expected.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThanOrEqual(5);
    expect(screen.getByTestId('finding-counts').textContent).toContain(`${errors} lỗi`);
    expect(screen.getByRole('tab', { name: new RegExp(`${errors} lỗi`) })).toBeTruthy();

    // Severity sections in order, each finding shows its message and its severity in words.
    const sections = within(screen.getByTestId('findings')).getAllByRole('heading', { level: 3 });
    expect(sections[0].textContent).toContain('Lỗi');
    expect(
      screen.getAllByRole('heading', { level: 4 }).some((h) => h.textContent?.startsWith('Chỉ số 2.1.3: ')),
    ).toBe(true);
    for (const f of expected) expect(screen.getByText(f.message.vi)).toBeTruthy();

    // Keyboard and click both reach a finding; it selects the finding's cell.
    const notNumber = expected.find((f) => f.component === 'contest_students' && f.ruleId === 'notNumber');
    expect(notNumber).toBeDefined();
    const button = document.querySelector(`[data-check="${notNumber!.checkId}"]`) as HTMLButtonElement;
    expect(button.tagName).toBe('BUTTON');
    expect(button.textContent).toContain(notNumber!.message.vi);
    expect(button.getAttribute('aria-describedby')).toBe('pii-finding-hint');
    fireEvent.click(button);
    await waitFor(() => expect(port.selected).toEqual([notNumber!.target]));

    // Filter: the agricultural department leads 7.1.2 only (communes is its denominator).
    fireEvent.change(screen.getByTestId('agency-filter'), { target: { value: 'dard' } });
    const shown = screen.getAllByTestId('finding').map((b) => b.getAttribute('data-check'));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(expected.length);
    expect(shown.every((id) => /communes|7\.1\.2/.test(id ?? ''))).toBe(true);
    expect(screen.getByTestId('finding-counts').textContent).toContain('Đang lọc');
  });

  test('live: an edit re-reads and re-validates after the debounce', async () => {
    const port = current();
    renderPane(port);
    openTab(STRINGS.tabValidation.vi);
    await screen.findByTestId('no-findings');
    act(() => port.edit({ population: 1300 })); // population in thousands: a unit slip
    await waitFor(() => expect(screen.getAllByTestId('finding').length).toBeGreaterThan(0));
    expect(screen.getByTestId('findings').textContent).toContain('Cảnh báo');
    act(() => port.edit({ population: 1300000 }));
    expect(await screen.findByTestId('no-findings')).toBeTruthy();
  });
});

describe('progress view', () => {
  test('per lead agency: filled of required, errors, evidence; the deadline and the days left; an agency workbook', async () => {
    const port = current();
    port.input = {
      ...port.input,
      cover: { province: STAMP.province, year: STAMP.year, deadline: '31/12/2099' },
    };
    renderPane(port);
    openTab('Kiểm tra');
    fireEvent.click(await screen.findByTestId('toggle-progress'));
    const agencies = await screen.findByTestId('progress-agencies');
    const rows = within(agencies).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(2);
    const dard = agencies.querySelector('tr[data-agency="dard"]')!;
    expect(dard.textContent).toContain('7.1.2');
    expect(screen.getByTestId('progress-deadline').textContent).toMatch(
      /^Hạn nộp 31\/12\/2099: còn [\d.]+ ngày\.$/,
    );
    expect(within(screen.getByTestId('progress-indicators')).getAllByRole('row')).toHaveLength(
      catalog.indicators.length + 1,
    );
    // An agency's workbook: made from the master, opened as a new workbook, offered as a file.
    fireEvent.click(within(dard as HTMLElement).getByTestId('agency-workbook-dard'));
    const made = await screen.findByTestId('agency-workbook-outcome', {}, { timeout: 20000 });
    expect(port.opened).toHaveLength(1);
    expect(made.textContent).toMatch(/Đã tạo ".+\.xlsx" với \d+ số liệu hiện có\./);
    expect(screen.getByTestId('agency-workbook-download')).toBeTruthy();
    // Closed again: the view goes away; in English the deadline says days left.
    fireEvent.click(screen.getByTestId('toggle-progress'));
    expect(screen.queryByTestId('progress')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: STRINGS.switchLanguageLabel.vi }));
    fireEvent.click(screen.getByTestId('toggle-progress'));
    await waitFor(() => expect(screen.getByTestId('progress-deadline').textContent).toMatch(/days left\.$/));
  }, 60000);
});

describe('scores section', () => {
  test('scoring result: PII, Input, Output, pillars and indicator scores equal the engine', async () => {
    const port = current();
    const expected = scoreProvince(catalog, port.input, { strengthsCount: 5 });
    renderPane(port);
    openTab(STRINGS.tabScores.vi);
    fireEvent.click(await screen.findByTestId('score-button'));
    await screen.findByTestId('score-result');
    for (const [id, agg] of [
      ['pii', expected.pii],
      ['input', expected.input],
      ['output', expected.output],
    ] as const) {
      const tile = screen.getByTestId(`score-${id}`);
      expect(Number(tile.getAttribute('data-value'))).toBe(agg.score);
      expect(tile.textContent).toContain(vi2(agg.score!));
    }
    expect(screen.getByTestId('score-coverage').textContent).toContain('13/52');
    const bars = screen.getByTestId('pillar-chart').querySelectorAll('[data-pillar]');
    expect(bars).toHaveLength(7);
    for (const bar of bars) {
      expect(Number(bar.getAttribute('data-score'))).toBe(
        expected.pillars[bar.getAttribute('data-pillar')!].score,
      );
    }
    const rows = screen.getByTestId('indicator-table').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(13);
    const strongest = expected.strengths[0].indicator;
    const row = screen.getByTestId('indicator-table').querySelector(`[data-indicator="${strongest}"]`)!;
    expect(row.textContent).toContain('▲ Điểm mạnh');
    expect(screen.queryByTestId('missing-benchmarks')).toBeNull();

    // Written only on request, with the same numbers.
    expect(port.snapshots).toHaveLength(0);
    fireEvent.click(screen.getByTestId('write-snapshot'));
    expect(await screen.findByTestId('snapshot-done')).toBeTruthy();
    expect(port.snapshots).toHaveLength(1);
    const piiRow = port.snapshots[0].rows.find((r) => r[0] === 'PII');
    expect(piiRow?.[2]).toBe(Math.round(expected.pii.score! * 100) / 100);
  });

  test('an aggregate built while errors remain says how many, in the pane language', async () => {
    const port = current();
    port.input = validInput();
    renderPane(port);
    openTab(STRINGS.tabScores.vi);
    fireEvent.click(await screen.findByTestId('score-button'));
    await screen.findByTestId('score-result');
    expect(screen.queryByTestId('score-pii-errors')).toBeNull();

    const bad = validInput();
    bad.values = { ...bad.values, population: -5 };
    port.input = bad;
    const expected = scoreProvince(catalog, bad, { strengthsCount: 5 });
    const errors = expected.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    fireEvent.click(screen.getByTestId('score-button'));
    await waitFor(() =>
      expect(screen.getByTestId('score-pii-errors').textContent).toContain(`${errors} lỗi chưa sửa`),
    );
    expect(screen.getByTestId('score-input-errors').textContent).toContain('lỗi chưa sửa');
    fireEvent.click(screen.getByRole('button', { name: STRINGS.switchLanguageLabel.vi }));
    await waitFor(() =>
      expect(screen.getByTestId('score-pii-errors').textContent).toContain(`${errors} errors not fixed`),
    );
  });

  test('an edit after scoring marks the result stale until Score is pressed again, in both languages', async () => {
    const port = current();
    renderPane(port);
    openTab(STRINGS.tabScores.vi);
    fireEvent.click(await screen.findByTestId('score-button'));
    await screen.findByTestId('score-result');
    await waitFor(() => expect(port.listenerCount).toBe(1));
    expect(screen.queryByTestId('scores-stale')).toBeNull();
    const before = screen.getByTestId('score-pii').getAttribute('data-value');

    act(() => port.edit({ grdp: 300000 }));
    const stale = await screen.findByTestId('scores-stale');
    expect(stale.textContent).toContain(STRINGS.scoresStale.vi);
    // The old result is still shown (marked), not silently replaced.
    expect(screen.getByTestId('score-pii').getAttribute('data-value')).toBe(before);
    fireEvent.click(screen.getByTestId('lang-switch'));
    await waitFor(() =>
      expect(screen.getByTestId('scores-stale').textContent).toContain(
        'Figures changed since this result — press Score again',
      ),
    );

    fireEvent.click(screen.getByTestId('score-button'));
    await waitFor(() => expect(screen.getByTestId('score-pii').getAttribute('data-value')).not.toBe(before));
    expect(screen.queryByTestId('scores-stale')).toBeNull();
  });

  test('the intro does not say "writes nothing" above the button that writes', async () => {
    renderPane(current());
    openTab(STRINGS.tabScores.vi);
    await screen.findByTestId('score-button');
    const intro = screen.getByText(STRINGS.scoreHint.vi);
    expect(intro.textContent).not.toMatch(/^[^;]*Không ghi gì vào sổ\.$/);
    for (const lang of ['vi', 'en'] as const) {
      expect(STRINGS.scoreHint[lang]).toContain(STRINGS.writeSnapshot[lang]);
      expect(STRINGS.scoreHint[lang]).not.toMatch(/^[^;]*(Writes nothing|Không ghi gì vào sổ)\.$/);
    }
  });

  test('missing benchmarks: named, and the findings explain the missing scores', async () => {
    const port = current();
    const benchmarks = { ...BENCHMARKS } as Record<string, { min: number | null; max: number | null }>;
    benchmarks['2.1.3'] = { min: null, max: null };
    benchmarks['7.1.2'] = { min: null, max: null };
    port.input = validInput({ benchmarks });
    const expected = scoreProvince(catalog, port.input, { strengthsCount: 5 });
    renderPane(port);
    openTab(STRINGS.tabScores.vi);
    fireEvent.click(await screen.findByTestId('score-button'));
    const notice = await screen.findByTestId('missing-benchmarks');
    expect(notice.textContent).toContain('2 chỉ số: 2.1.3, 7.1.2');
    expect(Number(screen.getByTestId('score-pii').getAttribute('data-value'))).toBe(expected.pii.score);
    expect(screen.getByTestId('score-coverage').textContent).toContain('11/52');
    const why = screen.getByTestId('why-missing');
    expect(within(why).getAllByRole('button')).toHaveLength(2);
    fireEvent.click(within(why).getAllByRole('button')[0]);
    await waitFor(() => expect(port.selected).toHaveLength(1));
    expect(port.selected[0]).toEqual({ ref: 'benchmarkMin', indicator: '2.1.3' });
  });

  test('the ribbon action opens on Scores and scores at once', async () => {
    const port = current();
    renderPane(port, { action: 'score' });
    expect(screen.getByRole('tab', { name: STRINGS.tabScores.vi }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await screen.findByTestId('score-result');
    expect(port.reads).toBeGreaterThanOrEqual(1);
  });

  test('scores without a template ask for one', async () => {
    renderPane(new FakePort(), { action: 'score' });
    await screen.findByText(STRINGS.noTemplate.vi);
    expect(
      await within(
        screen.getByTestId('pii-pane').querySelector('#pii-panel-scores') as HTMLElement,
      ).findByText(STRINGS.needsTemplate.vi),
    ).toBeTruthy();
  });
});

describe('a template that carries its own catalog', () => {
  const custom = loadCatalog(bacNinhCatalog);
  const withCatalog = (catalogJson: string, edition = custom.edition): FakePort => {
    const port = new FakePort();
    port.state = { kind: 'current', stamp: { ...STAMP, edition }, catalogJson };
    return port;
  };

  test("checking formulas uses the workbook's own catalog, and its edition is offered", async () => {
    const port = withCatalog(JSON.stringify(custom));
    renderPane(port);
    const edition = (await screen.findByTestId('edition')) as HTMLSelectElement;
    await waitFor(() => expect(edition.value).toBe(custom.edition));
    fireEvent.click(screen.getByTestId('check-formulas'));
    await screen.findByTestId('template-outcome');
    expect(port.integrityChecks).toHaveLength(1);
    expect(port.integrityChecks[0].catalog).toEqual(custom);
  });

  test('a custom catalog: findings and scores are computed with it', async () => {
    const port = withCatalog(JSON.stringify(custom));
    const input = bacNinhData as ProvinceInput;
    port.input = { ...input, values: { ...input.values, pillar3_points: '62,3' } }; // text: an error
    const findings = validate(custom, port.input);
    expect(findings.length).toBeGreaterThan(0);
    renderPane(port);
    expect((await screen.findByTestId('template-state')).textContent).toContain(custom.edition);
    openTab(STRINGS.tabValidation.vi);
    await waitFor(() => expect(screen.getAllByTestId('finding')).toHaveLength(findings.length));
    for (const f of findings) expect(screen.getByText(f.message.vi)).toBeTruthy();
    expect(screen.queryByTestId('catalog-problem')).toBeNull();

    // The published Bắc Ninh 2025 scores, once the value is a number again.
    act(() => port.edit({ pillar3_points: 62.3 }));
    expect(await screen.findByTestId('no-findings')).toBeTruthy();
    openTab(STRINGS.tabScores.vi);
    fireEvent.click(await screen.findByTestId('score-button'));
    await screen.findByTestId('score-result');
    const expected = scoreProvince(custom, port.input, { strengthsCount: 5 });
    expect(expected.pii.score).toBeCloseTo(48.76, 2);
    expect(Number(screen.getByTestId('score-pii').getAttribute('data-value'))).toBe(expected.pii.score);
    expect(Number(screen.getByTestId('score-input').getAttribute('data-value'))).toBe(expected.input.score);
    expect(screen.getByTestId('pillar-chart').querySelectorAll('[data-pillar]')).toHaveLength(7);
    expect(screen.getByTestId('indicator-table').querySelectorAll('tbody tr')).toHaveLength(7);
  });

  test('an invalid embedded catalog of a built-in edition: the built-in one, and a notice in both languages', async () => {
    const port = withCatalog('{"edition":"2023","pillars":[]}', '2023');
    renderPane(port);
    const notice = await screen.findByTestId('catalog-problem');
    expect(notice.textContent).toContain('PII 2023');
    expect(notice.textContent).toContain('Danh mục không hợp lệ (3 lỗi) / Invalid catalog (3 problems)');
    openTab(STRINGS.tabValidation.vi);
    expect(await screen.findByTestId('no-findings')).toBeTruthy(); // the valid 2023 input
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect(screen.getByTestId('catalog-problem').textContent).toContain('built-in PII 2023 catalog');
  });

  test('an unreadable embedded catalog of an unknown edition: no checks, and says why', async () => {
    const port = withCatalog('{not json', 'bac-ninh-2025-fixture');
    renderPane(port);
    const notice = await screen.findByTestId('catalog-problem');
    expect(notice.textContent).toContain('không có sẵn kỳ này');
    openTab(STRINGS.tabValidation.vi);
    expect(screen.getAllByText(STRINGS.needsTemplate.vi).length).toBeGreaterThan(0);
  });
});

describe('language and host', () => {
  test('switches to English and remembers it', async () => {
    const port = current();
    const { settings } = renderPane(port);
    await screen.findByTestId('template-state');
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect(screen.getByRole('tab', { name: 'Template' })).toBeTruthy();
    expect(screen.getByTestId('template-state').textContent).toContain('The workbook holds');
    expect(settings.get(LANG_SETTING)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  test('opens in the remembered language', async () => {
    renderPane(current(), { settings: memorySettings({ [LANG_SETTING]: 'en' }) });
    expect(await screen.findByRole('tab', { name: 'Validation' })).toBeTruthy();
    expect(screen.getByTestId('lang-switch').textContent).toBe('Tiếng Việt');
  });

  test('outside Excel the pane renders and says where to open it', () => {
    renderPane(null);
    expect(screen.getByTestId('pii-pane').textContent).toContain('PII');
    expect(screen.getByText(STRINGS.outsideExcel.vi)).toBeTruthy();
  });

  test('every string exists in both languages', () => {
    for (const [key, entry] of Object.entries(STRINGS)) {
      expect([key, entry.vi.trim().length > 0, entry.en.trim().length > 0]).toEqual([key, true, true]);
    }
  });
});
