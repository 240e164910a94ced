// The template's version, stamped on the cover (PII_meta_version) and in the custom XML part.
// Bump the minor for new names or layout changes that keep every existing name; bump the major
// when a defined name is removed or changes meaning (see NAMES.md).
export const TEMPLATE_VERSION = '1.4.0';

/** The first template whose evidence has its four parts (PII_evdate_, PII_evissuer_, PII_evlink_). */
export const EVIDENCE_REGISTER_VERSION = '1.4.0';

/** Whether template version `a` ("1.3.0") is older than `b`; a version that does not parse is. */
export function olderVersion(a: string, b: string): boolean {
  const parts = (v: string) => v.split('.').map((x) => Number.parseInt(x, 10));
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const [p, q] = [x[i] ?? 0, y[i] ?? 0];
    if (Number.isNaN(p)) return true;
    if (p !== q) return p < q;
  }
  return false;
}

/** Namespace of the custom XML part that identifies a PII template (and its version). */
export const TEMPLATE_XML_NAMESPACE = 'urn:vn-pii:excel-template:1';
