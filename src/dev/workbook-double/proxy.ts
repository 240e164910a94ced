/// <reference types="office-js" />
import type { RequestContextDouble } from './context';
import { officeError, propertyNotLoaded } from './errors';

/** Applied after the whole batch succeeded: copies loaded values onto proxies. */
export type Delivery = () => void;

/** One queued instruction; `run` executes against the model during sync(). */
export interface Command {
  path: string;
  op: string;
  args?: unknown;
  minVersion: string;
  run(): Delivery | void;
}

export interface LoadSpec {
  all: boolean;
  props: Set<string>;
  nav: Map<string, LoadSpec>;
  top?: number;
  skip?: number;
}

export type LoadInput =
  string | string[] | OfficeExtension.LoadOption | { [key: string]: unknown } | undefined;

function emptySpec(all = false): LoadSpec {
  return { all, props: new Set(), nav: new Map() };
}

function addPath(spec: LoadSpec, path: string): void {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let node = spec;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      if (part === '$all') node.all = true;
      else node.props.add(part);
      return;
    }
    let next = node.nav.get(part);
    if (!next) {
      next = emptySpec();
      node.nav.set(part, next);
    }
    node = next;
  });
}

function addTree(spec: LoadSpec, tree: { [key: string]: unknown }): void {
  for (const [key, value] of Object.entries(tree)) {
    if (key === '$all') spec.all = value === true;
    else if (key === '$top' && typeof value === 'number') spec.top = value;
    else if (key === '$skip' && typeof value === 'number') spec.skip = value;
    else if (value === true) spec.props.add(key);
    else if (value && typeof value === 'object') {
      const child = spec.nav.get(key) ?? emptySpec();
      addTree(child, value as { [key: string]: unknown });
      spec.nav.set(key, child);
    }
  }
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',');
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === 'string' ? v.split(',') : []));
  return [];
}

/** Accepts every form load() takes: "a, b/c", ["a", "b"], {select, expand, top, skip} or {a: true, b: {c: true}}. */
function parseLoadOption(option: LoadInput): LoadSpec {
  if (option === undefined || option === null) return emptySpec(true);
  const spec = emptySpec();
  if (typeof option === 'string' || Array.isArray(option)) {
    list(option).forEach((path) => addPath(spec, path));
  } else if ('select' in option || 'expand' in option || 'top' in option || 'skip' in option) {
    const o = option as OfficeExtension.LoadOption;
    list(o.select).forEach((path) => addPath(spec, path));
    list(o.expand).forEach((path) => addPath(spec, path));
    if (o.select === undefined) spec.all = true;
    if (typeof o.top === 'number') spec.top = o.top;
    if (typeof o.skip === 'number') spec.skip = o.skip;
  } else {
    addTree(spec, option as { [key: string]: unknown });
  }
  return spec;
}

function describeSpec(spec: LoadSpec): unknown {
  const out: { [key: string]: unknown } = {};
  if (spec.all) out['$all'] = true;
  spec.props.forEach((p) => (out[p] = true));
  spec.nav.forEach((sub, name) => (out[name] = describeSpec(sub)));
  return out;
}

/** Deep copy of plain data so callers never alias the model (as with a real round trip). */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => clonePlain(v)) as T;
  if (value && typeof value === 'object') {
    const out: { [key: string]: unknown } = {};
    for (const [k, v] of Object.entries(value)) out[k] = clonePlain(v);
    return out as T;
  }
  return value;
}

