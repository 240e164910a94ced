// Named values as readNamedValues gives them, and the stamp of a 2025 Bắc Ninh workbook: the
// merge tests' inputs.
import type { CellValue } from '../../../src/catalog';
import type { NamedValues } from '../../../src/collect';

/** Upper-case defined name -> value, from a record spelt in any case. */
export function named(entries: Record<string, CellValue>): NamedValues {
  return new Map(Object.entries(entries).map(([k, v]) => [k.toUpperCase(), v]));
}

export const stamp = {
  PII_meta_version: '1.3.0',
  PII_meta_edition: '2025',
  PII_meta_province: 'Bắc Ninh',
  PII_meta_year: 2025,
};
