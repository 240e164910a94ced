// New cell formats appended to a styles part (xl/styles.xml) as text: a copy of an existing
// format with another number format or a bold font. Existing entries keep their index and bytes,
// so every cell of the workbook keeps its look. Source: ECMA-376 Part 1, §18.8 (cellXfs, fonts).
import { attribute, prefixOf, withAttribute } from './sheet-xml';

export interface StyleWish {
  /** The cell format copied (index into cellXfs); 0 when unset. */
  base?: number;
  /** Built-in number format id: 0 General, 49 Text ("@"). */
  numFmtId?: number;
  bold?: boolean;
  /** Font size in points. */
  size?: number;
}

/** Elements of the collection `name` ("cellXfs", "fonts") in `xml`, with where the list sits. */
function collection(xml: string, p: string, name: string, item: string) {
  const m = new RegExp(`<${p}${name}\\b[^>]*>([\\s\\S]*?)<\\/${p}${name}>`).exec(xml);
  if (!m) return undefined;
  const items = [
    ...m[1].matchAll(new RegExp(`<${p}${item}\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${p}${item}>)`, 'g')),
  ].map((x) => x[0]);
  return { match: m, items };
}

/** The styles part's text, grown by the formats asked for (each asked once). */
export class StyleBook {
  private readonly made = new Map<string, number>();
  private readonly p: string;

  constructor(public xml: string) {
    this.p = prefixOf(xml, 'styleSheet') ?? '';
  }

  /** The cellXfs index of a format as `wish` says; undefined when the part has no cellXfs. */
  style(wish: StyleWish): number | undefined {
    const key = JSON.stringify(wish);
    if (this.made.has(key)) return this.made.get(key);
    const xfs = collection(this.xml, this.p, 'cellXfs', 'xf');
    if (!xfs || xfs.items.length === 0) return undefined;
    const base = xfs.items[wish.base ?? 0] ?? xfs.items[0];
    let tag = /^<[^>]*>/.exec(base)![0];
    if (wish.numFmtId !== undefined) {
      tag = withAttribute(withAttribute(tag, 'numFmtId', String(wish.numFmtId)), 'applyNumberFormat', '1');
    }
    if (wish.bold || wish.size !== undefined) {
      const font = this.font(Number(attribute(tag, 'fontId') ?? 0), wish);
      if (font !== undefined)
        tag = withAttribute(withAttribute(tag, 'fontId', String(font)), 'applyFont', '1');
    }
    const xf = tag + base.slice(/^<[^>]*>/.exec(base)![0].length);
    // The fonts list sits before cellXfs: find the list again after growing it.
    const index = this.append('cellXfs', collection(this.xml, this.p, 'cellXfs', 'xf')!, xf);
    this.made.set(key, index);
    return index;
  }

  /** A copy of font `id` made bold and/or resized; its index. */
  private font(id: number, wish: StyleWish): number | undefined {
    const fonts = collection(this.xml, this.p, 'fonts', 'font');
    if (!fonts || fonts.items.length === 0) return undefined;
    const p = this.p;
    let font = fonts.items[id] ?? fonts.items[0];
    if (font.endsWith('/>')) font = `${font.slice(0, -2)}></${p}font>`;
    const open = /^<[^>]*>/.exec(font)![0];
    let inner = font.slice(open.length, -`</${p}font>`.length);
    // b comes first in a font's child sequence (§18.8.22); sz after the flags.
    if (wish.bold && !new RegExp(`<${p}b[\\s/>]`).test(inner)) inner = `<${p}b/>${inner}`;
    if (wish.size !== undefined) {
      const sz = `<${p}sz val="${wish.size}"/>`;
      inner = new RegExp(`<${p}sz\\b`).test(inner)
        ? inner.replace(new RegExp(`<${p}sz\\b[^>]*>`), sz)
        : inner.replace(new RegExp(`(<${p}(?:color|name|family|charset|scheme)\\b)|$`), (m) => sz + m);
    }
    return this.append('fonts', fonts, `${open}${inner}</${p}font>`);
  }

  /** Index of `item` in the list; appended when no entry is the same text (so a second update adds none). */
  private append(name: string, list: NonNullable<ReturnType<typeof collection>>, item: string): number {
    const { match, items } = list;
    const same = items.indexOf(item);
    if (same >= 0) return same;
    const open = /^<[^>]*>/.exec(match[0])![0];
    const grown = `${withAttribute(open, 'count', String(items.length + 1))}${match[1]}${item}</${this.p}${name}>`;
    this.xml = this.xml.slice(0, match.index) + grown + this.xml.slice(match.index + match[0].length);
    return items.length;
  }
}