/** Like OfficeExtension.ClientResult: `value` is readable only after the sync that filled it. */
export class ClientResultDouble<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) throw officeError('ValueNotLoaded');
    return this.result as T;
  }

  /** @internal */
  _deliver(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

/**
 * Base of every proxy: queues commands on its context and serves loaded values.
 * Subclasses name their loadable scalars, say how to find their target during a
 * sync (`_exists`), and how to read a scalar from it (`_read`).
 */
export abstract class ProxyObject {
  /** @internal */
  readonly _ctx: RequestContextDouble;
  /** @internal */
  readonly _path: string;
  private readonly fields = new Map<string, unknown>();
  private readonly children = new Map<string, ProxyObject>();
  private nullState: boolean | undefined;

  constructor(ctx: RequestContextDouble, path: string) {
    this._ctx = ctx;
    this._path = path;
  }

  get context(): Excel.RequestContext {
    return this._ctx as unknown as Excel.RequestContext;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject');
    return this.nullState;
  }

  /** Office type name, used in error locations such as "Range.values". */
  protected abstract _typeName(): string;

  /** Loadable scalar properties, each with the ExcelApi version that introduced it. */
  protected abstract _scalars(): Readonly<Record<string, string>>;

  /** Resolves the target during sync: false for a null object; throws when it cannot exist. */
  abstract _exists(): boolean;

  /** Reads one scalar from the (existing) target during sync. */
  protected abstract _read(property: string): unknown;

  load(option?: LoadInput): this {
    const spec = parseLoadOption(option);
    this._ctx._enqueue({
      path: this._path,
      op: `${this._typeName()}.load`,
      args: describeSpec(spec),
      minVersion: '1.1',
      run: () => this._collect(spec),
    });
    return this;
  }

  /** Real proxies need these for cross-batch use; here objects stay valid anyway. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  set(properties: { [key: string]: unknown }): void {
    const self = this as unknown as { [key: string]: unknown };
    for (const [key, value] of Object.entries(properties)) {
      if (hasSetter(this, key)) {
        self[key] = value;
        continue;
      }
      // Only navigation getters (format, fill, ...) are safe to read here: scalars would throw.
      const child = key in this && !(key in this._scalars()) ? self[key] : undefined;
      if (!(child instanceof ProxyObject) || !value || typeof value !== 'object') {
        throw officeError('InvalidArgument', `The property '${key}' of ${this._typeName()} cannot be set.`);
      }
      child.set(value as { [key: string]: unknown });
    }
  }

  toJSON(): { [key: string]: unknown } {
    const out: { [key: string]: unknown } = {};
    this.fields.forEach((value, key) => (out[key] = value));
    this.children.forEach((child, key) => {
      const json = child.toJSON();
      if (Object.keys(json).length > 0) out[key] = json;
    });
    return out;
  }

  /** @internal Loads per spec during sync; the returned delivery publishes the values. */
  _collect(spec: LoadSpec): Delivery {
    if (!this._exists()) return () => this._setNull(true);
    const scalars = this._scalars();
    const wantsAll = spec.all || (spec.props.size === 0 && spec.nav.size === 0);
    const names = wantsAll
      ? Object.keys(scalars).filter((name) => this._ctx._supports(scalars[name] ?? '1.1'))
      : [...spec.props];
    const values: Array<[string, unknown]> = [];
    const nested: Delivery[] = [];
    for (const name of names) {
      const version = scalars[name];
      if (version !== undefined) {
        this._ctx._requireVersion(version, `${this._typeName()}.${name}`);
        values.push([name, clonePlain(this._read(name))]);
      } else {
        nested.push(this._requireNavigation(name)._collect(emptySpec(true)));
      }
    }
    spec.nav.forEach((sub, name) => nested.push(this._requireNavigation(name)._collect(sub)));
    return () => {
      this._setNull(false);
      values.forEach(([name, value]) => this.fields.set(name, value));
      nested.forEach((deliver) => deliver());
    };
  }

  /** @internal */
  _setNull(isNull: boolean): void {
    this.nullState = isNull;
  }

  /** @internal Stores a loaded value (collections store `items`). */
  _setField(name: string, value: unknown): void {
    this.fields.set(name, value);
  }

  /** Returns a loaded or locally assigned value; throws Office's PropertyNotLoaded otherwise. */
  protected _get<T>(name: string): T {
    const value = this.fields.get(name);
    if (value === undefined && this.nullState !== true) throw propertyNotLoaded(name);
    return value as T;
  }

  /** Office proxies remember a value you assign, so reading it back needs no load. */
  protected _setLocal(name: string, value: unknown): void {
    this.fields.set(name, value);
  }

  protected _child<T extends ProxyObject>(name: string, make: () => T): T {
    let child = this.children.get(name);
    if (!child) {
      child = make();
      this.children.set(name, child);
    }
    return child as T;
  }

  /** Queues an operation; on a null object it is silently skipped, as in Office. */
  protected _enqueue(member: string, args: unknown, minVersion: string, apply: () => void): void {
    this._ctx._enqueue({
      path: this._path,
      op: `${this._typeName()}.${member}`,
      args,
      minVersion,
      run: () => {
        if (this._exists()) apply();
      },
    });
  }

  /** Queues a method whose answer arrives in a ClientResult after sync. */
  protected _result<T>(
    member: string,
    args: unknown,
    minVersion: string,
    compute: () => T,
  ): OfficeExtension.ClientResult<T> {
    const result = new ClientResultDouble<T>();
    this._ctx._enqueue({
      path: this._path,
      op: `${this._typeName()}.${member}`,
      args,
      minVersion,
      run: () => {
        const value = this._exists() ? compute() : (null as T);
        return () => result._deliver(value);
      },
    });
    return result as unknown as OfficeExtension.ClientResult<T>;
  }

  /** @internal *OrNullObject proxies learn isNullObject at the next sync without an explicit load. */
  _resolveAtNextSync(): void {
    this._ctx._enqueue({
      path: this._path,
      op: `${this._typeName()}._resolve`,
      minVersion: '1.1',
      run: () => {
        const exists = this._exists();
        return () => this._setNull(!exists);
      },
    });
  }

  /** Office rejects proxies created by another request context. */
  protected _assertSameContext(other: ProxyObject): void {
    if (other._ctx !== this._ctx) throw officeError('InvalidRequestContext');
  }

  private _requireNavigation(name: string): ProxyObject {
    const candidate =
      name in this && !(name in this._scalars())
        ? (this as unknown as { [key: string]: unknown })[name]
        : undefined;
    if (candidate instanceof ProxyObject) return candidate;
    throw officeError(
      'InvalidArgument',
      `The property '${name}' of ${this._typeName()} cannot be loaded (it does not exist or WorkbookDouble does not support it).`,
    );
  }
}

function hasSetter(target: object, key: string): boolean {
  for (let proto: object | null = target; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor) return typeof descriptor.set === 'function';
  }
  return false;
}

