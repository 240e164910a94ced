// Development only: a plain, fast view of the workbook double's sheets. It renders only the used
// range of the shown sheet, as a table; input cells (unlocked on a protected sheet, or any cell of
// an unprotected one) open a text box on click, Enter or F2, and a commit goes through
// WorkbookDouble.userEdit, exactly as if an officer typed into Excel (onChanged fires).
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { WorkbookDouble } from '../workbook-double';
import { formatA1 } from '../workbook-double/address';
import { cellAt, cellValue, effectiveFormat, usedRect } from '../workbook-double/cells';
import type { SheetState, WorkbookModel } from '../workbook-double/model';

export interface GridProps {
  double: WorkbookDouble;
  model: WorkbookModel;
  /** Bumped by the page after every batch or edit, so the grid re-reads. */
  version: number;
  onError(message: string): void;
}

const col = (c: number) => formatA1({ row: 0, column: c, rowCount: 1, columnCount: 1 }).replace(/\d+$/, '');

function display(value: unknown, numberFormat: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'number') return String(value);
  const decimals = /0\.(0+)/.exec(numberFormat)?.[1].length ?? (Number.isInteger(value) ? 0 : 4);
  const grouped = numberFormat.includes('#,##0');
  if (numberFormat.includes('%')) return `${(value * 100).toFixed(decimals)}%`;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: grouped ? decimals : 0,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
}

const editable = (sheet: SheetState, row: number, column: number) =>
  !sheet.protection.protected || !effectiveFormat(sheet, row, column).locked;

export const Grid = memo(function Grid({ double, model, version, onError }: GridProps) {
  const sheets = model.sheets.filter((s) => s.visibility === 'Visible');
  const [shown, setShown] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ row: number; column: number; text: string } | null>(null);
  const selection = double.selection;
  const lastSelection = useRef<string | null>(null);
  const wrap = useRef<HTMLDivElement>(null);

  // Follow the selection the add-in makes (a click on a finding).
  const selKey = selection ? `${selection.sheet}!${selection.address}` : null;
  useEffect(() => {
    if (selKey && selKey !== lastSelection.current && selection) {
      lastSelection.current = selKey;
      setShown(selection.sheet);
      requestAnimationFrame(() => {
        wrap.current
          ?.querySelector('[data-selected="true"]')
          ?.scrollIntoView({ block: 'center', inline: 'nearest' });
      });
    }
  }, [selKey, selection, version]);

  const sheet =
    sheets.find((s) => s.name === shown) ?? sheets.find((s) => s.id === model.activeSheetId) ?? sheets[0];
  if (!sheet) return null;
  const used = usedRect(sheet, false);
  const rows = used ? used.row + used.rowCount : 0;
  const cols = used ? used.column + used.columnCount : 0;
  const selected = selection && selection.sheet === sheet.name ? selection.address.split(':')[0] : null;
  const widths = Array.from({ length: cols }, (_, c) =>
    Math.min(320, Math.max(32, Math.round((sheet.columnWidths.get(c) ?? 48) * 1.33))),
  );
  const tableWidth = 36 + widths.reduce((a, b) => a + b, 0);

  const committed = useRef(false);
  const commit = async () => {
    if (!editing || committed.current) return;
    committed.current = true;
    const address = `${col(editing.column)}${editing.row + 1}`;
    setEditing(null);
    try {
      await double.userEdit(sheet.name, address, [[editing.text]]);
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  };

  const startEdit = (row: number, column: number) => {
    if (!editable(sheet, row, column)) return;
    const cell = cellAt(sheet, row, column);
    committed.current = false;
    setEditing({ row, column, text: cell.formula ?? (cell.value === '' ? '' : String(cell.value)) });
  };

  const onCellKey = (e: KeyboardEvent, row: number, column: number) => {
    if (e.target !== e.currentTarget) return; // keys typed in the editor
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startEdit(row, column);
    }
  };

  const onEditorKey = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      void commit();
    } else if (e.key === 'Escape') {
      committed.current = true;
      setEditing(null);
    }
  };

  const body = [];
  for (let r = 0; r < rows; r++) {
    const cells = [];
    for (let c = 0; c < cols; c++) {
      const address = `${col(c)}${r + 1}`;
      const format = effectiveFormat(sheet, r, c);
      const input = editable(sheet, r, c);
      const isEditing = editing && editing.row === r && editing.column === c;
      const value = cellValue(model, sheet, r, c);
      const text = display(value, format.numberFormat);
      cells.push(
        <td
          key={c}
          data-address={address}
          data-input={input ? 'true' : undefined}
          data-selected={selected === address ? 'true' : undefined}
          tabIndex={input ? 0 : undefined}
          title={cellAt(sheet, r, c).formula ?? undefined}
          onClick={() => startEdit(r, c)}
          onKeyDown={(e) => onCellKey(e, r, c)}
          style={{
            background: isEditing ? '#fff' : (format.fill ?? undefined),
            color: format.fontColor,
            fontWeight: format.fontBold ? 600 : undefined,
            fontStyle: format.fontItalic ? 'italic' : undefined,
            textAlign: typeof value === 'number' ? 'right' : 'left',
            whiteSpace: format.wrapText ? 'normal' : 'nowrap',
            outline: selected === address ? '2px solid #107c10' : undefined,
            outlineOffset: '-2px',
            cursor: input ? 'text' : 'default',
          }}
        >
          {isEditing ? (
            <input
              autoFocus
              aria-label={`${sheet.name}!${address}`}
              data-testid="cell-editor"
              value={editing.text}
              onChange={(e) => setEditing({ ...editing, text: e.target.value })}
              onKeyDown={onEditorKey}
              onBlur={() => void commit()}
              style={{ width: '100%', boxSizing: 'border-box', font: 'inherit' }}
            />
          ) : (
            text
          )}
        </td>,
      );
    }
    body.push(
      <tr key={r}>
        <th scope="row">{r + 1}</th>
        {cells}
      </tr>,
    );
  }

  return (
    <div className="grid-area">
      <div role="tablist" aria-label="Sheets / Trang tính" className="sheet-tabs">
        {sheets.map((s) => (
          <button
            key={s.id}
            role="tab"
            aria-selected={s === sheet}
            data-sheet={s.name}
            onClick={() => {
              committed.current = true;
              setEditing(null);
              setShown(s.name);
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div className="grid-wrap" ref={wrap}>
        <table className="grid" data-sheet={sheet.name} aria-label={sheet.name} style={{ width: tableWidth }}>
          <colgroup>
            <col style={{ width: 36 }} />
            {widths.map((w, c) => (
              <col key={c} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col">
                  {col(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
    </div>
  );
});
