// Development only: HyperFormula (GPL-3.0, a devDependency) computes the formula cells of the
// in-browser workbook double, so the preview's status cells, values and scores update live. It
// mirrors the double's sheets, cells and defined names incrementally: before each evaluation the
// mirror compares the double's (immutable, replaced-on-write) cell records with what it last
// copied and sends HyperFormula only the difference, in one batch.
//
// Two differences from Excel are bridged by rewriting formulas before HyperFormula sees them:
// a defined name pointing at a cell is inlined as that cell's reference (HyperFormula passes a
// named expression's value, so AVERAGE(name, ...) would count "" as 0 where Excel ignores it),
// the bare literals TRUE / FALSE become TRUE() / FALSE() (HyperFormula has only the functions),
// and 1E+300 is written 1e+300 (HyperFormula's parser wants the lower-case exponent).
import { HyperFormula, DetailedCellError, type RawCellContent } from 'hyperformula';
import { formatA1 } from '../workbook-double/address';
import type { CellState, NameState, WorkbookModel } from '../workbook-double/model';

interface MirroredSheet {
  hfId: number;
  name: string;
  cells: Map<number, CellState>;
}

const COLUMNS = 16384;
const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

export class FormulaMirror {
  readonly hf: HyperFormula;
  private readonly sheets = new Map<string, MirroredSheet>(); // by the double's sheet id
  private readonly names = new Map<string, string>(); // name -> expression as sent
  /** Upper-case defined name -> the reference it is inlined as. */
  private readonly inline = new Map<string, string>();
  private syncing = false;

  constructor(private readonly model: WorkbookModel) {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      maxColumns: COLUMNS,
      // Not evaluateNullToZero: with it, ISBLANK() of an empty cell is FALSE, which breaks the
      // status formulas. The price: "=A1" of an empty A1 reads blank here where Excel shows 0.
      evaluateNullToZero: false,
      useColumnIndex: false,
      smartRounding: false,
    });
  }

  /** The double's evaluator hook: (sheet name, row, column, formula) -> value. */
  readonly evaluate = (sheetName: string, row: number, column: number): unknown => {
    this.sync();
    const sheet = [...this.sheets.values()].find((s) => s.name === sheetName);
    if (!sheet) return '#REF!';
    const value = this.hf.getCellValue({ sheet: sheet.hfId, row, col: column });
    if (value instanceof DetailedCellError) return value.value;
    return value ?? '';
  };

  /** Copies what changed in the double since the last call. Cheap when nothing did. */
  sync(): void {
    if (this.syncing) return;
    this.syncing = true;
    try {
      const changes: Array<() => void> = [];
      this.syncSheets();
      const nameChanges = this.nameChanges();
      // A changed name changes how formulas are rewritten: send every formula again.
      if (nameChanges.length > 0) for (const mirror of this.sheets.values()) mirror.cells.clear();
      for (const sheet of this.model.sheets) {
        const mirror = this.sheets.get(sheet.id);
        if (!mirror) continue;
        for (const [key, cell] of sheet.cells) {
          const old = mirror.cells.get(key);
          if (old === cell) continue;
          mirror.cells.set(key, cell);
          if (old && old.formula === cell.formula && old.value === cell.value) continue; // format only
          changes.push(() => this.setCell(mirror.hfId, key, cell));
        }
        for (const key of mirror.cells.keys()) {
          if (!sheet.cells.has(key)) {
            mirror.cells.delete(key);
            changes.push(() => this.setCell(mirror.hfId, key, null));
          }
        }
      }
      if (changes.length === 0 && nameChanges.length === 0) return;
      this.hf.batch(() => {
        for (const change of nameChanges) change();
        for (const change of changes) change();
      });
    } finally {
      this.syncing = false;
    }
  }

  private syncSheets(): void {
    const live = new Set(this.model.sheets.map((s) => s.id));
    for (const [id, mirror] of this.sheets) {
      if (!live.has(id)) {
        this.hf.removeSheet(mirror.hfId);
        this.sheets.delete(id);
      }
    }
    for (const sheet of this.model.sheets) {
      const mirror = this.sheets.get(sheet.id);
      if (!mirror) {
        const added = this.hf.addSheet(sheet.name);
        this.sheets.set(sheet.id, {
          hfId: this.hf.getSheetId(added) as number,
          name: sheet.name,
          cells: new Map(),
        });
      } else if (mirror.name !== sheet.name) {
        this.hf.renameSheet(mirror.hfId, sheet.name);
        mirror.name = sheet.name;
      }
    }
  }

  private setCell(hfId: number, key: number, cell: CellState | null): void {
    const row = Math.floor(key / COLUMNS);
    const col = key % COLUMNS;
    let content: RawCellContent = null;
    if (cell) {
      if (cell.formula !== null) content = this.rewrite(cell.formula);
      // A text that looks like a formula or number must stay text: HyperFormula parses strings.
      else if (typeof cell.value === 'string') content = cell.value === '' ? null : `'${cell.value}`;
      else content = cell.value;
    }
    this.hf.setCellContents({ sheet: hfId, row, col }, [[content]]);
  }

  /** Inlines single-cell names and turns TRUE/FALSE into function calls, outside string literals. */
  rewrite(formula: string): string {
    let out = '';
    let i = 0;
    while (i < formula.length) {
      const ch = formula[i];
      if (ch === '"' || ch === "'") {
        let j = i + 1;
        while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch))
          j += formula[j] === ch ? 2 : 1;
        out += formula.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      let j = i;
      while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
      out += formula
        .slice(i, j)
        // HyperFormula reads 1e+300 but not 1E+300.
        .replace(/(?<![A-Za-z_])(\d+(?:\.\d+)?)E([+-]?\d)/g, '$1e$2')
        .replace(/(?<![A-Za-z0-9_.$!])([A-Za-z_][A-Za-z0-9_.]*)(?![A-Za-z0-9_.(!])/g, (word: string) => {
          const upper = word.toUpperCase();
          if (upper === 'TRUE' || upper === 'FALSE') return `${upper}()`;
          return this.inline.get(upper) ?? word;
        });
      i = j;
    }
    return out;
  }

  private expression(n: NameState): string | null {
    if (n.target.kind === 'formula')
      return n.target.formula.startsWith('=') ? n.target.formula : `=${n.target.formula}`;
    const target = n.target;
    const sheet = this.model.sheetById(target.sheetId);
    if (!sheet) return null;
    return `=${quote(sheet.name)}!${formatA1(target.rect, true)}`;
  }

  private nameChanges(): Array<() => void> {
    const out: Array<() => void> = [];
    const live = new Map<string, string>();
    for (const n of this.model.names.values()) {
      const expr = this.expression(n);
      if (expr !== null) live.set(n.name, expr);
    }
    for (const [name] of this.names) {
      if (!live.has(name)) {
        this.names.delete(name);
        out.push(() => this.hf.removeNamedExpression(name));
      }
    }
    this.inline.clear();
    for (const [name, expr] of live) {
      if (/^='(?:[^']|'')+'!\$[A-Z]+\$\d+$/.test(expr)) this.inline.set(name.toUpperCase(), expr.slice(1));
    }
    for (const [name, expr] of live) {
      const old = this.names.get(name);
      if (old === expr) continue;
      this.names.set(name, expr);
      out.push(() =>
        old === undefined
          ? this.hf.addNamedExpression(name, expr)
          : this.hf.changeNamedExpression(name, expr),
      );
    }
    return out;
  }
}
