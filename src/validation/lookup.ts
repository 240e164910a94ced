import type { CellValue, ProvinceInput } from '../catalog';
import type { Lookup, Ref } from '../expr';

const get = (m: Record<string, CellValue> | undefined, k: string): CellValue => {
  const v = m?.[k];
  return v === undefined ? null : v;
};

/** Cell contents of a province's input by ref; anything absent is a blank cell. */
export function cellLookup(input: ProvinceInput): Lookup {
  return (ref: Ref): CellValue => {
    switch (ref.ref) {
      case 'value':
        return get(input.values, ref.component);
      case 'previous':
        return get(input.previous, ref.component);
      case 'evidence':
      case 'evidenceDate':
      case 'evidenceIssuer':
      case 'evidenceLink':
        return get(input[ref.ref], ref.component);
      case 'benchmarkMin':
        return input.benchmarks?.[ref.indicator]?.min ?? null;
      case 'benchmarkMax':
        return input.benchmarks?.[ref.indicator]?.max ?? null;
    }
  };
}
