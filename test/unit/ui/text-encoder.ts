// jsdom (Jest 29) has no TextEncoder/TextDecoder; the workbook double sizes its requests with one.
// Imported first by the component tests that run the double.
import { TextDecoder, TextEncoder } from 'util';

const g = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown };
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
