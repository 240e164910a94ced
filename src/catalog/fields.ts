// A component's input cells, by the field each holds: this year's value, last year's, and the
// evidence register's four parts. Each field is an expression ref (expr/types.ts), a ProvinceInput
// section and a defined name (plan/names.ts fieldName).
import { EVIDENCE_PARTS } from './evidence';

export const COMPONENT_FIELDS = ['value', 'previous', ...EVIDENCE_PARTS] as const;
export type ComponentField = (typeof COMPONENT_FIELDS)[number];

/** The ProvinceInput section a field's figures live in ('values' for this year's). */
export type InputSection = Exclude<ComponentField, 'value'> | 'values';
export const inputSection = (field: ComponentField): InputSection => (field === 'value' ? 'values' : field);
