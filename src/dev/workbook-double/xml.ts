// Just enough XML checking for custom XML parts: well-formed tags and the root namespace.

const IGNORED = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/g;
const TAG = /<(\/?)([A-Za-z_][\w.\-:]*)((?:\s+[A-Za-z_][\w.\-:]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([A-Za-z_][\w.\-:]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface StartTag {
  name: string;
  attributes: Map<string, string>;
}

/** Returns why the text is not well-formed XML with one root element, or null if it is. */
export function xmlProblem(xml: string): string | null {
  const body = xml.replace(/^\uFEFF/, '').replace(IGNORED, (m) => ' '.repeat(m.length));
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt === -1 ? body.length : lt);
    if (open.length === 0 && text.trim() !== '') return 'text outside the root element';
    if (lt === -1) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(body);
    if (!m) return `malformed markup at offset ${lt}`;
    const [whole, closing, name = ''] = m;
    const selfClosing = m[4] === '/';
    if (closing) {
      if (open.pop() !== name) return `unexpected closing tag </${name}>`;
    } else {
      if (open.length === 0) roots += 1;
      if (!selfClosing) open.push(name);
    }
    i = lt + whole.length;
  }
  if (open.length > 0) return `unclosed element <${open[open.length - 1] ?? ''}>`;
  if (roots !== 1) return roots === 0 ? 'no root element' : 'more than one root element';
  return null;
}

function firstStartTag(xml: string): StartTag | null {
  const body = xml.replace(IGNORED, (m) => ' '.repeat(m.length));
  const lt = body.indexOf('<');
  if (lt === -1) return null;
  TAG.lastIndex = lt;
  const m = TAG.exec(body);
  if (!m || m[1]) return null;
  const attributes = new Map<string, string>();
  for (const a of (m[3] ?? '').matchAll(ATTRIBUTE)) attributes.set(a[1] ?? '', a[2] ?? a[3] ?? '');
  return { name: m[2] ?? '', attributes };
}

/** Namespace URI of the root element ("" when it has none), as CustomXmlPart.namespaceUri reports. */
export function rootNamespace(xml: string): string {
  const root = firstStartTag(xml);
  if (!root) return '';
  const colon = root.name.indexOf(':');
  const attribute = colon === -1 ? 'xmlns' : `xmlns:${root.name.slice(0, colon)}`;
  return root.attributes.get(attribute) ?? '';
}