/**
 * Collections load as `items`: "name" and "items/name" both mean the items' name,
 * and "items" alone means all of the items' scalars.
 */
export abstract class ProxyCollection<T extends ProxyObject> extends ProxyObject {
  get items(): T[] {
    return this._get<T[]>('items');
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return {};
  }

  protected _read(property: string): unknown {
    throw officeError('InvalidArgument', `${this._typeName()} has no property '${property}'.`);
  }

  /** Item proxies bound to the current members, created during sync. */
  protected abstract _list(): T[];

  override _collect(spec: LoadSpec): Delivery {
    if (!this._exists()) return () => this._setNull(true);
    const itemSpec = toItemSpec(spec);
    let items = this._list();
    if (spec.skip !== undefined) items = items.slice(spec.skip);
    if (spec.top !== undefined) items = items.slice(0, spec.top);
    const deliveries = items.map((item) => item._collect(itemSpec));
    return () => {
      this._setNull(false);
      deliveries.forEach((deliver) => deliver());
      this._setField('items', items);
    };
  }

  override toJSON(): { [key: string]: unknown } {
    let items: T[] | undefined;
    try {
      items = this.items;
    } catch {
      items = undefined;
    }
    return items ? { items: items.map((item) => item.toJSON()) } : {};
  }
}

function toItemSpec(spec: LoadSpec): LoadSpec {
  const itemSpec = emptySpec(spec.all || spec.props.has('items'));
  spec.props.forEach((p) => {
    if (p !== 'items') itemSpec.props.add(p);
  });
  spec.nav.forEach((sub, name) => {
    if (name !== 'items') {
      itemSpec.nav.set(name, sub);
      return;
    }
    if (sub.all) itemSpec.all = true;
    sub.props.forEach((p) => itemSpec.props.add(p));
    sub.nav.forEach((s, n) => itemSpec.nav.set(n, s));
  });
  return itemSpec;
}
