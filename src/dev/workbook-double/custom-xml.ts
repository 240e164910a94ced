/// <reference types="office-js" />
import type { RequestContextDouble } from './context';
import { officeError } from './errors';
import type { XmlPartState } from './model';
import { ProxyCollection, ProxyObject } from './proxy';
import { rootNamespace, xmlProblem } from './xml';

function checkedXml(xml: unknown): string {
  if (typeof xml !== 'string') throw officeError('InvalidArgument', 'Custom XML must be a string.');
  const problem = xmlProblem(xml);
  if (problem) throw officeError('InvalidArgument', `The XML is not well-formed: ${problem}.`);
  return xml;
}

/** Deterministic GUID-shaped ids keep test snapshots stable. */
function partId(serial: number): string {
  return `{${serial.toString(16).toUpperCase().padStart(8, '0')}-0000-4000-8000-000000000000}`;
}

/** workbook.customXmlParts, and the scoped collection returned by getByNamespace. */
export class CustomXmlPartCollectionProxy extends ProxyCollection<CustomXmlPartProxy> {
  private readonly namespaceFilter: string | null;

  constructor(
    ctx: RequestContextDouble,
    path = 'workbook.customXmlParts',
    namespaceFilter: string | null = null,
  ) {
    super(ctx, path);
    this.namespaceFilter = namespaceFilter;
  }

  protected _typeName(): string {
    return this.namespaceFilter === null ? 'CustomXmlPartCollection' : 'CustomXmlPartScopedCollection';
  }

  _exists(): boolean {
    return true;
  }

  protected _list(): CustomXmlPartProxy[] {
    return this.parts().map((part) => this.partProxy(part.id, false, `getItem(${JSON.stringify(part.id)})`));
  }

  add(xml: string): CustomXmlPartProxy {
    if (this.namespaceFilter !== null)
      throw officeError('InvalidOperation', 'Parts are added to workbook.customXmlParts.');
    const proxy = new CustomXmlPartProxy(this._ctx, `${this._path}.add()`, () => null, false);
    this._enqueue('add', xml, '1.5', () => {
      const model = this._ctx._model;
      const text = checkedXml(xml);
      const part: XmlPartState = {
        id: partId(model.nextSerial()),
        namespaceUri: rootNamespace(text),
        xml: text,
      };
      model.xmlParts.push(part);
      proxy._bind(part.id);
    });
    return proxy;
  }

  getByNamespace(namespaceUri: string): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(
      this._ctx,
      `${this._path}.getByNamespace(${JSON.stringify(namespaceUri)})`,
      namespaceUri,
    );
  }

  getItem(id: string): CustomXmlPartProxy {
    return this.partProxy(id, false, `getItem(${JSON.stringify(id)})`);
  }

  getItemOrNullObject(id: string): CustomXmlPartProxy {
    const proxy = this.partProxy(id, true, `getItemOrNullObject(${JSON.stringify(id)})`);
    proxy._resolveAtNextSync();
    return proxy;
  }

  /** Scoped collections: the single part in the namespace; fails unless exactly one exists. */
  getOnlyItem(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(
      this._ctx,
      `${this._path}.getOnlyItem()`,
      () => this.onlyPart(false),
      false,
    );
  }

  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    const proxy = new CustomXmlPartProxy(
      this._ctx,
      `${this._path}.getOnlyItemOrNullObject()`,
      () => this.onlyPart(true),
      true,
    );
    proxy._resolveAtNextSync();
    return proxy;
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._result('getCount', undefined, '1.5', () => this.parts().length);
  }

  private parts(): XmlPartState[] {
    const parts = this._ctx._model.xmlParts;
    return this.namespaceFilter === null
      ? parts
      : parts.filter((p) => p.namespaceUri === this.namespaceFilter);
  }

  private onlyPart(orNull: boolean): XmlPartState | null {
    const parts = this.parts();
    if (parts.length === 1) return parts[0] ?? null;
    if (orNull) return null;
    throw officeError(
      parts.length === 0 ? 'ItemNotFound' : 'InvalidOperation',
      `Expected exactly one custom XML part, found ${parts.length}.`,
    );
  }

  private partProxy(id: string, orNull: boolean, call: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(
      this._ctx,
      `${this._path}.${call}`,
      () => {
        const part = this.parts().find((p) => p.id === id);
        if (!part && !orNull) throw officeError('ItemNotFound', `The custom XML part '${id}' doesn't exist.`);
        return part ?? null;
      },
      orNull,
    );
  }
}

export class CustomXmlPartProxy extends ProxyObject {
  private readonly locate: () => XmlPartState | null;
  private readonly orNull: boolean;
  private boundId: string | null | undefined;

  constructor(ctx: RequestContextDouble, path: string, locate: () => XmlPartState | null, orNull: boolean) {
    super(ctx, path);
    this.locate = locate;
    this.orNull = orNull;
  }

  /** @internal */
  _bind(id: string): void {
    this.boundId = id;
  }

  protected _typeName(): string {
    return 'CustomXmlPart';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { id: '1.5', namespaceUri: '1.5' };
  }

  _exists(): boolean {
    return this.partOrNull() !== null;
  }

  protected _read(property: string): unknown {
    const part = this.part();
    return property === 'id' ? part.id : part.namespaceUri;
  }

  get id(): string {
    return this._get('id');
  }

  get namespaceUri(): string {
    return this._get('namespaceUri');
  }

  getXml(): OfficeExtension.ClientResult<string> {
    return this._result('getXml', undefined, '1.5', () => this.part().xml);
  }

  setXml(xml: string): void {
    this._enqueue('setXml', xml, '1.5', () => {
      const part = this.part();
      part.xml = checkedXml(xml);
      part.namespaceUri = rootNamespace(part.xml);
    });
  }

  delete(): void {
    this._enqueue('delete', undefined, '1.5', () => {
      const parts = this._ctx._model.xmlParts;
      parts.splice(parts.indexOf(this.part()), 1);
    });
  }

  private partOrNull(): XmlPartState | null {
    if (this.boundId === undefined) this.boundId = this.locate()?.id ?? null;
    if (this.boundId === null) {
      if (this.orNull) return null;
      throw officeError('ItemNotFound', "The custom XML part doesn't exist.");
    }
    const part = this._ctx._model.xmlParts.find((p) => p.id === this.boundId);
    if (!part) throw officeError('ItemNotFound', 'The custom XML part no longer exists.');
    return part;
  }

  private part(): XmlPartState {
    const part = this.partOrNull();
    if (!part) throw officeError('GeneralException', 'The custom XML part is a null object.');
    return part;
  }
}
