// The template's version, stamped on the cover (PII_meta_version) and in the custom XML part.
// Bump the minor for new names or layout changes that keep every existing name; bump the major
// when a defined name is removed or changes meaning (see NAMES.md).
export const TEMPLATE_VERSION = '1.4.0';

/** Namespace of the custom XML part that identifies a PII template (and its version). */
export const TEMPLATE_XML_NAMESPACE = 'urn:vn-pii:excel-template:1';
