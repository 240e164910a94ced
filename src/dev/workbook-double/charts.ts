/// <reference types="office-js" />
import type { Rect } from './address';
import type { RequestContextDouble } from './context';
import { officeError } from './errors';
import type { ChartState, SheetState } from './model';
import { ProxyCollection, ProxyObject } from './proxy';
import { RangeProxy } from './range';
import type { WorksheetProxy } from './worksheet';

// Charts are recorded (type, data, series, title, legend, position), never drawn.

function rangeRect(owner: ProxyObject, range: unknown, sheet: SheetState): Rect {
  if (!(range instanceof RangeProxy)) throw officeError('InvalidArgument', 'Expected a Range.');
  if (range._ctx !== owner._ctx) throw officeError('InvalidRequestContext');
  const target = range._target();
  if (target.sheet !== sheet)
    throw officeError('InvalidArgument', "The range must be on the chart's worksheet.");
  return target.rect;
}

function seriesFrom(source: Rect, seriesBy: string): ChartState['series'] {
  const byColumns = seriesBy === 'Columns' || (seriesBy !== 'Rows' && source.rowCount >= source.columnCount);
  const count = byColumns ? source.columnCount : source.rowCount;
  return Array.from({ length: count }, (_, i) => ({
    name: `Series${i + 1}`,
    values: byColumns
      ? { ...source, column: source.column + i, columnCount: 1 }
      : { ...source, row: source.row + i, rowCount: 1 },
    xAxisValues: null,
  }));
}

/** worksheet.charts */
export class ChartCollectionProxy extends ProxyCollection<ChartProxy> {
  private readonly worksheet: WorksheetProxy;

  constructor(ctx: RequestContextDouble, worksheet: WorksheetProxy) {
    super(ctx, `${worksheet._path}.charts`);
    this.worksheet = worksheet;
  }

  protected _typeName(): string {
    return 'ChartCollection';
  }

  _exists(): boolean {
    return this.worksheet._exists();
  }

  protected _list(): ChartProxy[] {
    return this.worksheet
      ._sheet()
      .charts.map((chart) => this.chartProxy(`getItem(${JSON.stringify(chart.name)})`, () => chart));
  }

  add(
    type: Excel.ChartType | string,
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | string,
  ): ChartProxy {
    let created: ChartState | undefined;
    const chart = this.chartProxy(`add(${JSON.stringify(type)})`, () => created ?? null);
    this._enqueue(
      'add',
      { type, sourceData: (sourceData as unknown as ProxyObject)._path, seriesBy },
      '1.1',
      () => {
        const sheet = this.worksheet._sheet();
        const source = rangeRect(this, sourceData, sheet);
        const serial = this._ctx._model.nextSerial();
        created = {
          id: `{chart-${serial}}`,
          name: `Chart ${serial}`,
          chartType: String(type),
          source,
          seriesBy: seriesBy ?? 'Auto',
          title: { text: '', visible: true },
          legend: { visible: true, position: 'Right' },
          series: seriesFrom(source, seriesBy ?? 'Auto'),
          position: null,
        };
        sheet.charts.push(created);
      },
    );
    return chart;
  }

  getItem(name: string): ChartProxy {
    return this.chartProxy(`getItem(${JSON.stringify(name)})`, () => {
      const chart = this.worksheet._sheet().charts.find((c) => c.name === name);
      if (!chart) throw officeError('ItemNotFound', `The chart '${name}' doesn't exist.`);
      return chart;
    });
  }

  getItemAt(index: number): ChartProxy {
    return this.chartProxy(`getItemAt(${index})`, () => {
      const chart = this.worksheet._sheet().charts[index];
      if (!chart) throw officeError('ItemNotFound');
      return chart;
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._result('getCount', undefined, '1.1', () => this.worksheet._sheet().charts.length);
  }

  private chartProxy(call: string, locate: () => ChartState | null): ChartProxy {
    return new ChartProxy(this._ctx, `${this._path}.${call}`, this.worksheet, locate);
  }
}

export class ChartProxy extends ProxyObject {
  private readonly worksheet: WorksheetProxy;
  private readonly locate: () => ChartState | null;
  private boundId: string | undefined;

  constructor(
    ctx: RequestContextDouble,
    path: string,
    worksheet: WorksheetProxy,
    locate: () => ChartState | null,
  ) {
    super(ctx, path);
    this.worksheet = worksheet;
    this.locate = locate;
  }

  protected _typeName(): string {
    return 'Chart';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { name: '1.1', chartType: '1.7', id: '1.7' };
  }

  _exists(): boolean {
    return this.worksheet._exists() && this._chart() !== null;
  }

  /** @internal */
  _chart(): ChartState {
    if (this.boundId === undefined) {
      const chart = this.locate();
      if (!chart) throw officeError('ItemNotFound', "The chart doesn't exist.");
      this.boundId = chart.id;
    }
    const chart = this.worksheet._sheet().charts.find((c) => c.id === this.boundId);
    if (!chart) throw officeError('ItemNotFound', 'The chart no longer exists.');
    return chart;
  }

  protected _read(property: string): unknown {
    const chart = this._chart();
    if (property === 'name') return chart.name;
    return property === 'id' ? chart.id : chart.chartType;
  }

  get name(): string {
    return this._get('name');
  }
  set name(name: string) {
    this._setLocal('name', name);
    this._enqueue('name', name, '1.1', () => (this._chart().name = String(name)));
  }
  get chartType(): string {
    return this._get('chartType');
  }
  get id(): string {
    return this._get('id');
  }

  get title(): ChartPartProxy {
    return this._child(
      'title',
      () => new ChartPartProxy(this._ctx, this, 'title', { text: '1.1', visible: '1.1' }),
    );
  }

  get legend(): ChartPartProxy {
    return this._child(
      'legend',
      () => new ChartPartProxy(this._ctx, this, 'legend', { visible: '1.1', position: '1.1' }),
    );
  }

  get series(): ChartSeriesCollectionProxy {
    return this._child('series', () => new ChartSeriesCollectionProxy(this._ctx, this));
  }

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    const sheetRange = (cell: Excel.Range | string): RangeProxy =>
      typeof cell === 'string' ? this.worksheet.getRange(cell) : (cell as unknown as RangeProxy);
    const start = sheetRange(startCell);
    const end = endCell === undefined ? undefined : sheetRange(endCell);
    this._enqueue('setPosition', { start: start._path, end: end?._path }, '1.1', () => {
      const sheet = this.worksheet._sheet();
      this._chart().position = {
        start: rangeRect(this, start, sheet),
        end: end ? rangeRect(this, end, sheet) : null,
      };
    });
  }

  delete(): void {
    this._enqueue('delete', undefined, '1.1', () => {
      const charts = this.worksheet._sheet().charts;
      charts.splice(charts.indexOf(this._chart()), 1);
    });
  }

  /** @internal */
  _sheet(): SheetState {
    return this.worksheet._sheet();
  }
}

/** Chart title and legend: a few scalar settings each. */
export class ChartPartProxy extends ProxyObject {
  private readonly chart: ChartProxy;
  private readonly part: 'title' | 'legend';
  private readonly scalars: Readonly<Record<string, string>>;

  constructor(
    ctx: RequestContextDouble,
    chart: ChartProxy,
    part: 'title' | 'legend',
    scalars: Readonly<Record<string, string>>,
  ) {
    super(ctx, `${chart._path}.${part}`);
    this.chart = chart;
    this.part = part;
    this.scalars = scalars;
  }

  protected _typeName(): string {
    return this.part === 'title' ? 'ChartTitle' : 'ChartLegend';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return this.scalars;
  }

  _exists(): boolean {
    return this.chart._exists();
  }

  protected _read(property: string): unknown {
    return (this.chart._chart()[this.part] as { [key: string]: unknown })[property];
  }

  get text(): string {
    return this._get('text');
  }
  set text(text: string) {
    this.write('text', String(text));
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(visible: boolean) {
    this.write('visible', Boolean(visible));
  }
  get position(): string {
    return this._get('position');
  }
  set position(position: string) {
    this.write('position', String(position));
  }

  private write(property: string, value: unknown): void {
    if (!(property in this.scalars))
      throw officeError('InvalidArgument', `${this._typeName()} has no property '${property}'.`);
    this._setLocal(property, value);
    this._enqueue(property, value, '1.1', () => {
      (this.chart._chart()[this.part] as { [key: string]: unknown })[property] = value;
    });
  }
}

export class ChartSeriesCollectionProxy extends ProxyCollection<ChartSeriesProxy> {
  private readonly chart: ChartProxy;

  constructor(ctx: RequestContextDouble, chart: ChartProxy) {
    super(ctx, `${chart._path}.series`);
    this.chart = chart;
  }

  protected _typeName(): string {
    return 'ChartSeriesCollection';
  }

  _exists(): boolean {
    return this.chart._exists();
  }

  protected _list(): ChartSeriesProxy[] {
    return this.chart._chart().series.map((_, i) => this.getItemAt(i));
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this._ctx, this.chart, index);
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._result('getCount', undefined, '1.1', () => this.chart._chart().series.length);
  }
}

export class ChartSeriesProxy extends ProxyObject {
  private readonly chart: ChartProxy;
  private readonly index: number;

  constructor(ctx: RequestContextDouble, chart: ChartProxy, index: number) {
    super(ctx, `${chart._path}.series.getItemAt(${index})`);
    this.chart = chart;
    this.index = index;
  }

  protected _typeName(): string {
    return 'ChartSeries';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { name: '1.1' };
  }

  _exists(): boolean {
    return this.chart._exists() && this.series() !== undefined;
  }

  protected _read(): unknown {
    return this.series().name;
  }

  get name(): string {
    return this._get('name');
  }
  set name(name: string) {
    this._setLocal('name', name);
    this._enqueue('name', name, '1.1', () => (this.series().name = String(name)));
  }

  setXAxisValues(sourceData: Excel.Range): void {
    this._enqueue('setXAxisValues', (sourceData as unknown as ProxyObject)._path, '1.7', () => {
      this.series().xAxisValues = rangeRect(this, sourceData, this.chart._sheet());
    });
  }

  setValues(sourceData: Excel.Range): void {
    this._enqueue('setValues', (sourceData as unknown as ProxyObject)._path, '1.7', () => {
      this.series().values = rangeRect(this, sourceData, this.chart._sheet());
    });
  }

  private series(): ChartState['series'][number] {
    const series = this.chart._chart().series[this.index];
    if (!series) throw officeError('ItemNotFound', `The chart has no series ${this.index}.`);
    return series;
  }
}
